import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import { PrecheckError, precheck } from '../../../shared/pipeline/precheck.ts';

const brand = parseBrandProfile(JSON.parse(readFileSync(resolve('examples/brand.json'), 'utf8')));
const NOW = new Date('2026-12-02T12:00:00Z');
const checks = (r: { findings: Array<{ check: string }> }) => r.findings.map((f) => f.check).sort();

describe('precheck as the brand', () => {
  it('runs the brand-content checks on a caption and gives each finding a concrete fix', () => {
    const r = precheck(brand, 'Our new vitamin gummies cure anxiety! Guaranteed results in 7 days.', {
      now: NOW,
    });
    expect(r).toMatchObject({ role: 'brand', platform: 'x', handle: 'acmebank', kind: 'post' });
    expect(checks(r)).toEqual(['health-claim', 'misleading-claim']);
    const health = r.findings.find((f) => f.check === 'health-claim');
    expect(health?.evidence[0]).toMatchObject({ field: 'text', match: 'cure anxiety' });
    expect(health?.fix).toContain("'cure anxiety'");
    expect(health?.fix).toMatch(/cite the evidence/);
    const promise = r.findings.find((f) => f.check === 'misleading-claim');
    expect(promise?.fix).toMatch(/^Remove the promise 'Guaranteed/);
    // The fix names the brand's own domain for the terms.
    expect(promise?.fix).toContain('acmebank.com/terms');
  });

  it('evidence offsets point into the draft as written', () => {
    const text = 'Send us your full name, date of birth and phone number to enter the prize draw';
    const r = precheck(brand, text, { now: NOW });
    expect(checks(r)).toEqual(['undisclosed-data-collection']);
    const e = r.findings[0]?.evidence[0];
    expect(e && text.slice(e.start, e.end)).toBe(e?.match);
    expect(r.findings[0]?.fix).toMatch(/privacy notice link \(e\.g\. https:\/\/acmebank\.com\/privacy\)/);
  });

  it('a privacy link next to the request makes it pass', () => {
    const r = precheck(
      brand,
      'Send us your full name and phone number to enter the prize draw. How we use it: https://acmebank.com/privacy',
      { now: NOW },
    );
    expect(r.findings).toEqual([]);
  });

  it('names the kind of personal data to remove', () => {
    const r = precheck(brand, "Congratulations to this week's winner, sam.patel@example.com!", { now: NOW });
    expect(checks(r)).toEqual(['pii-exposure']);
    expect(r.findings[0]?.fix).toMatch(/^Remove the email address 'sam\.patel@example\.com'/);
  });

  it('runs hostile-reply only on a draft reply (kind comment), not on a caption', () => {
    const text = '@tom_w that is a stupid question, read the FAQ';
    expect(precheck(brand, text, { now: NOW }).findings).toEqual([]);
    const reply = precheck(brand, text, { now: NOW, kind: 'comment' });
    expect(checks(reply)).toEqual(['hostile-reply']);
    expect(reply.findings[0]?.fix).toMatch(/^Rewrite without 'stupid question'/);
  });

  it('public-only checks never run on the brand: an impersonation-looking text is no finding', () => {
    const r = precheck(brand, 'Acme Bank Support here, check out my channel for followers', { now: NOW });
    expect(r.findings.map((f) => f.check)).not.toContain('impersonation');
    expect(r.findings.map((f) => f.check)).not.toContain('spam');
  });

  it('a clean caption has no finding', () => {
    expect(
      precheck(brand, 'Our Saver account pays 4.1% AER. Terms at acmebank.com/saver', { now: NOW }).findings,
    ).toEqual([]);
  });

  it('--as one of the brand handles picks that account; a platform without an account still checks as the brand', () => {
    expect(precheck(brand, 'hello', { as: '@acmebank_help' })).toMatchObject({
      role: 'brand',
      platform: 'x',
      handle: 'acmebank_help',
    });
    expect(precheck(brand, 'hello', { platform: 'instagram' })).toMatchObject({
      role: 'brand',
      platform: 'instagram',
      handle: 'acmebank',
    });
    const yt = precheck(brand, 'Our vitamin gummies cure anxiety', { platform: 'youtube', now: NOW });
    expect(yt).toMatchObject({ role: 'brand', platform: 'youtube' });
    expect(checks(yt)).toEqual(['health-claim']);
  });

  it('a brand with no accounts at all is checked as its own content', () => {
    const bare = parseBrandProfile({ name: 'Bare Co' });
    const r = precheck(bare, 'Send us your date of birth and home address to enter', { now: NOW });
    expect(r.role).toBe('brand');
    expect(checks(r)).toEqual(['undisclosed-data-collection']);
    // No domain in the profile: the fix does not invent one.
    expect(r.findings[0]?.fix).not.toMatch(/https:\/\//);
  });
});

describe('precheck as a partner', () => {
  it('flags a promotion with no #ad and says where the disclosure goes, per platform', () => {
    const r = precheck(brand, 'Obsessed with my new Acme Bank card, use code JANE10 for a bonus!', {
      as: 'jane.runs',
      now: NOW,
    });
    expect(r).toMatchObject({ role: 'partner', platform: 'instagram', handle: 'jane.runs' });
    expect(checks(r)).toEqual(['undisclosed-sponsorship']);
    expect(r.findings[0]?.fix).toMatch(/"#ad" or "Paid partnership with Acme Bank" at the very start/);
    expect(r.findings[0]?.fix).toContain('"Paid partnership" label');
    expect(
      precheck(brand, '#ad Obsessed with my new Acme Bank card, use code JANE10 for a bonus!', {
        as: 'jane.runs',
        now: NOW,
      }).findings,
    ).toEqual([]);
  });

  it('a suspended partner is told to hold the post', () => {
    const r = precheck(brand, '#ad Loving my Acme Bank card @acmebank', { as: 'fitwithmo', now: NOW });
    expect(r.platform).toBe('tiktok');
    expect(checks(r)).toEqual(['unvetted-partner']);
    expect(r.findings[0]?.fix).toMatch(/^Hold the post: @fitwithmo, whose partner status is 'suspended'/);
  });

  it('judges vetting at the planned publication time', () => {
    const text = '#ad Loving my Acme Bank card, code JANE10';
    expect(precheck(brand, text, { as: 'jane.runs', now: NOW }).findings).toEqual([]);
    const later = precheck(brand, text, {
      as: 'jane.runs',
      now: NOW,
      publishAt: new Date('2027-08-01T09:00:00Z'),
    });
    expect(checks(later)).toEqual(['unvetted-partner']);
    expect(later.findings[0]?.fix).toContain('vetting lapsed on 2027-06-30');
  });

  it('runs the scam checks that apply to partners and points to the official support contacts', () => {
    const r = precheck(brand, '#ad Message me on WhatsApp for the Acme Bank discount', {
      as: 'jane.runs',
      now: NOW,
    });
    expect(checks(r)).toContain('offplatform-contact');
    expect(r.findings.find((f) => f.check === 'offplatform-contact')?.fix).toContain(
      'support@acmebank.com or +1 800 555 0100',
    );
  });
});

describe('precheck refuses what it cannot check', () => {
  it('an unknown partner handle, listing the partners there are', () => {
    expect(() => precheck(brand, 'hello', { as: 'nobody' })).toThrow(PrecheckError);
    expect(() => precheck(brand, 'hello', { as: 'nobody' })).toThrow(/@jane\.runs \(instagram\)/);
  });

  it('a partner on a platform the profile does not list them on', () => {
    expect(() => precheck(brand, 'hello', { as: 'jane.runs', platform: 'tiktok' })).toThrow(
      /listed on instagram, not on tiktok/,
    );
  });

  it('an unknown platform, an empty draft and an oversized one', () => {
    expect(() => precheck(brand, 'hello', { platform: 'myspace' })).toThrow(/unknown platform 'myspace'/);
    expect(() => precheck(brand, '  \n', {})).toThrow(/empty/);
    expect(() => precheck(brand, 'a'.repeat(100_001), {})).toThrow(/at most 100000/);
  });
});
