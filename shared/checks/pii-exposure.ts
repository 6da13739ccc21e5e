import { lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { findEmails, findPhones } from '../text/contacts.ts';
import { pattern } from '../text/pattern.ts';
import { isServiceNumber, isValidPhoneNumber } from '../text/phone.ts';
import { countDigits, findPii, type PiiMatch } from '../text/pii.ts';
import { sentenceAround } from '../text/sentences.ts';
import { spanEvidence } from './evidence.ts';
import { brandNamePattern } from './patterns/promotion.ts';
import { AUDIENCE_OFFER, OWN_CASE, OWN_CONTACT, OWN_LABEL } from './patterns/scam-contact.ts';
import type { CheckDefinition, CheckInput, FindingDraft } from './types.ts';

/**
 * `pii-exposure`: any content that shows someone's personal data: email address, phone
 * number, payment card number (Luhn-valid), US SSN, IBAN or full street address.
 *
 * Not personal data here: the brand's support contacts and addresses on its domains;
 * references, gift-card codes and "card ending 4417"; birth dates and names alone; and a
 * contact someone offers as a channel ("WhatsApp me on...", "email our team at...", which is
 * `offplatform-contact`). A customer asking the brand to ring them on their own number, or
 * the brand repeating a customer's details, is personal data.
 */

type Kind = PiiMatch['kind'] | 'email' | 'phone';

const LABEL: Record<Kind, string> = {
  card: 'payment card number',
  ssn: 'social security number',
  iban: 'bank account (IBAN)',
  address: 'street address',
  email: 'email address',
  phone: 'phone number',
};

const p = lexicon('pii-exposure');

// "my phone is", "her email is", "meu e-mail é", "mon numéro :", "meine Nummer".
const SELF_CUE = pattern(
  `\\b${p('selfPossessive')}\\s+(?:${p('contactQualifier')}\\s+)?${p('contactWord')}\\b`,
);
// "ring me on", "call me back at", "llámame al", "ligue-me", "rappelez-moi au", "ruf mich an".
// Writing counts like ringing, in every person the imperative takes: "email me at", "escríbeme",
// "escribidme", "escríbanme", "me escreva", "écrivez-moi", "schreibt mir".
const CALL_ME = pattern(`\\b${p('callMe')}\\b`);
// Verbs and apps that offer a contact as a channel, just before it.
const CHANNEL_CUE = pattern(`\\b${p('channelCue')}\\b`);
// The brand offering its own channel: "call us", "our team".
const OWN_CHANNEL = pattern(`\\b${p('ownChannel')}\\b`);
// A stranger pitching help to the audience offers the contact as a channel, even when it says
// "text me at": "I can push it through", "I work at a store", "with your account number and
// PIN", "puedo ayudarte", "je peux vous aider", "ich kann dir helfen". A customer asking the
// brand to ring them back does not recruit others.
const OFFER_CUE = pattern(`\\b${p('offerCue')}\\b`);
// A number right after a reference word is a parcel, order or ticket number, not a phone:
// "tracking 1Z 999 AA1 01 2345 6784", "order no. 4402 118 937", "n.º de pedido 88 1234 5678".
const REFERENCE_BEFORE = pattern(
  `\\b${p('referenceWord')}\\b[\\s:#.-]*(?:${p('referenceNumberWord')}\\.?[\\s:#-]*)?(?:[a-z-]{0,11}\\d[a-z0-9-]{0,11}[\\s:#]+){0,4}\\(?$`,
);
// A contact right after "to" / "at" whose sentence asks to write or send there is a channel,
// however long the list of what to send: "email your name, address and card number to ...".
const DESTINATION_BEFORE = pattern(`\\b${p('destinationPrep')}\\s*:?\\s*$`);
// A third person recommended as a channel: "agent Mark at ... Email him, he's legit",
// "escríbele", "fale com ele", "contactez-le", "schreib ihm".
const THIRD_PARTY_AFTER = pattern(`\\b${p('thirdPartyChannel')}\\b`);
// Someone else's details posted to set people on them (doxxing): "go spam him", "flood her
// inbox", "let's harass them", "spameadlo", "vamos encher o saco dele", "harcelez-le",
// "spammt ihn zu". The contact is then exposed, not offered as a channel.
const DOXX_CUE = pattern(`\\b${p('doxxCue')}`);
// The brand pointing at a line to ring or write ("or contact 0333 …", "call 0800 …", "ring the
// team on …", "llame al …", "appelez le …", "rufen Sie … an"): it gives its own number. Repeating a
// customer's number reads "we'll call you on …" or "is your number …", never an imperative.
const BRAND_LINE_BEFORE = pattern(
  `(?<!\\b${p('notImperative')}\\s)\\b${p('brandLineVerb')}\\s+(?:${p('brandLineOwner')}\\s+(?:[a-z]+\\s+){0,2}?${p('brandLine')}\\s+)?${p('brandLinePrep')}?\\s*:?\\s*$`,
);
// A run of digits with an international prefix and no separators ("0062395415777") is a phone
// only when it is a valid number: ticket and account ids are written that way too.
const UNBROKEN_INTERNATIONAL = /^00\d+$/;
const SENTENCE_REACH = 200;
const AFTER_REACH = 80;
const CUE_REACH = 48;
const THOUSANDS = /^\d{1,3}(?:[.,]\d{3})+$/;

/** Text between the start of the sentence (or `CUE_REACH` units back) and `start`. */
function leadIn(text: string, start: number): string {
  const from = Math.max(0, start - CUE_REACH);
  const slice = text.slice(from, start);
  const cut = Math.max(
    slice.lastIndexOf('. '),
    slice.lastIndexOf('! '),
    slice.lastIndexOf('? '),
    slice.lastIndexOf('\n'),
  );
  return cut >= 0 ? slice.slice(cut + 1) : slice;
}

/** True when the contact at `start..end` is named as somewhere to send or write, not disclosed. */
function isDestination(text: string, start: number, end: number): boolean {
  if (THIRD_PARTY_AFTER.test(text.slice(end, end + AFTER_REACH))) return true;
  if (!DESTINATION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return false;
  const s = sentenceAround(text, start, end);
  return CHANNEL_CUE.test(text.slice(Math.max(s.start, start - SENTENCE_REACH), start));
}

/** True when the number at `start` follows a reference word with no channel word between. */
function isReference(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - CUE_REACH), start);
  const m = REFERENCE_BEFORE.exec(before);
  return m !== null && !CHANNEL_CUE.test(m[0]);
}

