import type { PhraseGroups } from '../types.ts';

/** `undisclosed-data-collection` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  determiner: ['seu', 'sua', 'o', 'um', 'uma'],
  privateMessage: ['mensagem (?:privada|direta)'],
  publicPosting: ['deixe', 'comente'],
} satisfies PhraseGroups;
