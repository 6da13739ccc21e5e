import { parse as parseDomain } from 'tldts';
import { lexicon } from '../lexicon/index.ts';
import { matchesOf } from './matches.ts';
import { pattern } from './pattern.ts';
import { type CountryCode, parsePhoneNumberFromString } from './phone.ts';
import { overlapChecker } from './pii.ts';

const p = lexicon('personal-data');

/** A contact detail found in a normalized text (offsets into the normalized text). */
export interface ContactMatch {
  readonly kind: 'email' | 'phone';
  readonly start: number;
  readonly end: number;
  /** Canonical value: lower-case address, or E.164 number. */
  readonly value: string;
  /** True when the detail was written to dodge filters ("name at gmail dot com"). */
  readonly obfuscated: boolean;
}

// The one email detector, findEmails, reads two kinds of text. The normalized text (the checks,
// and masking's detector pass): ASCII, the normalizer has folded accents and case.
const EMAIL = /[a-z0-9](?:[a-z0-9._%+-]{0,63})@(?:[a-z0-9-]+\.)+[a-z]{2,24}/g;
// Text as written (masking's last pass over what the first left): any script, any suffix. It
// starts only where a local part starts and is bounded (RFC 5321: 64), so a long run of letters
// with no `@` costs one pass, not one pass per position.
const EMAIL_AS_WRITTEN =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}\p{L}{2,24}/gu;
// "jane dot doe at gmail dot com", "jane[at]gmail[.]com", "jane (at) gmail (dot) com"
// The local part may itself be spelled out: "jane dot doe at gmail dot com".
const SPELLED_DOT = `(?:\\s*${p('bracketedDot')}\\s*|\\s${p('spelledDot')}\\s)`;
const AT_BRACKETED = `\\s*${p('bracketedAt')}\\s*`;
const AT_WORD = `\\s${p('spelledAt')}\\s`;
const LOCAL = `([a-z0-9][a-z0-9._-]{0,40}(?:${SPELLED_DOT}[a-z0-9][a-z0-9._-]{0,40}){0,3})`;
const TLD = `(${p('spelledTld')})\\b`;
// A bracketed "at" may be followed by a plain dot ("jane[at]gmail.com"); a plain word "at" needs a
// spelled-out dot too, or "register at acme-prizes.com" would read as an address.
const OBFUSCATED_EMAIL = pattern(
  `\\b${LOCAL}(?:${AT_BRACKETED}([a-z0-9-]{2,40})(?:${SPELLED_DOT}|\\.)|${AT_WORD}\\s*([a-z0-9-]{2,40})${SPELLED_DOT})\\s*${TLD}`,
  'g',
);
const SPELLED_DOT_RE = pattern(SPELLED_DOT, 'g');
const OBFUSCATED_HINT = pattern(p('bracketedAt'));
const WORD_AT = pattern(`\\b${p('spelledAt')}\\b`);
const SPELLED_DOT_HINT = pattern(`\\b${p('spelledDot')}\\b|${p('bracketedDot')}`);

