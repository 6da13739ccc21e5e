import type { PhraseGroups } from '../types.ts';

/** `phishing-link` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  /** Login, verify, claim and refund wording (word starts). */
  bait: ['resgat', 'desbloque'],
} satisfies PhraseGroups;
