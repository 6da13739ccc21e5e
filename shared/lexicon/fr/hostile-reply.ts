import type { PhraseGroups } from '../types.ts';

/** `hostile-reply` phrases in French, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
