import type { PhraseGroups } from '../types.ts';

/** `offplatform-contact` phrases in German, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
