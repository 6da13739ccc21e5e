import type { PhraseGroups } from '../types.ts';

/** `health-claim` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  /** Object pronouns before the verb: "la corrige". */
  pronounBefore: ['la', 'le', 'les'],
  /** The elided pronoun, with no space after it: "l'élimine". */
  pronounBeforeElided: ["l'"],
  outcome: ['(?:le|la|les) fait disparaitre'],
  standalone: ['plus jamais malade'],
  timeOrIf: ["jusqu'a ce que", 'quand', 'une fois que', 'si'],
} satisfies PhraseGroups;
