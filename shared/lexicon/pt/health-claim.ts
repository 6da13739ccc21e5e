import type { PhraseGroups } from '../types.ts';

/** `health-claim` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
