import type { Evidence } from '../model/index.ts';
import { canonicalContact, findEmails, findPhones } from '../text/contacts.ts';
import { isValidPhoneNumber } from '../text/phone.ts';
import { countDigits, findPii, type PiiMatch } from '../text/pii.ts';
import { sentenceAround } from '../text/sentences.ts';
import { spanEvidence } from './evidence.ts';
import { brandNamePattern } from './lexicon/promotion.ts';
import { AUDIENCE_OFFER, OWN_CASE, OWN_CONTACT, OWN_LABEL } from './lexicon/scam-contact.ts';
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

// "my phone is", "her email is", "meu e-mail é", "mon numéro :", "meine Nummer".
const SELF_CUE =
  /\b(?:my|her|his|their|mum's|mom's|mi|mon|ma|meu|minha|mein|meine|ihre?|su|sua|seu|son|sa)\s+(?:(?:new|old|own|personal|private|work|home|real|current|main|mobile|cell|phone)\s+)?(?:e-?mail|email|mail|phone|cell|mobile|number|telefono|telefone|numero|correo|adresse|nummer|handynummer|handy|address|contact)\b/;
// "ring me on", "call me back at", "llámame al", "ligue-me", "rappelez-moi au", "ruf mich an".
// Writing counts like ringing, in every person the imperative takes: "email me at", "escríbeme",
// "escribidme", "escríbanme", "me escreva", "écrivez-moi", "schreibt mir".
const CALL_ME =
  /\b(?:(?:ring|call|phone|text|reach|contact|e-?mail|mail|write(?: to)?|message) (?:me|her|him|my \w+)(?: back)?(?: on| at)?|(?:llam|escrib|contact|respond)(?:eme|ame|idme|adme|anme|enme)|mandadme|mandame un (?:correo|mail|email)|(?:ligue|liga|escreva|escrevam|contate|contatem|liguem|responda|respondam)-me|me (?:liguem|ligue|liga|escreva|escrevam|contate|contatem|responda|respondam|mande|mandem)|(?:rappelez|rappelle|appelez|appelle|ecrivez|ecris|contactez|contacte|repondez)-moi|ruf(?:t|en sie)? mich|(?:schreib|schreibt|schreiben sie|mailt|mailen sie|antwortet|antworten sie) mir|kontaktier(?:t|en sie)? mich)\b/;
// Verbs and apps that offer a contact as a channel, just before it.
const CHANNEL_CUE =
  /\b(?:whatsapp|telegram|signal|viber|wechat|sms|text|txt|call|dial|ring|e-?mail|mail|contact|message|msg|dm|inbox|reach|write|hit (?:me|us) up|escrib\w*|contact\w*|llam\w*|chama|liga\w*|fale|mand\w*|envi\w*|ecri\w*|appel\w*|schreib\w*|kontakt\w*|ruf\w*|meld\w*)\b/;
// The brand offering its own channel: "call us", "our team".
const OWN_CHANNEL =
  /\b(?:(?:call|ring|phone|text|e-?mail|mail|contact|message|write to|reach|dm|whatsapp) (?:us|our)|our (?:\w+ )?(?:team|desk|line|office|number|email|address)|escribenos|llamanos|contactanos|contactez-nous|ecrivez-nous|appelez-nous|kontaktiere uns|schreib uns|ruf uns)\b/;
// A stranger pitching help to the audience offers the contact as a channel, even when it says
// "text me at": "I can push it through", "I work at a store", "with your account number and
// PIN", "puedo ayudarte", "je peux vous aider", "ich kann dir helfen". A customer asking the
// brand to ring them back does not recruit others.
const OFFER_CUE =
  /\b(?:i (?:can|could|will|'ll|am able to|know how to) (?:help|fix|sort|push|unlock|recover|resolve|assist|speed|trace|handle|get (?:it|this|that|yours|you|your))|i work (?:at|for|in) (?:a|an|the) (?:[a-z]{1,16} )?(?:store|shop|branch|office|department|team|call cent(?:er|re)|support)|(?:send|text|dm|message|email|bring|have|with) (?:me )?your (?:account|details|info|pin|password|code|login|number|card|wallet|seed)|(?:dm|text|message|contact|call|whatsapp) me for (?:help|assistance|support|a fix|details)|anyone (?:else )?(?:having|with|who)|(?:te |le |les )?puedo (?:ayudar|resolver|gestionar)|trabajo en una? (?:tienda|oficina|sucursal)|(?:eu )?(?:te |lhe )?posso (?:ajudar|resolver)|trabalho n(?:a|o|uma?) (?:loja|agencia|escritorio)|je (?:peux|pourrai|sais) (?:vous |t'|te )?(?:aider|debloquer|regler)|je travaille (?:chez|dans|a)|ich (?:kann|helfe) (?:dir|ihnen|euch) (?:helfen|weiter)?|ich arbeite (?:bei|in|fur))\b/;
