/**
 * Feature hashing for the learned layer (see docs/checks.md, "Learned layer").
 *
 * Text: the normalized text (shared/text/normalize.ts) is cut into word tokens (letters and
 * digits) and symbol tokens (any other non-space character: `$`, `!`, an emoji). Features
 * are word unigrams, word bigrams, symbol unigrams and the character 3-, 4- and 5-grams of
 * each word padded with boundary marks (`<free>`). Digits hash as `0`, so a phone number or
 * an amount is a shape, not a value. Each feature is hashed (FNV-1a, then a finalizer) into
 * 2^BITS buckets; its value is 1/sqrt(number of features), so a model's score is
 * bias + Σ w[bucket] / sqrt(n), with no per-item allocation beyond one reused buffer.
 *
 * URLs: the same hashing over a link's parts (host labels, registrable domain, public
 * suffix, path words, character n-grams of host and path words) plus flags (free hosting
 * host, hacked-site path, brand word outside the registrable domain, IP host, short link).
 * Brand words are replaced by a placeholder before hashing, so a model learns "a brand in
 * the subdomain" rather than one brand's name.
 */
import { lexicon } from '../../lexicon/index.ts';
import type { FoundLink } from '../../text/links.ts';
import { SHORTENERS } from '../patterns/scam-links.ts';

/** Hash space: 2^18 buckets. */
export const BITS = 18;
export const BUCKETS = 1 << BITS;
const MASK = BUCKETS - 1;

// Namespaces keep a word, a bigram and a character gram with the same letters apart.
const NS_WORD = 0x9e3779b1;
const NS_BIGRAM = 0x85ebca77;
const NS_SYMBOL = 0xc2b2ae3d;
const NS_GRAM = 0x27d4eb2f;
/**
 * Models read at most this many normalized units of a text: posts and comments are far
 * shorter, and a 20,000-unit wall of text must not cost more than a post.
 */
export const MODEL_TEXT_CAP = 4000;
/** Longest word whose character grams are taken (longer runs are noise: hashes, base64). */
const MAX_GRAM_WORD = 24;

/** Murmur3 finalizer: spreads FNV's low bits over the bucket range. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One FNV-1a step over a character code (digits fold to `0`). */
function step(h: number, c: number): number {
  return Math.imul(h ^ (c >= 48 && c <= 57 ? 48 : c), 0x01000193);
}

/** Hash of a string in a namespace, as a bucket index. Exported for tests and URL features. */
export function hashString(ns: number, s: string): number {
  let h = (0x811c9dc5 ^ ns) >>> 0;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return fmix(h) & MASK;
}

/** True for a character that belongs to a word token. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral: emoji and symbols
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, arrows, dingbats
  if (c >= 0x3000 && c <= 0x303f) return false;
  return true;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;
}

/** A growable buffer of bucket indices, reused across items. */
export class HashBuffer {
  data: Uint32Array;
  length = 0;
  constructor(size = 1024) {
    this.data = new Uint32Array(size);
  }
  reset(): void {
    this.length = 0;
  }
  push(h: number): void {
    if (this.length === this.data.length) {
      const d = new Uint32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = h;
  }
}

/** A token of the normalized text: [start, end) in normalized UTF-16 units. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

/**
 * Walks the tokens of `t`, calling `onToken` for each: the shared tokenizer of the hot path
 * and of the explanation, so both see exactly the same features.
 */
function forEachToken(t: string, onToken: (start: number, end: number, word: boolean) => void): void {
  const n = Math.min(t.length, MODEL_TEXT_CAP);
  let i = 0;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < n && isWordChar(t.charCodeAt(j))) j++;
      onToken(i, j, true);
      i = j;
    } else {
      // A run of the same symbol ("!!!!!!", "🔥🔥🔥") is one token: its length is not its weight.
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      let j = i + w;
      while (j + w <= n && t.charCodeAt(j) === c && (w === 1 || t.charCodeAt(j + 1) === t.charCodeAt(i + 1)))
        j += w;
      onToken(i, j, false);
      i = j;
    }
  }
}

/** The tokens of a normalized text. */
export function tokenize(t: string): Token[] {
  const out: Token[] = [];
  forEachToken(t, (start, end, word) => out.push({ start, end, word }));
  return out;
}

