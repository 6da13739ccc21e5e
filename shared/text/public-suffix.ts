/**
 * The public suffix lookup of tldts, over a trie read from a pack (shared/data/pack.ts
 * `suffixes.pack`) instead of the one tldts builds at load.
 *
 * tldts ships the Public Suffix List as a flat trie (typed arrays and one string of labels)
 * and, when it is imported, derives three more arrays from it in a loop: where each edge's
 * label starts, each label's hash, each node's `*` edge. That loop runs once per cold start,
 * interpreted, and with the trie's literals it made tldts about 10 ms of analyze's module
 * init and 140 KB of its JavaScript. The pack carries the trie and the derived arrays as
 * tldts would derive them, so a bundle reads them as views into one file. Parsing itself
 * stays tldts's: `parse` below is tldts-core's `parseImpl` with this lookup, exactly as tldts
 * builds its own `parse`.
 *
 * Only Lambda bundles use it: they alias `tldts` to shared/text/tldts-bundle.ts (see
 * PostwatchFunction). The source tree imports tldts itself. test/unit/text/public-suffix.test.ts
 * checks that both answer the same on every rule of the list.
 */
import {
  fastPathLookup,
  getEmptyResult,
  type IOptions,
  type IPublicSuffix,
  type IResult,
  type ISuffixLookupOptions,
  parseImpl,
} from 'tldts-core';

/** tldts's trie as it ships (tldts/dist/es6/src/data/trie.js). */
export interface SuffixTrieSource {
  readonly nodeFlags: ArrayLike<number>;
  readonly edgeStart: ArrayLike<number>;
  readonly edgeLength: ArrayLike<number>;
  readonly edgeChild: ArrayLike<number>;
  readonly labelText: string;
  readonly rulesRoot: number;
  readonly exceptionsRoot: number;
}

/** The trie with what tldts derives at load: each edge's label offset and hash, each node's `*` edge. */
export interface SuffixTrie {
  /** Per node: 1 when an ICANN rule ends there, 2 a private one. */
  readonly nodeFlags: Uint8Array;
  /** Per node, its first edge; node n's edges are edgeStart[n] up to edgeStart[n + 1]. */
  readonly edgeStart: Uint32Array;
  readonly edgeLength: Uint8Array;
  readonly edgeChild: Uint32Array;
  /** Where each edge's label starts in labelText. */
  readonly edgeOffset: Uint32Array;
  /** djb2 of each edge's label, read right to left; a node's edges are sorted by it. */
  readonly edgeHash: Uint32Array;
  /** Per node, its `*` edge, or -1. */
  readonly wildcardEdge: Int32Array;
  readonly labelText: string;
  readonly rulesRoot: number;
  readonly exceptionsRoot: number;
}

const DOT = 46;
const STAR = 42;
const HASH_SEED = 5381;
const ICANN = 1;
const PRIVATE = 2;
/** tldts-core's FLAG.ALL (a const enum, so not exported at run time): parse every part. */
const PARSE_ALL = 5;

/** The derived arrays, computed as tldts computes them when it is imported. */
export function deriveSuffixTrie(source: SuffixTrieSource): SuffixTrie {
  const nodes = source.nodeFlags.length;
  const edges = source.edgeLength.length;
  const { labelText } = source;
  const edgeOffset = new Uint32Array(edges);
  const edgeHash = new Uint32Array(edges);
  const wildcardEdge = new Int32Array(nodes).fill(-1);
  let offset = 0;
  for (let node = 0; node < nodes; node++) {
    for (let edge = source.edgeStart[node]!; edge < source.edgeStart[node + 1]!; edge++) {
      const length = source.edgeLength[edge]!;
      edgeOffset[edge] = offset;
      edgeHash[edge] = labelHash(labelText, offset, offset + length);
      if (length === 1 && labelText.charCodeAt(offset) === STAR) wildcardEdge[node] = edge;
      offset += length;
    }
  }
  if (offset !== labelText.length)
    throw new Error(`suffix trie: labels cover ${offset} of ${labelText.length} units`);
  return {
    nodeFlags: Uint8Array.from(source.nodeFlags),
    edgeStart: Uint32Array.from(source.edgeStart),
    edgeLength: Uint8Array.from(source.edgeLength),
    edgeChild: Uint32Array.from(source.edgeChild),
    edgeOffset,
    edgeHash,
    wildcardEdge,
    labelText,
    rulesRoot: source.rulesRoot,
    exceptionsRoot: source.exceptionsRoot,
  };
}

