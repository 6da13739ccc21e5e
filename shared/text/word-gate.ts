/**
 * A cheap test that a text may match `\b(?:phrase|…)\b` over a list of phrases, run before the
 * pattern itself: when it says no, the pattern cannot match, so skipping it changes nothing.
 *
 * Why it holds: each phrase is expanded into the strings it can match (optional parts and
 * alternatives written out). A match is one of them, bounded by `\b` on both sides, and its
 * inner separators (spaces, `'`, `-`) are not word characters, so each of its words is a whole
 * word of the text. The gate keeps the longest word of each expansion and asks whether the
 * text has one of them as a word. An expansion with an open run of letters
 * (`[a-z]{2,20}phobia`) keeps its literal part instead, looked for anywhere in the text.
 * A phrase written with syntax the expansion does not know (`+`, `*`, `\w`, ranges) makes the
 * gate always say yes.
 */

/** At most this many strings per phrase; past it the phrase counts as not understood. */
const MAX_EXPANSIONS = 4096;
/** An open run of letters inside an expanded string. */
const OPEN = '*';
const PLAIN = /^[a-z0-9' -]+$/;
/** Characters of pattern syntax the expansion does not handle (beyond those it does). */
const SYNTAX = new Set('.+*{}()^$[]');

/** The strings `phrase` can match, with OPEN for `[a-z]{m,n}`; null when it is not understood. */
export function expandPhrase(phrase: string): string[] | null {
  // Most phrases are plain words: they expand to themselves (the engine builds gates at load).
  if (PLAIN.test(phrase)) return [phrase];
  let i = 0;
  const fail = (): never => {
    throw new RangeError(phrase);
  };
  const alternatives = (): string[] => {
    let out = sequence();
    while (phrase[i] === '|') {
      i++;
      out = out.concat(sequence());
      if (out.length > MAX_EXPANSIONS) fail();
    }
    return out;
  };
  const sequence = (): string[] => {
    let acc = [''];
    while (i < phrase.length && phrase[i] !== '|' && phrase[i] !== ')') {
      let atom: string[];
      const c = phrase[i]!;
      if (phrase.startsWith('(?:', i)) {
        i += 3;
        atom = alternatives();
        if (phrase[i++] !== ')') fail();
      } else if (phrase.startsWith('(?!', i) || phrase.startsWith('(?=', i)) {
        // A lookahead only narrows what matches: leaving it out keeps the gate a superset.
        i += 3;
        alternatives();
        if (phrase[i++] !== ')') fail();
        continue;
      } else if (c === '[') {
        const end = phrase.indexOf(']', i);
        const body = phrase.slice(i + 1, end);
        i = end + 1;
        if (body === 'a-z' && /^\{\d+,\d+\}/.test(phrase.slice(i))) {
          i = phrase.indexOf('}', i) + 1;
          atom = [OPEN];
        } else if (end > 0 && /^[a-z0-9' ]+$/.test(body)) atom = [...body];
        else return fail();
      } else if (c === '\\') {
        const e = phrase[i + 1] ?? '';
        i += 2;
        if (e === 's') atom = [' '];
        else if (/^[.'/-]$/.test(e)) atom = [e];
        else return fail();
      } else if (SYNTAX.has(c)) return fail();
      else {
        atom = [c];
        i++;
      }
      if (phrase[i] === '?') {
        i++;
        atom.push('');
      }
      const q = phrase[i];
      if (q === '+' || q === '*' || q === '{') fail();
      const next: string[] = [];
      for (const a of acc) for (const b of atom) next.push(a + b);
      if (next.length > MAX_EXPANSIONS) fail();
      acc = next;
    }
    return acc;
  };
  try {
    const out = alternatives();
    return i === phrase.length ? out : null;
  } catch {
    return null;
  }
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/**
 * What a gate looks for: whole words of the text, and literals anywhere in it. Null: the gate
 * always says yes (a phrase it cannot expand). A pure function of the phrases, so a bundle
 * carries it in its lexicon pack (shared/lexicon/index.ts `gatesToPack`) instead of expanding
 * the phrases at every cold start.
 */
export interface WordGateData {
  readonly words: readonly string[];
  readonly needles: readonly string[];
}

/** The data of the gate for `\b(?:phrases…)\b` (see wordGate). */
export function wordGateData(phrases: readonly string[]): WordGateData | null {
  const words = new Set<string>();
  const literals = new Set<string>();
  for (const phrase of phrases) {
    const expansions = expandPhrase(phrase);
    if (expansions === null) return null;
    for (const e of expansions) {
      const tokens = e.split(/[^A-Za-z0-9_*]+/).filter(Boolean);
      const whole = tokens.filter((t) => !t.includes(OPEN)).sort((a, b) => b.length - a.length);
      if (whole[0] !== undefined) {
        words.add(whole[0]);
        continue;
      }
      const literal = tokens[0]
        ?.split(OPEN)
        .sort((a, b) => b.length - a.length)
        .at(0);
      if (!literal) return null;
      literals.add(literal);
    }
  }
  // A literal that contains another is found whenever the other is.
  const needles = [...literals].filter((l) => ![...literals].some((o) => o !== l && l.includes(o)));
  return { words: [...words], needles };
}

/** The gate of `data`: true when the text has one of its words as a word, or one of its needles. */
export function gateOf(data: WordGateData | null): (text: string) => boolean {
  if (data === null) return () => true;
  const words = new Set(data.words);
  const needles = data.needles;
  // The first two characters of every word, so most of a text's words need no lookup.
  const starts = new Uint8Array(1 << 14);
  const key = (a: number, b: number) => ((a & 127) << 7) | (b & 127);
  for (const w of words) starts[key(w.charCodeAt(0), w.charCodeAt(1) || 0)] = 1;
  return (text) => {
    for (const n of needles) if (text.includes(n)) return true;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      const second = j - i > 1 ? text.charCodeAt(i + 1) : 0;
      if (starts[key(text.charCodeAt(i), second)] && words.has(text.slice(i, j))) return true;
      i = j;
    }
    return false;
  };
}

/** The gate for `\b(?:phrases…)\b`: false only when no match is possible. */
export function wordGate(phrases: readonly string[]): (text: string) => boolean {
  return gateOf(wordGateData(phrases));
}
