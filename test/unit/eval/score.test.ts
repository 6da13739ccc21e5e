import { describe, expect, it } from 'vitest';
import type { CheckId, Counts } from '../../../scripts/lib/score.ts';
import { perThousand, rates, scoreAlert, scoreItem, zero } from '../../../scripts/lib/score.ts';

describe('eval scoring', () => {
  it('counts a finding of an unexpected check as a false positive even when another check was expected', () => {
    const per = new Map<CheckId, Counts>();
    scoreItem(per, new Set<CheckId>(['spam']), new Set<CheckId>(['impersonation']));
    expect(per.get('spam')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(per.get('impersonation')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('computes precision, recall and F1', () => {
    const r = rates({ tp: 8, fp: 2, fn: 8 });
    expect(r.precision).toBeCloseTo(0.8);
    expect(r.recall).toBeCloseTo(0.5);
    expect(r.f1).toBeCloseTo(0.6154, 3);
  });

  it('scores item-level alerts against labels', () => {
    const c = zero();
    scoreAlert(c, true, true);
    scoreAlert(c, true, false);
    scoreAlert(c, false, true);
    scoreAlert(c, false, false);
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('eval scoring with scored checks', () => {
  it('ignores findings and labels of checks a corpus does not score', () => {
    const per = new Map<CheckId, Counts>();
    const scored = new Set<CheckId>(['spam']);
    scoreItem(per, new Set<CheckId>(['spam', 'phishing-link']), new Set<CheckId>(['crypto-scam']), scored);
    expect([...per.keys()]).toEqual(['spam']);
    expect(per.get('spam')).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('gives counts per 1,000 items', () => {
    expect(perThousand(35, 849)).toBeCloseTo(41.22, 2);
    expect(perThousand(3, 0)).toBe(0);
  });
});
