import { lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { pattern } from '../text/pattern.ts';
import { quote, spanEvidence } from './evidence.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

/**
 * `hostile-reply`: a reply by the brand's own account that insults, mocks, threatens or talks
 * down to someone, in English, Spanish, Portuguese, French and German.
 *
 * Each reply gets a score: a put-down, insult, threat or condescending form of address counts
 * 2; a softer sign (a mocking emoji such as 🤷 or 😂 (🙄, 💅 and 🤡 count 2), "maybe" opening a piece of advice,
 * "honestly", "lol") counts 1; an apology takes 1 away. Two points fire, so one
 * eye-roll on an otherwise helpful reply does not, and "Cute." on its own does.
 */

interface Signal {
  readonly re: RegExp;
  readonly weight: number;
  /** A cheap test the text must pass before `re` runs. */
  readonly gate?: RegExp;
  /** Signals of one group count once: the first that matches. */
  readonly group?: string;
  /** Counts only when the reply speaks to its reader: a second person in it (an opening @mention only says whom it answers). */
  readonly addressed?: boolean;
}

const p = lexicon('hostile-reply');

const INSULT_NOUN = p('insultNoun');
const INSULT_ADJ = p('insultAdj');
const INSULT_WORD = `(?:${INSULT_NOUN}|${INSULT_ADJ})`;
// Words between "you (are)" and the insult: "such a", "a complete", "a f***ing little".
const INTENSIFIERS = `(?:${p('intensifier')},?\\s+){0,4}`;
// Any few words before an insulting noun ("you tedious old hack", "you are a vile racist bigot"),
// but not a denial ("you are not an idiot").
const ANY_WORDS = `(?:(?!${p('denial')}\\b)[a-z'-]+,?\\s+){0,3}?`;
const YOU_ARE = `\\b(?:${p('secondPerson')}|${p('secondPersonApostrophe')})\\s+(?:${p('youAreVerb')}\\s+)?`;
// A second person anywhere in the reply: it speaks to its reader.
const SECOND_PERSON = pattern(`\\b${p('readerWord')}\\b`);
// "a stupid question", "that dumb take": the word judges what the reader wrote, addressed or not.
const NAME_CALLING_AIMED = p('nameCallingAimed');
const JUDGES_THEIR_WORDS = pattern(`\\b${NAME_CALLING_AIMED}\\s+${p('theirWords')}\\b`);
// Aimed insults that need a second person in the text; a cheap test of "you" keeps them off the rest.
const YOU_WORD = pattern(`\\b${p('secondPerson')}\\b`);
const AIMED_AT_YOU = pattern(
  [
    `${YOU_ARE}${INTENSIFIERS}${INSULT_ADJ}\\b`,
    `${YOU_ARE}${ANY_WORDS}${INSULT_NOUN}\\b`,
    `\\b(?:you|u)\\s+${p('youCollective')}\\s+(?:are|r)\\s+${INTENSIFIERS}${INSULT_WORD}\\b`,
    `\\b${p('aimedAtYou')}\\b`,
    // "narrow-minded little fool you are", "how pathetic you sound": the insult first
    `\\b${INSULT_WORD}\\s+(?:you|u)\\s+(?:are|r|sound|look)\\b`,
    // "cowards like you", "trolls like u", "maggots such as yourself"
    `\\b${INSULT_NOUN}\\s+(?:like|such\\s+as)\\s+(?:you|u|yourself|urself)\\b`,
  ].join('|'),
);
const AIMED_INSULT = pattern(
  [
    `\\b${p('curse').replaceAll('INSULT', INSULT_NOUN).replaceAll('RELATIVE', p('relative'))}\\b`,
    `\\b(?:what|such)\\s+an?\\s+${INTENSIFIERS}${INSULT_WORD}\\b`,
    `\\b${p('dismissal')}\\b`,
    // "your delusional posts", "your pathetic drivel": an insulting word for what the reader wrote or thinks.
    `\\b(?:your|ur)\\s+${INSULT_ADJ}\\s+${p('readerThoughts')}\\b`,
    // "your mom is a …", "ur sister must be a …": an insult of the reader by way of their family.
    `\\b(?:your|ur|yo)\\s+${p('relative')}\\s+(?:is|was|must\\s+be)\\s+${ANY_WORDS}${INSULT_NOUN}\\b`,
    // "your mom sells herself for crack", "why don't your wife blow …": sex talk about the reader's family.
    `\\b(?:your|ur|yo)\\s+${p('relative')}(?:'?s)?\\s+(?:[a-z']+\\s+){0,5}?${p('sexualWord')}\\b`,
  ].join('|'),
);

// Words one of AIMED_INSULT's alternatives starts with (or needs): a cheap test first.
const AIMED_GATE = pattern(`\\b${p('aimedInsultStart')}`);

// "…, coward." "…, you sick fool!": an insulting noun as the closing form of address, tested on
// the text after the last comma only.
const CLOSING_INSULT = pattern(`^,\\s*(?:you\\s+)?(?:[a-z'-]+\\s+){0,2}${INSULT_NOUN}\\s*[.!?]*\\s*$`);
const CLOSING_REACH = 48;

// The insulting nouns that may address the reader at a sentence's end or between commas.
const VOCATIVE_NOUN = `(?:${p('vocativeStart')}|${p('vocativeEnd')})`;

// An insulting noun as the form of address with no "you": opening a sentence ("Dickhead will
// just copy it.", "Idiot."), not as the first part of a word ("idiot-proof"); or ending one
// bare ("Nice try troll.", "Get lost loser!"), not after a determiner, possessive, negation or
// "and" ("a troll.", "our trolls.", "not liars.", "witches and trolls!").
// A word's start first, then the bounded look back: linear on a run of 100 KB of spaces.
const VOCATIVE_START = pattern(`\\b(?<=(?:^|[.!?\\n])\\s{0,3})${p('vocativeStart')}\\b(?!['-])`);
// … or set off by commas in the middle of one, with the sentence going on to the reader ("So,
// fool, will you move on?"), not in a list ("spam, trolls, and bots").
const VOCATIVE_MID = pattern(`(?<=,\\s{0,2})\\b${VOCATIVE_NOUN}(?=\\s{0,2},\\s*${p('vocativeNext')}\\b)`);
const VOCATIVE_END = pattern(`\\b(?<!\\b${p('vocativeEndNot')}\\s)${VOCATIVE_NOUN}(?=\\s{0,3}(?:[.!?]|$))`);
// All three start with an insulting noun at a word's start: one scan for one keeps the three off most replies.
const VOCATIVE_GATE = pattern(`\\b${VOCATIVE_NOUN}`);

// Conditional threats in English: "keep threatening us and we'll close your account", "one more
// comment like that and..."; other languages give theirs whole ("sigue así y...", "continue assim
// e...", "continuez comme ça et...", "mach so weiter und...").
const EN = { languages: ['en'] } as const;
const CONDITIONAL_THREAT_EN = `${p('threatCondition', EN)}(?: [a-z']{1,16}){0,3},? and (?:we|i)(?:'ll| will| are going to|'re going to)(?: [a-z]{1,12})? ${p('threatAction', EN)}`;
// "everyone laughs at you", unless the laughing is shared ("we were all laughing at your joke").
const LAUGHED_AT = `${p('laughVerb')}(?<!\\b${p('laughingSelf')}(?: ${p('laughAdverb')})? [a-z]{5,8}) at (?:you\\b|your (?!${p('funnyPost')}s?\\b))`;

const STRONG: readonly Signal[] = [
  // Insults and name-calling.
  { weight: 2, re: pattern(`\\b${p('nameCalling')}\\b`) },
  { weight: 2, re: pattern(`\\b${NAME_CALLING_AIMED}\\b`), addressed: true, group: 'name' },
  { weight: 2, re: JUDGES_THEIR_WORDS, group: 'name' },
  // Insults aimed at the addressee: "you are such an ignorant fool", "ur a troll", "you
  // f***ing idiot", "go f*** yourself", "f*** you", "piece of sh*t", "waste of space".
  { weight: 2, re: AIMED_AT_YOU, gate: YOU_WORD, group: 'aimed' },
  { weight: 2, re: AIMED_INSULT, gate: AIMED_GATE, group: 'aimed' },
  // Name-calling with no "you", as the form of address (counts once).
  { weight: 2, re: VOCATIVE_START, gate: VOCATIVE_GATE, group: 'vocative' },
  { weight: 2, re: VOCATIVE_END, gate: VOCATIVE_GATE, group: 'vocative' },
  { weight: 2, re: VOCATIVE_MID, gate: VOCATIVE_GATE, group: 'vocative' },
  // Put-downs and condescension.
  { weight: 2, re: pattern(`\\b${p('putDown')}`) },
  // Threats.
  {
    weight: 2,
    re: pattern(`\\b(?:${CONDITIONAL_THREAT_EN}|${p('conditionalThreat')}|${p('threat')})\\b`),
  },
  // Passive-aggressive digs about a third person who is plainly the reader ("sounds like
  // someone didn't read", "alguien no leyó"), ridicule ("everyone laughs at you", "se ríe de
  // ti"), "believe whatever you want" brush-offs and "your <record> speaks for itself".
  { weight: 2, re: pattern(`\\b(?:${LAUGHED_AT}|${p('dig')})`) },
  // Spanish, Portuguese, French, German put-downs.
  { weight: 2, re: pattern(`\\b${p('translatedPutDown')}\\b`) },
];

// A pet name or "buddy" aimed at the customer talks down to them ("Calm down, sweetie."), unless
// the reply is plainly warm ("Yeah, buddy! Send us a pic, for sure."): banter with a fan.
// As a form of address: set off by a comma or ending the sentence ("Calm down, sweetie.", "ok
// buddy.", "sure thing chief!"), not a word in the sentence ("the chief executive", "my pal Sam").
const VOCATIVE = pattern(
  `(?:(?<=,\\s{0,2})\\b${p('petName')}\\b|\\b${p('petName')}(?=\\s{0,2}(?:[,.!?]|$)))`,
);
const WARM = pattern(
  `\\b${p('warmWord')}\\b[^.?]*!|!\\s*(?:\\w+\\s+){0,6}${p('warmClosing')}\\b|${p('warmEmoji')}`,
  'u',
);

// A one-word sarcastic sentence: "Cute.", "Impressive.", "Cool story."
// A first name may follow as a pointed vocative: "Cool story, Nell.", "Noted, Sam."
const ONE_LINER = pattern(
  `(?:^|[.!?]\\s+|\\n)${p('oneLiner')}(?:,? (?!${p('thanksWord')})[a-z]{2,14})?\\.\\s*(?:[^\\p{L}\\p{N}\\s]\\s*)*$`,
  'u',
);

const WEAK: readonly Signal[] = [
  // An eye-roll, a nail-polish shrug-off or a clown from the brand's account is mockery on its own.
  { weight: 2, re: pattern(p('mockEmoji'), 'u') },
  { weight: 1, re: pattern(p('softEmoji'), 'u') },
  { weight: 1, re: pattern(`(?:^|[.!?]\\s+|\\s)${p('hedge')}\\b`) },
  { weight: 1, re: pattern(`\\b${p('aside')}\\b`) },
];

// Apologies and thanks are the opposite of hostility.
// Thanks are left out: "Thanks for your input 🙄" is still an eye-roll.
const POLITE = pattern(`\\b${p('apology')}\\b`);

export const hostileReply: CheckDefinition = {
  id: 'hostile-reply',
  description: "A reply by the brand's own account that insults, mocks, threatens or talks down to someone",
  severity: 'high',
  action: 'correction',
  appliesTo: ['brand'],
  kinds: ['comment'],
  build() {
    return (input): FindingDraft | null => {
      const text = input.text.text;
      // The @mention that opens a reply is addressing, not content.
      // Underscores for spaces ("too_stupid", "_go_away_") read as spaces: one for one, so offsets hold.
      const body = text.replace(/^(?:@[\w.]+[\s,]*)+/, '').replaceAll('_', ' ');
      const offset = text.length - body.length;
      let score = 0;
      const evidence: Evidence[] = [];
      const add = (start: number, end: number, weight: number) => {
        score += weight;
        evidence.push(spanEvidence('text', input.text, offset + start, offset + end));
      };
      let grouped: string | undefined;
      // Whether the reply speaks to its reader, tested once and only if a signal asks.
      let speaksTo: boolean | undefined;
      const addressesReader = (): boolean => {
        speaksTo ??= SECOND_PERSON.test(body);
        return speaksTo;
      };
      // Signals that share a gate sit side by side: its answer is kept for the next one.
      let lastGate: RegExp | undefined;
      let opened = false;
      for (const { re, weight, gate, group, addressed } of STRONG) {
        if (group && group === grouped) continue;
        if (gate && gate !== lastGate) {
          lastGate = gate;
          opened = gate.test(body);
        }
        if (gate && !opened) continue;
        if (addressed && !addressesReader()) continue;
        const m = re.exec(body);
        if (!m) continue;
        add(m.index, m.index + m[0].length, weight);
        grouped = group;
      }
      if (!grouped) {
        const comma = body.lastIndexOf(',');
        if (comma >= 0 && body.length - comma <= CLOSING_REACH && CLOSING_INSULT.test(body.slice(comma))) {
          add(comma + 1, body.length, 2);
        }
      }
      const pet = VOCATIVE.exec(body);
      if (pet && !WARM.test(body)) add(pet.index, pet.index + pet[0].length, 2);
      const one = ONE_LINER.exec(body);
      if (one) {
        const word = one[0].replace(/^[\s.!?]+/, '');
        const start = one.index + one[0].length - word.length;
        add(start, start + word.indexOf('.') + 1, 2);
      }
      for (const { re, weight } of WEAK) {
        const m = re.exec(body);
        if (m) {
          const lead = m[0].length - m[0].trimStart().length;
          add(m.index + lead, m.index + m[0].length, weight);
        }
      }
      if (POLITE.test(body)) score -= 1;
      if (score < 2 || evidence.length === 0) return null;
      // Strong signals were added first: show those.
      const shown = evidence.slice(0, 3).sort((a, b) => a.start - b.start);
      return {
        reason: `Reply talks down to the customer (${quote(shown.map((e) => e.match).join(' … '))}): delete or edit it and answer the point politely.`,
        evidence: shown,
      };
    };
  },
};
