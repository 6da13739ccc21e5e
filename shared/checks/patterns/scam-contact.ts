import { languagesWith, lexicon } from '../../lexicon/index.ts';
import { groupAlternatives } from '../../text/alternation.ts';
import { matchesOf } from '../../text/matches.ts';
import { pattern } from '../../text/pattern.ts';

/**
 * Patterns for `offplatform-contact`, on normalized text (lower case, no accents, no invisible
 * characters). They describe how people are sent to a private channel, in English, Spanish,
 * Portuguese, French and German; none is fitted to one sentence. The phrases are the
 * `offplatform-contact` groups of shared/lexicon; this module composes them.
 */

const p = lexicon('offplatform-contact');

// Letters that may be spaced out or dotted to dodge filters ("w h a t s a p p", "t.e.l.e.g.r.a.m").
function spaced(word: string): string {
  return [...word].join('[\\s._*-]{0,2}');
}

/**
 * One pattern per language that has the group, in language order: a language's own phrases
 * are one directive, found apart from another language's (each gives its own evidence).
 */
function perLanguage(group: string, compose: (phrases: string) => string): RegExp[] {
  return languagesWith('offplatform-contact', group).map((lang) =>
    pattern(compose(p(group, { languages: [lang] }))),
  );
}

/** Messaging apps and private channels, also spaced out. */
export const APP = `(?:${groupAlternatives([...p.list('spacedApp').map(spaced), ...p.list('app')].join('|'))})`;

/** Private messages: DM, PM, inbox, private message in the five languages. */
export const PRIVATE = p('private');

const OBJ = p('object');

/** "DM me", "message us": the platform's own private messages asked for. */
export const DM_OBJ = pattern(`\\b(?:${p('messageVerb')}|hit\\s+${OBJ}\\s+up)\\s+${OBJ}\\b`);
/** "to our inbox", "via DM", "in the DMs": a private message named as the way to continue. */
export const VIA_DM = pattern(`\\b${p('viaPrivate')}\\s+(?:${OBJ}\\s+|${p('article')}\\s+)?${PRIVATE}\\b`);
/** "on WhatsApp", "via Telegram", "pelo zap": an outside app named as the way to continue. */
export const ON_APP = pattern(`\\b${p('onApp')}\\s+(?:${OBJ}\\s+|${p('appDeterminer')}\\s+)?${APP}\\b`);

/** Invitations to continue in a private channel. Each alternative is an instruction to the reader. */
export const DIRECTIVES: readonly RegExp[] = [
  // "DM me", "PM us", "inbox me", "message our agent", "WhatsApp us", "text him"
  DM_OBJ,
  // "send us a DM", "send me a message on WhatsApp", "drop me a line"
  pattern(`\\b${p('sendVerb')}\\s+${OBJ}\\s+an?\\s+${p('messageNoun')}\\b`),
  // "DM 'START' to @x", "DM us 'YES'", "text LOAN to +1..."
  pattern(`\\b${p('keywordVerb')}\\s+["'][^"'\\n]{1,20}["']`),
  /\btext\s+[a-z]{2,12}\s+(?:and\s+[^.!?\n]{0,60}\s+)?to\s+\+?\d/,
  // "... to our inbox", "via DM", "per DM", "por DM", "in the DMs", "slide into my DMs"
  VIA_DM,
  // "envoyez-nous en MP", "par MP", "manda no privado", "chama na DM", "schreib mir per PN"
  pattern(`\\b${p('inPrivate')}\\b`),
  // "dm on ig @x", "message me on insta", "hmu on snap", "add me on discord: x"
  pattern(`\\b${p('socialVerb')}\\s+(?:${p('socialObject')}\\s+)?${p('socialAt')}\\s+${p('socialApp')}\\b`),
  // "... on WhatsApp", "via Telegram", "our Telegram: @x", "WhatsApp +44 ...", "(WhatsApp)"
  ON_APP,
  pattern(`${APP}\\s*${p('appSeparator')}?\\s*(?:\\+?\\(?\\d|@[a-z0-9_.]{3})|${APP}/[a-z0-9_+]{3}`),
  pattern(`\\(\\s*${APP}\\s*\\)`),
  pattern(`\\b${APP}\\s+${p('appObject')}\\b`),
  // "escríbenos", "me chama no WhatsApp", "écrivez-nous", "schreib uns": one pattern per language
  ...perLanguage('writeToUs', (phrases) => `\\b${phrases}\\b`),
  // "send us your PIN in chat", "mándanos tu número por chat", "schicken Sie uns ... im Chat": a chat
  // window offered for details. The ask must be to the poster ("us", "me"): "drop your questions in
  // the chat" is a live stream's chat, not a private channel.
  pattern(
    `\\b${p('chatAsk')}\\b[^.!?\\n]{0,80}?\\b${p('chatPreposition')}\\s+(?:${p('chatDeterminer')}\\s+)?` +
      `(?:${p('chatKind')}\\s+)?chat\\b`,
  ),
  // "call our fraud line on", "call +1 ...", "ring 0800 ..."
  pattern(
    `\\b${p('callVerb')}\\s+(?:${p('callDeterminer')}\\s+)?(?:[a-z]+\\s+){0,3}?${p('callLine')}?` +
      `\\s*(?:${p('callAt')}|:)?\\s*\\+?\\(?\\d`,
  ),
];