/** Hash of the word t[start, end). */
function wordHash(t: string, start: number, end: number): number {
  let h = (0x811c9dc5 ^ NS_WORD) >>> 0;
  for (let i = start; i < end; i++) h = step(h, t.charCodeAt(i));
  return fmix(h) >>> 0;
}

/** The padded word of the gram being hashed: boundary mark 1, the word's codes, mark 2. */
const PADDED = new Int32Array(MAX_GRAM_WORD + 2);
const GRAM_SEED = (0x811c9dc5 ^ NS_GRAM) >>> 0;

/**
 * Pushes the bucket of every character 3-5-gram of `<word>`: the word t[start, end) with
 * boundary marks (code 1 before, 2 after). The padded word is copied once into a reused
 * buffer; each gram's hash is FNV-1a over its characters, the 4- and 5-grams continuing the
 * 3-gram's state.
 */
function emitGrams(t: string, start: number, end: number, out: { push(h: number): unknown }): void {
  const len = end - start;
  if (len > MAX_GRAM_WORD) return;
  const padded = len + 2;
  const c = PADDED;
  c[0] = 1;
  for (let i = 0; i < len; i++) c[i + 1] = t.charCodeAt(start + i);
  c[padded - 1] = 2;
  // No closure per word: the hot path runs this for every word of every item.
  for (let k = 0; k + 3 <= padded; k++) {
    let h = step(step(step(GRAM_SEED, c[k]!), c[k + 1]!), c[k + 2]!);
    out.push(fmix(h) & MASK);
    if (k + 4 <= padded) {
      h = step(h, c[k + 3]!);
      out.push(fmix(h ^ 4) & MASK);
      if (k + 5 <= padded) {
        h = step(h, c[k + 4]!);
        out.push(fmix(h ^ 5) & MASK);
      }
    }
  }
}

/** A symbol token: the symbol, marked when repeated. */
function symbolHash(t: string, start: number, end: number): number {
  const one = t.codePointAt(start)! > 0xffff ? 2 : 1;
  const sym = t.slice(start, start + one);
  return hashString(NS_SYMBOL, end - start > one ? `${sym}+` : sym);
}

function bigram(prev: number, cur: number): number {
  return fmix((Math.imul(prev, 31) ^ cur ^ NS_BIGRAM) >>> 0) & MASK;
}

/** Hashes every feature of the normalized text `t` into `out` (cleared first). */
export function textFeatures(t: string, out: HashBuffer): void {
  out.reset();
  let prev = -1;
  forEachToken(t, (start, end, word) => {
    if (word) {
      const w = wordHash(t, start, end);
      out.push(w & MASK);
      if (prev >= 0) out.push(bigram(prev, w));
      prev = w;
      emitGrams(t, start, end, out);
    } else {
      out.push(symbolHash(t, start, end));
    }
  });
}

/** What an explanation weighs, per token of a text, for one model's weights. */
export interface TokenSums {
  readonly tokens: Token[];
  /** Per token: the sum of the weights of its own features (unigram or symbol, character grams). */
  readonly own: number[];
  /** Per token: the weight of the bigram (previous word, this word), NaN if none. */
  readonly bigram: number[];
  /** The number of features in all (as textFeatures counts them). */
  readonly n: number;
}

const TOKEN_FEATURES = new HashBuffer(64);

/** The features of `t` token by token (same buckets as textFeatures), summed over the weights `q`. */
export function tokenSums(t: string, q: Int8Array): TokenSums {
  const tokens: Token[] = [];
  const own: number[] = [];
  const bigrams: number[] = [];
  let n = 0;
  let prev = -1;
  const buf = TOKEN_FEATURES;
  forEachToken(t, (start, end, word) => {
    tokens.push({ start, end, word });
    if (word) {
      const w = wordHash(t, start, end);
      buf.reset();
      buf.push(w & MASK);
      emitGrams(t, start, end, buf);
      let s = 0;
      for (let i = 0; i < buf.length; i++) s += q[buf.data[i]!]!;
      own.push(s);
      n += buf.length;
      if (prev >= 0) {
        bigrams.push(q[bigram(prev, w)]!);
        n++;
      } else bigrams.push(Number.NaN);
      prev = w;
    } else {
      own.push(q[symbolHash(t, start, end)]!);
      bigrams.push(Number.NaN);
      n++;
    }
  });
  return { tokens, own, bigram: bigrams, n };
}

