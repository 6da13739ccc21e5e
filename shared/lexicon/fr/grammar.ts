import type { PhraseGroups } from '../types.ts';

/** Grammar words in French that the text helpers share (shared/text/negation.ts). */
export default {
  /** The first half of a negation, before the verb: "ne guérit pas", "n'aide". */
  negators: ['ne', "n'"],
  /** The second half, after the verb: "ne guérit pas", "jamais". */
  negatorsAfter: ['pas', 'jamais'],
} satisfies PhraseGroups;