/** Cheap pre-test: a text that matches none of these words has no directive. */
export const CONTACT_TRIGGER = pattern(`\\b${p('trigger')}|${APP}|\\d{3}`);

/**
 * A customer giving the brand their own number or address ("call me on 0770...", "my email
 * is ..."): that is personal data shown in public, not a private channel offered to others.
 */
export const OWN_CONTACT = pattern(`\\b${p('ownContact')}`);

/**
 * Words that turn "text me at ..." from a customer's plea into an offer to the audience: the
 * poster asks the readers for their details ("with your account number"), offers a service
 * ("I can unlock it", "si necesitas"), or addresses whoever needs it ("anyone who wants").
 * A customer asking the brand to call them talks about their own case, not the reader's.
 */
export const AUDIENCE_OFFER = pattern(`\\b${p('audienceOffer')}`);

/**
 * Warnings and reports about a scam: they name the channel without sending anyone there. Also
 * refusals ("not messaging anyone on Telegram", "no le voy a escribir a nadie", "ich schreibe
 * niemandem"): the channel is named to say it will not be used.
 */
export const WARNING = pattern(`\\b${p('warning')}\\b`);

/**
 * Words that offer a number or address as a channel ("call", "text", "WhatsApp", "contact them
 * at", "escríbenos"). A number or address with none of them in its sentence is someone's data
 * shown in public (pii-exposure), not an invitation. A possessive before the word makes it a
 * noun ("her email is"), not an instruction.
 */
export const CHANNEL_CUE = pattern(
  `(?:${APP}|\\b${PRIVATE}\\b|(?<!\\b${p('possessive')}\\s)\\b${p('channelVerb')}\\b|\\b${p('channelStem')})`,
);

/**
 * Calls to target someone ("go spam him", "flood her inbox", "spammt ihn zu"): the details
 * around it are a third person's, exposed (pii-exposure), not a channel the poster offers.
 */
export const TARGETING = pattern(`\\b${p('targeting')}\\b`);

/** A sentence that lists someone's details as fields ("Name: ..., email ..., SSN ...") is data, not an invitation. */
export const DATA_LIST = pattern(`\\b${p('dataField')}\\s*:`);

/**
 * "Write to me / call me" in Spanish, Portuguese, French and German ("escribidme",
 * "llámame", "me liga", "écrivez-moi", "rufen Sie mich an"). Scammers say it too, so it marks
 * a customer's own contact only when the text addresses the brand or the poster's own case.
 */
export const CONTACT_ME = pattern(`\\b${p('contactMe')}\\b`);

