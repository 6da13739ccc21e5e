/**
 * Masks personal data in text that leaves the system in alerts and logs. The spans come from
 * the detectors the checks use (contacts.ts: emails plain and obfuscated, phones in every
 * layout and spelled out; pii.ts: cards, IBANs, SSNs, street addresses), run on the
 * normalized text and mapped back to the published characters, so whatever `pii-exposure`
 * or `offplatform-contact` recognises is masked too. A last pass on the text as written
 * follows for what that leaves: the same email and IBAN detectors in their `asWritten` mode
 * (non-Latin addresses, any suffix, IBANs with a typo) and a pattern for long digit runs
 * (references): over-masking an order number is an acceptable cost; an alert never needs the
 * full value, the finding's evidence offsets point at it.
 *
 * What survives is a hint: the last two digits of a phone or SSN, the last four of a card,
 * the country and last four characters of an IBAN, the top-level domain of an email.
 * Linear in the input: every detector and pattern is bounded (see pii.ts, contacts.ts).
 */
import { findEmails, findPhones, findSpelledPhones } from './contacts.ts';
import { normalize } from './normalize.ts';
import { countDigits, findIbans, findPii, type PiiMatch } from './pii.ts';

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

/** `text` with each of `spans` (disjoint, in text order) replaced by `render` of its characters. */
function replaceSpans<S extends { readonly start: number; readonly end: number }>(
  text: string,
  spans: readonly S[],
  render: (original: string, span: S) => string,
): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + render(text.slice(span.start, span.end), span);
    at = span.end;
  }
  return out + text.slice(at);
}

/**
 * The last pass, on the text as written: what the same detectors find there (IBANs checksum
 * or not, emails in any script or with any suffix) and digit runs they did not take.
 */
function maskByPattern(text: string): string {
  let out = replaceSpans(text, findIbans(text, { asWritten: true }), (iban) => maskIban(iban));
  out = replaceSpans(
    out,
    findEmails(out, Number.POSITIVE_INFINITY, { asWritten: true }),
    (email) => `${MASK.repeat(3)}@${MASK.repeat(3)}.${email.slice(email.lastIndexOf('.') + 1)}`,
  );
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
  return maskByPattern(replaceSpans(text, spans, (original, span) => render(span, original)));
}