// A run that looks like a phone number: optional +/00 prefix, digits with common separators.
// Letters may touch it ("call08001234567", "Help08712345678", "…0123Ts&Cs"): bulk messages run
// words and numbers together; scanPhones accepts those only in the shape of a whole number.
// A hyphen may join a word to it ("stop sms-08712345678"), not a digit or another mark (a range,
// a date, a code: "12-0871…", "#-0871…").
// Two whole numbers may be joined by a slash ("info: 07700900451/07700900452"); any other slash
// touching the run makes it part of a path, a date or a fraction.
const PHONE_CANDIDATE =
  /(?<![\d_+#.])(?<!(?<!\d{10})\/)(?<![^a-z]-)(?<!^-)(?:\+|00)?\(?\d[\d\s().-]{5,22}\d(?![\d_-])(?!\/(?!\+?\d{10}))/g;
// A word glued before or after the run: letters only, standing alone on its other side (not
// inside a hex string or an alphanumeric id, where digit runs are parts of a code).
const GLUED_WORD_BEFORE = /(?:^|[^a-z0-9])[a-z&]{3,}$/;
const GLUED_WORD_AFTER = /^[a-z&]+(?:[^a-z0-9]|$)/;
const LETTER = /[a-z]/;
const UNBROKEN_HEAD = /^(?:\+|0)\d{9,14}(?=[.\s-]\d{1,2}$)/;
// Words that mark a number as a reference, not a phone; after "to" (or "2") the word is a verb
// that sends people to the number ("call to claim 0871...", "2 order 0800..."), not its label.
const REFERENCE_BEFORE = pattern(
  `(?<!(?:^|[^a-z0-9])(?:to|2)\\s)${p('phoneReferenceWord')}[\\s:.#-]*(?:[a-z]*\\d[a-z\\d]*[\\s-]){0,4}$`,
);
// "No. 1234", "nº", "#": weak markers, but also the Portuguese/Spanish "no" ("ligue no +55 ..."), so
// they mark a reference only for a number without an international prefix.
const WEAK_REFERENCE_BEFORE = pattern(`${p('weakReferenceMark')}[\\s:.#-]*$`);
// A code token with letters and digits right before the run ("1Z 999 AA1 01 2345 6784"): the run
// continues a parcel or reference code; phone numbers are not written after such a token.
// A word with one digit for a syllable ("2day", "2optout", "gr8", "upd8") is text-speak, not a code.
const CODE_TOKEN_BEFORE =
  /(?:^|\s)(?!\d[a-z]{3,}[\s-]$|[a-z]{3,}\d[\s-]$)(?:[a-z]+\d|\d+[a-z])[a-z\d]*[\s-]$/;
const DEFAULT_COUNTRIES: readonly CountryCode[] = [
  'US',
  'GB',
  'DE',
  'FR',
  'ES',
  'PT',
  'BR',
  'MX',
  'IN',
  'AU',
];
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** True when the host ends in a suffix of the public suffix list (ICANN section). */
function hasPublicSuffix(host: string): boolean {
  const info = parseDomain(host, { allowPrivateDomains: false });
  return Boolean(info.domain && info.isIcann);
}

/** Options of findEmails. */
export interface EmailOptions {
  /**
   * `text` is as written, not normalized: plain addresses in any script and case, whatever
   * their suffix (masking hides these too; the checks read the normalized text). Values are
   * the address as written.
   */
  readonly asWritten?: boolean;
}

/**
 * Finds email addresses, plain and obfuscated, in a normalized text; with `asWritten`, the
 * plain ones in a text as published (see EmailOptions).
 */
export function findEmails(
  text: string,
  max = Number.POSITIVE_INFINITY,
  options: EmailOptions = {},
): ContactMatch[] {
  const out: ContactMatch[] = [];
  const at = text.includes('@');
  if (options.asWritten) {
    if (!at) return out;
    for (const m of matchesOf(EMAIL_AS_WRITTEN, text)) {
      if (out.length >= max) break;
      out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, value: m[0], obfuscated: false });
    }
    return out;
  }
  if (at) {
    for (const m of matchesOf(EMAIL, text)) {
      if (out.length >= max) return out;
      // "msg+ticket@kiosk.valid": words run together around an @ are no address without a real suffix.
      if (!hasPublicSuffix(m[0].slice(m[0].indexOf('@') + 1))) continue;
      out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, value: m[0], obfuscated: false });
    }
  }
  // The spelled-out form needs a bracketed "at", or the word "at" together with a spelled dot:
  // "at" alone is far too common to run the long pattern on every text.
  if (!OBFUSCATED_HINT.test(text) && !(WORD_AT.test(text) && SPELLED_DOT_HINT.test(text))) return out;
  // Spelled-out matches never overlap each other; only the plain ones need testing (linear).
  const overlapsPlain = overlapChecker(out.slice());
  for (const m of matchesOf(OBFUSCATED_EMAIL, text)) {
    if (out.length >= max) break;
    if (overlapsPlain(m.index, m.index + m[0].length)) continue;
    out.push({
      kind: 'email',
      start: m.index,
      end: m.index + m[0].length,
      value: `${m[1]!.replace(SPELLED_DOT_RE, '.')}@${m[2] ?? m[3]}.${m[4]}`,
      obfuscated: true,
    });
  }
  return out;
}

