/**
 * A learned linear model (logistic regression over hashed features, see features.ts),
 * loaded from its weight file, scored per item and explained as a finding draft.
 *
 * Weight file (`<check>.json`, written by `npm run train`): only the non-zero weights,
 * quantized to int8 (`weight = q × scale`); `idx` is base64 of the bucket indices as
 * varint deltas, `w` base64 of the int8 values. Loaded into a dense Int8Array of 2^bits
 * entries, so scoring is one array read per feature.
 */
import type { PackedModel } from '../../data/pack.ts';
import type { CheckId, Evidence } from '../../model/index.ts';
import type { FoundLink } from '../../text/links.ts';
import type { NormalizedText } from '../../text/normalize.ts';
import { quote, spanEvidence } from '../evidence.ts';
import type { AuthorRole, FindingDraft } from '../types.ts';
import { BITS, HashBuffer, tokenSums, type UrlPart, urlFeatureBuckets, urlFeatures } from './features.ts';

export const MODEL_FORMAT = 'postwatch-linear-1';

/** The weight file as stored. */
export interface ModelFile {
  readonly format: string;
  readonly check: CheckId;
  readonly kind: 'text' | 'url';
  readonly bits: number;
  readonly bias: number;
  readonly scale: number;
  /** Probability at or above which the model adds a finding. */
  readonly threshold: number;
  readonly idx: string;
  readonly w: string;
  /** Free-form provenance: corpora trained on, validation method and figures. */
  readonly trainedOn?: readonly string[];
  readonly validation?: unknown;
}

/** Who a model judges: the check's own roles, narrowed (spam, crypto, phishing: never the brand). */
export const MODEL_ROLES: Readonly<Record<string, readonly AuthorRole[]>> = {
  spam: ['public', 'partner'],
  'crypto-scam': ['public', 'partner'],
  'phishing-link': ['public', 'partner'],
  'hostile-reply': ['brand'],
  'health-claim': ['brand', 'partner'],
};

const PHRASE: Readonly<Record<string, string>> = {
  spam: 'Reads like spam',
  'crypto-scam': 'Reads like a crypto scam',
  'phishing-link': 'Looks like a phishing link',
  'hostile-reply': 'Reads as hostile or talking down',
  'health-claim': 'Reads like a health claim with no evidence',
};

function encodeVarints(values: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.push(v);
  }
  return Uint8Array.from(out);
}

/** Builds a weight file from dense float weights (what the trainer calls). */
export function encodeModel(
  meta: Omit<ModelFile, 'format' | 'bits' | 'scale' | 'idx' | 'w'>,
  weights: Float32Array | Float64Array,
): ModelFile {
  let max = 0;
  for (const v of weights) max = Math.max(max, Math.abs(v));
  const scale = max > 0 ? max / 127 : 1;
  const idx: number[] = [];
  const q: number[] = [];
  let last = 0;
  for (let i = 0; i < weights.length; i++) {
    const v = Math.round(weights[i]! / scale);
    if (v === 0) continue;
    idx.push(i - last);
    last = i;
    q.push(v);
  }
  return {
    format: MODEL_FORMAT,
    check: meta.check,
    kind: meta.kind,
    bits: BITS,
    bias: meta.bias,
    scale,
    threshold: meta.threshold,
    idx: Buffer.from(encodeVarints(idx)).toString('base64'),
    w: Buffer.from(Int8Array.from(q).buffer).toString('base64'),
    ...(meta.trainedOn ? { trainedOn: meta.trainedOn } : {}),
    ...(meta.validation ? { validation: meta.validation } : {}),
  };
}

/** A loaded model. */
export class LinearModel {
  readonly check: CheckId;
  readonly kind: 'text' | 'url';
  readonly bias: number;
  readonly scale: number;
  readonly threshold: number;
  /** Dense quantized weights, one per bucket. */
  readonly q: Int8Array;
  /** Number of non-zero weights. */
  readonly nonZero: number;