export const piiExposure: CheckDefinition = {
  id: 'pii-exposure',
  description:
    "Any content that shows someone's personal data: email, phone, payment card, national id, IBAN, street address",
  severity: 'high',
  action: 'takedown',
  appliesTo: ['brand', 'partner', 'public'],
  build(brand) {
    const brandDomains = new Set(brand.domains);
    const names = brandNamePattern(brand.names);
    const handles = [...brand.officialHandles].map((h) => `@${h}`);
    const addressesBrand = (text: string): boolean =>
      handles.some((h) => text.includes(h)) || (names?.test(text) ?? false);

    function contactIsPersonal(
      input: CheckInput,
      start: number,
      end: number,
      selfDisclosing: boolean,
    ): boolean {
      const before = leadIn(input.text.text, start);
      if (input.role === 'brand') {
        if (BRAND_LINE_BEFORE.test(before)) return false;
        return !(CHANNEL_CUE.test(before) && OWN_CHANNEL.test(before));
      }
      if (selfDisclosing) return true;
      // "@brand … Contact: +49 …": a customer signing off with how the brand can reach them.
      if (OWN_LABEL.test(before) && addressesBrand(input.text.text) && !OFFER_CUE.test(input.text.text))
        return true;
      return !CHANNEL_CUE.test(before) && !isDestination(input.text.text, start, end);
    }

    return (input): FindingDraft | null => {
      const text = input.text.text;
      const hasAt = text.includes('@');
      const digits = countDigits(text);
      if (!hasAt && digits === 0) return null;
      const found: Array<{ kind: Kind; start: number; end: number }> = [];
      for (const p of findPii(text, digits)) found.push(p);
      const emails = hasAt ? findEmails(text) : [];
      // A phone number has at least 7 digits; a run like "857.482.940" is a count, not a phone.
      const phones =
        digits >= 7 ? findPhones(text).filter((p) => !THOUSANDS.test(text.slice(p.start, p.end))) : [];
      if (emails.length || phones.length) {
        const selfDisclosing =
          // "reach me at …", "call me on …" about the poster's own case or to the brand: their own
          // contact (offplatform-contact leaves these to this check; see OWN_CONTACT there).
          ((SELF_CUE.test(text) ||
            (CALL_ME.test(text) &&
              (addressesBrand(text) ||
                ((OWN_CONTACT.test(text) || OWN_CASE.test(text)) && !AUDIENCE_OFFER.test(text))))) &&
            !(input.role !== 'brand' && OFFER_CUE.test(text))) ||
          DOXX_CUE.test(text);
        for (const c of [...emails, ...phones]) {
          if (brand.officialContacts.has(c.kind === 'phone' ? c.value : c.value.toLowerCase())) continue;
          if (c.kind === 'email') {
            const domain = c.value.slice(c.value.indexOf('@') + 1);
            if ([...brandDomains].some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
          }
          if (found.some((f) => c.start < f.end && c.end > f.start)) continue;
          if (c.kind === 'phone' && isReference(text, c.start)) continue;
          // A premium-rate, freephone or shared-cost line is a company's, not anyone's own number.
          if (c.kind === 'phone' && isServiceNumber(c.value)) continue;
          if (
            c.kind === 'phone' &&
            UNBROKEN_INTERNATIONAL.test(text.slice(c.start, c.end)) &&
            !isValidPhoneNumber(c.value)
          )
            continue;
          if (contactIsPersonal(input, c.start, c.end, selfDisclosing)) found.push(c);
        }
      }
      if (found.length === 0) return null;
      found.sort((a, b) => a.start - b.start);
      const evidence: Evidence[] = found.map((f) =>
        spanEvidence('text', input.text, f.start, f.end, LABEL[f.kind]),
      );
      const kinds = [...new Set(found.map((f) => LABEL[f.kind]))];
      const what = kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}` : kinds[0];
      const reason =
        input.role === 'brand'
          ? `The brand's reply shows a customer's ${what}: delete it and continue in a private message.`
          : `Shows someone's ${what} in public: hide the item and ask the person to share it in a private message.`;
      return {
        reason,
        evidence,
        ...(found.some((f) => f.kind === 'card' || f.kind === 'ssn' || f.kind === 'iban')
          ? { severity: 'critical' as const }
          : {}),
      };
    };
  },
};
