import { describe, expect, it } from 'vitest';
import { formatAlert } from '../../../shared/alerts/format.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { parseBrandProfile, parseContentItem } from '../../../shared/model/index.ts';
import { findEmails, findPhones, findSpelledPhones } from '../../../shared/text/contacts.ts';
import { maskPersonalData } from '../../../shared/text/mask.ts';
import { normalize } from '../../../shared/text/normalize.ts';
import { findIbans, findPii } from '../../../shared/text/pii.ts';
import { storedFinding } from './stored-finding.ts';

type Kind = 'email' | 'phone' | 'card' | 'iban' | 'ssn' | 'address';

/** True when the detectors the checks use find personal data of `kind` in `text`. */
function detected(kind: Kind, text: string): boolean {
  const t = normalize(text).text;
  if (kind === 'email') return findEmails(t).length > 0;
  if (kind === 'phone') return findPhones(t).length > 0 || findSpelledPhones(t).length > 0;
  return findPii(t).some((p) => p.kind === kind);
}

/** Digits (any script) of a string, as one string. */
const digitsOf = (s: string) => [...s].filter((c) => /\p{Nd}/u.test(c)).join('');

/** Every phone layout the detectors take: spaces, dashes, en dash, dots, parentheses, two spaces, prefixes. */
const PHONES = [
  '+44 7700 900123',
  '+44 (0) 7700 900123',
  '0044 7700 900123',
  '07700 900124',
  '07700–900124',
  '07700—900124',
  '07700  900124',
  '07700-900-124',
  '+1 (415) 555-0127',
  '(415) 555-0127',
  '415.555.0127',
  '415-555-0127',
  '+1 415 555 0127',
  '+33 6 12 34 56 78',
  '06.12.34.56.78',
  '+49 30 12345678',
  '030 1234 5678',
  '+34 612 34 56 78',
  '+351 912 345 678',
  '+55 11 91234-5678',
  '(11) 91234-5678',
  '+52 55 1234 5678',
  '+91 98765 43210',
  '+61 412 345 678',
  '020 7946 0958',
  '０７７００ ９００１２３',
  'five five five 0one23 4567',
  '+1 (555) 0one-23 45 67',
];

/** Emails plain and obfuscated, in the five languages contacts.ts knows. */
const EMAILS: Array<[text: string, local: string, domain: string]> = [
  ['jane.doe@example.com', 'jane', 'example'],
  ['jane.doe+x@mail.example.co.uk', 'jane', 'example'],
  ['josé.pérez@correo.es', 'jos', 'correo'],
  ['jane(at)example(dot)com', 'jane', 'example'],
  ['jane [at] example [dot] com', 'jane', 'example'],
  ['jane[at]example.com', 'jane', 'example'],
  ['jane{at}example(dot)net', 'jane', 'example'],
  ['jane(@)example[.]org', 'jane', 'example'],
  ['jane dot doe at gmail dot com', 'jane', 'gmail'],
  ['juan arroba gmail punto com', 'juan', 'gmail'],
  ['maria arroba gmail ponto com', 'maria', 'gmail'],
  ['marie point dupont at orange point fr', 'marie', 'orange'],
  ['hans at web punkt de', 'hans', 'web'],
  ['JANE (AT) EXAMPLE (DOT) COM', 'jane', 'example'],
];

const OTHERS: Array<[kind: Kind, text: string, keep: number]> = [
  ['card', 'my card is 4111 1111 1111 1111', 4],
  ['card', 'card 4111-1111-1111-1111 exp', 4],
  ['card', 'amex 3782 822463 10005', 4],
  ['card', 'number 5555555555554444 ok', 4],
  ['iban', 'IBAN GB82 WEST 1234 5698 7654 32 please', 4],
  ['iban', 'pay to de89370400440532013000', 4],
  ['iban', 'IBAN FR14 2004 1010 0505 0001 3M02 606', 4],
  ['iban', 'ES91 2100 0418 4502 0005 1332', 4],
  ['ssn', 'SSN 123-45-6789', 2],
  ['ssn', 'my ssn is 123456789', 2],
  ['ssn', 'social security number 123 45 6789', 2],
];

