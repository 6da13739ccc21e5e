/**
 * L2-regularized logistic regression by SGD over hashed features, deterministic: a fixed
 * seed shuffles the examples, the same data always gives the same weights.
 *
 * An example is a list of bucket indices (repeats allowed); each occurrence has value
 * 1/sqrt(length), as in the runtime (shared/checks/models/model.ts).
 */
import { seededRandom } from './random.ts';

export interface Example {
  readonly hashes: Uint32Array;
  readonly label: 0 | 1;
}

export interface TrainOptions {
  readonly buckets: number;
  readonly epochs?: number;
  /** L2 strength per example step. */
  readonly lambda?: number;
  readonly lr?: number;
  readonly seed?: number;
  /** Weight of a positive example relative to a negative (class balance), capped. */
  readonly positiveWeight?: number;
}

export interface Trained {
  readonly weights: Float64Array;
  readonly bias: number;
}

export function trainLogistic(examples: readonly Example[], opts: TrainOptions): Trained {
  const epochs = opts.epochs ?? 8;
  const lambda = opts.lambda ?? 1e-5;
  const lr0 = opts.lr ?? 0.5;
  const rand = seededRandom(opts.seed ?? 7);
  const pos = examples.filter((e) => e.label === 1).length;
  const neg = examples.length - pos;
  const posW = opts.positiveWeight ?? Math.min(8, Math.max(1, neg / Math.max(pos, 1)) ** 0.5);
  // w = scale × v: L2 decay multiplies the scale, not every weight.
  const v = new Float64Array(opts.buckets);
  let scale = 1;
  let bias = 0;
  const order = examples.map((_, i) => i);
  let t = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const ex = examples[idx]!;
      const n = ex.hashes.length;
      if (n === 0) continue;
      const x = 1 / Math.sqrt(n);
      const lr = lr0 / (1 + t / examples.length);
      t++;
      let s = 0;
      for (let k = 0; k < n; k++) s += v[ex.hashes[k]!]!;
      const z = bias + scale * s * x;
      const p = 1 / (1 + Math.exp(-z));
      const cw = ex.label === 1 ? posW : 1;
      const g = (p - ex.label) * cw;
      scale *= 1 - lr * lambda;
      if (scale < 1e-6) {
        for (let k = 0; k < v.length; k++) v[k]! *= scale;
        scale = 1;
      }
      const d = (lr * g * x) / scale;
      for (let k = 0; k < n; k++) v[ex.hashes[k]!]! -= d;
      bias -= lr * g * 0.1;
    }
  }
  const weights = new Float64Array(opts.buckets);
  for (let k = 0; k < v.length; k++) weights[k] = v[k]! * scale;
  return { weights, bias };
}

/** Probability of one example under float weights. */
export function predict(m: Trained, hashes: Uint32Array): number {
  const n = hashes.length;
  if (n === 0) return 1 / (1 + Math.exp(-m.bias));
  let s = 0;
  for (let k = 0; k < n; k++) s += m.weights[hashes[k]!]!;
  return 1 / (1 + Math.exp(-(m.bias + s / Math.sqrt(n))));
}
