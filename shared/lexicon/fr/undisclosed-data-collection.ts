import type { PhraseGroups } from '../types.ts';

/** `undisclosed-data-collection` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  determiner: ['votre', 'ton', 'le', 'une'],
  privateMessage: ['message prive', 'mp'],
  publicPosting: ['commente'],
} satisfies PhraseGroups;
