/**
 * Detectors for personal data written in a normalized text (see normalize.ts): payment cards
 * (Luhn), US social security numbers (valid ranges only), IBANs (mod-97) and street
 * addresses in English, Spanish, Portuguese, French and German. Email and phone numbers are
 * found by contacts.ts. Offsets are into the normalized text.
 *
 * Every pattern is a flat sequence of bounded pieces (no nested unbounded quantifiers), so
 * matching time grows linearly with the input. The words are the lexicon's `personal-data` groups.
 */
import { lexicon } from '../lexicon/index.ts';
import { matchesOf } from './matches.ts';
import { pattern } from './pattern.ts';

const p = lexicon('personal-data');

/** One piece of personal data found in a text. */
export interface PiiMatch {
  readonly kind: 'card' | 'ssn' | 'iban' | 'address';
  readonly start: number;
  readonly end: number;
}

/** True when the digit string passes the Luhn checksum. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

// 13-19 digits, in one run or in groups separated by single spaces or hyphens.
const CARD_CANDIDATE = /(?<![\d.,-])\d(?:[ -]?\d){12,18}(?![\d-]|[.,]\d)/g;
// Words that make a long number a reference, a gift card or a code, not a payment card.
const NOT_A_CARD_BEFORE = pattern(`\\b${p('notACardBefore')}\\b[^\\n.!?]{0,24}$`);

/** Payment card numbers: 13-19 digits, a card network's first digit, Luhn-valid, not a reference. */
export function findCards(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of matchesOf(CARD_CANDIDATE, text)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 13 || digits.length > 19) continue;
    // Card networks issue numbers starting 2-6 (Mastercard 2-series, Amex 3, Visa 4, MC 5, Discover 6).
    const first = digits.charCodeAt(0) - 48;
    if (first < 2 || first > 6) continue;
    if (!luhnValid(digits)) continue;
    if (NOT_A_CARD_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    out.push({ kind: 'card', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const SSN_DASHED = /(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])/g;
const SSN_BARE = pattern(`\\b${p('ssnWord')}\\b[\\s:#-]{0,4}(?:is\\s+)?(\\d{3})(\\d{2})(\\d{4})\\b`, 'g');
const SSN_WORD = pattern(`\\b${p('ssnWord')}\\b`);

/** True for an SSN the SSA could issue: area not 000, 666 or 9xx; group not 00; serial not 0000. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  if (area === '000' || area === '666' || area.startsWith('9')) return false;
  return group !== '00' && serial !== '0000';
}

/**
 * US social security numbers: `123-45-6789` (or spaced), or nine digits right after "SSN".
 * A spaced form needs the word nearby, because "123 45 6789" is often a phone or a reference.
 */
export function findSsns(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (SSN_WORD.test(text) || text.includes('-')) {
    for (const m of matchesOf(SSN_DASHED, text)) {
      if (!m[0].includes('-') && !SSN_WORD.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (m[0].includes('-') && m[0].includes(' ')) continue;
      if (ssnValid(m[1]!, m[2]!, m[3]!))
        out.push({ kind: 'ssn', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of matchesOf(SSN_BARE, text)) {
    if (!ssnValid(m[1]!, m[2]!, m[3]!)) continue;
    const end = m.index + m[0].length;
    out.push({ kind: 'ssn', start: end - 9, end });
  }
  return out;
}

// IBAN lengths for the countries most often seen; others need 15-34 characters.
const IBAN_LENGTH: Record<string, number> = {
  at: 20,
  be: 16,
  br: 29,
  ch: 21,
  de: 22,
  dk: 18,
  es: 24,
  fi: 18,
  fr: 27,
  gb: 22,
  ie: 22,
  it: 27,
  lu: 20,
  mt: 31,
  nl: 18,
  no: 15,
  pl: 28,
  pt: 25,
  se: 24,
};
// The one IBAN detector, findIbans, reads two kinds of text. The normalized text (the check,
// and masking's detector pass): country code, two check digits, then 4-character groups (with
// or without spaces), checked by mod-97.
const IBAN_CANDIDATE = /\b[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,3})?\b/g;
// Text as written (masking's last pass): upper case, then 11-30 alphanumerics grouped any
// way, checksum or not (an IBAN with a typo is still someone's account).
const IBAN_AS_WRITTEN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;

/** True when an IBAN (upper or lower case, no spaces) passes the ISO 13616 mod-97 check. */
export function ibanValid(iban: string): boolean {
  const s = iban.toLowerCase();
  const expected = IBAN_LENGTH[s.slice(0, 2)];
  if (expected ? s.length !== expected : s.length < 15 || s.length > 34) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) rest = (rest * 10 + (code - 48)) % 97;
    else if (code >= 97 && code <= 122) rest = (rest * 100 + (code - 87)) % 97;
    else return false;
  }
  return rest === 1;
}

/** Options of findIbans. */
export interface IbanOptions {
  /**
   * `text` is as written, not normalized: every upper-case IBAN-shaped run, valid or not
   * (what masking hides; the check reads the normalized text and wants valid ones).
   */
  readonly asWritten?: boolean;
}

/**
 * IBANs that pass the mod-97 check and their country's length, in a normalized text; with
 * `asWritten`, IBAN-shaped text as published (see IbanOptions).
 */
export function findIbans(text: string, options: IbanOptions = {}): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (options.asWritten) {
    for (const m of matchesOf(IBAN_AS_WRITTEN, text))
      out.push({ kind: 'iban', start: m.index, end: m.index + m[0].length });
    return out;
  }
  for (const m of matchesOf(IBAN_CANDIDATE, text)) {
    if (ibanValid(m[0].replace(/ /g, '')))
      out.push({ kind: 'iban', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const WORD = "[a-z][a-z'-]{1,20}";
const EN_STREET_TYPE = p('streetType');
// "4417 Juniper Ridge Ave", "27 Willow Crescent"; the street type must not be the first word.
const EN_ADDRESS = pattern(`\\b\\d{1,5}[a-z]?,? (?:${WORD} ){1,3}${EN_STREET_TYPE}\\b\\.?`, 'g');
// "14 rue des Lilas", "2231 Calle Olmo", "12 avenida da Liberdade".
// Articles in the original order, French first: "de la" before "de", "de l'" before "de".
const NUMBER_FIRST_ROMANCE = pattern(
  `\\b\\d{1,5}(?: ${p('houseNumberSuffix')})?,? ${p('streetTypeAfterNumber')} (?:${p('streetArticle', { languages: ['fr', 'es', 'pt'] })} ?)?(?:${WORD} ){0,2}${WORD}`,
  'g',
);
// "Calle Mayor 12", "Rua Augusta, 100", "Avenida da Liberdade, n.º 5", "Hauptstrasse 12", "Am Ring 3".
const NAME_FIRST = pattern(
  `\\b(?:${p('streetTypeBeforeNumber')} (?:${p('streetArticle', { languages: ['es', 'pt'] })} )?` +
    `(?:${WORD} ){0,2}${WORD},? (?:n\\.?[oº]?\\.? ?)?\\d{1,5}|[a-z]{2,30}${p('streetSuffix')} \\d{1,4}[a-z]?)\\b`,
  'g',
);
// What follows a full English-style address: ", Apt 12", ", Leeds", " LS6 2QT", " 74105".
const ADDRESS_TAIL = pattern(
  `^(?:,? ?${p('unitWord')}\\b|, ?[a-z]{3,}|,? ?[a-z]{1,2}\\d[a-z\\d]? ?\\d[a-z]{2}\\b|,? ?\\d{5}\\b)`,
);
// What may precede one: "my address is", "delivered to", "lives at".
const ADDRESS_CUE_BEFORE = pattern(`\\b${p('addressCue')}\\b[^\\n.!?]{0,16}$`);

// Words that do not name a street: "2 hours on the road, ugh" is not an address.
const NOT_A_STREET_NAME = pattern(`\\b${p('notAStreetName')}\\b`);

/** Street addresses with a number, a street name and a street type, in the five languages. */
export function findAddresses(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (!/\d/.test(text)) return out;
  for (const m of matchesOf(EN_ADDRESS, text)) {
    const end = m.index + m[0].length;
    if (NOT_A_STREET_NAME.test(m[0])) continue;
    const tail = ADDRESS_TAIL.test(text.slice(end, end + 12));
    if (!tail && !ADDRESS_CUE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ kind: 'address', start: m.index, end });
  }
  for (const re of [NUMBER_FIRST_ROMANCE, NAME_FIRST]) {
    // Matches of one pattern come in text order and never overlap each other: each is tested
    // against the earlier passes only, with a cursor that moves forward (linear, not n²).
    const overlapsEarlier = overlapChecker([...out].sort((a, b) => a.start - b.start));
    for (const m of matchesOf(re, text)) {
      const end = m.index + m[0].length;
      if (overlapsEarlier(m.index, end)) continue;
      out.push({ kind: 'address', start: m.index, end });
    }
  }
  return out;
}

/**
 * For disjoint `spans` in text order, a test of whether a span overlaps one of them. The
 * spans asked about must come in text order too: the cursor only moves forward, so a whole
 * pass costs one walk over `spans`.
 */
export function overlapChecker(
  spans: readonly { readonly start: number; readonly end: number }[],
): (start: number, end: number) => boolean {
  let i = 0;
  return (start, end) => {
    while (i < spans.length && spans[i]!.end <= start) i++;
    return i < spans.length && spans[i]!.start < end;
  };
}

/** Number of ASCII digits in a text, counted without a regex (the cheap first test). */
export function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** All card, SSN, IBAN and address matches, in text order. */
export function findPii(text: string, digits: number = countDigits(text)): PiiMatch[] {
  if (digits === 0) return [];
  // A card has 13+ digits, an IBAN 10+, an SSN 9: below that only an address can be there.
  const all =
    digits >= 9
      ? [...findCards(text), ...findSsns(text), ...findIbans(text), ...findAddresses(text)]
      : findAddresses(text);
  return all.sort((a, b) => a.start - b.start);
}