// ---------------------------------------------------------------------------------------
// URLs

/** Hosts where anyone can publish a page under a subdomain or path (lexicon: phishing-link/freeHost). */
export const FREE_HOSTS: ReadonlySet<string> = new Set(lexicon('phishing-link').list('freeHost'));
/** Large sites whose own pages are links people share every day (lexicon: phishing-link/popularDomain). */
export const POPULAR_DOMAINS: ReadonlySet<string> = new Set(lexicon('phishing-link').list('popularDomain'));

/** Path segments typical of a compromised site hosting a kit. */
const HACKED_PATH =
  /\/(?:wp-content|wp-admin|wp-includes|\.well-known|cgi-bin|administrator|plugins|uploads|images|img|css|js|includes|tmp)\//;

const NS_URL = 0x165667b1;

/** A named URL feature with the text it stands for (for explanations). */
export interface UrlPart {
  readonly bucket: number;
  /** What a reader sees: `wp-content`, `free hosting 000webhostapp.com`, `brand word in the subdomain`. */
  readonly label: string;
  /** The substring of the URL it came from, if any (to point evidence at). */
  readonly text?: string;
}

/** Brand words as they appear in URLs: lower case letters and digits, 4+ long. */
export function brandUrlWords(names: readonly string[], domains: readonly string[]): string[] {
  const words = new Set<string>();
  for (const n of names) {
    const squashed = n.replace(/[^a-z0-9]/g, '');
    if (squashed.length >= 4) words.add(squashed);
    for (const w of n.split(/[^a-z0-9]+/)) if (w.length >= 4) words.add(w);
  }
  for (const d of domains) {
    const label = d.split('.')[0] ?? '';
    if (label.length >= 4) words.add(label.replace(/[^a-z0-9]/g, ''));
  }
  return [...words].filter((w) => w.length >= 4).sort((a, b) => b.length - a.length);
}

function bucketOf(key: string): number {
  return hashString(NS_URL, key);
}

/** Replaces brand words by `§` (so n-grams learn the shape, not one brand). */
function maskBrand(s: string, brandWords: readonly string[]): { masked: string; hit: string | null } {
  let masked = s;
  let hit: string | null = null;
  for (const w of brandWords) {
    if (masked.includes(w)) {
      hit ??= w;
      masked = masked.split(w).join('§');
    }
  }
  return { masked, hit };
}

/** Where a link's features go: a bucket, what it stands for, and the URL text it came from. */
type UrlSink = (bucket: number, label: string, text?: string) => void;

/** The padded word of a URL gram being hashed (boundary mark 1, the word's codes, mark 2). */
const URL_PADDED = new Int32Array(MAX_GRAM_WORD + 2);

/**
 * The character 3-5-grams of `<word>` under `prefix` (all 3-grams, then 4-, then 5-grams),
 * each bucket the hash of `prefix` + gram as `bucketOf` would give, hashed on from the
 * prefix's state without building the strings.
 */
function grams(prefix: string, word: string, emit: UrlSink, label: string): void {
  if (word.length > MAX_GRAM_WORD) return;
  let seed = (0x811c9dc5 ^ NS_URL) >>> 0;
  for (let i = 0; i < prefix.length; i++) seed = step(seed, prefix.charCodeAt(i));
  const len = word.length + 2;
  const c = URL_PADDED;
  c[0] = 1;
  for (let i = 0; i < word.length; i++) c[i + 1] = word.charCodeAt(i);
  c[len - 1] = 2;
  for (let n = 3; n <= 5; n++) {
    for (let k = 0; k + n <= len; k++) {
      let h = seed;
      for (let i = k; i < k + n; i++) h = step(h, c[i]!);
      emit(fmix(h) & MASK, label);
    }
  }
}

function sizeBucket(n: number): string {
  return n <= 0 ? '0' : n <= 1 ? '1' : n <= 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : '9+';
}

/**
 * The features of one link, in order, to `emit`. `brandWords` from brandUrlWords(); the
 * caller skips the brand's own domains.
 */
