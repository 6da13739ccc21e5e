import type { PhraseGroups } from '../types.ts';

/** Grammar words in Spanish that the text helpers share (shared/text/negation.ts). */
export default {
  /** Negators before what they negate: "no cura", "nunca", "jamás". */
  negators: ['no', 'nunca', 'jamas'],
} satisfies PhraseGroups;
