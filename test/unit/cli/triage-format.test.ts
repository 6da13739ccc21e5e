import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { age, findingDetail, findingsTable } from '../../../functions/cli/format.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

const ESC = '\u001b';
/** The SGR codes format.ts writes: reset, bold, dim, inverse, red, yellow. */
const OURS = new RegExp(`^${ESC}\\[(0|1|2|7|31|33)m$`);

function stream(isTTY: boolean): NodeJS.WriteStream {
  return Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream;
}

// A hostile comment: ANSI "clear screen", a bidi override and a newline in what we show.
const hostile = `acme${ESC}[2J\u202Esupport\nhelp`;
const finding: StoredFinding = {
  id: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  check: 'undisclosed-data-collection',
  severity: 'critical',
  action: 'correction',
  reason: `Asks for data ${ESC}[31mwith no privacy link.`,
  evidence: [
    { field: 'text', start: 3, end: 20, match: `send${ESC}]0;owned${ESC}\\ your DOB`, note: 'date of birth' },
  ],
  brand: 'Acme Bank',
  platform: 'instagram',
  itemId: '17890000000000008',
  itemKind: 'post',
  contentHash: 'h',
  authorHandle: hostile.repeat(3),
  createdAt: '2026-11-20T09:00:00.000Z',
  status: 'acknowledged',
  history: [
    { status: 'open', at: '2026-11-20T09:00:00.000Z', by: 'postwatch' },
    { status: 'acknowledged', at: '2026-11-20T09:05:00.000Z', by: `eve${ESC}[8m`, note: 'asked\u202Eto fix' },
  ],
  alertState: 'sent',
};

describe('triage output for people', () => {
  it('keeps the table within 80 columns and lets no control character through, on a pipe', () => {
    const table = findingsTable(
      [finding, { ...finding, severity: 'low' }],
      stream(false),
      new Date('2026-11-22T09:00:00Z'),
    );
    for (const line of table.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(table).not.toContain(ESC);
    expect(table).not.toContain('\u202E');
    expect(table).toContain('a1b2c3d4');
    expect(table).toContain('crit');
    expect(table).toContain('2d');
  });

  it('escapes untrusted text in the detail view; only our own codes colour it on a terminal', () => {
    const plain = findingDetail(finding, stream(false));
    expect(plain).not.toContain(ESC);
    expect(plain).not.toContain('\u202E');
    expect(plain).toContain('\\x1b[2J');
    expect(plain).toContain('\\u202e');
    expect(plain).toContain(
      'Evidence\n  text 3-20              send\\x1b]0;owned\\x1b\\ your DOB  (date of birth)',
    );
    expect(plain).toMatch(/History\n.*open +postwatch\n.*acknowledged +eve\\x1b\[8m +"asked\\u202eto fix"/);
    const coloured = findingDetail(finding, stream(true));
    // Every escape on a terminal is one of ours: bold, dim, red, yellow, inverse, reset.
    const codes = coloured.match(new RegExp(`${ESC}\\[[0-9;]*m`, 'g')) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(codes.filter((c) => OURS.test(c))));
    expect(coloured.replace(new RegExp(`${ESC}\\[(0|1|2|7|31|33)m`, 'g'), '')).not.toContain(ESC);
  });

  it('says ages in the largest whole unit', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(age('2026-11-22T11:59:15Z', now)).toBe('45s');
    expect(age('2026-11-22T11:48:00Z', now)).toBe('12m');
    expect(age('2026-11-22T07:00:00Z', now)).toBe('5h');
    expect(age('2026-11-19T12:00:00Z', now)).toBe('3d');
    expect(age('2026-09-27T12:00:00Z', now)).toBe('8w');
  });
});
