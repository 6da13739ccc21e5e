import { describe, expect, it } from 'vitest';
import { trainLogistic } from '../../../scripts/lib/train-sgd.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { healthClaim } from '../../../shared/checks/health-claim.ts';
import {
  BUCKETS,
  HashBuffer,
  hashString,
  textFeatures,
  tokenize,
  urlFeatureBuckets,
  urlFeatures,
} from '../../../shared/checks/models/features.ts';
import { DEFAULT_MODELS, readModelFiles } from '../../../shared/checks/models/index.ts';
import { encodeModel, JointTextScorer, LinearModel } from '../../../shared/checks/models/model.ts';
import { spam } from '../../../shared/checks/spam.ts';
import type { CheckId, ContentItem } from '../../../shared/model/index.ts';
import { ContentItemSchema, parseBrandProfile } from '../../../shared/model/index.ts';
import { findLinksInText } from '../../../shared/text/links.ts';
import { normalize } from '../../../shared/text/normalize.ts';

const PROFILE = parseBrandProfile({
  name: 'Quillfern',
  aliases: [],
  accounts: [{ platform: 'x', handle: 'quillfern' }],
  domains: ['quillfern.example'],
  supportContacts: [],
  partners: [],
});

function item(text: string, handle = 'someone', kind: 'post' | 'comment' = 'comment'): ContentItem {
  return ContentItemSchema.parse({ platform: 'x', kind, id: `t-${text.length}`, author: { handle }, text });
}

function hashes(text: string): number[] {
  const buf = new HashBuffer(4);
  textFeatures(normalize(text).text, buf);
  return [...buf.data.slice(0, buf.length)];
}

/** A tiny model trained on texts written for this test: `positive` texts are the check. */
function tinyModel(check: CheckId, positive: string[], negative: string[], threshold = 0.5): LinearModel {
  const examples = [
    ...positive.map((t) => ({ hashes: Uint32Array.from(hashes(t)), label: 1 as const })),
    ...negative.map((t) => ({ hashes: Uint32Array.from(hashes(t)), label: 0 as const })),
  ];
  const m = trainLogistic(examples, { buckets: BUCKETS, epochs: 30, lr: 1, lambda: 1e-6, seed: 3 });
  return new LinearModel(encodeModel({ check, kind: 'text', bias: m.bias, threshold }, m.weights));
}

const SPAMMY = [
  'zingo prize waiting, tap the zingo link',
  'win a zingo prize today',
  'zingo zingo prize for you',
  'your zingo prize is ready',
  'claim the zingo prize now',
];
const PLAIN = [
  'the train was late again this morning',
  'lovely weather for a walk by the river',
  'my order came with a missing lid',
  'thanks for the quick answer yesterday',
  'what time does the shop open on sunday',
];

describe('feature hashing', () => {
  it('is deterministic and stays inside the bucket range', () => {
    const a = hashes('Win a FREE cruise!!! 🎉 call 0800 123');
    expect(hashes('Win a FREE cruise!!! 🎉 call 0800 123')).toEqual(a);
    expect(a.length).toBeGreaterThan(10);
    for (const h of a) expect(h).toBeGreaterThanOrEqual(0);
    for (const h of a) expect(h).toBeLessThan(BUCKETS);
    expect(hashString(1, 'free')).toBe(hashString(1, 'free'));
    expect(hashString(1, 'free')).not.toBe(hashString(2, 'free'));
  });

  it('hashes digits as a shape and a run of one symbol as one token', () => {
    expect(hashes('call 0800 123')).toEqual(hashes('call 0911 456'));
    expect(hashes('wow!!!!!!!!')).toEqual(hashes('wow!!!'));
    expect(hashes('wow!!!')).not.toEqual(hashes('wow!'));
    expect(tokenize('hi 🎉🎉 there').map((t) => t.word)).toEqual([true, false, true]);
  });
});

