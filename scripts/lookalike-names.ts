/**
 * Writes shared/text/lookalike-names.br: the Unicode names of the characters a lookalike
 * explanation can name (every character with a non-empty lookalike key, i.e. one that reads
 * as a Latin letter or digit, and printable ASCII), brotli-compressed (a data file that
 * Lambda bundles carry beside their JavaScript: shared/data/bundle-files.ts).
 * The Lambda bundle carries these ~3,200 names (a few tens of KB) instead of the whole
 * unicode-name package (2.3 MB of JavaScript, parsed at every cold start).
 *
 *   npx tsx scripts/lookalike-names.ts     (after a change to the confusables data or the key)
 *
 * test/unit/text/lookalike-names.test.ts fails when the table is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { unicodeName } from 'unicode-name';
import { explainableCodePoints } from '../shared/text/lookalike.ts';

const lines: string[] = [];
for (const cp of explainableCodePoints()) {
  const name = unicodeName(String.fromCodePoint(cp));
  if (name) lines.push(`${cp.toString(16)};${name}`);
}
const raw = Buffer.from(lines.join('\n'), 'utf8');
const packed = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const out = resolve(import.meta.dirname, '../shared/text/lookalike-names.br');
writeFileSync(out, packed);
console.log(`${out}: ${lines.length} names, ${raw.length} bytes raw, ${packed.length} bytes packed`);
