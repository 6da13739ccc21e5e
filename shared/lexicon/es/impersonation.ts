import type { PhraseGroups } from '../types.ts';

/** `impersonation` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
