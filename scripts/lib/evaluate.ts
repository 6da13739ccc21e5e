/**
 * Scores the findings of an analyzer on loaded corpora (the rules of ../shared/eval/README.md
 * and external/real/README.md) and sums the results per corpus group. No I/O and no engine
 * here: `evaluateCorpus` takes the analyzer, so tests can hand it a stub.
 */
import { CHECK_IDS, type CheckId, type ContentItem, type Finding } from '../../shared/model/index.ts';
import type { Corpus } from './corpus.ts';
import { type Counts, perThousand, scoreAlert, scoreItem, sum, zero } from './score.ts';

/** The findings on one item (the engine's `analyze`, or a stub). */
export type Analyze = (item: ContentItem) => readonly Finding[];

/** Findings of a scored check that the labels say should not be there; `takedown`: those whose action is takedown. */
export interface FalseFindings {
  all: number;
  takedown: number;
}

/** One miss (FN) or false finding (FP) on one item, for `--errors`. */
export interface Miss {
  readonly corpus: string;
  readonly group: string;
  readonly line: number;
  readonly kind: 'FN' | 'FP';
  /** `alert` on corpora labeled per item: the item as a whole. */
  readonly check: CheckId | 'alert';
  /** On a false finding: true when a finding of that check on the item asks for a takedown. */
  readonly takedown?: boolean;
  readonly text: string;
  readonly author: string;
  readonly findings: readonly Finding[];
}

/** The scores of one corpus, or of several summed (a group, all written corpora, ...). */
export interface Result {
  readonly name: string;
  readonly corpora: readonly string[];
  readonly items: number;
  /** The checks scored (per check on labeled corpora, as "alerted" on item-level ones). */
  readonly scored: ReadonlySet<CheckId>;
  /** True when every corpus in it is labeled per item (`spam: true|false`): no per-check counts. */
  readonly perItem: boolean;
  readonly perCheck: ReadonlyMap<CheckId, Counts>;
  /** Per-check counts summed, plus the item-level counts of corpora labeled per item. */
  readonly micro: Counts;
  /** Item-level: alerted (any scored check fired) against labeled (any scored check expected / spam). */
  readonly alerts: Counts;
  readonly falseFindings: FalseFindings;
  readonly falseByCheck: ReadonlyMap<CheckId, FalseFindings>;
}

export interface CorpusResult extends Result {
  readonly group: string;
  readonly source: Corpus['source'];
  readonly misses: readonly Miss[];
}

const ALL_CHECKS: ReadonlySet<CheckId> = new Set(CHECK_IDS);

const NONE: FalseFindings = { all: 0, takedown: 0 };

function addFalse(all: Iterable<FalseFindings>): FalseFindings {
  const out = { all: 0, takedown: 0 };
  for (const f of all) {
    out.all += f.all;
    out.takedown += f.takedown;
  }
  return out;
}

function bump(map: Map<CheckId, FalseFindings>, id: CheckId, takedown: boolean): void {
  let f = map.get(id);
  if (!f) {
    f = { all: 0, takedown: 0 };
    map.set(id, f);
  }
  f.all++;
  if (takedown) f.takedown++;
}

/** Runs `analyze` on every item of `corpus` and scores it, honouring the corpus' `scoredChecks`. */
export function evaluateCorpus(corpus: Corpus, analyze: Analyze): CorpusResult {
  const scored = corpus.scoredChecks ?? ALL_CHECKS;
  const perCheck = new Map<CheckId, Counts>();
  const alerts = zero();
  const external = zero();
  const falseByCheck = new Map<CheckId, FalseFindings>();
  const misses: Miss[] = [];
  for (const { item, expected, spam, line } of corpus.items) {
    const findings = analyze(item);
    const predicted = new Set(findings.map((f) => f.check).filter((id) => scored.has(id)));
    const takedown = (id: CheckId) => findings.some((f) => f.check === id && f.action === 'takedown');
    const base = {
      corpus: corpus.name,
      group: corpus.group,
      line,
      text: item.text,
      author: item.author.handle,
      findings,
    };
    if (expected) {
      const wanted = new Set([...expected].filter((id) => scored.has(id)));
      scoreItem(perCheck, predicted, wanted);
      scoreAlert(alerts, predicted.size > 0, wanted.size > 0);
      for (const id of predicted) {
        if (wanted.has(id)) continue;
        bump(falseByCheck, id, takedown(id));
        misses.push({ ...base, kind: 'FP', check: id, takedown: takedown(id) });
      }
      for (const id of wanted) if (!predicted.has(id)) misses.push({ ...base, kind: 'FN', check: id });
    } else if (spam !== undefined) {
      scoreAlert(external, predicted.size > 0, spam);
      scoreAlert(alerts, predicted.size > 0, spam);
      if (!spam) for (const id of predicted) bump(falseByCheck, id, takedown(id));
      if (predicted.size > 0 !== spam) {
        const td = !spam && [...predicted].some(takedown);
        misses.push({ ...base, kind: spam ? 'FN' : 'FP', check: 'alert', ...(spam ? {} : { takedown: td }) });
      }
    }
  }
  return {
    name: corpus.name,
    corpora: [corpus.name],
    group: corpus.group,
    source: corpus.source,
    items: corpus.items.length,
    scored,
    perItem: corpus.kind === 'item-level',
    perCheck,
    micro: sum([...perCheck.values(), external]),
    alerts,
    falseFindings: addFalse(falseByCheck.values()),
    falseByCheck,
    misses,
  };
}

/** Sums the results of several corpora into one (a group, or all of them). */
export function combine(name: string, results: readonly Result[]): Result {
  const perCheck = new Map<CheckId, Counts>();
  const falseByCheck = new Map<CheckId, FalseFindings>();
  const scored = new Set<CheckId>();
  for (const r of results) {
    for (const id of r.scored) scored.add(id);
    for (const [id, c] of r.perCheck) perCheck.set(id, sum([perCheck.get(id) ?? zero(), c]));
    for (const [id, f] of r.falseByCheck) falseByCheck.set(id, addFalse([falseByCheck.get(id) ?? NONE, f]));
  }
  return {
    name,
    corpora: results.flatMap((r) => r.corpora),
    items: results.reduce((n, r) => n + r.items, 0),
    scored,
    perItem: results.length > 0 && results.every((r) => r.perItem),
    perCheck,
    micro: sum(results.map((r) => r.micro)),
    alerts: sum(results.map((r) => r.alerts)),
    falseFindings: addFalse(results.map((r) => r.falseFindings)),
    falseByCheck,
  };
}

/** False findings per 1,000 items: all, and the takedown ones apart. */
export function falsePerThousand(r: Pick<Result, 'falseFindings' | 'items'>): FalseFindings {
  return {
    all: perThousand(r.falseFindings.all, r.items),
    takedown: perThousand(r.falseFindings.takedown, r.items),
  };
}

/** The corpus results by group, our written corpora first, then in the order the corpora were found. */
export function byGroup(results: readonly CorpusResult[]): Map<string, CorpusResult[]> {
  const groups = new Map<string, CorpusResult[]>();
  const written = results.filter((r) => r.source === 'written');
  for (const r of [...written, ...results.filter((r) => r.source !== 'written')]) {
    const list = groups.get(r.group);
    if (list) list.push(r);
    else groups.set(r.group, [r]);
  }
  return groups;
}
