import type { PhraseGroups } from '../types.ts';

/** `personal-data` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  dataUseNotice: ['\\bgdpr\\b'],
  privacyPath: ['gdpr'],
} satisfies PhraseGroups;
