import type { PhraseGroups } from '../types.ts';

/** `misleading-claim` phrases in every language (numbers and symbols), one per line (see shared/lexicon/README.md). */
export default {
  /** "100%" before a quality, in any language. */
  absoluteLead: ['100 ?%'],
} satisfies PhraseGroups;
