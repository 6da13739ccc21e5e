import type { PhraseGroups } from '../types.ts';

/** Grammar words in German that the text helpers share (shared/text/negation.ts). */
export default {
  /** Negators before what they negate: "kein Heilmittel", "nie". */
  negators: ['nicht', 'kein', 'keine', 'niemals', 'nie'],
  /** Negators after the verb: "heilt nicht", "hilft keinem". */
  negatorsAfter: ['nicht', 'keine?', 'niemals'],
} satisfies PhraseGroups;
