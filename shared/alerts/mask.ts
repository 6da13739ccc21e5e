/**
 * Masks personal data in text that leaves the system in alerts and logs: email addresses,
 * phone and payment card numbers (any run of 7+ digits), IBANs. Over-masking (a long order
 * number) is an acceptable cost; an alert never needs the full value, the finding's
 * evidence offsets point at it.
 */

const MASK = '•';

// Country code, check digits, then 11-30 alphanumerics, optionally grouped by four with spaces.
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// Starts only where a local part starts and is bounded (RFC 5321: 64), so a long run of
// letters with no `@` costs one pass, not one pass per position.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.){1,8}(\p{L}{2,24})/gu;
// Digits separated by at most one space, dash, dot, slash or parenthesis: phones, cards, ids.
const DIGIT_RUN = /\d(?:[ \u00a0\-./()]?\d){6,}/g;

function maskDigitsKeepingLast(run: string, keep: number): string {
  let digitsLeft = run.replace(/\D/g, '').length;
  let out = '';
  for (const ch of run) {
    if (/\d/.test(ch)) {
      out += digitsLeft <= keep ? ch : MASK;
      digitsLeft--;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Replaces email addresses, IBANs and long digit runs with masked forms that keep only a hint. */
export function maskPersonalData(text: string): string {
  let out = text.replace(IBAN, (iban) => {
    // Only upper-case runs with enough digits are IBANs; words like "ID12ABCDEFGHIJK" are rare enough.
    const compact = iban.replace(/ /g, '');
    return `${compact.slice(0, 2)}${MASK.repeat(compact.length - 6)}${compact.slice(-4)}`;
  });
  if (out.includes('@')) {
    out = out.replace(EMAIL, (_email, tld: string) => `${MASK.repeat(3)}@${MASK.repeat(3)}.${tld}`);
  }
  return out.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, '').length;
    // Card numbers keep their last four (what a customer recognises); shorter runs keep two.
    return maskDigitsKeepingLast(run, digits >= 13 ? 4 : 2);
  });
}
