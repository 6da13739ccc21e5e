/**
 * Context helpers shared by the integrity checks: where a sentence starts and ends, whether
 * a match sits in a question, under a negation or inside quotation marks. They work on the
 * normalized text (lower case, ASCII quotes) and never scan more than a sentence around the
 * match, so their cost does not grow with the length of the item.
 */

/** How far a sentence search looks either side of a match: a cap keeps hostile input linear. */
const SENTENCE_REACH = 300;

/** True when the character at `i` ends a sentence (`.`, `!`, `?` followed by space, or a line break). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 10) return true; // \n
  if (c === 33 || c === 63) return true; // ! ?
  if (c === 46) {
    // A full stop inside "vitaleaf.com" or "2.5" does not end a sentence.
    const next = text.charCodeAt(i + 1);
    return Number.isNaN(next) || next === 32 || next === 10 || next === 9;
  }
  return false;
}

/** Start and end (exclusive) of the sentence holding the span `start..end`. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  const sLimit = Math.max(0, start - SENTENCE_REACH);
  while (s > sLimit && !endsSentence(text, s - 1)) s--;
  let e = end;
  const eLimit = Math.min(text.length, end + SENTENCE_REACH);
  while (e < eLimit && !endsSentence(text, e)) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/** True when the sentence holding the span is a question (ends with `?` or opens with `¿`). */
export function isQuestion(text: string, start: number, end: number): boolean {
  const s = sentenceAround(text, start, end);
  const sentence = text.slice(s.start, s.end);
  return sentence.trimEnd().endsWith('?') || sentence.trimStart().startsWith('¿');
}

// Negators in the five languages, as whole words right before the match.
const NEGATION_BEFORE =
  /\b(?:not|no|never|don't|doesn't|didn't|won't|can't|cannot|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|nor|nunca|jamas|nao|ne|n'|nicht|kein|keine|niemals|nie)\s+(?:\S+\s+){0,2}$/;
const NEGATION_AFTER = /^\s+(?:\S+\s+)?(?:nicht|pas|keine?|jamais|niemals)\b/;

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

// Double-quoted spans, and single-quoted ones whose opening quote follows a space (so that
// apostrophes in "it's" or "don't" never open a quote).
const QUOTED = /"[^"\n]{1,300}"|(?<=^|[\s(])'[^'\n]{2,300}'(?=[\s.,;:!?)]|$)/g;

/** Spans of the text inside quotation marks: other people's words, not the author's claim. */
export function quotedSpans(text: string): Array<readonly [number, number]> {
  if (!text.includes('"') && !text.includes("'")) return [];
  const out: Array<readonly [number, number]> = [];
  for (const m of text.matchAll(QUOTED)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** True when `start..end` lies inside one of `spans`. */
export function insideSpans(
  spans: ReadonlyArray<readonly [number, number]>,
  start: number,
  end: number,
): boolean {
  for (const [a, b] of spans) if (start >= a && end <= b) return true;
  return false;
}
