import type { PhraseGroups } from '../types.ts';

/** `phishing-link` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  /** Login, verify, claim and refund wording (word starts). */
  bait: ['reembols', 'reclam', 'iniciar\\s+sesion', 'acces[ae]'],
} satisfies PhraseGroups;
