import type { CheckId } from '../../shared/model/index.ts';

export type { CheckId };

/** True/false positives and false negatives, and the rates derived from them. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Empty counts. */
export function zero(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Precision, recall and F1 from counts. An empty denominator gives 0 (nothing found = nothing earned). */
export function rates(c: Counts): Rates {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/**
 * Adds one item's predicted and expected checks to per-check counts (README scoring rules).
 * With `scored` (a corpus' `scoredChecks`), only those checks are counted: a finding of
 * another check is neither right nor wrong there, and an expected label of another check
 * is ignored.
 */
export function scoreItem(
  perCheck: Map<CheckId, Counts>,
  predicted: ReadonlySet<CheckId>,
  expected: ReadonlySet<CheckId>,
  scored?: ReadonlySet<CheckId>,
): void {
  const get = (id: CheckId) => {
    let c = perCheck.get(id);
    if (!c) {
      c = zero();
      perCheck.set(id, c);
    }
    return c;
  };
  for (const id of predicted) {
    if (scored && !scored.has(id)) continue;
    if (expected.has(id)) get(id).tp++;
    else get(id).fp++;
  }
  for (const id of expected) if (!predicted.has(id) && (!scored || scored.has(id))) get(id).fn++;
}

/** `count` per 1,000 of `items` (0 on an empty corpus). */
export function perThousand(count: number, items: number): number {
  return items === 0 ? 0 : (count * 1000) / items;
}

/** Adds an item-level verdict (alerted or not) against its label. */
export function scoreAlert(c: Counts, alerted: boolean, positive: boolean): void {
  if (alerted && positive) c.tp++;
  else if (alerted) c.fp++;
  else if (positive) c.fn++;
}

/** Sums counts. */
export function sum(all: Iterable<Counts>): Counts {
  const out = zero();
  for (const c of all) {
    out.tp += c.tp;
    out.fp += c.fp;
    out.fn += c.fn;
  }
  return out;
}