describe('a tiny model trained on written texts', () => {
  const model = tinyModel('spam', SPAMMY, PLAIN);

  it('learns and predicts', () => {
    const score = (t: string) => {
      const buf = new HashBuffer();
      textFeatures(normalize(t).text, buf);
      return model.scoreHashes(buf);
    };
    expect(score('a zingo prize for everyone')).toBeGreaterThan(0.7);
    expect(score('the river walk was lovely this morning')).toBeLessThan(0.3);
  });

  it('survives the weight file round trip (quantized, sparse)', () => {
    const file = encodeModel(
      { check: 'spam', kind: 'text', bias: 0.5, threshold: 0.9 },
      Float64Array.from([0, 2, 0, -1]),
    );
    const m = new LinearModel({ ...file, bits: 18 });
    expect(m.nonZero).toBe(2);
    expect(m.q[1]! * m.scale).toBeCloseTo(2, 1);
    expect(m.q[3]! * m.scale).toBeCloseTo(-1, 1);
  });

  it('points evidence at the original characters, through emoji and combining marks', () => {
    const text = '🎉🎉 Ｚingo̧ PRIZE, cafe\u0301 people';
    const norm = normalize(text);
    const buf = new HashBuffer();
    textFeatures(norm.text, buf);
    const p = model.scoreHashes(buf);
    const draft = model.explainText(norm, p);
    expect(draft.evidence.length).toBeGreaterThan(0);
    for (const e of draft.evidence) expect(text.slice(e.start, e.end)).toBe(e.match);
    const matches = draft.evidence.map((e) => e.match);
    expect(matches.some((m) => m.includes('PRIZE') || m.includes('Ｚingo̧'))).toBe(true);
    expect(draft.reason).toMatch(/^Reads like spam \(learned model, score 0\.\d\d\): '.+' weighed most\.$/);
  });
});

describe('models in the engine', () => {
  it('follows the check roles: a customer saying health words gets no health-claim', () => {
    const model = tinyModel(
      'health-claim',
      [
        'blorptea sends sniffles packing',
        'sniffles packing with blorptea',
        'blorptea and sniffles part ways',
      ],
      PLAIN,
    );
    const engine = createEngine(PROFILE, { checks: [healthClaim], models: [model] });
    const text = 'blorptea sends the sniffles packing';
    expect(engine.analyze(item(text, 'a_customer', 'post')).map((f) => f.check)).toEqual([]);
    const own = engine.analyze(item(text, 'quillfern', 'post'));
    expect(own.map((f) => f.check)).toEqual(['health-claim']);
    expect(own[0]!.reason).toContain('learned model');
    expect(own[0]!.severity).toBe(healthClaim.severity);
    expect(own[0]!.action).toBe(healthClaim.action);
  });

  it('adds nothing when the rule fired, and spam never joins another finding', () => {
    // A model that calls everything spam.
    const always = new LinearModel(
      encodeModel({ check: 'spam', kind: 'text', bias: 8, threshold: 0.5 }, new Float64Array(BUCKETS)),
    );
    const engine = createEngine(PROFILE, { checks: [spam], models: [always] });
    const ruleOnly = createEngine(PROFILE, { checks: [spam], models: [] });
    const text = 'follow for follow, check out my channel and subscribe';
    const ruled = ruleOnly.analyze(item(text));
    expect(ruled.map((f) => f.check)).toEqual(['spam']);
    expect(engine.analyze(item(text))).toEqual(ruled);
    // The rule silent: the model speaks, once.
    const learned = engine.analyze(item('the bus was on time today'));
    expect(learned.map((f) => f.check)).toEqual(['spam']);
    expect(learned[0]!.reason).toContain('learned model');
    // On the brand's own account the spam model never runs.
    expect(engine.analyze(item('the bus was on time today', 'quillfern'))).toEqual([]);
  });

  it('keeps the spam model silent on a comment that links only to the brand’s own site', () => {
    const always = new LinearModel(
      encodeModel({ check: 'spam', kind: 'text', bias: 8, threshold: 0.5 }, new Float64Array(BUCKETS)),
    );
    const engine = createEngine(
      { ...PROFILE, domains: ['quillfern.com'] },
      { checks: [spam], models: [always] },
    );
    expect(
      engine.analyze(item('Deal: notebook set $12 (-30%) https://shop.quillfern.com/notebooks')),
    ).toEqual([]);
    // Another site beside the brand's, or no link at all, and the model speaks.
    const mixed = engine.analyze(item('Deal at https://quillfern.com and https://cheap-notes.net/x'));
    expect(mixed.map((f) => f.check)).toEqual(['spam']);
  });
});

