import { lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { type ContactMatch, findEmails, findPhones, findSpelledPhones } from '../text/contacts.ts';
import { pattern } from '../text/pattern.ts';
import { isQuestionSentence, sentenceEnds, sentenceSpan } from '../text/sentences.ts';
import { quote, spanEvidence } from './evidence.ts';
import {
  APP,
  AUDIENCE_OFFER,
  CHANNEL_CUE,
  CONTACT_ME,
  CONTACT_TRIGGER,
  DATA_LIST,
  DIRECTIVES,
  DM_OBJ,
  DM_OFFER,
  DM_PLEA,
  ON_APP,
  OWN_CASE,
  OWN_CONTACT,
  OWN_LABEL,
  readsAsOffer,
  TARGETING,
  VIA_DM,
  WARNING,
} from './patterns/scam-contact.ts';
import type { CheckDefinition, CheckInput } from './types.ts';

/**
 * `offplatform-contact`: someone other than the brand tells people to continue in a private
 * channel (DM or inbox, WhatsApp, Telegram, Signal..., a phone number, an email address) that
 * is not one of the brand's support contacts or accounts.
 *
 * Phone numbers (any country format, also spelled out), emails (also "at ... dot") and
 * invitations ("DM us", "escríbenos por WhatsApp", "schreib uns") are found on the normalized
 * text, so fullwidth digits, spaced letters and invisible characters do not hide them.
 * Not fired: the brand's own contacts and handles; a customer giving the brand their own number
 * ("call me on ...", which is pii-exposure); warnings and reports that name a channel.
 */

const MAX_CONTACTS = 10;
const p = lexicon('offplatform-contact');
// A handle continues with a letter, digit or underscore, or a dot followed by one ("@brand.help").
const HANDLE_CHAR = /^(?:[a-z0-9_]|\.[a-z0-9_])/;
// "DM me" with one of the platform's own private-message verbs (not an outside app or a phone).
const DM_ME = pattern(`^${p('dmMe')}$`);
// A question that names an app without sending anyone to it names no handle, number or link
// and asks nobody to write to anyone: "does the update stop me going on WhatsApp?".
const SENDS_SOMEWHERE = pattern(
  `(?<![@\\w])\\d{3}|${p('appLink')}|\\b${p('sendToVerb')}\\s+${p('sendToObject')}\\b`,
);
// "talk to him", "text her", "reach my destination", "message me when you're there": a third
// person, or the verbs of everyday talk, send nobody anywhere unless the text names where (a
// number, an address, a handle, an app) or offers something.
const EVERYDAY_OBJECT = pattern(`\\s${p('everydayObject')}$`);
// "message us", "text our team": the poster speaks for an organisation, which is an invitation.
const WE_OBJECT = pattern(`\\s${p('weObject')}$`);
const EVERYDAY_VERB = pattern(`^${p('everydayVerb')}\\b`);
const SEND_MESSAGE = pattern(
  `^${p('sendVerb')}\\s+${p('everydaySendObject')}\\s+an?\\s+${p('everydayMessage')}$`,
);
const ROLE_NOUN = pattern(`\\b${p('roleNoun')}\\b`);
const NAMES_PLACE = pattern(`@[a-z0-9_]{3}|\\b${p('appLink')}\\/`);
// The verbs of a text message (SMS), which reach a phone number.
const TEXT_VERB = pattern(`^${p('textVerb')}\\b`);
const APP_NAMED = pattern(APP);

/** The offplatform-contact check (see the module comment). */
export const offplatformContact: CheckDefinition = {
  id: 'offplatform-contact',
  description: 'Sends people to a private channel that is not one of the brand’s support contacts.',
  severity: 'high',
  action: 'takedown',
  appliesTo: ['public', 'partner'],
  build(brand) {
    const domains = brand.domains;
    const handles = [...brand.officialHandles].map((h) => `@${h}`);
    const isOfficial = (c: ContactMatch): boolean => {
      if (brand.officialContacts.has(c.value)) return true;
      if (c.kind === 'email') {
        const host = c.value.slice(c.value.indexOf('@') + 1);
        return domains.some((d) => host === d || host.endsWith(`.${d}`));
      }
      return false;
    };
    // "@brand" inside "@brand_orders" is another account: the mention must end where the handle ends.
    const mentionsOfficial = (s: string): boolean =>
      handles.some((h) => {
        for (let i = s.indexOf(h); i >= 0; i = s.indexOf(h, i + 1)) {
          if (!HANDLE_CHAR.test(s.charAt(i + h.length) + s.charAt(i + h.length + 1))) return true;
        }
        return false;
      });

    return (input: CheckInput) => {
      const text = input.text.text;
      if (!CONTACT_TRIGGER.test(text)) return null;
      const evidence: Evidence[] = [];
      const taken: Array<[number, number]> = [];
      let ends: number[] | undefined;
      const sentence = (i: number) => {
        ends ??= sentenceEnds(text);
        const [s, e] = sentenceSpan(ends, i);
        return text.slice(s, e);
      };

      // A handful of contacts is enough evidence; the cap keeps hostile texts fast.
      const contacts = [
        ...findPhones(text, MAX_CONTACTS),
        ...findSpelledPhones(text, MAX_CONTACTS),
        ...findEmails(text, MAX_CONTACTS),
      ];
      // A customer asking the brand (or about their own order) to be written to gives their own details.
      let customer: boolean | undefined;
      const isCustomer = (): boolean => {
        customer ??= mentionsOfficial(text) || OWN_CASE.test(text);
        return customer;
      };
      const ownContact = (s: string): boolean =>
        (OWN_CONTACT.test(s) || (CONTACT_ME.test(s) && isCustomer())) && !AUDIENCE_OFFER.test(s);
      // Nothing in the text offers the readers anything: the poster talks about their own case.
      let offers: boolean | undefined;
      const noOffer = (): boolean => {
        offers ??= AUDIENCE_OFFER.test(text) || DM_OFFER.test(text);
        return !offers;
      };
      // The official account's own private messages: a customer asking the brand to DM them ("can
      // you DM me?", "DM me please" about their account), asking whether to go on by DM ("@brand via
      // DM?") or agreeing to ("happy to discuss my problem in DM"). It sends nobody elsewhere.
      const dmWithBrand = (re: RegExp, match: string, s: string): boolean => {
        if (re === DM_OBJ) return DM_ME.test(match) && DM_PLEA.test(s) && isCustomer() && noOffer();
        return (
          re === VIA_DM &&
          mentionsOfficial(text) &&
          (isQuestionSentence(s) || OWN_CASE.test(text)) &&
          noOffer()
        );
      };
      // A text that reads as a commercial offer (a prize to claim, a price per minute, an
      // opt-out, T&Cs) gives its numbers and addresses as the line to call: no verb needed.
      let offer: boolean | undefined;
      const isOffer = (): boolean => {
        offer ??= readsAsOffer(text) && !isCustomer();
        return offer;
      };
      // The text names where to go or offers something: a contact detail, a handle, an app, a
      // role ("our agent"), an offer to the readers.
      const namesWhere = (s: string): boolean =>
        contacts.some((c) => !isOfficial(c)) ||
        NAMES_PLACE.test(text) ||
        ROLE_NOUN.test(s) ||
        AUDIENCE_OFFER.test(s) ||
        isOffer();
      // A phone found, or any run of digits a number could be written as ("+1 555-0172", a short code).
      const hasNumber = (): boolean =>
        contacts.some((c) => c.kind === 'phone') || /\d[\d\s().-]{3,}\d/.test(text);
      const unofficialPhones: ContactMatch[] = [];
      for (const c of contacts) {
        if (isOfficial(c)) continue;
        const s = sentence(c.start);
        if (WARNING.test(s) || DATA_LIST.test(s) || TARGETING.test(text)) continue;
        const cued = CHANNEL_CUE.test(s);
        if (!cued && !isOffer()) continue;
        if (ownContact(s) && !isOffer()) continue;
        // "@brand … Contact: +49 …": a customer signing off with how the brand can reach them.
        if (
          OWN_LABEL.test(text.slice(Math.max(0, c.start - 30), c.start)) &&
          mentionsOfficial(text) &&
          noOffer()
        )
          continue;
        if (c.kind === 'phone') unofficialPhones.push(c);
        taken.push([c.start, c.end]);
        evidence.push(
          spanEvidence('text', input.text, c.start, c.end, c.obfuscated ? `obfuscated ${c.kind}` : c.kind),
        );
      }

      for (const re of DIRECTIVES) {
        re.lastIndex = 0;
        const m = re.exec(text);
        if (!m) continue;
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        const s = sentence(start);
        if (WARNING.test(s)) continue;
        // "DM @brand_help": sending people to the brand itself is what the brand wants.
        if (mentionsOfficial(text.slice(start, end + 20))) continue;
        // A directive that names a number (it ends at its first digit) counts only if that number is not the brand's.
        if (/\d$/.test(m[0]) && !unofficialPhones.some((p) => p.start < end + 25 && p.end > start)) continue;
        // A customer asking to be contacted ("text me", "call me") is pii-exposure, not this check,
        // unless the same sentence asks the readers for something ("text me ... with your PIN").
        if ((OWN_CONTACT.test(m[0]) || CONTACT_ME.test(m[0])) && ownContact(s)) continue;
        if (dmWithBrand(re, m[0], s)) continue;
        // "text me", "text them now": a text message needs a number. With none in the text (nor an
        // app or a handle to reach, nor a role: "text our agent"), the words send nobody anywhere
        // a reader could go.
        if (
          re === DM_OBJ &&
          TEXT_VERB.test(m[0]) &&
          !hasNumber() &&
          !NAMES_PLACE.test(text) &&
          !APP_NAMED.test(text) &&
          !ROLE_NOUN.test(s)
        )
          continue;
        if (
          (re === DM_OBJ
            ? EVERYDAY_OBJECT.test(m[0]) || (EVERYDAY_VERB.test(m[0]) && !WE_OBJECT.test(m[0]))
            : SEND_MESSAGE.test(m[0])) &&
          !namesWhere(s)
        )
          continue;
        // An app named in a question that sends nobody there: the app as the poster uses it.
        if (
          re === ON_APP &&
          isQuestionSentence(s) &&
          !SENDS_SOMEWHERE.test(s) &&
          !/^\W{0,3}@[a-z0-9_]/.test(text.slice(end, end + 4))
        )
          continue;
        taken.push([start, end]);
        evidence.push(spanEvidence('text', input.text, start, end, 'private channel'));
      }

      if (evidence.length === 0) return null;
      evidence.sort((a, b) => a.start - b.start);
      const first = evidence[0]!;
      return {
        reason: `Sends people to a private channel (${quote(first.match, 40)}) that is not one of ${brand.profile.name}'s support contacts; take it down.`,
        evidence,
      };
    };
  },
};
