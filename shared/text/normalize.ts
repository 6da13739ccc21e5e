/**
 * The one text normalizer every check uses.
 *
 * Output is NFKC, lower-cased, without diacritics, with zero-width and bidi control
 * characters removed and typographic quotes folded to ASCII, so that fullwidth or
 * mathematical letters, accents and invisible characters cannot hide a match. Every
 * normalized UTF-16 unit keeps the original span it came from, so evidence found in the
 * normalized text points at the characters as published.
 */

export interface NormalizedText {
  /** The text as published. */
  readonly original: string;
  /** The normalized text that checks match against. */
  readonly text: string;
  /** Maps a span of `text` back to a span of `original` (UTF-16 offsets, end exclusive). */
  toOriginal(start: number, end: number): { start: number; end: number };
}

// Zero-width, bidi controls, soft hyphen, joiners, BOM, variation selectors, tag characters.
const INVISIBLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
  [0xe0100, 0xe01ef],
];
function isInvisible(cp: number): boolean {
  for (const [lo, hi] of INVISIBLE_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}
const COMBINING = /\p{M}/u;
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  ß: 'ss',
  ı: 'i',
};
const ASCII_ONLY = /^[\x20-\x7e\n\r\t]*$/;

class IdentityText implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
  ) {}
  toOriginal(start: number, end: number) {
    return { start, end };
  }
}

class MappedText implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly starts: Uint32Array,
    private readonly ends: Uint32Array,
  ) {}
  toOriginal(start: number, end: number) {
    const n = this.text.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.min(Math.max(start, 0), n - 1);
    const e = Math.min(Math.max(end, s + 1), n);
    return { start: this.starts[s]!, end: this.ends[e - 1]! };
  }
}

/** Normalizes one segment (a base character plus its combining marks). */
function normalizeSegment(segment: string): string {
  const folded = FOLD[segment];
  if (folded !== undefined) return folded;
  const out = segment.normalize('NFKC').toLowerCase();
  // Strip diacritics: decompose, drop combining marks, recompose what is left.
  const decomposed = out.normalize('NFD');
  let stripped = '';
  for (const ch of decomposed) {
    if (!COMBINING.test(ch)) stripped += FOLD[ch] ?? ch;
  }
  return stripped.normalize('NFC');
}

// Social texts repeat the same emoji and accented letters: remember each segment's result.
const SEGMENT_CACHE = new Map<string, string>();
const SEGMENT_CACHE_MAX = 4096;
function cachedSegment(segment: string): string {
  let out = SEGMENT_CACHE.get(segment);
  if (out === undefined) {
    out = normalizeSegment(segment);
    if (SEGMENT_CACHE.size >= SEGMENT_CACHE_MAX) SEGMENT_CACHE.clear();
    SEGMENT_CACHE.set(segment, out);
  }
  return out;
}

/** True when the code point at `i` is a combining mark (cheap range test first). */
function isMarkAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x300) return false;
  const cp = s.codePointAt(i)!;
  return !isInvisible(cp) && COMBINING.test(String.fromCodePoint(cp));
}

function grow(starts: Uint32Array, ends: Uint32Array, need: number) {
  const size = Math.max(starts.length * 2, need);
  const s2 = new Uint32Array(size);
  const e2 = new Uint32Array(size);
  s2.set(starts);
  e2.set(ends);
  return { starts: s2, ends: e2 };
}

/**
 * The same text, stored by V8 as one byte per character when every character fits in one byte
 * (else as it is). A string built from a two-byte one (a slice of a text with an emoji or a
 * curly quote in it, even once those are folded away) stays two-byte, and V8 keeps a pattern's
 * machine code for one of the two encodings only, interpreting the other: texts that read the
 * same must reach the patterns stored the same (shared/checks/warm-up.ts has the measurements).
 * Latin-1 decoding is how Node makes a one-byte string.
 */
function oneByte(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}

/** Normalizes a text for matching; see the module comment for what that means. */
export function normalize(original: string): NormalizedText {
  if (ASCII_ONLY.test(original)) {
    const lower = oneByte(original.toLowerCase().replaceAll('`', "'"));
    return new IdentityText(original, lower);
  }
  const len = original.length;
  // NFKC can expand a character (ﬃ → ffi, ㎒ → mhz): grow the maps when needed.
  let starts = new Uint32Array(len + 16);
  let ends = new Uint32Array(len + 16);
  let n = 0;
  const parts: string[] = [];
  let i = 0;
  while (i < len) {
    const segStart = i;
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      // A run of ASCII: lower-case it in one go, one-to-one offsets.
      let j = i + 1;
      while (j < len && original.charCodeAt(j) < 0x80) j++;
      // An ASCII letter followed by a combining mark belongs to the mark's segment.
      if (j < len && isMarkAt(original, j)) j--;
      if (j > i) {
        const run = original.slice(i, j).toLowerCase().replaceAll('`', "'");
        if (n + run.length > starts.length) {
          ({ starts, ends } = grow(starts, ends, n + run.length));
        }
        for (let k = i; k < j; k++) {
          starts[n] = k;
          ends[n] = k + 1;
          n++;
        }
        parts.push(run);
        i = j;
        continue;
      }
    }
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < len && isMarkAt(original, i)) i += original.codePointAt(i)! > 0xffff ? 2 : 1;
    const out = isInvisible(cp) ? '' : cachedSegment(original.slice(segStart, i));
    if (n + out.length > starts.length) {
      ({ starts, ends } = grow(starts, ends, n + out.length));
    }
    for (let k = 0; k < out.length; k++) {
      starts[n] = segStart;
      ends[n] = i;
      n++;
    }
    parts.push(out);
  }
  return new MappedText(original, oneByte(parts.join('')), starts.subarray(0, n), ends.subarray(0, n));
}
