/**
 * `npm run eval`: scores the check engine on every corpus found at any depth under the eval
 * folder (--dir, else POSTWATCH_EVAL_DIR, else ../shared/eval beside the repository), with
 * the rules of that folder's README: per check TP/FP/FN, precision, recall, F1; micro-average;
 * item-level alerts; false findings per 1,000 items (takedown ones apart). A corpus.json
 * `scoredChecks` limits the checks scored on its corpus.
 *
 *   npm run eval                         the tables: per group, per check, per corpus
 *   npm run eval -- --json               one JSON document
 *   npm run eval -- --errors [--check ID]   list misses and false findings with text and evidence
 *   --corpus TEXT (substring of the corpus path), --group TEXT (substring of the group name)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../shared/checks/engine.ts';
import { CHECK_IDS, type CheckId } from '../shared/model/index.ts';
import { defaultEvalDir, findCorpusDirs, loadCorpus } from './lib/corpus.ts';
import {
  byGroup,
  type CorpusResult,
  combine,
  evaluateCorpus,
  falsePerThousand,
  type Result,
} from './lib/evaluate.ts';
import { checkTable, corpusTable, formatMiss, groupTable, scoredLabel } from './lib/report.ts';
import { rates } from './lib/score.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    check: { type: 'string' },
    corpus: { type: 'string' },
    group: { type: 'string' },
    dir: { type: 'string' },
  },
});

const root = resolve(values.dir ?? defaultEvalDir());
const dirs = findCorpusDirs(root);
if (dirs.length === 0) {
  const from = values.dir ? '--dir' : process.env.POSTWATCH_EVAL_DIR ? 'POSTWATCH_EVAL_DIR' : 'the default';
  console.error(
    [
      `No corpus found under ${root} (from ${from}).`,
      'A corpus is a folder, at any depth, holding a brand.json and an items.jsonl.',
      'Where eval looks: --dir DIR, else $POSTWATCH_EVAL_DIR, else ../shared/eval beside the repository.',
      'A clone has no ../shared/eval: pass --dir (or set POSTWATCH_EVAL_DIR) to a folder of corpora,',
      'e.g. `npm run eval -- --dir eval` for the held-out corpora kept in this repository.',
    ].join('\n'),
  );
  process.exit(2);
}
const groupFilter = values.group?.toLowerCase();
const found = dirs.map((d) => loadCorpus(root, d));
const corpora = found
  .filter((c) => !values.corpus || c.name.includes(values.corpus))
  .filter((c) => !groupFilter || c.group.toLowerCase().includes(groupFilter));
if (corpora.length === 0) {
  const asked = [values.corpus && `--corpus ${values.corpus}`, values.group && `--group ${values.group}`];
  console.error(`No corpus under ${root} matches ${asked.filter(Boolean).join(' ')}.`);
  console.error(`Groups: ${[...new Set(found.map((c) => c.group))].join(', ')}`);
  process.exit(2);
}
if (values.check && !(CHECK_IDS as readonly string[]).includes(values.check)) {
  console.error(`Unknown check ${values.check}: one of ${CHECK_IDS.join(', ')}`);
  process.exit(2);
}

let implemented: ReadonlySet<CheckId> = new Set();
const results: CorpusResult[] = [];
for (const corpus of corpora) {
  const engine = createEngine(corpus.brand);
  implemented = new Set(engine.checks.map((c) => c.id));
  results.push(
    evaluateCorpus(corpus, (item) =>
      engine.analyze(item, item.createdAt ? new Date(item.createdAt) : new Date()),
    ),
  );
  for (const bad of corpus.invalidLines) console.error(`${corpus.name}: ${bad}`);
}

const groups = [...byGroup(results)].map(([name, list]) => combine(name, list));
const labeled = results.filter((r) => !r.perItem);
const written = combine(
  'written corpora',
  labeled.filter((r) => r.source === 'written'),
);
const real = combine(
  'real corpora',
  labeled.filter((r) => r.source === 'external'),
);
const all = combine('all labeled corpora', labeled);
const perItem = combine(
  'corpora labeled per item',
  results.filter((r) => r.perItem),
);

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The JSON form of a result: rates, false findings (count and per 1,000), per check. */
function toJson(r: Result) {
  const checks = Object.fromEntries(
    CHECK_IDS.filter((id) => r.scored.has(id)).map((id) => {
      const f = r.falseByCheck.get(id) ?? { all: 0, takedown: 0 };
      return [
        id,
        {
          implemented: implemented.has(id),
          ...rates(r.perCheck.get(id) ?? { tp: 0, fp: 0, fn: 0 }),
          falseFindings: f,
        },
      ];
    }),
  );
  return {
    corpora: r.corpora.length,
    items: r.items,
    scoredChecks: r.perItem ? 'per item' : CHECK_IDS.filter((id) => r.scored.has(id)),
    micro: rates(r.micro),
    itemLevel: rates(r.alerts),
    falseFindings: r.falseFindings,
    falsePer1000: falsePerThousand(r),
    ...(r.perItem ? {} : { checks }),
  };
}

