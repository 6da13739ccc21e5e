import type { PhraseGroups } from '../types.ts';

/** `undisclosed-sponsorship` phrases in German, one per line (see shared/lexicon/README.md). */
export default {} satisfies PhraseGroups;
