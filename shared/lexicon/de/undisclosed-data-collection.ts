import type { PhraseGroups } from '../types.ts';

/** `undisclosed-data-collection` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  determiner: ['dein(?:e|en)?', 'ihr(?:e|en)?', 'der', 'die', 'das', 'ein(?:e|en)?'],
  privateMessage: ['privatnachricht', 'pn'],
  publicPosting: ['kommentier'],
} satisfies PhraseGroups;