const ADDRESSES: Array<[text: string, secret: string]> = [
  ['my address is 4417 Juniper Ridge Ave, Leeds', 'Juniper'],
  ['she lives at 27 Willow Crescent, Apt 4', 'Willow'],
  ['envíalo a 14 rue des Lilas, Paris', 'Lilas'],
  ['vive en Calle Mayor 12', 'Mayor'],
  ['mora na Rua Augusta, 100', 'Augusta'],
  ['wohnt Hauptstrasse 12', 'Haupt'],
];

describe('maskPersonalData over every form the checks recognise', () => {
  it.each(PHONES)('phone %s keeps at most its last two digits', (phone) => {
    const text = `call me on ${phone} tonight`;
    expect(detected('phone', text)).toBe(true);
    const masked = maskPersonalData(text);
    const kept = digitsOf(masked);
    expect(kept.length).toBeLessThanOrEqual(2);
    expect(digitsOf(phone).endsWith(kept)).toBe(true);
    expect(masked.startsWith('call me on ')).toBe(true);
    expect(masked.endsWith(' tonight')).toBe(true);
    // Spelled-out digits are digits too.
    expect(masked).not.toMatch(/\b(?:five|one)\b/i);
  });

  it.each(EMAILS)('email %s keeps neither local part nor domain', (email, local, domain) => {
    const text = `write to ${email} today`;
    expect(detected('email', text)).toBe(true);
    const masked = maskPersonalData(text).toLowerCase();
    expect(masked).not.toContain(local);
    expect(masked).not.toContain(domain);
    expect(masked).toContain('•••@•••.');
    expect(masked.endsWith(' today')).toBe(true);
  });

  it.each(OTHERS)('%s in %j keeps at most its last %i digits', (kind, text, keep) => {
    expect(detected(kind, text)).toBe(true);
    const masked = maskPersonalData(text);
    const kept = digitsOf(masked.replace(/^[A-Za-z]{2}\d{2}/, ''));
    expect(kept.length).toBeLessThanOrEqual(keep);
    expect(masked).toContain('•');
  });

  it.each(ADDRESSES)('street address in %j loses its number and street name', (text, secret) => {
    expect(detected('address', text)).toBe(true);
    const masked = maskPersonalData(text);
    expect(masked).not.toContain(secret);
    // The house number goes; what follows the street ("Apt 4", a postcode) is not its number.
    expect(masked).not.toMatch(/\d{2}|\d(?! *$)/);
  });

  it('masks a pii-exposure excerpt as a whole even out of its context', () => {
    expect(detected('address', '4417 Juniper Ridge Ave')).toBe(false);
    expect(maskPersonalData('4417 Juniper Ridge Ave', { known: true })).toBe('•••• ••••••• ••••• •••');
    expect(maskPersonalData('4417 Juniper Ridge Ave')).toBe('4417 Juniper Ridge Ave');
  });

  it('keeps the regex pass as a fallback for digit runs the detectors leave (references)', () => {
    // A reference word makes the detector skip the number; the digit run is masked anyway.
    expect(detected('phone', 'order 07700–900124')).toBe(false);
    expect(maskPersonalData('order 07700–900124')).toBe('order •••••–••••24');
    expect(maskPersonalData('ref 1234  5678  9012')).toBe('ref ••••  ••••  ••12');
  });

  it('leaves ordinary text as it is', () => {
    for (const text of [
      'Save 20% on 3 plans, from $12.99, code SPRING2026',
      'Meet us at the store at 5 pm, 2 blocks away',
      'We are open 9-5 Monday to Friday',
      'DM us on WhatsApp',
    ]) {
      expect(maskPersonalData(text)).toBe(text);
    }
  });

  it('masks what real findings report (pii-exposure, offplatform-contact), in alert document and body', () => {
    const engine = createEngine(parseBrandProfile({ name: 'Acme Bank' }));
    const text =
      'My phone is 07700–900124, my email is jane@example.com and my address is 4417 Juniper Ridge Ave, Leeds. Or WhatsApp me: jane(at)example(dot)com, +1 (415) 555-0127';
    const item = parseContentItem({
      platform: 'x',
      kind: 'comment',
      id: '1',
      author: { handle: 'jd' },
      text,
    });
    const findings = engine.analyze(item);
    expect(findings.map((f) => f.check)).toEqual(
      expect.arrayContaining(['pii-exposure', 'offplatform-contact']),
    );
    const matches = findings.flatMap((f) => f.evidence.map((e) => e.match));
    expect(matches).toEqual(
      expect.arrayContaining([
        '07700–900124',
        'jane@example.com',
        'jane(at)example(dot)com',
        '+1 (415) 555-0127',
      ]),
    );
    expect(matches.some((m) => m.startsWith('4417 Juniper'))).toBe(true);
    for (const finding of findings) {
      const stored = storedFinding(finding);
      const { body, document } = formatAlert(stored);
      // Offsets (`text 12-24:`) and the finding's own line are not personal data.
      const bodyText = body.slice(0, body.indexOf('Finding f1')).replace(/ \d+-\d+: /g, ' ');
      const excerpts = document.evidence.map((e) => `${e.match} ${e.note ?? ''}`).join('\n');
      for (const out of [document.reason, excerpts, bodyText]) {
        expect(out).not.toMatch(/\d{3}/);
        expect(out).not.toContain('jane');
        expect(out).not.toContain('Juniper');
      }
    }
  });
});

