/**
 * `npm run eval`: scores the check engine on every corpus under ../shared/eval
 * (or POSTWATCH_EVAL_DIR / --dir), with the rules of that corpus' README:
 * per check TP/FP/FN, precision, recall, F1; micro-average; item-level alerts.
 *
 *   npm run eval                         the tables
 *   npm run eval -- --json               one JSON document
 *   npm run eval -- --errors [--check ID] [--corpus NAME]   list misses with text and evidence
 */
import { parseArgs } from 'node:util';
import { createEngine } from '../shared/checks/engine.ts';
import { CHECK_IDS, type CheckId, type Finding } from '../shared/model/index.ts';
import { type Corpus, defaultEvalDir, findCorpusDirs, loadCorpus } from './lib/corpus.ts';
import { type Counts, rates, scoreAlert, scoreItem, sum, zero } from './lib/score.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    errors: { type: 'boolean', default: false },
    check: { type: 'string' },
    corpus: { type: 'string' },
    dir: { type: 'string' },
  },
});

const root = values.dir ?? defaultEvalDir();
const corpora: Corpus[] = findCorpusDirs(root)
  .map((d) => loadCorpus(root, d))
  .filter((c) => !values.corpus || c.name.includes(values.corpus));
if (corpora.length === 0) {
  console.error(`No corpus (brand.json + items.jsonl) found under ${root}`);
  process.exit(2);
}

interface Miss {
  corpus: string;
  line: number;
  kind: 'FN' | 'FP';
  check: CheckId | 'alert';
  text: string;
  author: string;
  findings: Finding[];
}

const perCheck = new Map<CheckId, Counts>();
const itemLevel = zero();
const perCorpus: Record<string, { kind: string; items: number; micro?: Counts; alerts: Counts }> = {};
const external = zero();
const misses: Miss[] = [];
let implemented: Set<CheckId> = new Set();

for (const corpus of corpora) {
  const engine = createEngine(corpus.brand);
  implemented = new Set(engine.checks.map((c) => c.id));
  const cPerCheck = new Map<CheckId, Counts>();
  const alerts = zero();
  for (const { item, expected, spam, line } of corpus.items) {
    const now = item.createdAt ? new Date(item.createdAt) : new Date();
    const findings = engine.analyze(item, now);
    const predicted = new Set(findings.map((f) => f.check));
    const base = { corpus: corpus.name, line, text: item.text, author: item.author.handle, findings };
    if (expected) {
      scoreItem(perCheck, predicted, expected);
      scoreItem(cPerCheck, predicted, expected);
      scoreAlert(itemLevel, predicted.size > 0, expected.size > 0);
      scoreAlert(alerts, predicted.size > 0, expected.size > 0);
      for (const id of predicted) if (!expected.has(id)) misses.push({ ...base, kind: 'FP', check: id });
      for (const id of expected) if (!predicted.has(id)) misses.push({ ...base, kind: 'FN', check: id });
    } else if (spam !== undefined) {
      scoreAlert(external, predicted.size > 0, spam);
      scoreAlert(alerts, predicted.size > 0, spam);
      if (predicted.size > 0 !== spam) misses.push({ ...base, kind: spam ? 'FN' : 'FP', check: 'alert' });
    }
  }
  perCorpus[corpus.name] = {
    kind: corpus.kind,
    items: corpus.items.length,
    ...(corpus.kind === 'labeled' ? { micro: sum(cPerCheck.values()) } : {}),
    alerts,
  };
  for (const bad of corpus.invalidLines) console.error(`${corpus.name}: ${bad}`);
}

const micro = rates(sum(perCheck.values()));
const fmt = (n: number) => n.toFixed(3);

if (values.json) {
  const checks = Object.fromEntries(
    CHECK_IDS.map((id) => [id, { implemented: implemented.has(id), ...rates(perCheck.get(id) ?? zero()) }]),
  );
  const corporaOut = Object.fromEntries(
    Object.entries(perCorpus).map(([name, c]) => [
      name,
      {
        kind: c.kind,
        items: c.items,
        ...(c.micro ? { micro: rates(c.micro) } : {}),
        itemLevel: rates(c.alerts),
      },
    ]),
  );
  console.log(
    JSON.stringify(
      { root, checks, micro, itemLevel: rates(itemLevel), external: rates(external), corpora: corporaOut },
      null,
      2,
    ),
  );
} else if (values.errors) {
  for (const m of misses) {
    if (values.check && m.check !== values.check) continue;
    console.log(`${m.kind} ${m.check}  [${m.corpus}:${m.line}] @${m.author}`);
    console.log(`   ${m.text.replace(/\s+/g, ' ')}`);
    for (const f of m.findings) {
      const ev = f.evidence
        .map((e) => `${e.field}[${e.start},${e.end}]=${JSON.stringify(e.match)}`)
        .join(' ');
      console.log(`   -> ${f.check}: ${ev}`);
    }
  }
} else {
  const rows = CHECK_IDS.map((id) => {
    const r = rates(perCheck.get(id) ?? zero());
    const mark = implemented.has(id) ? '' : '  (not implemented)';
    return `| ${id.padEnd(28)} | ${String(r.tp).padStart(4)} | ${String(r.fp).padStart(4)} | ${String(r.fn).padStart(4)} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} |${mark}`;
  });
  console.log(
    `Labeled corpora under ${root}: ${Object.keys(perCorpus)
      .filter((n) => perCorpus[n]?.micro)
      .join(', ')}`,
  );
  console.log('');
  console.log('| check                        |   TP |   FP |   FN | prec  | recall | F1    |');
  console.log('|------------------------------|-----:|-----:|-----:|------:|------:|------:|');
  for (const r of rows) console.log(r);
  console.log(
    `| ${'micro-average'.padEnd(28)} | ${String(micro.tp).padStart(4)} | ${String(micro.fp).padStart(4)} | ${String(micro.fn).padStart(4)} | ${fmt(micro.precision)} | ${fmt(micro.recall)} | ${fmt(micro.f1)} |`,
  );
  const il = rates(itemLevel);
  console.log(
    `| ${'item-level (alerted)'.padEnd(28)} | ${String(il.tp).padStart(4)} | ${String(il.fp).padStart(4)} | ${String(il.fn).padStart(4)} | ${fmt(il.precision)} | ${fmt(il.recall)} | ${fmt(il.f1)} |`,
  );
  console.log('');
  console.log('| corpus                          | items | micro F1 | item P | item R | item F1 |');
  console.log('|---------------------------------|------:|---------:|-------:|-------:|--------:|');
  for (const [name, c] of Object.entries(perCorpus)) {
    const a = rates(c.alerts);
    const m = c.micro ? fmt(rates(c.micro).f1) : '   -   ';
    console.log(
      `| ${name.padEnd(31)} | ${String(c.items).padStart(5)} | ${m.padStart(8)} | ${fmt(a.precision)}  | ${fmt(a.recall)}  | ${fmt(a.f1)}   |`,
    );
  }
  if (external.tp + external.fp + external.fn > 0) {
    const e = rates(external);
    console.log('');
    console.log(
      `External item-level corpora (alerted vs label): P ${fmt(e.precision)}  R ${fmt(e.recall)}  F1 ${fmt(e.f1)}  (TP ${e.tp}, FP ${e.fp}, FN ${e.fn})`,
    );
  }
}