if (values.json) {
  const doc = {
    root,
    // `checks`, `micro` and `itemLevel`: every labeled corpus, scoredChecks honoured.
    checks: toJson(all).checks,
    micro: rates(all.micro),
    itemLevel: rates(all.alerts),
    external: rates(perItem.micro),
    written: toJson(written),
    real: toJson(real),
    groups: Object.fromEntries(groups.map((g) => [g.name, toJson(g)])),
    corpora: Object.fromEntries(
      results.map((r) => [
        r.name,
        { group: r.group, kind: r.perItem ? 'item-level' : 'labeled', ...toJson(r) },
      ]),
    ),
  };
  console.log(JSON.stringify(doc, null, 2));
} else if (values.errors) {
  let fn = 0;
  let fp = 0;
  for (const r of results) {
    for (const m of r.misses) {
      if (
        values.check &&
        m.check !== values.check &&
        !(m.check === 'alert' && m.findings.some((f) => f.check === values.check))
      )
        continue;
      if (m.kind === 'FN') fn++;
      else fp++;
      console.log(formatMiss(m).join('\n'));
    }
  }
  console.log(`\n${fn} misses, ${fp} false findings (${results.length} corpora under ${root})`);
} else {
  const out: string[] = [];
  const items = results.reduce((n, r) => n + r.items, 0);
  out.push(`${results.length} corpora, ${items} items under ${root} (corpus.json scoredChecks honoured)`, '');
  out.push('## Groups', '', ...groupTable(groups), '');
  out.push(
    'false /1000: findings of a scored check the labels do not call for, per 1,000 items; takedown: those whose action is takedown.',
  );
  if (written.corpora.length > 0) {
    out.push(
      '',
      `## Per check: written corpora (${written.corpora.join(', ')})`,
      '',
      ...checkTable(written, { implemented }),
    );
  }
  if (real.corpora.length > 0) {
    out.push(
      '',
      `## Per check: real corpora (${real.corpora.length} corpora, ${real.items} items)`,
      '',
      ...checkTable(real),
    );
  }
  if (written.corpora.length > 0 && real.corpora.length > 0) {
    out.push('', '## Per check: all labeled corpora', '', ...checkTable(all));
  }
  for (const g of groups) {
    // The written group is the table above when it is the only one.
    if (
      g.perItem ||
      (g.corpora.length === written.corpora.length && g.corpora.every((c) => written.corpora.includes(c)))
    )
      continue;
    out.push(
      '',
      `## ${g.name} (${plural(g.corpora.length, 'corpus', 'corpora')}, ${g.items} items; scored: ${scoredLabel(g)})`,
      '',
    );
    out.push(...checkTable(g, { activeOnly: true }));
  }
  out.push('', '## Corpora', '', ...corpusTable(results));
  console.log(out.join('\n'));
}
