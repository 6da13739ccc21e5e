/**
 * Packs: what a Lambda bundle reads at cold start, written when the bundle is built
 * (scripts/pack-data.ts, run by PostwatchFunction's afterBundling hook) from the same
 * sources the source tree reads, in the form that costs least to load. The source tree
 * never has them: run under tsx or vitest, the lexicon and the models are read from their
 * own files (shared/lexicon/load.ts, shared/checks/models/index.ts).
 *
 * - `models.pack`: every shipped model with its weights already dense (one Int8Array of
 *   2^bits per model, viewed in place), instead of the weight files' base64 varints, which
 *   take ~5 ms of interpreted decoding at every cold start.
 * - `lexicon.pack.json`: every language folder's topics and groups as one JSON document,
 *   with the alternations of the longest groups already merged by their first letters
 *   (shared/lexicon/index.ts `alternationsToPack`): one read and one JSON.parse instead of
 *   ~100 files read and parsed line by line and those lists merged again; and the word
 *   gates the checks ask for (`gatesToPack`) already expanded (~5 ms at load for the health
 *   conditions' gate alone).
 * - `suffixes.pack`: tldts's public suffix trie with the arrays tldts derives from it at
 *   import, read by shared/text/tldts-bundle.ts (the module bundles import as `tldts`).
 *
 * A pack names its format; a reader refuses any other, so a bundle built by one version
 * never misreads another's pack.
 */

import type { SuffixTrie } from '../text/public-suffix.ts';
import type { WordGateData } from '../text/word-gate.ts';

/** The part of a model file a loaded model keeps (shared/checks/models/model.ts). */
export interface PackedModelMeta {
  readonly format: string;
  readonly check: string;
  readonly kind: 'text' | 'url';
  readonly bits: number;
  readonly bias: number;
  readonly scale: number;
  readonly threshold: number;
  readonly nonZero: number;
}

export interface PackedModel {
  readonly meta: PackedModelMeta;
  /** Dense quantized weights, one per bucket (2^bits). */
  readonly q: Int8Array;
}

const MODEL_MAGIC = 'PWM1';
/** Weights start on an 8-byte boundary. */
const ALIGN = 8;

/** models.pack: magic, header length (u32 LE), header JSON, then each model's dense weights. */
export function encodeModelPack(models: readonly PackedModel[]): Buffer {
  const entries: Array<PackedModelMeta & { offset: number }> = [];
  // The header's size depends on the offsets; offsets are given from the weights' start.
  let at = 0;
  for (const m of models) {
    if (m.q.length !== 1 << m.meta.bits)
      throw new Error(`model ${m.meta.check}: ${m.q.length} weights, expected 2^${m.meta.bits}`);
    entries.push({ ...m.meta, offset: at });
    at += m.q.length;
  }
  const header = Buffer.from(JSON.stringify(entries), 'utf8');
  const start = Math.ceil((8 + header.length) / ALIGN) * ALIGN;
  const out = Buffer.alloc(start + at);
  out.write(MODEL_MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  models.forEach((m, i) => {
    out.set(new Uint8Array(m.q.buffer, m.q.byteOffset, m.q.length), start + entries[i]!.offset);
  });
  return out;
}

/** Reads models.pack; the weights are views into `bytes`, not copies. */
export function decodeModelPack(bytes: Buffer): PackedModel[] {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MODEL_MAGIC)
    throw new Error('models.pack: not a model pack');
  const headerLength = bytes.readUInt32LE(4);
  if (8 + headerLength > bytes.length) throw new Error('models.pack: header runs past the end');
  const entries = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Array<
    PackedModelMeta & { offset: number }
  >;
  const start = Math.ceil((8 + headerLength) / ALIGN) * ALIGN;
  return entries.map(({ offset, ...meta }) => {
    const length = 1 << meta.bits;
    if (start + offset + length > bytes.length)
      throw new Error(`models.pack: weights of ${meta.check} run past the end`);
    return { meta, q: new Int8Array(bytes.buffer, bytes.byteOffset + start + offset, length) };
  });
}

export const LEXICON_PACK_FORMAT = 'postwatch-lexicon-pack-2';

/** lang → topic → group → phrases, each level in its order (the join order matters). */
export type PackedLexicon = Map<string, Map<string, Map<string, string[]>>>;

export interface LexiconPack {
  readonly lexicon: PackedLexicon;
  /** `topic/group` → its alternation over every language, as compilePhrases builds it (the longest groups). */
  readonly alternations: Map<string, string>;
  /** `topic/group` → its word gate's data (shared/text/word-gate.ts), for the groups a check gates. */
  readonly gates: Map<string, WordGateData | null>;
}

