/** The text tables of `npm run eval` (markdown, columns padded to their widest cell). */
import { CHECK_IDS, type CheckId, type Finding } from '../../shared/model/index.ts';
import { escapeForDisplay } from '../../shared/text/display.ts';
import {
  type CorpusResult,
  type FalseFindings,
  falsePerThousand,
  type Miss,
  type Result,
} from './evaluate.ts';
import { type Counts, perThousand, rates } from './score.ts';

type Align = 'l' | 'r';

/** A markdown table: `align` per column, `l` (default) or `r`. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (cell: string, i: number) =>
    align[i] === 'r' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0);
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...rows.map(line)];
}

const f3 = (n: number) => n.toFixed(3);
const f1 = (n: number) => n.toFixed(1);
const empty = (c: Counts) => c.tp + c.fp + c.fn === 0;

/**
 * P, R, F1 cells: precision `-` when nothing was found, recall and F1 `-` when nothing was
 * expected (a false-alarm set has no recall to speak of).
 */
function prf(c: Counts): string[] {
  const r = rates(c);
  const p = c.tp + c.fp === 0 ? '-' : f3(r.precision);
  if (c.tp + c.fn === 0) return [p, '-', '-'];
  return [p, f3(r.recall), f3(r.f1)];
}

/** What a result scores: `all 14`, the check ids, or `any (per item)` on corpora labeled per item. */
export function scoredLabel(r: Result): string {
  if (r.perItem) return 'any (per item)';
  if (r.scored.size === CHECK_IDS.length) return `all ${CHECK_IDS.length}`;
  return CHECK_IDS.filter((id) => r.scored.has(id)).join(', ');
}

/** One row per group (or any summed result): items, scored checks, micro P/R/F1, false findings /1000. */
export function groupTable(groups: readonly Result[]): string[] {
  const rows = groups.map((g) => {
    const per = falsePerThousand(g);
    return [
      g.name,
      String(g.corpora.length),
      String(g.items),
      scoredLabel(g),
      ...prf(g.micro),
      `${f1(per.all)} (${g.falseFindings.all})`,
      `${f1(per.takedown)} (${g.falseFindings.takedown})`,
    ];
  });
  return table(
    [
      'group',
      'corpora',
      'items',
      'scored checks',
      'micro P',
      'micro R',
      'micro F1',
      'false /1000 (n)',
      'takedown /1000 (n)',
    ],
    rows,
    ['l', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r'],
  );
}

/**
 * Per check TP/FP/FN, P/R/F1 and false findings /1000, then the micro-average and the
 * item-level row. `activeOnly`: just the checks with a finding or a label.
 */
export function checkTable(
  r: Result,
  opts: { implemented?: ReadonlySet<CheckId>; activeOnly?: boolean } = {},
): string[] {
  const row = (name: string, c: Counts, falses?: FalseFindings) => [
    name,
    String(c.tp),
    String(c.fp),
    String(c.fn),
    ...prf(c),
    falses ? f1(perThousand(falses.all, r.items)) : '',
    falses ? f1(perThousand(falses.takedown, r.items)) : '',
  ];
  const rows: string[][] = [];
  for (const id of CHECK_IDS) {
    if (!r.scored.has(id)) continue;
    const c = r.perCheck.get(id) ?? { tp: 0, fp: 0, fn: 0 };
    if (opts.activeOnly && empty(c)) continue;
    const mark = opts.implemented && !opts.implemented.has(id) ? ' (not implemented)' : '';
    rows.push(row(`${id}${mark}`, c, r.falseByCheck.get(id) ?? { all: 0, takedown: 0 }));
  }
  rows.push(row('micro-average', r.micro, r.falseFindings));
  rows.push(row('item-level (alerted)', r.alerts));
  return table(['check', 'TP', 'FP', 'FN', 'prec', 'recall', 'F1', 'false /1000', 'takedown /1000'], rows, [
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
    'r',
  ]);
}

/** One row per corpus: group, items, scored checks, micro P/R/F1, item-level F1, false findings /1000. */
export function corpusTable(results: readonly CorpusResult[]): string[] {
  const rows = results.map((r) => {
    const per = falsePerThousand(r);
    const item = prf(r.alerts)[2] ?? '-';
    return [
      r.name,
      r.group,
      String(r.items),
      scoredLabel(r),
      ...prf(r.micro),
      item,
      f1(per.all),
      f1(per.takedown),
    ];
  });
  return table(
    ['corpus', 'group', 'items', 'scored checks', 'P', 'R', 'F1', 'item F1', 'false /1000', 'takedown /1000'],
    rows,
    ['l', 'l', 'r', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
}

/** `text` on one line, escaped for a terminal, cut to `max` characters. */
export function cut(text: string, max = 200): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return escapeForDisplay(one.length > max ? `${one.slice(0, max)}…` : one);
}

function evidence(f: Finding): string {
  const ev = f.evidence.map((e) => `${e.field}[${e.start},${e.end}]=${JSON.stringify(cut(e.match, 80))}`);
  return `${f.check} (${f.action}): ${ev.join(' ') || '(no span)'}`;
}

/** The `--errors` listing of one miss or false finding: kind, check, where, text, the findings' evidence. */
export function formatMiss(m: Miss): string[] {
  const what = m.kind === 'FP' ? (m.takedown ? 'false finding, takedown' : 'false finding') : 'miss';
  const out = [
    `${m.kind} ${m.check}  (${what})  [${m.corpus}:${m.line}] @${cut(m.author, 60)}`,
    `   ${cut(m.text)}`,
  ];
  for (const f of m.findings) out.push(`   -> ${evidence(f)}`);
  if (m.findings.length === 0) out.push('   -> (no finding)');
  return out;
}
