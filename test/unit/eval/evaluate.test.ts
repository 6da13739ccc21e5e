import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../scripts/lib/corpus.ts';
import { byGroup, combine, evaluateCorpus, falsePerThousand } from '../../../scripts/lib/evaluate.ts';
import { type FixtureItem, tagged, tempRoot, writeCorpus } from './fixtures.ts';

let root: string;
let remove: () => void;
beforeEach(() => {
  ({ root, remove } = tempRoot());
});
afterEach(() => remove());

const run = (rel: string, items: readonly FixtureItem[], info?: { scoredChecks?: readonly string[] }) =>
  evaluateCorpus(loadCorpus(root, writeCorpus(root, rel, items, info)), tagged);

describe('scoredChecks', () => {
  const items: FixtureItem[] = [
    // spam found and expected; phishing-link found but not scored here.
    { text: 'win now [spam] [phishing-link!]', expected: ['spam'] },
    // only an unscored check fires on a negative.
    { text: 'see this [crypto-scam!]', expected: [] },
    // an unscored label that nothing finds.
    { text: 'ordinary words', expected: ['phishing-link'] },
    // a scored miss and a scored false finding.
    { text: 'plain text', expected: ['offplatform-contact'] },
    { text: 'plain [offplatform-contact!]', expected: [] },
  ];

  it('does not count a finding of an unscored check as a false positive', () => {
    const r = run('external/real/sms-things', items, { scoredChecks: ['spam', 'offplatform-contact'] });
    expect(r.perCheck.get('phishing-link')).toBeUndefined();
    expect(r.perCheck.get('crypto-scam')).toBeUndefined();
    expect(r.falseFindings).toEqual({ all: 1, takedown: 1 });
    expect(r.misses.filter((m) => m.kind === 'FP').map((m) => m.check)).toEqual(['offplatform-contact']);
  });

  it('does not count an expected label of an unscored check as a false negative', () => {
    const r = run('external/real/sms-things', items, { scoredChecks: ['spam', 'offplatform-contact'] });
    expect(r.misses.filter((m) => m.kind === 'FN').map((m) => [m.check, m.line])).toEqual([
      ['offplatform-contact', 4],
    ]);
    expect(r.perCheck.get('spam')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.perCheck.get('offplatform-contact')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.micro).toEqual({ tp: 1, fp: 1, fn: 1 });
    // Item level: item 2 is not alerted (its only finding is unscored); item 3 is not a positive.
    expect(r.alerts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('scores every check where no corpus.json limits them', () => {
    const r = run('acme', items);
    expect(r.perCheck.get('phishing-link')).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(r.perCheck.get('crypto-scam')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(r.falseFindings).toEqual({ all: 3, takedown: 3 });
  });
});

describe('false findings per 1,000 items', () => {
  it('counts every false finding and the takedown ones apart', () => {
    const r = run('external/real/twcs-acme', [
      { text: 'thanks [spam]', expected: [] },
      { text: 'call [pii-exposure!] [spam]', expected: [] },
      { text: 'my number [pii-exposure!]', expected: ['pii-exposure'] },
      { text: 'all good', expected: [] },
    ]);
    expect(r.falseFindings).toEqual({ all: 3, takedown: 1 });
    expect(falsePerThousand(r)).toEqual({ all: 750, takedown: 250 });
    expect(r.falseByCheck.get('spam')).toEqual({ all: 2, takedown: 0 });
    expect(r.falseByCheck.get('pii-exposure')).toEqual({ all: 1, takedown: 1 });
    expect(r.misses.map((m) => [m.check, m.takedown])).toEqual([
      ['spam', false],
      ['pii-exposure', true],
      ['spam', false],
    ]);
  });

  it('counts the findings on items labeled not spam in corpora labeled per item', () => {
    const r = run('external/videos/v1', [
      { text: 'sub to me [spam]', spam: true },
      { text: 'lovely [spam] [phishing-link!]', spam: false },
      { text: 'lovely song', spam: false },
      { text: 'visit my page', spam: true },
    ]);
    expect(r.perItem).toBe(true);
    expect(r.micro).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(r.falseFindings).toEqual({ all: 2, takedown: 1 });
    expect(falsePerThousand(r)).toEqual({ all: 500, takedown: 250 });
    expect(r.misses.map((m) => [m.kind, m.check, m.line])).toEqual([
      ['FP', 'alert', 2],
      ['FN', 'alert', 4],
    ]);
  });
});

describe('groups', () => {
  it('sums corpora of a group and lists written corpora first', () => {
    const a = run('external/real/twcs-a', [
      { text: 'x [spam]', expected: [] },
      { text: 'y', expected: [] },
    ]);
    const b = run('external/real/twcs-b', [{ text: 'z [phishing-link!]', expected: [] }]);
    const w = run('acme', [{ text: 'w [spam]', expected: ['spam'] }]);
    const groups = byGroup([a, b, w]);
    expect([...groups.keys()]).toEqual(['written brand corpora', 'support threads']);
    const support = combine('support threads', groups.get('support threads') ?? []);
    expect(support.items).toBe(3);
    expect(support.corpora).toEqual(['external/real/twcs-a', 'external/real/twcs-b']);
    expect(support.falseFindings).toEqual({ all: 2, takedown: 1 });
    expect(falsePerThousand(support).all).toBeCloseTo(666.667, 2);
    expect(support.micro).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(support.perItem).toBe(false);
  });
});
