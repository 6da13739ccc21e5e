import type { PhraseGroups } from '../types.ts';

/** `self-diagnosis` phrases in every language (numbers), one per line (see shared/lexicon/README.md). */
export default {
  /** A digit: "tick 3", "score 4". */
  tickCount: ['\\d'],
  /** A digit: "3 or more of these". */
  quizCount: ['\\d'],
} satisfies PhraseGroups;
