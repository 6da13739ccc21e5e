/**
 * One pattern for a list of alternatives (`a|b|c`), written so that V8 tries fewer of them at
 * each position, with exactly the same matches.
 *
 * V8 tries the alternatives of `(?:insomnia|anxiety|acne|…)` one by one at every position of
 * the text; with the hundreds a phrase group holds, that is most of a check's time on a text
 * that matches none. Alternatives that start with the same letter or digit are merged under it
 * (`a(?:nxiety|cne)|insomnia`), and so on within each merged group: at a position only the
 * group of the letter found there is tried.
 *
 * Why the matches stay the same, first ones first: at a given position, an alternative that
 * starts with a literal `a` can only match where the text has `a`, so merging changes nothing
 * for the other letters, and the merged alternatives keep their order. An alternative that
 * does not start with a plain letter or digit (`(?:the )?virus`, `\bpins?`, `x?y`) could match
 * where any of them does: it stays exactly where it was, and only alternatives between two
 * such are merged with each other.
 */
export function groupAlternatives(source: string, minAlternatives = MERGE_FROM): string {
  if (!mayMerge(source, minAlternatives)) return source;
  const alternatives = splitTopLevel(source);
  return alternatives === null || alternatives.length < minAlternatives ? source : group(alternatives);
}

/**
 * Lists shorter than this stay as written. Merging runs once per phrase group when the engine
 * loads, in code V8 has not optimised yet, so it is part of every Lambda cold start: merging
 * all 445 groups (8,700 alternatives) added about 12 ms to the analyze function's init, and
 * the 17 groups of 80 or more alternatives, merged alone, kept the same throughput (16.1k
 * items/s with the models on, against 15.6k unmerged, bench of 50,000 items) for 2 ms.
 */
export const MERGE_FROM = 80;

/**
 * Whether groupAlternatives walks `source` at all: top-level bars are some of all the bars, so
 * with too few bars in all it hands the source back as written.
 */
export function mayMerge(source: string, minAlternatives = MERGE_FROM): boolean {
  return source.split('|').length >= minAlternatives;
}

const KEY = /[a-z0-9]/;
const QUANTIFIER = /[?*+{]/;

function group(alternatives: readonly string[]): string {
  const out: string[] = [];
  // A run of alternatives that each start with a plain character: grouped by that character.
  let run = new Map<string, string[]>();
  const flush = () => {
    for (const [key, rests] of run)
      out.push(rests.length === 1 ? key + rests[0] : `${key}(?:${group(rests)})`);
    run = new Map();
  };
  for (const alt of alternatives) {
    const key = alt.charAt(0);
    if (KEY.test(key) && !QUANTIFIER.test(alt.charAt(1))) {
      const rests = run.get(key);
      if (rests) rests.push(alt.slice(1));
      else run.set(key, [alt.slice(1)]);
    } else {
      // Empty, or starting with syntax: it keeps its place between the runs.
      flush();
      out.push(alt);
    }
  }
  flush();
  return out.join('|');
}

/** The top-level alternatives of a pattern source, or null when it has syntax this cannot split. */
function splitTopLevel(source: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth < 0) return null;
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) return null;
  out.push(source.slice(start));
  return out;
}
