import type { BuildOptions } from 'esbuild';
import { TLDTS_BUILD } from '../../infra/constructs/postwatch-function.ts';

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
