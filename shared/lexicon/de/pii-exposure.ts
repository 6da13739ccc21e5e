import type { PhraseGroups } from '../types.ts';

/** `pii-exposure` phrases in German, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
