import type { PhraseGroups } from '../types.ts';

/** `health` phrases in English, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
