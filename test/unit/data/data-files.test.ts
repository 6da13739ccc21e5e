import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDataFileCommands } from '../../../infra/constructs/postwatch-function.ts';
import { BUNDLE_DATA_FILES } from '../../../shared/data/bundle-files.ts';
import { readDataFile, readDataJson } from '../../../shared/data/read.ts';

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
    await build({
      stdin: {
        contents: `import { readDataJson } from './shared/data/read.ts';
          export const read = () => readDataJson('shared/checks/models/spam.json');`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: join(dir, 'index.mjs'),
      logLevel: 'silent',
    });
    const m = (await import(pathToFileURL(join(dir, 'index.mjs')).href)) as { read: () => unknown };
    expect(() => m.read()).toThrow(/data file spam\.json not found/);
    writeFileSync(join(dir, 'spam.json'), JSON.stringify({ beside: true }));
    expect(m.read()).toEqual({ beside: true });
  });

  it('afterBundling copies a file beside the bundle only when the bundle names it', () => {
    const out = join(tmp, 'out');
    execFileSync('mkdir', ['-p', out]);
    writeFileSync(
      join(out, 'index.mjs'),
      `const a = "shared/checks/models/spam.json", b = "metadata.max.json";`,
    );
    for (const command of copyDataFileCommands(root, out)) execFileSync('sh', ['-c', command]);
    expect(readdirSync(out).sort()).toEqual(['index.mjs', 'metadata.max.json', 'spam.json']);
    // A folder, when the bundle reads it: its tree with only the data files, nothing else of the source.
    writeFileSync(join(out, 'index.mjs'), `const d = new URL("./lexicon/", import.meta.url);`);
    for (const command of copyDataFileCommands(root, out)) execFileSync('sh', ['-c', command]);
    const copied = execFileSync('find', ['lexicon', '-type', 'f'], { cwd: out, encoding: 'utf8' }).split(
      '\n',
    );
    const source = execFileSync('find', ['.', '-name', '*.txt'], {
      cwd: join(root, 'shared/lexicon'),
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^\./, 'lexicon'));
    expect(copied.filter(Boolean).sort()).toEqual(source.sort());
    expect(readFileSync(join(out, 'spam.json'), 'utf8')).toBe(
      readFileSync(join(root, 'shared/checks/models/spam.json'), 'utf8'),
    );
  });
});
