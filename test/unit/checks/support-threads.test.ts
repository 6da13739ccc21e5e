import { describe, expect, it } from 'vitest';
import { item, runner } from './scam-fixture.ts';

// Support threads on X, by intent: who speaks, to whom, about whose problem. Sentences are our own.
const { fired } = runner();
const onX = (text: string, handle = 'lena_w', links?: string[]) =>
  item(text, { handle }, { platform: 'x', ...(links ? { links } : {}) });

describe('support threads: a customer asking the brand to DM them is no private channel', () => {
  it.each([
    '@pinecrestbank can you DM me? my card got declined twice today',
    '@pinecrestbank my savings account still shows the old balance, dm me please',
    '@pinecrestbank via DM?',
    '@pinecrestbank happy to go through my complaint in DM, not over a link',
    '@pinecrestbank does the new app stop me from going on WhatsApp while it syncs?',
  ])('no finding on %s', (text) => {
    expect(fired(onX(text))).toEqual([]);
  });

  it.each([
    ['@pinecrestbank I got my refund back, dm me for the trick', 'offplatform-contact'],
    ['@pinecrestbank anyone locked out, can you dm me and I can unlock it', 'offplatform-contact'],
    ['@pinecrestbank message us on WhatsApp +44 7700 900411 for your refund', 'offplatform-contact'],
  ])('still fires on %s', (text, check) => {
    expect(fired(onX(text))).toContain(check);
  });
});

describe('support threads: pii-exposure by whose contact it is', () => {
  it('a customer asking to be reached at their own email', () => {
    expect(fired(onX('my transfer never arrived, reach me at lena.w@example.com pls'))).toEqual([
      'pii-exposure',
    ]);
  });
  it('a customer signing off with a contact label to the brand', () => {
    expect(
      fired(onX('@pinecrestbank flight refund still pending since May. Contact: +49 151 23456789')),
    ).toEqual(['pii-exposure']);
  });
  it('a stranger pitching a service with "text me" is a channel, not their data', () => {
    expect(fired(onX('I fix cracked screens for cheap, text me (415) 555-0133'))).toEqual([
      'offplatform-contact',
    ]);
  });
  it('the brand pointing at its line to ring is not a customer number', () => {
    expect(
      fired(onX('@lena_w our chat is open now, or call 0800 555 0199 option 2', 'pinecrestbank')),
    ).toEqual([]);
  });
  it('the brand repeating a customer number still fires', () => {
    expect(fired(onX('@lena_w an agent will ring 404-555-0188 this afternoon', 'pinecrestbank'))).toEqual([
      'pii-exposure',
    ]);
  });
  it('an unbroken 00-number that is no valid phone is an id', () => {
    expect(fired(onX('@pinecrestbank 0062395411111'))).toEqual([]);
  });
});

describe('support threads: X link wrappers and own-account asks are not spam or phishing', () => {
  it.each([
    '@pinecrestbank https://t.co/Ab12Cd34Ef',
    '@pinecrestbank this is the screen I get https://t.co/Ab12Cd34Ef',
    '@pinecrestbank please just check my account, the fee is wrong',
  ])('no finding on %s', (text) => {
    expect(fired(onX(text))).toEqual([]);
  });
  it('the brand linking its refund page through the wrapper', () => {
    expect(
      fired(onX('@lena_w you can request a refund here: https://t.co/Zz99Yy88Xx', 'pinecrestbank')),
    ).toEqual([]);
  });
  it('the target behind the wrapper is still judged', () => {
    expect(
      fired(
        onX('claim your refund https://t.co/Zz99Yy88Xx', 'lena_w', ['https://pinecrest-refunds.help/claim']),
      ),
    ).toContain('phishing-link');
  });
  it('spam still fires on a channel plug', () => {
    expect(fired(onX('check out my channel for daily tips'))).toEqual(['spam']);
  });
});

describe('support threads: the brand asking one customer into its own DMs', () => {
  const brand = (text: string) => fired(onX(text, 'pinecrestbank'));
  it.each([
    '@lena_w sorry about that! Could you DM us your account email and postcode? ^RT',
    '@lena_w I can look into it. Can you DM me your full address, please?',
    '@lena_w kindly DM us your phone number and we will sort it out - Marta',
  ])('no finding on %s', (text) => {
    expect(brand(text)).toEqual([]);
  });
  it.each([
    'Win a year of free banking! DM us your email and date of birth to enter',
    '@lena_w reply here with your phone number and date of birth so we can check',
  ])('still fires on %s', (text) => {
    expect(brand(text)).toEqual(['undisclosed-data-collection']);
  });
});
