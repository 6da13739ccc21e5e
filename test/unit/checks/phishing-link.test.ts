import { describe, expect, it } from 'vitest';
import { phishingLink } from '../../../shared/checks/phishing-link.ts';
import { item, runner } from './scam-fixture.ts';

const { fired, findings } = runner(phishingLink);

describe('phishing-link', () => {
  it.each([
    'Verify your account at pinecrestbank.com.secure-login.io/verify',
    'Claim your refund: pinecrest-refunds.net/claim',
    'new app! download at pinecrestbank.app',
    'log in at https://p1necrestbank.com/login to keep access',
    'log in at https://xn--pnecrestbank-vnf.com/login today', // IDN: pіnecrestbank (Cyrillic і)
    'your card is locked, reactivate at bit.ly/3xPcB9',
    'claim the compensation here http://198.51.100.44/pc/claim',
    'Offers for members: pinecrestbank-offers.shop',
  ])('fires on %s', (text) => {
    expect(fired(item(text))).toEqual(['phishing-link']);
  });

  it('reads links given outside the text', () => {
    expect(
      fired(item('Security alert, act now', {}, { links: ['https://pinecrest.secure-verify.co/login'] })),
    ).toEqual(['phishing-link']);
  });

  it.each([
    'Report fraud at pinecrestbank.com/help/fraud',
    'rates are on https://www.pinecrest.bank/rates',
    'Scam warning: pinecrest-login[.]net is not the bank',
    'follow @pinecrestbank.com on bluesky',
    'my hotel referral bit.ly/hotel-ref-22 saves 10%',
    'check out goodrecipes.com/pinecrest-pie',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it('points at the link in the text', () => {
    const text = 'Verify now: pinecrestbank-verify.com/x';
    const [f] = findings(item(text));
    expect(f!.evidence[0]).toMatchObject({ field: 'text', match: 'pinecrestbank-verify.com/x' });
    expect(text.slice(f!.evidence[0]!.start, f!.evidence[0]!.end)).toBe('pinecrestbank-verify.com/x');
  });
});
