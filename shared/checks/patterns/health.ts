import { type Language, lexicon } from '../../lexicon/index.ts';
import { pattern } from '../../text/pattern.ts';

/**
 * Health patterns for `health-claim` and `self-diagnosis`, composed from the `health` topic
 * of the lexicon (shared/lexicon/<lang>/health.ts: conditions, verbs of effect, testimonials,
 * endorsements), written for the normalized text (lower case, no accents: "migräne" is
 * "migrane"). Each is one alternation with no nested quantifiers, compiled once.
 */

const h = lexicon('health');

/** Diseases, disorders and conditions a product may not claim to act on, as one alternation body. */
export const CONDITION_SOURCE = h('condition');

/**
 * The alternation of `phrases` with `slot` standing for `source`, where adjacent phrases that
 * end with `(?:slot)` share one copy of it: `(?:a|b)S` tries the same alternatives in the same
 * order as `aS|bS`, so it finds the same matches. The condition list copied into each of the 14
 * no-longer phrases made that one pattern 80 KB long, 1.2 MB of regexp bytecode and 18 of the
 * warm-up's 60 ms.
 */
export function slotted(phrases: readonly string[], slot: string, source: string): string {
  const end = `(?:${slot})`;
  const parts: string[] = [];
  let leads: string[] = [];
  const flush = () => {
    if (leads.length > 0) parts.push(`(?:${leads.join('|')})(?:${source})`);
    leads = [];
  };
  for (const phrase of phrases) {
    if (phrase.endsWith(end) && !phrase.slice(0, -end.length).includes(slot)) {
      leads.push(phrase.slice(0, -end.length));
    } else {
      flush();
      parts.push(phrase.replaceAll(slot, source));
    }
  }
  flush();
  return `(?:${parts.join('|')})`;
}

/**
 * Every condition named in the normalized text (global). Built once here for every check that
 * looks for one: the list compiles to about 100 KB of regexp code, so the first one is found
 * with the same pattern (`firstCondition`) instead of a second, non-global copy of it.
 */
export const CONDITION_ALL = pattern(`\\b(?:${CONDITION_SOURCE})\\b`, 'g');

/**
 * The first condition named in `text`, as a non-global copy of CONDITION_ALL would find it
 * (its search starts at 0 and leaves `lastIndex` at 0, as matchesOf does).
 */
export function firstCondition(text: string): RegExpExecArray | null {
  CONDITION_ALL.lastIndex = 0;
  const m = CONDITION_ALL.exec(text);
  CONDITION_ALL.lastIndex = 0;
  return m;
}
/** A word test the list's pattern cannot match without (shared/text/word-gate.ts): most texts stop here. */
const CONDITION_GATE = h.gate('condition');
let askedText: string | undefined;
let askedAnswer = false;

/**
 * Whether `text` names a condition. The answer for the last text asked about is kept:
 * health-claim and self-diagnosis both start with this question on the same item's text, and
 * the list is long (about 3 µs a text).
 */
export function mentionsCondition(text: string): boolean {
  if (text !== askedText) {
    askedAnswer = CONDITION_GATE(text) && firstCondition(text) !== null;
    askedText = text;
  }
  return askedAnswer;
}

/**
 * Verbs (and a few nouns) of effect: what a product is said to do to a condition. Strong ones
 * tie a product to a condition within a short window, in either order ("cures colds",
 * "insomnia? Mag+Sleep fixes it").
 */
export const EFFECT = pattern(`\\b${h('effect')}\\b`, 'g');

/**
 * Everyday verbs that are claims only right next to their condition ("stops bloating",
 * "fixes gum pain") and not across a clause ("stop by for flu shots").
 */
export const WEAK_EFFECT = pattern(`^${h('weakEffect')}`);

/**
 * A condition reported gone, written after it: "my eczema finally cleared up", "la migraña
 * desapareció", "a dor sumiu", "mes migraines ont disparu", "die Schmerzen sind weg". In
 * brand or partner content this is a testimonial claim of effect.
 */
export const RESOLVED = pattern(`\\b${h('resolved')}\\b`, 'g');

/**
 * A testimonial that a condition stopped, whose negation is the claim: "I haven't had a
 * migraine since", "no longer suffer from anxiety", "ya no tengo migrañas", "nunca mais tive
 * enxaqueca", "je n'ai plus de migraines", "keine Migräne mehr". CONDITION in a phrase stands
 * for the condition list.
 */
export const NO_LONGER = pattern(`\\b${slotted(h.list('noLonger'), 'CONDITION', CONDITION_SOURCE)}\\b`, 'g');

/** Cheap gate for `NO_LONGER`: its lead words, without the long condition list. */
export const NO_LONGER_GATE = pattern(`\\b${h('noLongerGate')}\\b`);

/** "Clinically proven" style endorsements that need a citation, in the five languages. */
export const ENDORSEMENT = pattern(`\\b${h('endorsement')}\\b`, 'g');

/**
 * Domains whose links count as evidence for a health claim: DOI resolver, NIH/PubMed,
 * clinical-trial registries and journal publishers. A profile adds its own with
 * `evidenceDomains`.
 */
export const EVIDENCE_DOMAINS: readonly string[] = h.list('evidenceDomains');

/** A citation written out in the text: a DOI or a PubMed id. */
export const CITATION_TEXT = /\b(?:doi:?\s*10\.\d{4,9}\/|10\.\d{4,9}\/[^\s]+|pmid:?\s*\d{5,9})/;

// "Consulta a tu médico", "fale com o seu médico", "parlez-en à votre médecin", "sprich mit
// deinem Arzt": verb, optional preposition or article, determiner, professional, within the
// languages that share them (Spanish and Portuguese mix freely).
function askProfessional(languages: readonly Language[]): string {
  const o = { languages };
  return `${h('referralAsk', o)}(?: ${h('referralArticle', o)})? ${h('referralDeterminer', o)} ${h('referralWho', o)}`;
}

/** Awareness content points to a professional: "talk to your GP", "consulta a tu médico". */
export const PROFESSIONAL_REFERRAL = pattern(
  `\\b(?:${[
    `${h('referralTalk')} (?:${h('referralTalkTo')}|${h('referralProfessional')})`,
    `${h('referralSee')} (?:${h('referralSeeWho')}|${h('referralProfessional')})`,
    h('referralTest'),
    askProfessional(['es', 'pt']),
    askProfessional(['fr']),
    askProfessional(['de']),
  ].join('|')})\\b`,
);
