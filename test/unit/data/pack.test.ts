import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'tldts';
import * as tldtsTrie from 'tldts/dist/es6/src/data/trie.js';
import { afterAll, describe, expect, it } from 'vitest';
import { TLDTS_BUILD } from '../../../infra/constructs/postwatch-function.ts';
import { DEFAULT_MODELS, LinearModel, readModelFiles } from '../../../shared/checks/models/index.ts';
import {
  decodeConfusablesPack,
  decodeLexiconPack,
  decodeModelPack,
  encodeConfusablesPack,
  encodeLexiconPack,
  encodeModelPack,
  LEXICON_PACK_FORMAT,
} from '../../../shared/data/pack.ts';
import { alternationsToPack, compilePhrases, gatesToPack, phrases } from '../../../shared/lexicon/index.ts';
import { loadLexicon } from '../../../shared/lexicon/load.ts';
import { MERGE_FROM } from '../../../shared/text/alternation.ts';
import { lookalikeKey, readConfusablesTable } from '../../../shared/text/lookalike.ts';
import { gateOf, wordGate, wordGateData } from '../../../shared/text/word-gate.ts';
import { bundleSnippet } from '../../support/snippet-bundle.ts';

const root = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'pw-pack-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('models.pack', () => {
  it('carries every shipped model with the same settings and the same weights, bucket for bucket', () => {
    const bytes = encodeModelPack(DEFAULT_MODELS.map((m) => m.packed()));
    const back = decodeModelPack(bytes).map((m) => new LinearModel(m));
    expect(back.map((m) => m.check)).toEqual(DEFAULT_MODELS.map((m) => m.check));
    back.forEach((m, i) => {
      const tree = DEFAULT_MODELS[i] as LinearModel;
      expect([m.kind, m.bias, m.scale, m.threshold, m.nonZero]).toEqual([
        tree.kind,
        tree.bias,
        tree.scale,
        tree.threshold,
        tree.nonZero,
      ]);
      expect(Buffer.from(m.q.buffer, m.q.byteOffset, m.q.length).equals(Buffer.from(tree.q.buffer))).toBe(
        true,
      );
    });
    // Weights are viewed in the pack's bytes, not copied.
    expect(decodeModelPack(bytes)[0]?.q.buffer).toBe(bytes.buffer);
  });

  it('refuses what is not a pack, or one cut short', () => {
    const bytes = encodeModelPack(DEFAULT_MODELS.slice(0, 2).map((m) => m.packed()));
    expect(() => decodeModelPack(Buffer.from('{"format":"x"}'))).toThrow(/not a model pack/);
    expect(() => decodeModelPack(bytes.subarray(0, bytes.length - 1))).toThrow(/run past the end/);
    const long = Buffer.from(bytes);
    long.writeUInt32LE(bytes.length, 4);
    expect(() => decodeModelPack(long)).toThrow(/header runs past the end/);
    const odd = { ...DEFAULT_MODELS[0]!.packed(), q: new Int8Array(10) };
    expect(() => encodeModelPack([odd])).toThrow(/10 weights, expected 2\^18/);
  });
});

describe('lexicon.pack.json', () => {
  it('carries every folder, topic and group in order, and the longest groups merged as compilePhrases merges them', () => {
    const lexicon = loadLexicon();
    const pack = decodeLexiconPack(encodeLexiconPack(lexicon, alternationsToPack()));
    expect(pack.lexicon).toEqual(lexicon);
    expect([...pack.lexicon.keys()]).toEqual([...lexicon.keys()]);
    for (const [lang, topics] of lexicon) {
      expect([...(pack.lexicon.get(lang)?.keys() ?? [])]).toEqual([...topics.keys()]);
      for (const [topic, groups] of topics)
        expect([...(pack.lexicon.get(lang)?.get(topic)?.keys() ?? [])]).toEqual([...groups.keys()]);
    }
    const all = compilePhrases();
    expect(pack.alternations.size).toBeGreaterThan(4);
    expect(pack.alternations.size).toBeLessThan(all.size / 10);
    // The packed ones are the merged ones (no plain join among them), each as the tree builds it.
    for (const [key, source] of pack.alternations) {
      expect(source).toBe(all.get(key));
      const [topic, group] = key.split('/') as [string, string];
      // Long enough for groupAlternatives to walk (it counts alternatives, bars inside phrases too).
      expect(phrases(topic, group).join('|').split('|').length).toBeGreaterThanOrEqual(MERGE_FROM);
    }
    // Every group the pack leaves out is its phrases joined: nothing to merge.
    for (const [key, source] of all) {
      if (pack.alternations.has(key)) continue;
      const [topic, group] = key.split('/') as [string, string];
      expect(source).toBe(`(?:${phrases(topic, group).join('|')})`);
    }
  });

  it("carries the word gates the checks ask for, expanded as the tree expands them, and the bundle's gate answers as the tree's", async () => {
    // The checks ask for their gates as they load (health's condition gate among them).
    await import('../../../shared/checks/registry.ts');
    const gates = gatesToPack();
    expect([...gates.keys()]).toContain('health/condition');
    const pack = decodeLexiconPack(encodeLexiconPack(loadLexicon(), alternationsToPack(), gates));
    expect(pack.gates).toEqual(gates);
    const data = pack.gates.get('health/condition');
    expect(data).toEqual(wordGateData(phrases('health', 'condition')));
    expect(data?.words.length).toBeGreaterThan(100);
    const fromPack = gateOf(data ?? null);
    const fromTree = wordGate(phrases('health', 'condition'));
    for (const text of ['my migraines are gone', 'nothing to see here', 'insomnia', 'the sky is blue', ''])
      expect(fromPack(text), text).toBe(fromTree(text));
    expect(fromPack('nothing to see here')).toBe(false);
    expect(fromPack('cures insomnia fast')).toBe(true);
  });

  it('refuses another format', () => {
    expect(() => decodeLexiconPack(JSON.stringify({ format: 'postwatch-lexicon-pack-0' }))).toThrow(
      new RegExp(`format postwatch-lexicon-pack-0, expected ${LEXICON_PACK_FORMAT}`),
    );
  });
});

