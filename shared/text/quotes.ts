import { matchesOf } from './matches.ts';

/**
 * Quoted words: other people's words, not the author's claim. On the normalized text, where
 * every quotation mark is ASCII.
 */

// Double-quoted spans, and single-quoted ones whose opening quote follows a space (so that
// apostrophes in "it's" or "don't" never open a quote).
const QUOTED = /"[^"\n]{1,300}"|(?<=^|[\s(])'[^'\n]{2,300}'(?=[\s.,;:!?)]|$)/g;

/** Spans of the text inside quotation marks. */
export function quotedSpans(text: string): Array<readonly [number, number]> {
  if (!text.includes('"') && !text.includes("'")) return [];
  const out: Array<readonly [number, number]> = [];
  for (const m of matchesOf(QUOTED, text)) out.push([m.index, m.index + m[0].length]);
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