describe('the shipped weight files', () => {
  it('load, are small and score an item well within a millisecond', () => {
    expect(DEFAULT_MODELS.map((m) => m.check).sort()).toEqual([
      'crypto-scam',
      'health-claim',
      'hostile-reply',
      'phishing-link',
      'spam',
    ]);
    for (const f of readModelFiles()) expect(JSON.stringify(f).length).toBeLessThan(1_000_000);
    for (const m of DEFAULT_MODELS) {
      expect(m.nonZero).toBeGreaterThan(100);
      expect(m.threshold).toBeGreaterThan(0.5);
    }
    const engine = createEngine(PROFILE);
    const texts = Array.from(
      { length: 2000 },
      (_, i) => `order ${i} arrived late, the box was open and one cup broke 😕`,
    );
    const t0 = performance.now();
    for (const t of texts) engine.analyze(item(t));
    const perItemMs = (performance.now() - t0) / texts.length;
    expect(perItemMs).toBeLessThan(1);
  });
});

describe('the text models scored together', () => {
  it('gives each model exactly the probability it gives alone, on the shipped weights', () => {
    const text = DEFAULT_MODELS.filter((m) => m.kind === 'text');
    expect(text.length).toBeGreaterThan(1);
    const joint = new JointTextScorer(text);
    const buf = new HashBuffer();
    const samples = [
      '',
      'great video, check out my channel for more',
      'send 0.1 btc and get 0.2 back, guaranteed returns',
      'you are a clueless idiot, nobody asked',
      'this tea cures anxiety and boosts immunity against the flu',
      'ok 👍',
    ];
    for (const s of samples) {
      textFeatures(normalize(s).text, buf);
      joint.score(buf);
      expect(text.map((_, j) => joint.probability(j))).toEqual(text.map((m) => m.scoreHashes(buf)));
    }
  });

  it('adds up the right weights for random features, in any order of models', () => {
    const models = DEFAULT_MODELS.filter((m) => m.kind === 'text').reverse();
    const joint = new JointTextScorer(models);
    const buf = new HashBuffer();
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    for (let round = 0; round < 50; round++) {
      buf.reset();
      const n = next() % 300;
      for (let i = 0; i < n; i++) buf.push(next() % BUCKETS);
      joint.score(buf);
      expect(models.map((_, j) => joint.probability(j))).toEqual(models.map((m) => m.scoreHashes(buf)));
    }
  });

  it('packs any number of models, four to a table, lanes signed', () => {
    // Every shipped model (the URL model's weights too) and repeats: 1 to 9 models, so a
    // last table with one, two or three lanes, and more than one table.
    const all = DEFAULT_MODELS;
    const sets = [1, 2, 3, 5, 6, 9].map((n) => Array.from({ length: n }, (_, i) => all[i % all.length]!));
    const buf = new HashBuffer();
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed;
    };
    // Buckets where some model has a weight of each sign, so a lane's sign bit is exercised.
    const signed = [-1, 1].map((sign) => all[0]!.q.findIndex((v) => Math.sign(v) === sign));
    expect(signed.every((i) => i >= 0)).toBe(true);
    for (const models of sets) {
      const joint = new JointTextScorer(models);
      for (let round = 0; round < 20; round++) {
        buf.reset();
        const n = 1 + (next() % 200);
        for (let i = 0; i < n; i++) buf.push(i < 4 ? signed[i % 2]! : next() % BUCKETS);
        joint.score(buf);
        expect(models.map((_, j) => joint.probability(j))).toEqual(models.map((m) => m.scoreHashes(buf)));
      }
    }
  });
});

describe('URL features', () => {
  // The shipped URL model was trained on these exact buckets: a change to how they are hashed
  // must show here (and needs a retrain), not pass silently. Pinned from the string-built
  // hashes the weights were trained with: count and an order-sensitive digest.
  const PINNED: ReadonlyArray<readonly [string, number, number]> = [
    ['see https://acme-support.login-verify.example.tk/wp-content/acme/secure.php?id=1', 135, 4285890129],
    ['http://192.168.4.20/acme-refund', 28, 1499924835],
    ['bit.ly/3xYz9q', 33, 859276477],
  ];

  it('hashes every link to the buckets the URL model was trained on, for scoring and explaining alike', () => {
    const buf = new HashBuffer();
    for (const [text, count, digest] of PINNED) {
      const link = findLinksInText(normalize(text))[0]!;
      const parts = urlFeatures(link, ['acme']);
      urlFeatureBuckets(link, ['acme'], buf);
      expect([...buf.data.subarray(0, buf.length)]).toEqual(parts.map((p) => p.bucket));
      let h = 0;
      for (const p of parts) h = (Math.imul(h, 31) + p.bucket) >>> 0;
      expect([parts.length, h]).toEqual([count, digest]);
    }
  });
});
