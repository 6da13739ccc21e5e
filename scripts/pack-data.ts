/**
 * Writes a pack beside a Lambda bundle (shared/data/pack.ts): run by PostwatchFunction's
 * afterBundling hook (infra/constructs/postwatch-function.ts) and by bench-bundles, when
 * the bundle reads that pack, from the sources in this tree.
 *
 *   node --import tsx scripts/pack-data.ts models|lexicon|confusables|suffixes OUTFILE
 */
import { writeFileSync } from 'node:fs';
import * as tldtsTrie from 'tldts/dist/es6/src/data/trie.js';
import { LinearModel, readModelFiles } from '../shared/checks/models/index.ts';
import type { BUNDLE_PACKS } from '../shared/data/bundle-files.ts';
import {
  encodeConfusablesPack,
  encodeLexiconPack,
  encodeModelPack,
  encodeSuffixPack,
} from '../shared/data/pack.ts';
import { alternationsToPack, gatesToPack } from '../shared/lexicon/index.ts';
import { loadLexicon } from '../shared/lexicon/load.ts';
import { readConfusablesTable } from '../shared/text/lookalike.ts';
import { deriveSuffixTrie } from '../shared/text/public-suffix.ts';
// The checks, loaded for the word gates they ask for (gatesToPack).
import '../shared/checks/registry.ts';

const PACKS: Record<(typeof BUNDLE_PACKS)[number]['kind'], () => Buffer | string> = {
  models: () => encodeModelPack(readModelFiles().map((f) => new LinearModel(f).packed())),
  lexicon: () => encodeLexiconPack(loadLexicon(), alternationsToPack(), gatesToPack()),
  confusables: () => encodeConfusablesPack(readConfusablesTable()),
  // tldts's own trie, from the installed version (the one the source tree parses with).
  suffixes: () => encodeSuffixPack(deriveSuffixTrie(tldtsTrie)),
};

const [kind, out] = process.argv.slice(2);
const pack = kind !== undefined && Object.hasOwn(PACKS, kind) ? PACKS[kind as keyof typeof PACKS] : undefined;
if (out === undefined || pack === undefined) {
  console.error(`usage: pack-data.ts ${Object.keys(PACKS).join('|')} OUTFILE`);
  process.exit(2);
}
writeFileSync(out, pack());
