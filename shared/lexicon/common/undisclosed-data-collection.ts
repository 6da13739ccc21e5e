import type { PhraseGroups } from '../types.ts';

/** `undisclosed-data-collection` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