/** The poster's own case ("my order", "mi pedido", "ma commande", "meine Bestellung"): a customer talking. */
export const OWN_CASE = pattern(`\\b${p('my')}\\s+(?:[a-z0-9]+\\s+){0,2}?${p('caseNoun')}\\b`);

/**
 * A person asking someone to message *them* about their own problem: "can you DM me?", "please
 * DM me", "DM me pls", "¿me puedes mandar un DM?", "pode me chamar no privado?", "pouvez-vous
 * m'écrire en MP ?", "kannst du mir eine DM schicken?". Addressed to the brand, this asks the
 * official account to open its own private messages; it sends nobody anywhere.
 */
export const DM_PLEA = pattern(`\\b${p('dmPlea')}\\b`);

/**
 * Words that make a "DM me" an offer to the readers rather than a plea about one's own case:
 * what the poster gives ("for a code", "for my program", "I'll send you"), what they can do ("I
 * can trace it", "I recovered"), who they say they are ("I work at", "mod here"), or whom they
 * call on ("if skyhop won't refund you", "anyone", "ladies"). A plea never needs any of them.
 */
export const DM_OFFER = pattern(`\\b${p('dmOffer')}`);

/**
 * A customer's own detail written as a field label at the end of a message to the brand
 * ("Contact: +49 …", "Phone: …", "mi teléfono: …", "Tel. : …", "Handy: …"): the customer giving
 * the brand how to reach them, which is their own data shown in public.
 */
export const OWN_LABEL = pattern(`\\b${p('contactLabel')}\\.?\\s*${p('numberSign')}?\\s*:\\s*$`);

/**
 * Bulk text marketing, as premium-rate SMS offers are written: a keyword to text to a short code
 * ("txt WIN to 80000", "reply GO 2 81234", "send STOP to 8xxxx"), a price per message glued to a
 * word ("msg150p"), the "free msg" header. Shared by `spam` and the offer test below.
 */
export const SHORT_CODE_CALL = `\\b${p('shortCodeVerb')}\\s*:?\\s+(?:[a-z0-9&]+\\s+){0,3}?${p('shortCodeTo')}\\s*:?\\s+(?:no:?\\s+)?\\d{4,6}\\b(?![.,]?\\d)`;
// A price per unit, in pence ("150p/msg", "30pp/txt") or after a currency sign ("£1/min").
export const BULK_PRICE = `(?:(?:\\b\\d+(?:\\.\\d+)?\\s?p{1,2}|(?:£|€|\\$)\\s?\\d+(?:\\.\\d+)?)\\s?(?:\\/|per\\s?)${p('bulkUnit')}\\w*|\\b${p('bulkWord')}|\\b\\d+ppm\\b)`;

/**
 * How a commercial offer or bulk marketing message is said: a prize to claim, a price per
 * minute or per message, an opt-out, terms and conditions, an age limit, a premium or
 * free-phone line, a service desk label. A phone number or address in a text that reads like
 * this is the line the offer sends its readers to, never the poster's own number given to
 * someone they know. Strong phrases are enough alone; weak ones count two together.
 */
export const OFFER_STRONG_SOURCE = [SHORT_CODE_CALL, BULK_PRICE, ...p.list('offerStrong')];

/** Offer words that count only two together: a free thing, a prize, cash, a ringtone, a voucher. */
export const OFFER_WEAK_SOURCE = p.list('offerWeak');

const OFFER_STRONG = pattern(`(?:${OFFER_STRONG_SOURCE.join('|')})`);
const OFFER_WEAK = pattern(`\\b(?:${OFFER_WEAK_SOURCE.join('|')})\\b`, 'g');

/** True when a text reads as a commercial offer (one strong phrase, or two different weak words). */
export function readsAsOffer(text: string): boolean {
  if (OFFER_STRONG.test(text)) return true;
  const seen = new Set<string>();
  for (const m of matchesOf(OFFER_WEAK, text)) {
    seen.add(m[0]);
    if (seen.size >= 2) return true;
  }
  return false;
}
