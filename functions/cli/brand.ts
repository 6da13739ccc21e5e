import { readFileSync } from 'node:fs';
import { type BrandProfile, parseBrandProfile, ValidationError } from '../../shared/model/index.ts';
import { UsageError } from './errors.ts';

/** Reads and validates a brand profile file; every problem becomes a UsageError naming the field. */
export function loadBrandFile(path: string | undefined): BrandProfile {
  if (!path) throw new UsageError('--brand FILE is required (a brand profile, CONTRACTS.md §2)');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read brand profile ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`brand profile ${path} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseBrandProfile(json);
  } catch (e) {
    if (e instanceof ValidationError)
      throw new UsageError(`brand profile ${path} is invalid:\n  ${e.problems.join('\n  ')}`);
    throw e;
  }
}
