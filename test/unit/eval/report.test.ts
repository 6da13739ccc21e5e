import { describe, expect, it } from 'vitest';
import { combine, type Result } from '../../../scripts/lib/evaluate.ts';
import { checkTable, cut, formatMiss, groupTable } from '../../../scripts/lib/report.ts';

describe('eval report', () => {
  it('cuts a text to one escaped line of about 200 characters', () => {
    const t = cut(`${'word '.repeat(100)}\u001b[2J`);
    expect(t.length).toBe(201);
    expect(t.endsWith('…')).toBe(true);
    expect(cut('a\u202eb\nc')).toBe('a\\u202eb c');
  });

  it('lists a false finding with its place, action and evidence', () => {
    const lines = formatMiss({
      corpus: 'external/real/twcs-a',
      group: 'support threads',
      line: 7,
      kind: 'FP',
      check: 'pii-exposure',
      takedown: true,
      text: 'call me',
      author: 'someone',
      findings: [
        {
          check: 'pii-exposure',
          severity: 'high',
          action: 'takedown',
          reason: 'r',
          evidence: [{ field: 'text', start: 0, end: 4, match: 'call' }],
        },
      ],
    });
    expect(lines).toEqual([
      'FP pii-exposure  (false finding, takedown)  [external/real/twcs-a:7] @someone',
      '   call me',
      '   -> pii-exposure (takedown): text[0,4]="call"',
    ]);
  });

  it('shows no recall on a set without positives, and false findings per 1,000', () => {
    const r: Result = {
      ...combine('g', []),
      items: 200,
      scored: new Set(['spam']),
      perCheck: new Map([['spam', { tp: 0, fp: 2, fn: 0 }]]),
      micro: { tp: 0, fp: 2, fn: 0 },
      falseFindings: { all: 2, takedown: 1 },
      falseByCheck: new Map([['spam', { all: 2, takedown: 1 }]]),
      corpora: ['a'],
    };
    const rows = checkTable(r);
    expect(rows[2]).toMatch(/^\| spam +\| +0 \| +2 \| +0 \| 0\.000 \| +- \| +- \| +10\.0 \| +5\.0 \|$/);
    expect(groupTable([r])[2]).toContain('10.0 (2)');
  });
});
