import type { PhraseGroups } from '../types.ts';

/** Grammar words in Portuguese that the text helpers share (shared/text/negation.ts). */
export default {
  /** Negators before what they negate: "não cura", "nunca". */
  negators: ['nao', 'nunca'],
} satisfies PhraseGroups;
