import type { PhraseGroups } from '../types.ts';

/** `undisclosed-data-collection` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  determiner: ['tu', 'su', 'el', 'la', 'un', 'una'],
  privateMessage: ['mensaje (?:privado|directo)', 'md'],
  publicPosting: ['comenta', 'deja'],
} satisfies PhraseGroups;
