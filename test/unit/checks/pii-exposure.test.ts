import { describe, expect, it } from 'vitest';
import { piiExposure } from '../../../shared/checks/pii-exposure.ts';
import {
  findAddresses,
  findCards,
  findIbans,
  findSsns,
  ibanValid,
  luhnValid,
  ssnValid,
} from '../../../shared/text/pii.ts';
import { BRAND, PUBLIC, reply, runner } from './integrity-fixture.ts';

const { findings, fires } = runner([piiExposure]);

describe('pii detectors', () => {
  it('validates cards with Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(findCards('my card 4000 0566 5566 5556 was declined')).toHaveLength(1);
    expect(findCards('my card 4000 0566 5566 5557 was declined')).toHaveLength(0);
    expect(findCards('gift card code 4000 0566 5566 5556')).toHaveLength(0);
  });

  it('keeps only SSNs the SSA could issue', () => {
    expect(ssnValid('123', '45', '6789')).toBe(true);
    for (const [a, g, s] of [
      ['000', '12', '3456'],
      ['666', '12', '3456'],
      ['912', '12', '3456'],
      ['123', '00', '3456'],
      ['123', '45', '0000'],
    ] as const) {
      expect(ssnValid(a, g, s)).toBe(false);
    }
    expect(findSsns('ssn 123-45-6789')).toHaveLength(1);
    expect(findSsns('my ssn is 123456789')).toHaveLength(1);
    expect(findSsns('call 666-45-6789')).toHaveLength(0);
  });

  it('checks IBANs with mod-97 and the country length', () => {
    expect(ibanValid('FR1420041010050500013M02606')).toBe(true);
    expect(ibanValid('FR1420041010050500013M02607')).toBe(false);
    expect(findIbans('iban fr14 2004 1010 0505 0001 3m02 606 please')).toHaveLength(1);
  });

  it.each([
    'send it to 12 Larkspur Close, Didsbury M20 6RT',
    'deliver to 905 Maple Avenue, Apt 3, Springfield',
    'mon adresse : 8 avenue Jean Jaurès, 75019 Paris',
    'vivo en Calle de Alcalá 45, Madrid',
    'moro na Rua das Flores, 120, Porto',
    'Lieferung an Lindenstrasse 7, 10969 Berlin',
  ])('finds a street address: %s', (text) => {
    expect(findAddresses(text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''))).toHaveLength(1);
  });

  it('does not take counts and partial addresses for addresses', () => {
    expect(findAddresses('took 2 hours on the road, ugh')).toHaveLength(0);
    expect(findAddresses('the shop on poplar near the kroger')).toHaveLength(0);
  });
});

describe('pii-exposure', () => {
  it.each([
    '@sunmeadow_help my card 4000 0566 5566 5556 got charged twice!!',
    'Refund to my IBAN FR14 2004 1010 0505 0001 3M02 606 please',
    'locked out, my SSN is 123-45-6789, help',
    'entering! priya.s88@example.com 🤞',
    '@sunmeadow_help I can’t use DMs, please call me on 07700 900461',
    'Her email is rosa.m@example.org and her phone +44 7700 900612, someone help her',
    'Package never came. Address: 12 Larkspur Close, Didsbury M20 6RT',
  ])('fires on the public showing personal data: %s', (text) => {
    expect(fires(reply(text, PUBLIC))).toBe(true);
  });

  it('fires on the brand repeating a customer detail', () => {
    expect(
      fires(reply('@lena.k we have emailed you at lena.k1990@example.com, please check spam', BRAND)),
    ).toBe(true);
  });

  it.each([
    'WhatsApp me on +44 7700 900377 for cheap whitening kits',
    'Email our refunds desk at sunmeadow.refunds@example.com',
    'Call Sunmeadow on +1 800 555 0123, that is their only number',
    'Write to hello@sunmeadow.com for help',
    'order number 4000 0566 5566 5556 still not shipped',
    'refund went to my card ending 4417',
    'born 14/03/1989, still waiting',
    '1.204.331 views, wow',
  ])('does not fire on: %s', (text) => {
    expect(fires(reply(text, PUBLIC))).toBe(false);
  });

  it.each([
    'Her phone is 0906 170 2210, someone help her',
    'His number is 0800 046 9021 if anyone needs it',
    'My number is 0845 600 4102, call me about the refund',
    '@sunmeadow_help I can’t use DMs, please call me on 1-877-555-0143',
  ])('does not take a service line (premium-rate, freephone, shared-cost) for a person: %s', (text) => {
    expect(fires(reply(text, PUBLIC))).toBe(false);
  });

  it('still takes a mobile number in the same words for a person', () => {
    expect(fires(reply('Her phone is 07700 900612, someone help her', PUBLIC))).toBe(true);
  });

  it('does not fire on the brand sharing its own support contact', () => {
    expect(fires(reply('@lena.k please email hello@sunmeadow.com or call +1 800 555 0123', BRAND))).toBe(
      false,
    );
  });

  it('marks card, SSN and IBAN exposure critical, with exact offsets after emoji', () => {
    const text = '😡🇺🇸 carte\u0301 4000 0566 5566 5556 débitée deux fois';
    const [f] = findings(reply(text, PUBLIC));
    expect(f?.severity).toBe('critical');
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('4000 0566 5566 5556');
    expect(e.note).toBe('payment card number');
  });
});