/** lexicon.pack.json: maps as arrays of entries, so their order survives JSON. */
export function encodeLexiconPack(
  lexicon: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>>,
  alternations: ReadonlyMap<string, string>,
  gates: ReadonlyMap<string, WordGateData | null> = new Map(),
): string {
  const languages = [...lexicon].map(([lang, topics]) => [
    lang,
    [...topics].map(([topic, groups]) => [topic, [...groups]]),
  ]);
  return JSON.stringify({
    format: LEXICON_PACK_FORMAT,
    languages,
    alternations: [...alternations],
    gates: [...gates],
  });
}

export function decodeLexiconPack(text: string): LexiconPack {
  const raw = JSON.parse(text) as {
    format?: unknown;
    languages: Array<[string, Array<[string, Array<[string, string[]]>]>]>;
    alternations: Array<[string, string]>;
    gates: Array<[string, WordGateData | null]>;
  };
  if (raw.format !== LEXICON_PACK_FORMAT)
    throw new Error(`lexicon.pack.json: format ${String(raw.format)}, expected ${LEXICON_PACK_FORMAT}`);
  return {
    lexicon: new Map(
      raw.languages.map(([lang, topics]) => [
        lang,
        new Map(topics.map(([topic, groups]) => [topic, new Map(groups)])),
      ]),
    ),
    alternations: new Map(raw.alternations),
    gates: new Map(raw.gates),
  };
}

const CONFUSABLES_MAGIC = 'PWC1';

/**
 * confusables.pack: the UTS #39 table (one source code point → its prototype string) as
 * sorted code points (u32 LE), the end offset of each prototype (u32 LE, UTF-16 units) and
 * the prototypes joined (UTF-16 LE): typed-array views and one decode at load, where the
 * table's JSON costs ~4 ms of parsing 6,000 object keys at every cold start.
 */
export function encodeConfusablesPack(table: Readonly<Record<string, string>>): Buffer {
  const entries = Object.entries(table).map(([source, prototype]) => {
    const cp = source.codePointAt(0);
    if (cp === undefined || String.fromCodePoint(cp) !== source)
      throw new Error(`confusables: source ${JSON.stringify(source)} is not one code point`);
    return { cp, prototype };
  });
  entries.sort((a, b) => a.cp - b.cp);
  const n = entries.length;
  const joined = entries.map((e) => e.prototype).join('');
  const out = Buffer.alloc(8 + 8 * n + joined.length * 2);
  out.write(CONFUSABLES_MAGIC, 0, 'latin1');
  out.writeUInt32LE(n, 4);
  let end = 0;
  entries.forEach((e, i) => {
    end += e.prototype.length;
    out.writeUInt32LE(e.cp, 8 + 4 * i);
    out.writeUInt32LE(end, 8 + 4 * n + 4 * i);
  });
  out.write(joined, 8 + 8 * n, 'utf16le');
  return out;
}

/** A confusables lookup: the prototype of one character, or undefined when it has none. */
export type ConfusableLookup = (ch: string) => string | undefined;

/** Reads confusables.pack into a lookup by binary search over its code points. */
export function decodeConfusablesPack(bytes: Buffer): ConfusableLookup {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== CONFUSABLES_MAGIC)
    throw new Error('confusables.pack: not a confusables pack');
  const n = bytes.readUInt32LE(4);
  if (8 + 8 * n > bytes.length) throw new Error('confusables.pack: table runs past the end');
  const cps = u32le(bytes, 8, n);
  const ends = u32le(bytes, 8 + 4 * n, n);
  const joined = bytes.toString('utf16le', 8 + 8 * n);
  if (n > 0 && ends[n - 1] !== joined.length) throw new Error('confusables.pack: prototypes cut short');
  return (ch) => {
    const cp = ch.codePointAt(0);
    if (cp === undefined || ch.length !== (cp > 0xffff ? 2 : 1)) return undefined;
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = cps[mid]!;
      if (at === cp) return joined.slice(mid === 0 ? 0 : ends[mid - 1], ends[mid]);
      if (at < cp) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * `count` little-endian u32 at `offset`, as an aligned copy (a Buffer read from a file may sit
 * at any offset of its memory): one copy on little-endian hosts (x86, arm64: every Lambda),
 * value by value elsewhere.
 */
function u32le(bytes: Buffer, offset: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN) {
    const start = bytes.byteOffset + offset;
    return new Uint32Array(bytes.buffer.slice(start, start + 4 * count));
  }
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) out[i] = bytes.readUInt32LE(offset + 4 * i);
  return out;
}

