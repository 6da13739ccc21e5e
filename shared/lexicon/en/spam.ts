import type { PhraseGroups } from '../types.ts';

/** `spam` phrases in English, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
