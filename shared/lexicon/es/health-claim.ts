import type { PhraseGroups } from '../types.ts';

/** `health-claim` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  /** Object pronouns before the verb that point back at a condition: "lo corrige". */
  pronounBefore: ['lo', 'la', 'los', 'las', 'le'],
  outcome: ['(?:lo|la|los|las) hace desaparecer'],
  standalone: ['nunca mas (?:te )?enfermes?'],
  timeOrIf: ['hasta que', 'cuando', 'si'],
} satisfies PhraseGroups;