/** Digits of a string (ASCII only; the normalizer has already folded fullwidth digits). */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/**
 * Finds phone numbers in a normalized text: international (`+44 7700 900123`, `0044…`) and
 * national formats of common countries. Numbers are accepted when their length is possible
 * for the country (fictional ranges such as 555-01xx are still phone numbers to a reader),
 * and rejected when a word before them marks a reference (order, booking, card…).
 */
export function findPhones(text: string, max = Number.POSITIVE_INFINITY): ContactMatch[] {
  // Two checks (pii-exposure, offplatform-contact) look for phones in the same normalized text of
  // an item, one after the other; parsing numbers is the costly part, so the last answer is kept.
  const last = lastPhones;
  if (last && last.text === text && (last.complete || max <= last.max)) {
    return last.found.slice(0, Math.min(max, last.found.length));
  }
  const out = scanPhones(text, max);
  lastPhones = { text, max, found: out, complete: out.length < max };
  return out.slice();
}

let lastPhones:
  | {
      readonly text: string;
      readonly max: number;
      readonly found: ContactMatch[];
      readonly complete: boolean;
    }
  | undefined;

/** The phone scan behind findPhones (no memo). */
function scanPhones(text: string, max: number): ContactMatch[] {
  const out: ContactMatch[] = [];
  // Cheap pre-test: a phone number has at least seven digits.
  let digits = 0;
  for (let i = 0; i < text.length && digits < 7; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 7) return out;
  for (const m of matchesOf(PHONE_CANDIDATE, text)) {
    if (out.length >= max) break;
    let raw = m[0];
    let start = m.index;
    // Trim unbalanced leading parenthesis kept by the pattern.
    while (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      start += 1;
    }
    // "upd8 0800…": the run began on the last digit of a text-speak word; the number is the rest.
    const speak = /^\d\s+/.exec(raw);
    if (speak && /(?:^|[^a-z0-9])[a-z]{3,}$/.test(text.slice(Math.max(0, start - 30), start))) {
      raw = raw.slice(speak[0].length);
      start += speak[0].length;
    }
    const digits = digitsOf(raw);
    if (digits.length < 7 || digits.length > 15) continue;
    if (DATE_LIKE.test(raw.trim())) continue;
    // Glued to a word: only an unbroken national (trunk 0) or international number of 10+ digits.
    let end = start + raw.length;
    // A word right before it, touching or joined by a hyphen.
    const hyphen = text.charAt(start - 1) === '-' ? 1 : 0;
    const gluedBefore = LETTER.test(text.charAt(start - 1 - hyphen));
    let gluedAfter = LETTER.test(text.charAt(end));
    // "…2399.2stop", "…0323 1Win": the run went on past the number into the next word; the
    // number is its unbroken head.
    if (gluedAfter) {
      const head = UNBROKEN_HEAD.exec(raw);
      if (head) {
        raw = head[0];
        end = start + raw.length;
        gluedAfter = false;
      }
    }
    if (gluedBefore || gluedAfter) {
      // Letters on both sides make one token: an id or a code, not a number in a sentence.
      if ((gluedBefore && gluedAfter) || !/^(?:\+|0)\d{9,14}$/.test(raw)) continue;
      if (gluedBefore && !GLUED_WORD_BEFORE.test(text.slice(Math.max(0, start - 30), start - hyphen)))
        continue;
      if (gluedAfter && !GLUED_WORD_AFTER.test(text.slice(end, end + 30))) continue;
    }
    // Four blocks of four digits is a card or a reference, never a phone.
    if (/^\d{4}[\s-]\d{4}[\s-]\d{4}[\s-]\d{1,7}$/.test(raw.trim())) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    const international = raw.startsWith('+') || raw.startsWith('00');
    if (REFERENCE_BEFORE.test(before) || CODE_TOKEN_BEFORE.test(before)) continue;
    if (!raw.startsWith('+') && WEAK_REFERENCE_BEFORE.test(before)) continue;
    let value: string | undefined;
    if (international) {
      const p = parsePhoneNumberFromString(raw.startsWith('00') ? `+${raw.slice(2)}` : raw);
      if (p?.isPossible()) value = p.number;
    } else {
      // A national number needs separators or a trunk zero: a bare run of digits is too often an id.
      const grouped = /[\s().-]/.test(raw.trim()) || digits.startsWith('0');
      if (!grouped || digits.length < 9) continue;
      // A price run into the number ("…0910p/min", "…2701.50gbp"): the number is the run less
      // its last digit or two, when that is a whole valid number.
      if (/^0\d{11,12}$/.test(raw) && (gluedAfter || /^\.\d/.test(text.slice(end, end + 2)))) {
        for (let cut = 1; cut <= 2 && !value; cut++) {
          for (const country of DEFAULT_COUNTRIES) {
            const p = parsePhoneNumberFromString(raw.slice(0, -cut), country);
            if (p?.isValid()) {
              value = p.number;
              raw = raw.slice(0, -cut);
              break;
            }
          }
        }
      }
      for (const country of value ? [] : DEFAULT_COUNTRIES) {
        const p = parsePhoneNumberFromString(raw, country);
        if (p?.isPossible()) {
          value = p.number;
          break;
        }
      }
    }
    if (value) out.push({ kind: 'phone', start, end: start + raw.length, value, obfuscated: false });
  }
  return out;
}

