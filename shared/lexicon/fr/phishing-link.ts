import type { PhraseGroups } from '../types.ts';

/** `phishing-link` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  /** Login, verify, claim and refund wording (word starts). */
  bait: ['rembours', 'connexion', 'connectez', 'identifiez'],
} satisfies PhraseGroups;
