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
 *   ~100 files read and parsed line by line and those lists merged again.
 *
 * A pack names its format; a reader refuses any other, so a bundle built by one version
 * never misreads another's pack.
 */

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

export const LEXICON_PACK_FORMAT = 'postwatch-lexicon-pack-1';

/** lang → topic → group → phrases, each level in its order (the join order matters). */
export type PackedLexicon = Map<string, Map<string, Map<string, string[]>>>;

export interface LexiconPack {
  readonly lexicon: PackedLexicon;
  /** `topic/group` → its alternation over every language, as compilePhrases builds it (the longest groups). */
  readonly alternations: Map<string, string>;
}

/** lexicon.pack.json: maps as arrays of entries, so their order survives JSON. */
export function encodeLexiconPack(
  lexicon: ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>>,
  alternations: ReadonlyMap<string, string>,
): string {
  const languages = [...lexicon].map(([lang, topics]) => [
    lang,
    [...topics].map(([topic, groups]) => [topic, [...groups]]),
  ]);
  return JSON.stringify({ format: LEXICON_PACK_FORMAT, languages, alternations: [...alternations] });
}

export function decodeLexiconPack(text: string): LexiconPack {
  const raw = JSON.parse(text) as {
    format?: unknown;
    languages: Array<[string, Array<[string, Array<[string, string[]]>]>]>;
    alternations: Array<[string, string]>;
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
  };
}