// Digits spelled as words, in the five languages, as scammers write them to dodge filters
// ("+1 (555) 0one-23", "five five five"): the lexicon's digitZero … digitNine groups.
const DIGIT_NAMES = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];
const DIGIT_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  DIGIT_NAMES.flatMap((name, digit) => p.list(`digit${name}`).map((word) => [word, String(digit)])),
);
const DIGIT_WORD = Object.keys(DIGIT_WORDS).join('|');
// A run of digits and digit words (each word standing alone, not inside another word) with separators.
const SPELLED_RUN = pattern(
  `(?:\\+|00)?(?:\\d|(?<![a-z])(?:${DIGIT_WORD})(?![a-z]))(?:[\\s().-]{0,3}(?:\\d|(?<![a-z])(?:${DIGIT_WORD})(?![a-z])))+`,
  'g',
);
const DIGIT_WORDS_ALL = pattern(DIGIT_WORD, 'g');
const HAS_DIGIT_WORD = pattern(`(?<![a-z])(?:${DIGIT_WORD})(?![a-z])`);

/**
 * Phone numbers written partly or wholly in words ("+1 (555) 0one-23 45 67", "five five five
 * ...") in a normalized text; only runs that hold at least one digit word, so plain numbers
 * are left to findPhones. Values are E.164 when libphonenumber accepts the spelled-out digits.
 */
export function findSpelledPhones(text: string, max = Number.POSITIVE_INFINITY): ContactMatch[] {
  const out: ContactMatch[] = [];
  if (!HAS_DIGIT_WORD.test(text)) return out;
  for (const m of matchesOf(SPELLED_RUN, text)) {
    if (out.length >= max) break;
    const raw = m[0];
    if (!HAS_DIGIT_WORD.test(raw)) continue;
    const spelled = raw.replace(DIGIT_WORDS_ALL, (w) => DIGIT_WORDS[w] ?? w);
    const digits = digitsOf(spelled);
    if (digits.length < 7 || digits.length > 15) continue;
    // Mostly words and few digits is ordinary counting ("one or two"), unless it is long.
    const international = spelled.startsWith('+') || spelled.startsWith('00');
    let value: string | undefined;
    const candidates: readonly (CountryCode | undefined)[] = international ? [undefined] : DEFAULT_COUNTRIES;
    for (const country of candidates) {
      const p = parsePhoneNumberFromString(
        spelled.startsWith('00') ? `+${spelled.slice(2)}` : spelled.replace(/[^\d+]/g, ''),
        country,
      );
      if (p?.isPossible()) {
        value = p.number;
        break;
      }
    }
    out.push({
      kind: 'phone',
      start: m.index,
      end: m.index + raw.length,
      value: value ?? `+${digits}`,
      obfuscated: true,
    });
  }
  return out;
}

/** Canonical form of a support contact as written in a profile: E.164 for phones, lower case otherwise. */
export function canonicalContact(contact: string): string {
  const c = contact.trim().toLowerCase();
  if (/^[+\d(][\d\s().-]{6,}$/.test(c)) {
    const p = parsePhoneNumberFromString(c, 'US');
    if (p) return p.number;
  }
  return c.replace(/^mailto:/, '');
}