describe('confusables.pack', () => {
  it('gives every character the table maps its prototype, and nothing for any other', () => {
    const table = readConfusablesTable();
    const lookup = decodeConfusablesPack(encodeConfusablesPack(table));
    const sources = Object.keys(table);
    expect(sources.length).toBeGreaterThan(6000);
    for (const source of sources) expect(lookup(source), source).toBe(table[source]);
    // Astral sources (mathematical letters) and characters the table does not map.
    expect(sources.some((c) => (c.codePointAt(0) ?? 0) > 0xffff)).toBe(true);
    for (const ch of ['a', 'z', ' ', '€', '😀', '\u{10FFFF}', 'ab', ''])
      expect(lookup(ch), ch).toBe(Object.hasOwn(table, ch) ? table[ch] : undefined);
    expect(lookup('m')).toBe('rn');
  });

  it('refuses what is not a pack, a cut one, and a table it cannot key', () => {
    const bytes = encodeConfusablesPack({ а: 'a', ℓ: 'l' });
    expect(decodeConfusablesPack(bytes)('ℓ')).toBe('l');
    expect(() => decodeConfusablesPack(Buffer.from('PWM1xxxx'))).toThrow(/not a confusables pack/);
    expect(() => decodeConfusablesPack(bytes.subarray(0, 12))).toThrow(/runs past the end/);
    expect(() => decodeConfusablesPack(bytes.subarray(0, bytes.length - 2))).toThrow(/cut short/);
    expect(() => encodeConfusablesPack({ rn: 'm' })).toThrow(/not one code point/);
  });
});

describe('in a bundle', () => {
  it('the engine reads the packs beside index.mjs, and without them says which file is missing', async () => {
    const dir = join(tmp, 'bundle');
    await bundleSnippet(
      `import { DEFAULT_MODELS } from './shared/checks/models/index.ts';
          import { compilePhrases, phrases } from './shared/lexicon/index.ts';
          import { lookalikeKey } from './shared/text/lookalike.ts';
          export { DEFAULT_MODELS, compilePhrases, phrases, lookalikeKey };`,
      join(dir, 'index.mjs'),
    );
    // Nothing beside it: the lexicon (read first) is not found.
    await expect(import(`${pathToFileURL(join(dir, 'index.mjs')).href}?bare`)).rejects.toThrow(
      /no language folder/,
    );
    for (const kind of ['models', 'lexicon', 'confusables'])
      execFileSync(
        'node',
        [
          '--import',
          'tsx',
          'scripts/pack-data.ts',
          kind,
          join(dir, kind === 'lexicon' ? 'lexicon.pack.json' : `${kind}.pack`),
        ],
        { cwd: root },
      );
    const m = (await import(`${pathToFileURL(join(dir, 'index.mjs')).href}?packed`)) as {
      DEFAULT_MODELS: LinearModel[];
      compilePhrases: typeof compilePhrases;
      phrases: (topic: string, group: string) => string[];
      lookalikeKey: (name: string) => string;
    };
    // The pack, not the tree: the bundle has no weight file or lexicon folder to fall back on.
    expect(m.DEFAULT_MODELS.map((x) => x.check)).toEqual(readModelFiles().map((f) => f.check));
    m.DEFAULT_MODELS.forEach((x, i) => {
      expect(
        Buffer.from(x.q.buffer, x.q.byteOffset, x.q.length).equals(Buffer.from(DEFAULT_MODELS[i]!.q)),
      ).toBe(true);
    });
    expect(m.compilePhrases()).toEqual(compilePhrases());
    expect(m.phrases('hostile-reply', 'insultNoun')).toEqual(phrases('hostile-reply', 'insultNoun'));
    for (const name of ['Ｎｏｒｔｈ', 'nоrth', 'n0rthw1nd', '𝐧𝐨𝐫𝐭𝐡', 'Ꮇеtа_Ѕuррοrt', 'mill'])
      expect(m.lookalikeKey(name), name).toBe(lookalikeKey(name));
  }, 30_000);

  it('tldts, aliased as PostwatchFunction aliases it, parses over suffixes.pack, and without it says so', async () => {
    const dir = join(tmp, 'tldts');
    await bundleSnippet(`export { parse } from 'tldts';`, join(dir, 'index.mjs'), {
      alias: { tldts: TLDTS_BUILD },
    });
    const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
    // tldts's trie is not in the JavaScript: its labels come from the pack.
    expect(code).not.toContain(tldtsTrie.labelText.slice(0, 200));
    await expect(import(`${pathToFileURL(join(dir, 'index.mjs')).href}?bare`)).rejects.toThrow(
      /suffixes.pack is not beside the bundle/,
    );
    execFileSync(
      'node',
      ['--import', 'tsx', 'scripts/pack-data.ts', 'suffixes', join(dir, 'suffixes.pack')],
      {
        cwd: root,
      },
    );
    const m = (await import(`${pathToFileURL(join(dir, 'index.mjs')).href}?packed`)) as {
      parse: typeof parse;
    };
    for (const url of [
      'https://acme-support.github.io/refund',
      'login.acmebank.co.uk',
      'a.b.www.ck',
      'x.zzzz',
    ])
      for (const options of [undefined, { allowPrivateDomains: true }])
        expect(m.parse(url, options), url).toEqual(parse(url, options));
  }, 30_000);
});