function eachUrlFeature(link: FoundLink, brandWords: readonly string[], emit: UrlSink): void {
  const flag = (name: string, label: string, text?: string) =>
    emit(bucketOf(`f:${name}`), label, text || undefined);
  const domain = link.domain ?? link.host;
  const suffix = link.publicSuffix;
  flag('bias', 'a link');
  if (link.isIp) flag('ip', 'a raw IP address', link.host);
  if (link.domain && SHORTENERS.has(link.domain)) flag('short', `short link ${link.domain}`, link.domain);
  const free = FREE_HOSTS.has(domain) || FREE_HOSTS.has(suffix) || FREE_HOSTS.has(link.host);
  if (free) flag('free', `free hosting ${domain}`, domain);
  if (POPULAR_DOMAINS.has(domain)) flag('popular', `a large site (${domain})`, domain);
  if (link.url.startsWith('http://')) flag('http', 'no https');
  flag(`sub:${sizeBucket(link.subdomain ? link.subdomain.split('.').length : 0)}`, 'subdomain depth');
  flag(`hyph:${sizeBucket((link.host.match(/-/g) ?? []).length)}`, 'hyphens in the host');
  flag(`hdig:${sizeBucket((link.host.match(/\d/g) ?? []).length)}`, 'digits in the host');
  flag(`hlen:${sizeBucket(Math.floor(link.host.length / 8))}`, 'host length');
  emit(bucketOf(`tld:${suffix}`), `.${suffix}`, suffix);

  const path = link.path;
  const pathOnly = path.split(/[?#]/, 1)[0] ?? '';
  const segments = pathOnly.split('/').filter(Boolean);
  flag(`depth:${sizeBucket(segments.length)}`, 'path depth');
  if (path.includes('?')) flag('query', 'a query string');
  if (path.includes('@') || link.raw.includes('@')) flag('at', "an '@' in the URL");
  const hacked = HACKED_PATH.exec(`${pathOnly}/`);
  if (hacked) flag('hacked', `hacked-site path ${hacked[0]}`, hacked[0].slice(1, -1));
  const ext = /\.(php|html?|asp|aspx|js|exe|apk|zip)$/.exec(pathOnly);
  if (ext) flag(`ext:${ext[1]}`, `a .${ext[1]} page`, `.${ext[1]}`);

  // Brand words: where in the URL they are.
  const sub = maskBrand(link.subdomain, brandWords);
  const label = maskBrand(link.domainLabel, brandWords);
  const pth = maskBrand(path, brandWords);
  if (sub.hit) flag('brand-sub', `brand word '${sub.hit}' in the subdomain`, sub.hit);
  if (label.hit) flag('brand-domain', `brand word '${label.hit}' in another domain`, label.hit);
  if (pth.hit) flag('brand-path', `brand word '${pth.hit}' in the path`, pth.hit);

  // Host words and grams (subdomain and domain label apart), path words and grams.
  for (const w of sub.masked.split(/[^a-z0-9§\u0080-\uffff]+/)) {
    if (!w) continue;
    emit(bucketOf(`sw:${w}`), w, w);
    grams('sg:', w, emit, w);
  }
  for (const w of label.masked.split(/[^a-z0-9§\u0080-\uffff]+/)) {
    if (!w) continue;
    emit(bucketOf(`dw:${w}`), w, w);
    grams('dg:', w, emit, w);
  }
  if (!label.hit && !free) emit(bucketOf(`reg:${domain}`), domain, domain);
  for (const w of pth.masked.split(/[^a-z0-9§\u0080-\uffff-]+/)) {
    if (!w || w.length > 40) continue;
    emit(bucketOf(`pw:${w}`), w, w);
    for (const part of w.split('-')) if (part && part !== w) grams('pg:', part, emit, w);
    if (!w.includes('-')) grams('pg:', w, emit, w);
  }
}

/** The features of one link, each with what it stands for (for explanations). */
export function urlFeatures(link: FoundLink, brandWords: readonly string[]): UrlPart[] {
  const out: UrlPart[] = [];
  eachUrlFeature(link, brandWords, (bucket, label, text) =>
    out.push(text === undefined ? { bucket, label } : { bucket, label, text }),
  );
  return out;
}

/** The buckets of one link's features into `out` (cleared first): what scoring reads. */
export function urlFeatureBuckets(link: FoundLink, brandWords: readonly string[], out: HashBuffer): void {
  out.reset();
  eachUrlFeature(link, brandWords, (bucket) => out.push(bucket));
}
