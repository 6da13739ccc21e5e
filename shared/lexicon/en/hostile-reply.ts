import type { PhraseGroups } from '../types.ts';

/** `hostile-reply` phrases in English, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
