import type { PhraseGroups } from '../types.ts';

/** `phishing-link` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  /** Login, verify, claim and refund wording (word starts). */
  bait: ['erstatt', 'anmeld', 'einlogg', 'bestatig', 'entsperr', 'gewinn'],
} satisfies PhraseGroups;