  /** From a weight file, or from weights already dense (a bundle's models.pack). */
  constructor(file: ModelFile | PackedModel, threshold?: number) {
    const meta = 'meta' in file ? file.meta : file;
    if (meta.format !== MODEL_FORMAT) throw new Error(`unknown model format ${meta.format}`);
    if (meta.bits !== BITS) throw new Error(`model ${meta.check}: ${meta.bits} bits, runtime has ${BITS}`);
    this.check = meta.check as CheckId;
    this.kind = meta.kind;
    this.bias = meta.bias;
    this.scale = meta.scale;
    this.threshold = threshold ?? meta.threshold;
    if ('meta' in file) {
      if (file.q.length !== 1 << BITS) throw new Error(`model ${meta.check}: ${file.q.length} weights`);
      this.q = file.q;
      this.nonZero = file.meta.nonZero;
      return;
    }
    this.q = new Int8Array(1 << file.bits);
    const idx = Buffer.from(file.idx, 'base64');
    const w = new Int8Array(Buffer.from(file.w, 'base64'));
    let pos = 0;
    let at = 0;
    for (let k = 0; k < w.length; k++) {
      let v = 0;
      let shift = 0;
      for (;;) {
        const b = idx[pos++]!;
        v |= (b & 0x7f) << shift;
        if (b < 0x80) break;
        shift += 7;
      }
      at += v;
      this.q[at] = w[k]!;
    }
    this.nonZero = w.length;
  }

  /** This model as a pack entry: its settings and its dense weights. */
  packed(): PackedModel {
    const { check, kind, bias, scale, threshold, nonZero } = this;
    return {
      meta: { format: MODEL_FORMAT, check, kind, bits: BITS, bias, scale, threshold, nonZero },
      q: this.q,
    };
  }

  /** Probability from the hashed text features in `buf` (see textFeatures). */
  scoreHashes(buf: HashBuffer): number {
    const n = buf.length;
    if (n === 0) return sigmoid(this.bias);
    const q = this.q;
    const d = buf.data;
    let s = 0;
    for (let i = 0; i < n; i++) s += q[d[i]!]!;
    return sigmoid(this.bias + (s * this.scale) / Math.sqrt(n));
  }

  /** The finding draft for a text the model scored `p` on: the tokens that weighed most. */
  explainText(text: NormalizedText, p: number, field: 'text' = 'text'): FindingDraft {
    const { tokens, own, bigram, n } = tokenSums(text.text, this.q);
    const norm = this.scale / Math.sqrt(Math.max(n, 1));
    // A token weighs its own features plus half of each bigram it is part of.
    const weight = own.map((s) => s * norm);
    for (let i = 0; i < tokens.length; i++) {
      if (Number.isNaN(bigram[i]!)) continue;
      const b = bigram[i]! * norm;
      weight[i]! += b / 2;
      if (i > 0) weight[i - 1]! += b / 2;
    }
    const order = weight
      .map((w, i) => ({ w, i }))
      .filter((x) => x.w > 0 && tokens[x.i]!.word)
      .sort((a, b) => b.w - a.w || a.i - b.i)
      .slice(0, 4);
    // Neighbouring picks become one span ("click here").
    const picked = order.map((x) => x.i).sort((a, b) => a - b);
    const spans: Array<{ from: number; to: number; w: number }> = [];
    for (const i of picked) {
      const last = spans[spans.length - 1];
      if (last && last.to === i - 1) {
        last.to = i;
        last.w += weight[i]!;
      } else spans.push({ from: i, to: i, w: weight[i]! });
    }
    spans.sort((a, b) => b.w - a.w || a.from - b.from);
    const evidence: Evidence[] = spans
      .slice(0, 3)
      .map((s) => spanEvidence(field, text, tokens[s.from]!.start, tokens[s.to]!.end));
    if (evidence.length === 0 && text.text.length > 0)
      evidence.push(spanEvidence(field, text, 0, text.text.length));
    const quoted = evidence.map((e) => quote(e.match, 40)).join(', ');
    const reason = `${PHRASE[this.check] ?? this.check} (learned model, score ${p.toFixed(2)})${
      quoted ? `: ${quoted} weighed most` : ''
    }.`;
    return { reason, evidence };
  }

