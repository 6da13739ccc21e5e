import { matchesOf } from './matches.ts';

/**
 * Sentences of the normalized text (lower case, ASCII quotes): where one ends, which one holds
 * a match, whether it is a question. The checks share these so that "a sentence" means one
 * thing everywhere. Every helper is linear in the text and bounded around a match, so its
 * cost does not grow with hostile input.
 *
 * The rule of `sentenceEnds`, `sentenceSpan` and `sentences`: a sentence ends after a run of
 * `.`, `!`, `?` or `…` followed by white space or the end of the text, and at a line break. A
 * full stop inside "vitaleaf.com" or "2.5" does not end one. (`sentenceAround` differs in
 * detail: see there.)
 */

const SENTENCE_END = /[.!?…\n]+(?=\s|$)|\n/g;

/** Ends of the sentences of a text (exclusive offsets, the text's length last): computed once per text. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of matchesOf(SENTENCE_END, text)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  return ends;
}

/** Start and end (exclusive) of the sentence holding `index`, by binary search over `sentenceEnds`. */
export function sentenceSpan(ends: readonly number[], index: number): [number, number] {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= index) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? ends[lo - 1]! : 0, ends[lo]!];
}

/** The sentences of a text with their offsets, for checks that judge one sentence at a time. */
export function* sentences(text: string): Generator<{ readonly text: string; readonly index: number }> {
  let start = 0;
  for (const end of sentenceEnds(text)) {
    if (end > start) yield { text: text.slice(start, end), index: start };
    start = end;
  }
}

/** How far `sentenceAround` looks either side of a match: a cap keeps hostile input linear. */
const SENTENCE_REACH = 300;

/** True when the character at `i` ends a sentence (`.`, `!`, `?` followed by space, or a line break). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true; // \n
  if (c === 33 || c === 63) return true; // ! ?
  if (c === 46) {
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === 32 || next === 10 || next === 9;
  }
  return false;
}

/**
 * Start and end (exclusive) of the sentence holding the span `start..end`, looking at most
 * SENTENCE_REACH characters either way (for one match in a text, without indexing the text).
 * Its ends are single characters (`!` and `?` anywhere, `.` before white space or the end, a
 * line break), as the integrity checks have always judged them; `sentenceEnds` above is the
 * run-of-punctuation rule the scam checks use.
 */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const sLimit = Math.max(0, start - SENTENCE_REACH);
  while (s > sLimit && !endsSentence(text, s - 1)) s--;
  let e = end;
  const eLimit = Math.min(text.length, end + SENTENCE_REACH);
  while (e < eLimit && !endsSentence(text, e)) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/** True when a sentence is a question: it ends with `?` or opens with `¿`. */
export function isQuestionSentence(sentence: string): boolean {
  return sentence.trimEnd().endsWith('?') || sentence.trimStart().startsWith('¿');
}

/** True when the sentence holding the span `start..end` is a question. */
export function isQuestion(text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  return isQuestionSentence(text.slice(s.start, s.end));
}