describe('maskPersonalData on hostile input', () => {
  const SIZE = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const INPUTS: Record<string, string> = {
    'one digit': fill('7'),
    'digits and spaces': fill('4111 '),
    'digits and two spaces': fill('1  2  '),
    'digits and en dashes': fill('07700–900124 '),
    'digits and dots': fill('1.'),
    'at signs': fill('@'),
    'email-like': fill('a.b@c.'),
    emails: fill('x@y.com '),
    'bracketed at': fill('jane [at] gmail [dot] com '),
    'word at': fill('jane at gmail dot '),
    'spelled digits': fill('five five '),
    'phone-like': fill('+44 (0) '),
    'iban-like': fill('GB82 WEST '),
    ssns: fill('ssn 123-45-6789 '),
    cards: fill('4111111111111111 '),
    'street words': fill('12 road street avenue '),
    'romance streets': fill('12 rue de la '),
    'german streets': fill('Hauptstrasse 12 '),
    'emoji and combining marks': fill('🙄e\u0301🇫🇷\u200b'),
    'mixed scripts': fill('sunmеadоw ѕunmeadow 日本語 عربى '),
  };

  // A quadratic detector takes seconds here; linear ones take a few tens of ms. Best of two
  // runs, so a GC pause on a shared machine is not a failure.
  it.each(Object.entries(INPUTS))('masks %s (100 KB) within 200 ms', (_name, text) => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 2; i++) {
      const t = performance.now();
      maskPersonalData(text);
      best = Math.min(best, performance.now() - t);
    }
    expect(best).toBeLessThan(200);
  });
});

describe('findIbans: text as written (what masking hides)', () => {
  it('takes upper-case IBAN-shaped text grouped any way, checksum or not; the check takes valid ones', () => {
    const typo = 'IBAN DE89 3704 0044 0532 0130 01 please';
    expect(findIbans(typo, { asWritten: true })).toHaveLength(1);
    expect(findIbans(normalize(typo).text)).toEqual([]);
    expect(findIbans('IBAN DE89 370 400 440 532 013 000', { asWritten: true })).toHaveLength(1);
    expect(findIbans('iban de89 3704 0044 0532 0130 00', { asWritten: true })).toEqual([]);
    expect(maskPersonalData(typo)).toBe('IBAN DE••••••••••••••••3001 please');
  });
});