const SUFFIX_MAGIC = 'PWS1';
const SUFFIX_HEADER = 24;

/**
 * suffixes.pack: tldts's public suffix trie with the arrays tldts derives from it at load
 * (shared/text/public-suffix.ts), so a bundle reads views instead of running that loop.
 * Magic, node count, edge count, label bytes, rules root, exceptions root (u32 LE each),
 * then, each from an 8-byte boundary: node flags (u8), edge starts (u32, one per node and
 * one more), edge lengths (u8), edge children, label offsets, label hashes (u32 each), each
 * node's `*` edge (i32), and the labels (UTF-8).
 */
export function encodeSuffixPack(trie: SuffixTrie): Buffer {
  const nodes = trie.nodeFlags.length;
  const edges = trie.edgeLength.length;
  if (trie.edgeStart.length !== nodes + 1 || trie.wildcardEdge.length !== nodes)
    throw new Error('suffix trie: per-node arrays disagree on the node count');
  if ([trie.edgeChild, trie.edgeOffset, trie.edgeHash].some((a) => a.length !== edges))
    throw new Error('suffix trie: per-edge arrays disagree on the edge count');
  const label = Buffer.from(trie.labelText, 'utf8');
  const sections: Array<Uint8Array | Uint32Array | Int32Array> = [
    trie.nodeFlags,
    trie.edgeStart,
    trie.edgeLength,
    trie.edgeChild,
    trie.edgeOffset,
    trie.edgeHash,
    trie.wildcardEdge,
    label,
  ];
  const header = Buffer.alloc(SUFFIX_HEADER);
  header.write(SUFFIX_MAGIC, 0, 'latin1');
  [nodes, edges, label.length, trie.rulesRoot, trie.exceptionsRoot].forEach((v, i) => {
    header.writeUInt32LE(v, 4 + 4 * i);
  });
  const parts: Buffer[] = [header];
  for (const s of sections) {
    const bytes = Buffer.from(s.buffer, s.byteOffset, s.byteLength);
    // Written little-endian wherever this runs (every Lambda, x86 and arm64, is).
    parts.push(LITTLE_ENDIAN || s.BYTES_PER_ELEMENT === 1 ? bytes : Buffer.from(bytes).swap32());
    parts.push(Buffer.alloc((ALIGN - (s.byteLength % ALIGN)) % ALIGN));
  }
  return Buffer.concat(parts);
}

/** Reads suffixes.pack: the u8 arrays are views into `bytes`, the others one aligned copy each. */
export function decodeSuffixPack(bytes: Buffer): SuffixTrie {
  if (bytes.length < SUFFIX_HEADER || bytes.toString('latin1', 0, 4) !== SUFFIX_MAGIC)
    throw new Error('suffixes.pack: not a suffix pack');
  const [nodes, edges, labelBytes, rulesRoot, exceptionsRoot] = [4, 8, 12, 16, 20].map((at) =>
    bytes.readUInt32LE(at),
  ) as [number, number, number, number, number];
  let at = SUFFIX_HEADER;
  const take = (size: number): number => {
    const start = at;
    at += Math.ceil(size / ALIGN) * ALIGN;
    if (start + size > bytes.length) throw new Error('suffixes.pack: cut short');
    return start;
  };
  const u8 = (n: number) => new Uint8Array(bytes.buffer, bytes.byteOffset + take(n), n);
  const u32 = (n: number) => u32le(bytes, take(4 * n), n);
  const nodeFlags = u8(nodes);
  const edgeStart = u32(nodes + 1);
  const edgeLength = u8(edges);
  const edgeChild = u32(edges);
  const edgeOffset = u32(edges);
  const edgeHash = u32(edges);
  const wildcardEdge = new Int32Array(u32(nodes).buffer);
  const labelAt = take(labelBytes);
  const labelText = bytes.toString('utf8', labelAt, labelAt + labelBytes);
  if (edgeStart[nodes] !== edges || rulesRoot >= nodes || exceptionsRoot >= nodes)
    throw new Error('suffixes.pack: trie does not hold together');
  return {
    nodeFlags,
    edgeStart,
    edgeLength,
    edgeChild,
    edgeOffset,
    edgeHash,
    wildcardEdge,
    labelText,
    rulesRoot,
    exceptionsRoot,
  };
}
