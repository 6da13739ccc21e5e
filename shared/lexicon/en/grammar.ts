import type { PhraseGroups } from '../types.ts';

/** Grammar words in English that the text helpers share (shared/text/negation.ts). */
export default {
  /** Negators, as whole words right before what they negate: "does not cure". */
  negators: [
    'not',
    'no',
    'never',
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
    'cannot',
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    'nor',
  ],
} satisfies PhraseGroups;
