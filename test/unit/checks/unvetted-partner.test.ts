import { describe, expect, it } from 'vitest';
import { unvettedPartner } from '../../../shared/checks/unvetted-partner.ts';
import { item, PARTNER, runner } from './integrity-fixture.ts';

const { findings, fires } = runner([unvettedPartner]);
const PENDING = { handle: 'mila.moves', platform: 'instagram' } as const;
const SUSPENDED = { handle: 'budgetbeauty_kim', platform: 'x' } as const;
const LAPSED = { handle: 'runwithraj', platform: 'tiktok' } as const;

describe('unvetted-partner', () => {
  it('fires on a pending partner promoting the brand, even with a disclosure', () => {
    const [f] = findings(item('#ad my @sunmeadow whitening journey', PENDING));
    expect(f?.check).toBe('unvetted-partner');
    expect(f?.evidence.map((e) => e.field)).toEqual(['author.handle', 'text']);
    expect(f?.reason).toContain("'pending'");
  });

  it('fires on a suspended partner', () => {
    expect(fires(item('Sunmeadow strips are back in stock, code KIM15', SUSPENDED))).toBe(true);
  });

  it('fires when the vetting had lapsed when the item was published', () => {
    const [f] = findings(item('#ad run, stretch, @sunmeadow electrolytes', LAPSED));
    expect(f?.reason).toContain('lapsed on 2026-03-31');
  });

  it('does not fire when the item was published while the vetting was still valid', () => {
    const text = '#ad run, stretch, @sunmeadow electrolytes';
    expect(fires(item(text, LAPSED, { createdAt: '2026-03-31T18:00:00Z' }))).toBe(false);
    expect(fires(item(text, LAPSED, { createdAt: '2026-04-01T00:00:01Z' }))).toBe(true);
  });

  it('does not fire on an approved, current partner', () => {
    expect(fires(item('#ad my @sunmeadow routine', PARTNER))).toBe(false);
  });

  it('does not fire on a partner post that does not promote the brand', () => {
    expect(fires(item('rest day, pasta night 🍝', PENDING))).toBe(false);
  });
});
