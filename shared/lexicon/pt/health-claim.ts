import type { PhraseGroups } from '../types.ts';

/** `health-claim` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  pronounAfter: ['isso', 'ela', 'ele'],
  outcome: ['(?:o|a|os|as) faz desaparecer'],
  standalone: ['nunca mais (?:fique )?doente'],
  timeOrIf: ['quando', 'ate que'],
} satisfies PhraseGroups;
