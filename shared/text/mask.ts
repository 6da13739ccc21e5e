/**
 * Masks personal data in text that leaves the system in alerts and logs. The spans come from
 * the detectors the checks use (contacts.ts: emails plain and obfuscated, phones in every
 * layout and spelled out; pii.ts: cards, IBANs, SSNs, street addresses), run on the
 * normalized text and mapped back to the published characters, so whatever `pii-exposure`
 * or `offplatform-contact` recognises is masked too. A regex pass follows as a fallback for
 * what the detectors leave (references, long digit runs, non-Latin email addresses):
 * over-masking an order number is an acceptable cost; an alert never needs the full value,
 * the finding's evidence offsets point at it.
 *
 * What survives is a hint: the last two digits of a phone or SSN, the last four of a card,
 * the country and last four characters of an IBAN, the top-level domain of an email.
 * Linear in the input: every detector and pattern is bounded (see pii.ts, contacts.ts).
 */
import { findEmails, findPhones, findSpelledPhones } from './contacts.ts';
import { normalize } from './normalize.ts';
import { countDigits, findPii, type PiiMatch } from './pii.ts';

const MASK = '•';

type Kind = PiiMatch['kind'] | 'email' | 'phone';

/** Digits kept at the end of a span of each kind; 0 masks every letter and digit. */
const KEEP: Record<Kind, number> = { email: 0, address: 0, phone: 2, ssn: 2, iban: 4, card: 4 };

interface Span {
  kind: Kind;
  start: number;
  end: number;
  /** An email's top-level domain, the hint that is kept. */
  tld?: string;
}

// Country code, check digits, then 11-30 alphanumerics, optionally grouped by four with spaces.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// Starts only where a local part starts and is bounded (RFC 5321: 64), so a long run of
// letters with no `@` costs one pass, not one pass per position.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}(\p{L}{2,24})/gu;
// Digits separated by at most two spaces, dashes (en dash, minus...), dots, slashes or
// parentheses: phones, cards, ids. Each repetition ends on a digit, so there is one way to match.
const DIGIT_RUN = /\d(?:[ \t\u00a0\u2007\u202f\u2010-\u2015\u2212./()-]{0,2}\d){6,}/g;
const DIGIT = /\p{Nd}/u;
const ALNUM = /[\p{L}\p{N}]/u;

/** Masks the digits of `s` except the last `keep`, and with `letters` every letter too. */
function maskKeepingLast(s: string, keep: number, letters: boolean): string {
  let digitsLeft = 0;
  for (const ch of s) if (DIGIT.test(ch)) digitsLeft++;
  let out = '';
  for (const ch of s) {
    if (DIGIT.test(ch)) {
      out += digitsLeft <= keep ? ch : MASK;
      digitsLeft--;
    } else {
      out += letters && ALNUM.test(ch) ? MASK : ch;
    }
  }
  return out;
}

function maskIban(iban: string): string {
  const compact = iban.replace(/\s/g, '');
  return `${compact.slice(0, 2)}${MASK.repeat(Math.max(0, compact.length - 6))}${compact.slice(-4)}`;
}

function render(span: Span, original: string): string {
  switch (span.kind) {
    case 'email':
      return `${MASK.repeat(3)}@${MASK.repeat(3)}.${span.tld ?? MASK.repeat(3)}`;
    case 'iban':
      return maskIban(original);
    default:
      // Spelled-out phones hide digits in words ("five five five"): letters go too.
      return maskKeepingLast(original, KEEP[span.kind], span.kind !== 'card');
  }
}

/** The spans of personal data in `text` (original offsets), sorted, overlaps merged. */
function detect(text: string): Span[] {
  const n = normalize(text);
  const t = n.text;
  const found: Span[] = [];
  const add = (kind: Kind, start: number, end: number, tld?: string) => {
    const o = n.toOriginal(start, end);
    found.push({ kind, start: o.start, end: o.end, ...(tld ? { tld } : {}) });
  };
  for (const e of findEmails(t)) add('email', e.start, e.end, e.value.slice(e.value.lastIndexOf('.') + 1));
  const digits = countDigits(t);
  if (digits >= 7) for (const p of findPhones(t)) add('phone', p.start, p.end);
  for (const p of findSpelledPhones(t)) add('phone', p.start, p.end);
  for (const p of findPii(t, digits)) add(p.kind, p.start, p.end);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of found) {
    const last = merged.at(-1);
    if (!last || span.start >= last.end) {
      merged.push({ ...span });
      continue;
    }
    // Overlapping detections (a card also read as a phone): one span, the smaller hint.
    last.end = Math.max(last.end, span.end);
    if (KEEP[span.kind] < KEEP[last.kind]) {
      last.kind = span.kind;
      if (span.tld) last.tld = span.tld;
    }
  }
  return merged;
}

/** The regex pass: IBAN-, email- and digit-run-shaped text the detectors did not take. */
function maskByPattern(text: string): string {
  let out = text.replace(IBAN, maskIban);
  if (out.includes('@')) {
    out = out.replace(EMAIL, (_email, tld: string) => `${MASK.repeat(3)}@${MASK.repeat(3)}.${tld}`);
  }
  return out.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '').length;
    // Card-length runs keep their last four (what a customer recognises); shorter runs keep two.
    return maskKeepingLast(run, digits >= 13 ? 4 : 2, false);
  });
}

/** Options of maskPersonalData. */
export interface MaskOptions {
  /**
   * The whole text is known to be personal data (a `pii-exposure` evidence excerpt): when the
   * detectors do not recognise it out of its context (an address without its "lives at"),
   * every letter and digit is masked.
   */
  readonly known?: boolean;
}

/** Replaces personal data with masked forms that keep only a hint (see the module comment). */
export function maskPersonalData(text: string, options: MaskOptions = {}): string {
  const spans = detect(text);
  if (spans.length === 0 && options.known) return maskKeepingLast(text, 0, true);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + render(span, text.slice(span.start, span.end));
    at = span.end;
  }
  return maskByPattern(out + text.slice(at));
}
