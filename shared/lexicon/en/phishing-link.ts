import type { PhraseGroups } from '../types.ts';

/** `phishing-link` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** Login, verify, claim and refund wording (word starts, in the text or the link path). */
  bait: [
    'log\\s?-?in\\b',
    'login\\b',
    'sign\\s?-?in\\b',
    'signin\\b',
    'verif',
    'confirm\\s+your',
    'claim',
    'refund',
    'reactivat',
    'unlock',
    'secure\\s+(?:your|it)',
    'compensation',
    'update\\s+your\\s+(?:details|account|payment|card|info)',
    'redeem',
    'prize',
    'winner',
    'suspend',
    'locked\\b',
  ],
} satisfies PhraseGroups;
