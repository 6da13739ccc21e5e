import { describe, expect, it } from 'vitest';
import { impersonation } from '../../../shared/checks/impersonation.ts';
import { item, runner } from './scam-fixture.ts';

const { fired, findings } = runner(impersonation);
const by = (
  handle: string,
  displayName = 'Jo',
  platform: 'x' | 'instagram' | 'mastodon' | 'bluesky' = 'instagram',
) => item('hello', { handle, displayName }, { platform });

describe('impersonation', () => {
  it.each([
    ['pinecrestbank_support', 'Help'],
    ['pinecrest.ayuda', 'Atención'],
    ['kundendienst.pinecrest', 'Kunden'],
    ['p1necrestbank', 'Bank'],
    ['pinecrestbnak', 'Bank'],
    ['pinecrestbankk', 'Bank'],
    ['pinecrest_bank.refunds', 'Refunds'],
    ['pinecrestbank_uk', 'UK'],
    ['pinecrest_care_team', 'Care'],
    ['user88231', 'Pinecrest Bank'],
    ['user88231', 'Pinecrest Bank Brasil'],
    ['user88231', 'Pіnecrest Bank'], // U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
    ['user88231', 'Ｐｉｎｅｃｒｅｓｔ Ｂａｎｋ'],
    ['user88231', 'Pine\u200Bcrest Bank Support'],
  ])('fires on @%s "%s"', (handle, name) => {
    expect(fired(by(handle, name))).toEqual(['impersonation']);
  });

  // Service desks a customer writes to (subscriptions, orders, cards, lines) in the five languages;
  // the display name alone is enough when the handle does not name the brand.
  it.each([
    ['pc.subscriptions.help', 'Pinecrest Subscriptions'],
    ['card_rescue_44', 'Pinecrest Card Unlock'],
    ['user88231', 'Pinecrest Pedidos'],
    ['user88231', 'Pinecrest Assinaturas'],
    ['user88231', 'Pinecrest Bank Abonnements'],
    ['user88231', 'Pinecrest Rechnung'],
    ['pinecrest_orders', 'Orders'],
    ['pinecrestbank.wallet', 'Wallet'],
  ])('fires on a service-desk name @%s "%s"', (handle, name) => {
    expect(fired(by(handle, name))).toEqual(['impersonation']);
  });

  // Third pass: a staff member's first name beside the brand and a desk word, and brand tokens
  // ("coin", "drop", a ticker) in the five languages' naming habits.
  it.each([
    ['user88231', 'Nadia · Pinecrest Fraud Team'],
    ['user88231', 'Pinecrest Soporte | Marta'],
    ['user88231', 'Lucas - Pinecrest Atendimento'],
    ['user88231', 'Hélène Pinecrest Sécurité'],
    ['user88231', 'Pinecrest Kundendienst Jonas'],
    ['ben.pinecrestsupport', 'Ben'],
    ['pinecrest_help_olivia', 'Olivia'],
    ['pinecrestcoin_drop', 'Drop'],
    ['user88231', 'Pinecrest Coin'],
    ['pinecrest.nft', 'NFT'],
  ])('fires on a staff or token name @%s "%s"', (handle, name) => {
    expect(fired(by(handle, name))).toEqual(['impersonation']);
  });

  it.each([
    // A person's name beside the brand without a desk word is a customer or a fan
    ['nadia_pinecrest', 'Nadia'],
    ['user88231', 'Marta Pinecrest Runner'],
    // Two unknown pieces around the brand: another business
    ['user88231', 'Joe Pinecrest Repair Shop'],
    // A desk word with a long tail that is no name
    ['pinecrest_help_for_small_business', 'Tips'],
  ])('does not fire on @%s "%s"', (handle, name) => {
    expect(fired(by(handle, name))).toEqual([]);
  });

  it.each([
    // Initials are not the brand, and the display name does not name it either
    ['pc.subscriptions.help', 'Subscriptions Help'],
    ['simcard_saver', 'Line Rescue'],
    // A word that is not a service word ("daily") makes it someone's own name again
    ['pinecrest.news.daily', 'Ana Ruiz'],
  ])('does not fire on @%s "%s"', (handle, name) => {
    expect(fired(by(handle, name))).toEqual([]);
  });

  it('fires on an official handle used on a platform the brand is not on', () => {
    expect(fired(by('pinecrestbank', 'Sam', 'mastodon'))).toEqual(['impersonation']);
  });

  it.each([
    ['pinecrestbank', 'Pinecrest Bank', 'x'],
    ['pinecrest_care', 'Pinecrest Care', 'x'],
  ] as const)('never fires on the official account @%s', (handle, name, platform) => {
    expect(fired(by(handle, name, platform))).toEqual([]);
  });

  it.each([
    ['pinecrestbank_fan', 'Pinecrest fan page'],
    ['notpinecrestbank', 'Not Pinecrest (parody)'],
    ['pinecrest_hiker', 'Dana on the trails'],
    ['the.pinecrest.tavern', 'The Pinecrest Tavern'],
    ['pine.cone.crafts', 'Pine Cone Crafts'],
    ['pinecrestdental', 'Pinecrest Dental Clinic'],
    ['jane.banks', 'Jane Banks'],
    ['pincrest_lee', 'Lee Pincrest'],
  ])('does not fire on @%s "%s"', (handle, name) => {
    expect(fired(by(handle, name))).toEqual([]);
  });

  it('does not judge listed partners', () => {
    expect(fired(item('hi', { handle: 'savvy.sam', displayName: 'Pinecrest Bank partner' }))).toEqual([]);
  });

  it('says which characters imitate which, with offsets in the published display name', () => {
    const name = 'Pinecrest Bаnk'; // U+0430
    const [f] = findings(by('user88231', name));
    const ev = f!.evidence.find((e) => e.field === 'author.displayName')!;
    expect(ev.note).toContain('а U+0430 CYRILLIC SMALL LETTER A for a');
    expect(name.slice(ev.start, ev.end)).toBe(ev.match);
  });

  it('explains digit substitutions in the handle', () => {
    const [f] = findings(by('p1necrestb4nk', 'Jo'));
    const ev = f!.evidence.find((e) => e.field === 'author.handle')!;
    expect(ev.note).toContain('1 U+0031 DIGIT ONE for i');
    expect(ev.note).toContain('4 U+0034 DIGIT FOUR for a');
  });

  it('quotes the service words as written, not as their lookalike key (m and rn share one)', () => {
    const [f] = findings(by('user88231', 'Pinecrest Claims Team'));
    const ev = f!.evidence.find((e) => e.field === 'author.displayName')!;
    expect(ev.note).toContain("'Team'");
    expect(ev.note).not.toContain('tearn');
  });

  it('reuses the verdict for the same author (same findings object content)', () => {
    const a = findings(by('pinecrest.help', 'Pinecrest Help'));
    const b = findings(by('pinecrest.help', 'Pinecrest Help'));
    expect(b).toEqual(a);
    expect(a).toHaveLength(1);
  });
});

// Fourth pass: staff roles of a clinic or shop and a "club" beside the brand name present its staff or programme.
describe('impersonation: staff roles and clubs', () => {
  it.each([
    ['pinecrest.coordinator', 'Rita'],
    ['pinecrest_asesora', 'Asesora'],
    ['pinecrestconcierge', 'Concierge'],
    ['pinecrest.club', 'Rewards'],
    ['berater_pinecrest', 'Berater'],
  ])('fires on @%s', (handle, displayName) => {
    expect(fired(item('hello there', { handle, displayName }))).toEqual(['impersonation']);
  });

  it.each([['pinecrest_fanclub'], ['pinecrestrunclub'], ['coordinator_rita']])(
    'does not fire on @%s',
    (handle) => {
      expect(fired(item('hello there', { handle, displayName: 'Rita' }))).toEqual([]);
    },
  );
});
