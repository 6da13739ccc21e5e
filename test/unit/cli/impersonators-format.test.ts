import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { impersonatorDetail, impersonatorsTable } from '../../../functions/cli/impersonators.ts';
import type { ImpersonatorRecord } from '../../../shared/store/impersonators.ts';
import { engine } from '../pipeline/impersonators-fixtures.ts';

const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
const NOW = new Date('2026-12-01T09:00:00.000Z');

const record: ImpersonatorRecord = {
  id: 'youtube:UCx9Qw3mZt7Lk2Pv8Rb1Nc4A',
  brand: 'Halvard Bank',
  platform: 'youtube',
  account: 'UCx9Qw3mZt7Lk2Pv8Rb1Nc4A',
  authorId: 'UCx9Qw3mZt7Lk2Pv8Rb1Nc4A',
  // A handle that tries to rewrite the terminal: an ANSI clear and a right-to-left override.
  handles: ['HalvardSupport', 'Halvard\u202eSupport\u001b[2J'],
  displayNames: ['Нalvard Bank Help Centre'],
  firstSeen: '2026-11-20T08:00:00.000Z',
  lastSeen: '2026-11-30T08:00:00.000Z',
  scamFindings: 7,
  findingsByCheck: { impersonation: 4, 'offplatform-contact': 3 },
  indicators: [{ kind: 'messenger', value: 'telegram:@halvard_refund_team' }],
  status: 're-emerged',
  history: [
    { status: 'watching', at: '2026-11-20T08:00:00.000Z', by: 'postwatch' },
    {
      status: 're-emerged',
      at: '2026-11-20T08:00:00.000Z',
      by: 'postwatch',
      note: 'uses the same messenger account',
    },
  ],
  linkedTo: [
    {
      id: 'youtube:UCq1Wd8Nz0Lp5Ty2Hs6Gx3VB',
      platform: 'youtube',
      account: 'UCq1Wd8Nz0Lp5Ty2Hs6Gx3VB',
      handle: 'HalvardHelpDesk',
      via: { kind: 'messenger', value: 'telegram:@halvard_refund_team' },
      at: '2026-11-20T08:00:00.000Z',
    },
  ],
  reemergenceFindingIds: [],
  version: 3,
};

describe('impersonator output for people', () => {
  it('keeps the table within 80 columns and escapes what the account wrote', () => {
    const table = impersonatorsTable([record], stream, NOW);
    for (const row of table.split('\n')) expect([...row].length).toBeLessThanOrEqual(80);
    expect(table.includes('\u001b') || table.includes('\u202e')).toBe(false);
    expect(table).toContain('re-emerged');
    expect(table).toContain('7');
  });

  it('shows what it used, how it imitates, whom it is linked to and the history', () => {
    const detail = impersonatorDetail(record, engine.brand, stream);
    expect(detail.includes('\u001b') || detail.includes('\u202e')).toBe(false);
    expect(detail).toContain('@Halvard\\u202eSupport\\x1b[2J');
    expect(detail).toContain('messenger telegram:@halvard_refund_team');
    expect(detail).toContain('Н (CYRILLIC CAPITAL LETTER EN) imitates h');
    expect(detail).toContain(
      'youtube:UCq1Wd8Nz0Lp5Ty2Hs6Gx3VB @HalvardHelpDesk: same messenger telegram:@halvard_refund_team',
    );
    expect(detail).toMatch(/re-emerged\s+postwatch: uses the same messenger account/);
  });
});
