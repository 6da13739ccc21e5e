import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDataFileCommands } from '../../../infra/constructs/postwatch-function.ts';
import { DEFAULT_MODELS } from '../../../shared/checks/models/index.ts';
import { BUNDLE_DATA_FILES } from '../../../shared/data/bundle-files.ts';
import { decodeLexiconPack, decodeModelPack } from '../../../shared/data/pack.ts';
import { readDataFile, readDataJson } from '../../../shared/data/read.ts';
import { loadLexicon } from '../../../shared/lexicon/load.ts';
import { bundleSnippet } from '../../support/snippet-bundle.ts';

const root = resolve(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'pw-data-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bundle data files', () => {
  it('lists files that exist, under unique base names, each read by runtime code', () => {
    const names = BUNDLE_DATA_FILES.map((f) => basename(f));
    expect(new Set(names).size).toBe(names.length);
    const readers = execFileSync(
      'git',
      ['grep', '-l', '--untracked', '-E', 'readData(Json|Bytes)\\(', '--', 'shared'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    const sources = readers
      .split('\n')
      .filter(Boolean)
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .join('\n');
    for (const f of BUNDLE_DATA_FILES) {
      expect(existsSync(join(root, f)), f).toBe(true);
      // The path is written out where it is read, so the bundle names the file.
      expect(sources, f).toContain(`'${f}'`);
    }
  });

  it('reads a file from the source tree, and names both places when it is missing', () => {
    expect(readDataJson('shared/checks/models/spam.json')).toEqual(
      JSON.parse(readFileSync(join(root, 'shared/checks/models/spam.json'), 'utf8')),
    );
    // A package's file is found as Node resolves the package, wherever it is installed.
    expect(readDataFile('node_modules/libphonenumber-js/metadata.max.json')).toBe(
      readFileSync(join(root, 'node_modules/libphonenumber-js/metadata.max.json'), 'utf8'),
    );
    expect(() => readDataFile('node_modules/no-such-package/data.json')).toThrow(
      /data file data\.json not found: looked for .*data\.json and node_modules\/no-such-package\/data\.json/,
    );
    expect(() => readDataFile('shared/checks/models/no-such-model.json')).toThrow(
      /data file no-such-model\.json not found: looked for .*no-such-model\.json and .*shared\/checks\/models\/no-such-model\.json/,
    );
  });

  it('in a bundle, reads the copy beside index.mjs (and only that: no source tree around it)', async () => {
    const dir = join(tmp, 'bundle');
    await bundleSnippet(
      `import { readDataJson } from './shared/data/read.ts';
          export const read = () => readDataJson('shared/checks/models/spam.json');`,
      join(dir, 'index.mjs'),
    );
    const m = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as { read: () => unknown };
    expect(() => m.read()).toThrow(/data file spam\.json not found/);
    writeFileSync(join(dir, 'spam.json'), JSON.stringify({ beside: true }));
    expect(m.read()).toEqual({ beside: true });
  });

  it('afterBundling copies a file beside the bundle only when the bundle names it, and writes the packs it names', () => {
    const out = join(tmp, 'out');
    execFileSync('mkdir', ['-p', out]);
    writeFileSync(join(out, 'index.mjs'), `const a = "lookalike-names.br", b = "metadata.max.json";`);
    for (const command of copyDataFileCommands(root, out)) execFileSync('sh', ['-c', command]);
    expect(readdirSync(out).sort()).toEqual(['index.mjs', 'lookalike-names.br', 'metadata.max.json']);
    expect(readFileSync(join(out, 'metadata.max.json'), 'utf8')).toBe(
      readFileSync(join(root, 'node_modules/libphonenumber-js/metadata.max.json'), 'utf8'),
    );
    // A pack the bundle names is written from this tree's sources (scripts/pack-data.ts).
    const packed = join(tmp, 'packed');
    execFileSync('mkdir', ['-p', packed]);
    writeFileSync(
      join(packed, 'index.mjs'),
      `const a = "models.pack", b = "lexicon.pack.json", c = "confusables.pack";`,
    );
    for (const command of copyDataFileCommands(root, packed)) execFileSync('sh', ['-c', command]);
    expect(readdirSync(packed).sort()).toEqual([
      'confusables.pack',
      'index.mjs',
      'lexicon.pack.json',
      'models.pack',
    ]);
    expect(decodeModelPack(readFileSync(join(packed, 'models.pack'))).map((m) => m.meta.check)).toEqual(
      DEFAULT_MODELS.map((m) => m.check),
    );
    expect(decodeLexiconPack(readFileSync(join(packed, 'lexicon.pack.json'), 'utf8')).lexicon).toEqual(
      loadLexicon(),
    );
  }, 30_000);
});