/** djb2 over text[start, end), last unit first (the order a hostname is walked in). */
function labelHash(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = end - 1; i >= start; i--) hash = (hash * 33) ^ text.charCodeAt(i);
  return hash >>> 0;
}

/** The deepest rule a walk matched: its node, and the hostname label it ended on. */
interface Match {
  node: number;
  start: number;
  end: number;
}

/** A suffix lookup as tldts-core's parseImpl takes it: true when an exception rule decided. */
export type SuffixLookup = (hostname: string, options: ISuffixLookupOptions, out: IPublicSuffix) => boolean;

/** tldts's lookup over `trie`: exceptions first, then rules, else the last label. */
export function suffixLookupOf(trie: SuffixTrie): SuffixLookup {
  const { nodeFlags, edgeStart, edgeLength, edgeChild, edgeOffset, edgeHash, wildcardEdge, labelText } = trie;
  const match: Match = { node: -1, start: 0, end: 0 };

  /** The edge of `node` whose label is host[start, end), found by its hash and checked unit by unit. */
  const findEdge = (node: number, hash: number, host: string, start: number, end: number): number => {
    const length = end - start;
    let lo = edgeStart[node]!;
    let hi = edgeStart[node + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = edgeHash[mid]!;
      if (at < hash) lo = mid + 1;
      else if (at > hash) hi = mid;
      else {
        // Equal hashes sit together: look on both sides of the one found.
        for (let e = mid; e >= lo && edgeHash[e] === hash; e--)
          if (sameLabel(e, host, start, length)) return e;
        for (let e = mid + 1; e < hi && edgeHash[e] === hash; e++)
          if (sameLabel(e, host, start, length)) return e;
        return -1;
      }
    }
    return -1;
  };

  const sameLabel = (edge: number, host: string, start: number, length: number): boolean => {
    if (edgeLength[edge] !== length) return false;
    const offset = edgeOffset[edge]!;
    for (let i = 0; i < length; i++) {
      if (labelText.charCodeAt(offset + i) !== host.charCodeAt(start + i)) return false;
    }
    return true;
  };

  /**
   * Walks host's labels from the right, from `root`, keeping in `match` the deepest node whose
   * flags are in `mask`. An empty label (a leading dot, `..`) never takes a `*` edge.
   */
  const walk = (host: string, root: number, mask: number): boolean => {
    let node = root;
    let end = host.length;
    let hash = HASH_SEED;
    match.node = -1;
    for (let i = host.length - 1; i >= -1; i--) {
      const code = i === -1 ? DOT : host.charCodeAt(i);
      if (code !== DOT) {
        hash = (hash * 33) ^ code;
        continue;
      }
      const start = i + 1;
      let edge = findEdge(node, hash >>> 0, host, start, end);
      if (edge === -1 && end !== start) edge = wildcardEdge[node]!;
      if (edge === -1) break;
      node = edgeChild[edge]!;
      if ((nodeFlags[node]! & mask) !== 0) {
        match.node = node;
        match.start = start;
        match.end = end;
      }
      end = i;
      hash = HASH_SEED;
    }
    return match.node !== -1;
  };

  return (hostname, options, out) => {
    if (fastPathLookup(hostname, options, out)) return false;
    const mask = (options.allowPrivateDomains ? PRIVATE : 0) | (options.allowIcannDomains ? ICANN : 0);
    // An exception rule wins, and drops its own left-most label ('!www.ck' makes www.ck's suffix ck).
    if (walk(hostname, trie.exceptionsRoot, mask)) {
      setKind(out, nodeFlags[match.node]!);
      out.publicSuffix = hostname.slice(match.end + 1);
      return true;
    }
    if (walk(hostname, trie.rulesRoot, mask)) {
      setKind(out, nodeFlags[match.node]!);
      out.publicSuffix = hostname.slice(match.start);
      return false;
    }
    // No rule: the list's implicit '*' makes the right-most label the suffix.
    out.isIcann = false;
    out.isPrivate = false;
    const lastDot = hostname.lastIndexOf('.');
    out.publicSuffix = lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
    return false;
  };
}

function setKind(out: IPublicSuffix, flags: number): void {
  out.isIcann = (flags & ICANN) !== 0;
  out.isPrivate = (flags & PRIVATE) !== 0;
}

/** tldts's `parse`, over `trie`. */
export function parserOf(trie: SuffixTrie): (url: string, options?: Partial<IOptions>) => IResult {
  const lookup = suffixLookupOf(trie);
  return (url, options) => parseImpl(url, PARSE_ALL, lookup, options, getEmptyResult());
}
