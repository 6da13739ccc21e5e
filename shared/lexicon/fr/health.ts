import type { PhraseGroups } from '../types.ts';

/** `health` phrases in French, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