describe('pii-exposure: channel offers and reference numbers', () => {
  it.each([
    'Sunmeadow refund stuck? I can sort it for you, text me at 646-555-0199 with your order details',
    'I work at a Sunmeadow store and can fix it. Call me at 646 555 0199 with your account number',
    'Problemas con Sunmeadow? Te puedo ayudar, llámame al 646 555 0199',
    'Bloqué chez Sunmeadow ? Je peux vous aider, écrivez-moi au 06 12 34 56 78',
  ])('does not fire on a stranger offering their own channel: %s', (text) => {
    expect(fires(reply(text, PUBLIC))).toBe(false);
  });

  it.each([
    '@sunmeadow_help my parcel never came. Tracking number 646-555-0147 shows nothing',
    '@sunmeadow_help order #(646) 555-0147 never came',
    '@sunmeadow_help pedido n.º 44 1234 5678 sigue sin llegar',
    '@sunmeadow_help numéro de suivi 01 23 45 67 89, toujours rien',
  ])('does not read a reference as a phone: %s', (text) => {
    expect(fires(reply(text, PUBLIC))).toBe(false);
  });

  it.each([
    '@sunmeadow_help please call me back at 646-555-0199, my order 55812 is late',
    '@sunmeadow_help order 88123 is late, call me on 646 555 0199',
    '@sunmeadow_help my number is 646 555 0199, can you help me?',
  ])('still fires on a customer asking the brand to ring them: %s', (text) => {
    const [f] = findings(reply(text, PUBLIC));
    expect(f?.evidence.map((e) => e.note)).toEqual(['phone number']);
  });
});

describe('pii-exposure: third pass (writing-to-me requests, destinations, recommended third parties)', () => {
  it.each([
    ['en', '@sunmeadow_help nobody answers, email me at lena.k.home@example.com please'],
    ['es', '@sunmeadow_help escribidme a lena.k.home@example.com, nadie contesta'],
    ['es', '@sunmeadow_help escríbanme a lena.k.home@example.com por favor'],
    ['pt', '@sunmeadow_help me escrevam em lena.k.home@example.com, por favor'],
    ['fr', '@sunmeadow_help écrivez-moi à lena.k.home@example.com svp'],
    ['de', '@sunmeadow_help schreibt mir bitte an lena.k.home@example.com'],
  ])('fires on a customer asking the brand to write to their own address (%s): %s', (_lang, text) => {
    const [f] = findings(reply(text, PUBLIC));
    expect(f?.evidence.map((e) => e.note)).toEqual(['email address']);
  });

  it.each([
    'For a refund please email your full name, home address and the card number you used to sunmeadow.refunds@example.net',
    'Para el reembolso, envía tu nombre completo, tu dirección y el número de tarjeta a sunmeadow.refunds@example.net',
    'I got my money back thanks to agent Rob at rob.recovers@example.org. Email him, he is the real deal',
    'Mi hermano recuperó todo con Ana, ana.recupera@example.org, escríbele hoy',
  ])('does not fire on a contact offered as somewhere to write: %s', (text) => {
    expect(fires(reply(text, PUBLIC))).toBe(false);
  });

  it('still fires on a stranger posting someone else’s email with no channel', () => {
    const text = 'The lady who runs the stall is jo.market@example.com if anyone wondered';
    const [f] = findings(reply(text, PUBLIC));
    expect(f?.evidence[0]?.match).toBe('jo.market@example.com');
  });
});

describe('pii-exposure: fourth pass (details posted to set people on someone)', () => {
  it.each([
    [
      'en',
      'this is the guy who keeps reselling fake tubes, name’s Oren Vale, email oren.vale@example.net, go spam him',
    ],
    ['en', 'her email is on her bio anyway: tamsin.q@example.org, flood her inbox'],
    ['es', 'este es el que revende falsificaciones, correo bruno.ll@example.com, vamos a spamearlo'],
    ['pt', 'o golpista é esse, e-mail caio.r@example.com, bora encher o saco dele'],
    ['fr', 'voilà le revendeur, mail gael.p@example.fr, allez le spammer'],
    ['de', 'das ist der Fälscher, Mail jonas.w@example.de, spammt ihn zu'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(reply(text, PUBLIC))).toBe(true);
  });

  it.each([
    'Write to their press team at press@example.com, they reply within a day',
    'got the code, email me at lena.k@example.com for help with your order, I can sort it',
  ])('does not fire on a contact offered as a channel: %s', (text) => {
    expect(fires(reply(text, PUBLIC))).toBe(false);
  });
});
