import type { PhraseGroups } from '../types.ts';

/** `credential-request` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