// A number right after a reference word is a parcel, order or ticket number, not a phone:
// "tracking 1Z 999 AA1 01 2345 6784", "order no. 4402 118 937", "n.º de pedido 88 1234 5678".
const REFERENCE_BEFORE =
  /\b(?:tracking|track|parcel|package|shipment|waybill|consignment|order|reference|ref|confirmation|booking|invoice|case|ticket|claim|serial|imei|pnr|seguimiento|pedido|reserva|referencia|rastreio|rastreamento|encomenda|colis|suivi|commande|dossier|sendung(?:snummer)?|bestellung|buchung|referenz|paket|auftrag)\b[\s:#.-]*(?:(?:no|nr|n\.o|number|numero|num|id|code|de (?:seguimiento|pedido|suivi|commande))\.?[\s:#-]*)?(?:[a-z-]{0,11}\d[a-z0-9-]{0,11}[\s:#]+){0,4}\(?$/;
// A contact right after "to" / "at" whose sentence asks to write or send there is a channel,
// however long the list of what to send: "email your name, address and card number to ...".
const DESTINATION_BEFORE = /\b(?:to|at|on|via|a|al|para|pra|au|an|unter|em)\s*:?\s*$/;
// A third person recommended as a channel: "agent Mark at ... Email him, he's legit",
// "escríbele", "fale com ele", "contactez-le", "schreib ihm".
const THIRD_PARTY_AFTER =
  /\b(?:(?:e-?mail|mail|call|text|message|contact|write to|reach out to|reach|whatsapp|dm|ring) (?:him|her|them)|(?:he|she|they)(?:'s| is|'re| are) (?:legit|real|trustworthy|the real deal)|escribele|escribidle|escribanle|llamale|contactale|contactalo|contactala|(?:escreva|fale|liga|ligue|mande) (?:pra|para|com) (?:ele|ela)|contactez-le|contactez-la|ecrivez-lui|appelez-le|appelez-la|schreib(?:t)? (?:ihm|ihr)|ruf(?:t)? (?:ihn|sie) an|kontaktier(?:e|t)? (?:ihn|sie))\b/;
// Someone else's details posted to set people on them (doxxing): "go spam him", "flood her
// inbox", "let's harass them", "spameadlo", "vamos encher o saco dele", "harcelez-le",
// "spammt ihn zu". The contact is then exposed, not offered as a channel.
const DOXX_CUE =
  /\b(?:(?:go|let's|lets|everyone|y'all|yall|you all|guys) (?:spam|harass|flood|bomb|troll|bother|annoy|pester|dox|doxx|expose|blow up|mass report)(?: (?:him|her|them|his|their))?|(?:spam|flood|bomb|blow up) (?:his|her|their) (?:inbox|email|phone|dms?|mentions)|make (?:his|her|their) life (?:hell|miserable)|(?:spame|acos|molest)(?:adlo|adla|enlo|enla|arlo|arla|alo|ala)\b|vamos a (?:spamearl[oa]|acosarl[oa]|molestarl[oa])|(?:vamos |bora )?(?:spammar|encher o saco|infernizar|perturbar) (?:ele|ela|dele|dela|a vida dele|a vida dela)|(?:spammez|harcelez|spamme|harcele)-(?:le|la|les)|allez (?:le|la|les) (?:spammer|harceler)|(?:spammt|nervt|belastigt|terrorisiert) (?:ihn|sie)\b)/;
// The brand pointing at a line to ring or write ("or contact 0333 …", "call 0800 …", "ring the
// team on …", "llame al …", "appelez le …", "rufen Sie … an"): it gives its own number. Repeating a
// customer's number reads "we'll call you on …" or "is your number …", never an imperative.
const BRAND_LINE_BEFORE =
  /(?<!\b(?:will|'ll|can|to|shall|would|we|i|agent|they|he|she|may|might)\s)\b(?:call|ring|dial|phone|contact|text|whatsapp|llam[ae]|llamar|marque|ligue|liga|appelez|appeler|composez|anrufen|rufen sie|wahlen sie|kontaktieren sie)\s+(?:(?:us|our|the)\s+(?:[a-z]+\s+){0,2}?(?:line|team|desk|number|helpline|hotline)\s+)?(?:on|at|al|au|unter|para|no|el|le|:)?\s*:?\s*$/;
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
    const support = new Set(brand.supportContacts.map(canonicalContact));
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
          if (support.has(c.kind === 'phone' ? c.value : c.value.toLowerCase())) continue;
          if (c.kind === 'email') {
            const domain = c.value.slice(c.value.indexOf('@') + 1);
            if ([...brandDomains].some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
          }
          if (found.some((f) => c.start < f.end && c.end > f.start)) continue;
          if (c.kind === 'phone' && isReference(text, c.start)) continue;
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
