import type { PhraseGroups } from '../types.ts';

/** `unvetted-partner` phrases in German, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
