/**
 * `pattern()`: how the checks build their module-level regular expressions. It does two
 * things `new RegExp` does not, both for V8's sake and neither changing what matches.
 *
 * 1. A word boundary right after a group, `(?:insomnia|anxiety|…)\b`, is written as the same
 *    assertion in lookarounds, `(?:(?<=\w)(?!\w)|(?<!\w)(?=\w))`. V8 compiles `\b` after an
 *    alternation into every alternative's code path; a lookaround is compiled once. The health
 *    conditions list with `\b` after it compiles to 251 KB of regexp bytecode, with the
 *    lookarounds to 104 KB; all the checks' patterns together go from 11.8 MB to 6.4 MB.
 * 2. Every pattern is remembered, so the warm-up (shared/checks/warm-up.ts) can compile each one
 *    to machine code, for both string encodings, before the first item.
 *
 * Patterns built per brand profile (names, banned words) use `new RegExp`: they are few and
 * small, and remembering them would keep every profile's patterns alive.
 */

/** `\b`, as lookarounds: a word character on exactly one side. */
export const WORD_BOUNDARY = '(?:(?<=\\w)(?!\\w)|(?<!\\w)(?=\\w))';

/**
 * Tokens of a pattern source, for the rewrite: an escape other than `\b` (so `\)` is not a
 * group's end), a character class (where `\b` is a backspace), a group's end with its
 * quantifier followed by `\b` (captured: the one rewritten), or any other `\b`.
 */
const TOKENS = /\\[^b]|\[(?:\\.|[^\]\\])*\]|(\)(?:[?*+]|\{\d+(?:,\d*)?\})?\??)\\b|\\b/g;

/** `source` with every `\b` that follows a group written as WORD_BOUNDARY (same matches). */
export function boundariesAfterGroups(source: string): string {
  if (!/[)?*+}]\\b/.test(source)) return source;
  return source.replace(TOKENS, (token, groupEnd: string | undefined) =>
    groupEnd === undefined ? token : `${groupEnd}${WORD_BOUNDARY}`,
  );
}

const BUILT: RegExp[] = [];

/** A module-level pattern: the RegExp of `source` and `flags`, rewritten as above, and remembered. */
export function pattern(source: string, flags?: string): RegExp {
  const re = new RegExp(boundariesAfterGroups(source), flags);
  BUILT.push(re);
  return re;
}

/** Every pattern `pattern()` has built, in the order they were built. */
export function builtPatterns(): readonly RegExp[] {
  return BUILT;
}
