import { alternation } from '../lexicon/index.ts';
import { pattern } from './pattern.ts';
import { sentenceAround } from './sentences.ts';

/**
 * Negation on the normalized text: whether a negator governs a match. The negators are the
 * lexicon's `grammar` groups (`negators` before the words, `negatorsAfter` after the verb in
 * French and German), so a language adds its own in its folder.
 */

const BEFORE = alternation('grammar', 'negators');
const AFTER = alternation('grammar', 'negatorsAfter');

// At most three words between the negator and the match ("does not really cure").
const NEGATION_BEFORE = pattern(`\\b${BEFORE}\\s+(?:\\S+\\s+){0,2}$`);
const NEGATION_AFTER = pattern(`^\\s+(?:\\S+\\s+)?${AFTER}\\b`);

/**
 * True when a negation governs the match: "does not cure", "no cura", "ne guerit pas",
 * "heilt nicht". Looks at most three words before and two after, inside the sentence.
 */
export function isNegated(text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  const before = text.slice(Math.max(s.start, start - 40), start);
  if (NEGATION_BEFORE.test(before)) return true;
  const after = text.slice(end, Math.min(s.end, end + 24));
  return NEGATION_AFTER.test(after);
}

/**
 * A pattern that is true when one of `negators` (an alternation: a check's own denial words,
 * such as "no such thing as") ends the text, optionally followed by `filler`: tested on the
 * few characters right before a match.
 */
export function negatedBefore(negators: string, filler = ''): RegExp {
  return pattern(`\\b${negators}\\s+${filler}$`);
}
