/**
 * `npm run snapshot`: every finding the engine gives on every corpus, one line per item that
 * has any, so that a refactor that must not change behaviour can prove it did not.
 *
 *   npm run snapshot -- --out /tmp/before.tsv            write the snapshot
 *   npm run snapshot -- --against /tmp/before.tsv        compare; exit 1 and list the items that differ
 *   npm run snapshot -- --bundled --against /tmp/before.tsv
 *                                                        the engine as analyze's Lambda bundle has it
 *                                                        (scripts/lib/lambda-build.ts), against the tree's
 *
 * Reads the corpora under ../shared/eval (or --dir, or POSTWATCH_EVAL_DIR) and this
 * repository's own eval/ folder. A line is `corpus<TAB>line<TAB>findings as JSON` with the
 * check, severity, action, reason and evidence of each finding (ids are derived from these).
 * The file holds corpus texts' fragments as evidence: write it outside the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine as treeEngine } from '../shared/checks/engine.ts';
import { defaultEvalDir, findCorpusDirs, loadCorpus } from './lib/corpus.ts';
import { bundledEngine } from './lib/lambda-build.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    against: { type: 'string' },
    dir: { type: 'string' },
    'no-models': { type: 'boolean', default: false },
    bundled: { type: 'boolean', default: false },
  },
});
if (!values.out && !values.against) {
  console.error(
    'usage: npm run snapshot -- --out FILE | --against FILE [--dir DIR] [--no-models] [--bundled]',
  );
  process.exit(2);
}

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The bundled engine: with its packs (tldts's trie, the lexicon, the models) and data files,
// as PostwatchFunction builds analyze.
const createEngine = values.bundled ? (await bundledEngine(repo)).createEngine : treeEngine;

const repoEval = resolve(repo, 'eval');
const roots = [resolve(values.dir ?? defaultEvalDir()), repoEval];
const now = new Date('2026-06-01T00:00:00Z');
const lines: string[] = [];
let items = 0;
const started = performance.now();
for (const root of roots) {
  for (const dir of findCorpusDirs(root)) {
    const corpus = loadCorpus(root, dir);
    const engine = createEngine(corpus.brand, values['no-models'] ? { models: [] } : {});
    for (const { item, line } of corpus.items) {
      items++;
      const findings = engine.analyze(item, now);
      if (findings.length === 0) continue;
      const shown = findings.map((f) => [f.check, f.severity, f.action, f.reason, f.evidence]);
      lines.push(`${root === repoEval ? 'repo:' : ''}${corpus.name}\t${line}\t${JSON.stringify(shown)}`);
    }
  }
}
const took = ((performance.now() - started) / 1000).toFixed(1);
const text = `${lines.join('\n')}\n`;
if (values.out) {
  writeFileSync(values.out, text);
  console.log(`${items} items, ${lines.length} with findings, in ${took} s: written to ${values.out}`);
}
if (values.against) {
  const before = new Map<string, string>();
  for (const l of readFileSync(values.against, 'utf8').split('\n')) {
    if (!l) continue;
    const [c, n, f] = l.split('\t');
    before.set(`${c}\t${n}`, f ?? '');
  }
  const after = new Map<string, string>();
  for (const l of lines) {
    const [c, n, f] = l.split('\t');
    after.set(`${c}\t${n}`, f ?? '');
  }
  let differ = 0;
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (a === b) continue;
    differ++;
    if (differ <= 30)
      console.log(`${key.replace('\t', ':')}\n  before ${a ?? '(none)'}\n  after  ${b ?? '(none)'}`);
  }
  console.log(`${items} items; ${differ} differ from ${values.against} (${took} s)`);
  if (differ > 0) process.exit(1);
}
