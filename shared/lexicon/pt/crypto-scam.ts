import type { PhraseGroups } from '../types.ts';

/** `crypto-scam` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