  /** The finding draft for links the model scored: each link, with the URL parts that weighed most. */
  explainLinks(
    scored: ReadonlyArray<{ link: FoundLink; parts: readonly UrlPart[]; p: number }>,
  ): FindingDraft {
    const evidence: Evidence[] = [];
    const top: string[] = [];
    for (const { link, parts } of scored) {
      const byLabel = new Map<string, number>();
      for (const part of parts)
        byLabel.set(part.label, (byLabel.get(part.label) ?? 0) + this.q[part.bucket]!);
      const best = [...byLabel]
        .filter(([label, w]) => w > 0 && label !== 'a link')
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([label]) => label.replaceAll('§', '<brand>'));
      top.push(...best.filter((b) => !top.includes(b)));
      evidence.push({
        field: link.field,
        start: link.start,
        end: link.end,
        match: link.raw,
        ...(link.index === undefined ? {} : { index: link.index }),
        note: `learned model: ${best.map((b) => `'${b}'`).join(', ') || 'the URL as a whole'} weighed most`,
      });
    }
    const p = Math.max(...scored.map((s) => s.p));
    const parts = top.slice(0, 3).map((t) => `'${t}'`);
    const reason = `${PHRASE[this.check] ?? this.check} (learned model, score ${p.toFixed(2)}): ${quote(
      evidence[0]!.match,
      50,
    )}${parts.length ? `, where ${parts.join(', ')} weighed most` : ''}; take it down.`;
    return { reason, evidence };
  }
}

/**
 * Several text models scored in one pass over a text's features: their weights packed four
 * to an Int32 (one int8 lane per model), so each feature costs one table read for four
 * models instead of one per model, and the four sums stay in registers. The weight tables
 * are cold again after the checks' patterns have run, so what a feature costs is the wait
 * for its table read; with independent reads and no stores in the loop those waits
 * overlap. Each model's probability is the one `scoreHashes` gives: the same integer sum,
 * the same formula. Built once per set of models, on first use.
 */
export class JointTextScorer {
  readonly models: readonly LinearModel[];
  /** One table per four models: bucket → four int8 weights, model 4g + l in bits 8l..8l+7. */
  private tables: Int32Array[] | undefined;
  private readonly sums: Float64Array;
  private scoredLength = -1;

  constructor(models: readonly LinearModel[]) {
    this.models = models;
    this.sums = new Float64Array(models.length);
  }

  private packed(): Int32Array[] {
    if (this.tables) return this.tables;
    const tables: Int32Array[] = [];
    for (let g = 0; g < this.models.length; g += 4) {
      const lanes = this.models.slice(g, g + 4).map((m) => m.q);
      const t = new Int32Array(1 << BITS);
      for (let i = 0; i < t.length; i++) {
        let v = 0;
        for (let l = 0; l < lanes.length; l++) v |= (lanes[l]![i]! & 0xff) << (8 * l);
        t[i] = v;
      }
      tables.push(t);
    }
    this.tables = tables;
    return tables;
  }

  /** Sums every model's weights over `buf` (call once per text, before `probability`). */
  score(buf: HashBuffer): void {
    const k = this.models.length;
    const sums = this.sums;
    sums.fill(0);
    const n = buf.length;
    this.scoredLength = n;
    if (n === 0 || k === 0) return;
    const d = buf.data;
    const tables = this.packed();
    for (let g = 0; g < tables.length; g++) {
      const t = tables[g]!;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < n; i++) {
        const v = t[d[i]!]!;
        s0 += (v << 24) >> 24;
        s1 += (v << 16) >> 24;
        s2 += (v << 8) >> 24;
        s3 += v >> 24;
      }
      const at = g * 4;
      sums[at] = s0;
      if (at + 1 < k) sums[at + 1] = s1;
      if (at + 2 < k) sums[at + 2] = s2;
      if (at + 3 < k) sums[at + 3] = s3;
    }
  }

  /** Model `j`'s probability for the text last scored. */
  probability(j: number): number {
    const m = this.models[j]!;
    const n = this.scoredLength;
    if (n <= 0) return sigmoid(m.bias);
    return sigmoid(m.bias + (this.sums[j]! * m.scale) / Math.sqrt(n));
  }
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** One link's feature buckets, reused across links and items. */
const URL_BUCKETS = new HashBuffer(256);

/**
 * The links a URL model flags on one item, with the parts that explain them: it judges at
 * most 10, never the brand's own domains.
 */
export function flaggedLinks(
  model: LinearModel,
  links: readonly FoundLink[],
  ownDomains: ReadonlySet<string>,
  brandWords: readonly string[],
): Array<{ link: FoundLink; parts: UrlPart[]; p: number }> {
  const out: Array<{ link: FoundLink; parts: UrlPart[]; p: number }> = [];
  for (const link of links.slice(0, 10)) {
    if ((link.domain && ownDomains.has(link.domain)) || ownDomains.has(link.host)) continue;
    urlFeatureBuckets(link, brandWords, URL_BUCKETS);
    const p = model.scoreHashes(URL_BUCKETS);
    if (p >= model.threshold) out.push({ link, parts: urlFeatures(link, brandWords), p });
  }
  return out;
}
