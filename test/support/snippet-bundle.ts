import { resolve } from 'node:path';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');

/**
 * Bundles a few lines of TypeScript written against the repository root (imports like
 * `./shared/data/read.ts`) into `outfile`, an ESM module with nothing external: the
 * smallest stand-in for a Lambda bundle, for tests of what code does outside the tree.
 */
export async function bundleSnippet(contents: string, outfile: string): Promise<void> {
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
}
