import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildOptions, build } from 'esbuild';
import { copyDataFileCommands, TLDTS_BUILD } from '../../infra/constructs/postwatch-function.ts';
import type { createEngine } from '../../shared/checks/engine.ts';
import type { DEFAULT_MODELS } from '../../shared/checks/models/index.ts';

/** The esbuild options PostwatchFunction gives NodejsFunction (see its `bundling`), for the benches. */
export const LAMBDA_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  keepNames: false,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  alias: { tldts: TLDTS_BUILD },
  external: [],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'silent',
};

/** What an engine bundle exports: the engine and the shipped models, as analyze bundles them. */
export interface BuiltEngine {
  readonly createEngine: typeof createEngine;
  readonly DEFAULT_MODELS: typeof DEFAULT_MODELS;
}

/**
 * Bundles `tree`'s engine into `out` (index.mjs) with its data files, as the Lambda bundles are
 * made (LAMBDA_OPTIONS, or `options` as another commit makes them; the packs beside it), and
 * imports it.
 */
export async function buildEngine(
  tree: string,
  out: string,
  options: BuildOptions = LAMBDA_OPTIONS,
): Promise<BuiltEngine> {
  mkdirSync(out, { recursive: true });
  await build({
    ...options,
    stdin: {
      contents: [
        "export { createEngine } from './shared/checks/engine.ts';",
        "export { DEFAULT_MODELS } from './shared/checks/models/index.ts';",
      ].join('\n'),
      resolveDir: tree,
      loader: 'ts',
    },
    sourcemap: false,
    metafile: false,
    absWorkingDir: tree,
    outfile: join(out, 'index.mjs'),
    logLevel: 'warning',
  });
  for (const c of copyDataFileCommands(tree, out)) execFileSync('sh', ['-c', c]);
  return (await import(pathToFileURL(join(out, 'index.mjs')).href)) as BuiltEngine;
}

/**
 * buildEngine into a temporary directory, removed when the process exits (the bundle reads
 * the phone metadata beside it on the first number, so not before).
 */
export async function bundledEngine(tree: string): Promise<BuiltEngine> {
  const out = mkdtempSync(join(tmpdir(), 'pw-engine-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  return buildEngine(tree, out);
}
