/**
 * Writes a pack beside a Lambda bundle (shared/data/pack.ts): run by PostwatchFunction's
 * afterBundling hook (infra/constructs/postwatch-function.ts) and by bench-bundles, when
 * the bundle reads that pack, from the sources in this tree.
 *
 *   node --import tsx scripts/pack-data.ts models|lexicon|confusables OUTFILE
 */
import { writeFileSync } from 'node:fs';
import { LinearModel, readModelFiles } from '../shared/checks/models/index.ts';
import { encodeConfusablesPack, encodeLexiconPack, encodeModelPack } from '../shared/data/pack.ts';
import { alternationsToPack } from '../shared/lexicon/index.ts';
import { loadLexicon } from '../shared/lexicon/load.ts';
import { readConfusablesTable } from '../shared/text/lookalike.ts';

const [kind, out] = process.argv.slice(2);
if (out === undefined || (kind !== 'models' && kind !== 'lexicon' && kind !== 'confusables')) {
  console.error('usage: pack-data.ts models|lexicon|confusables OUTFILE');
  process.exit(2);
}
if (kind === 'models') {
  writeFileSync(out, encodeModelPack(readModelFiles().map((f) => new LinearModel(f).packed())));
} else if (kind === 'lexicon') {
  writeFileSync(out, encodeLexiconPack(loadLexicon(), alternationsToPack()));
} else {
  writeFileSync(out, encodeConfusablesPack(readConfusablesTable()));
}
