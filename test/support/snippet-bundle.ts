import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a few lines of TypeScript written against the repository root (imports like
 * `./shared/data/read.ts`) into `outfile`, an ESM module with nothing external: the
 * smallest stand-in for a Lambda bundle, for tests of what code does outside the tree.
 * `alias` replaces packages as PostwatchFunction does (its `--alias` arguments).
 */
export async function bundleSnippet(
  contents: string,
  outfile: string,
  options: { alias?: Record<string, string> } = {},
): Promise<void> {
  await build({
    ...options,
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
}
