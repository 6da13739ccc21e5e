import { createHash } from 'node:crypto';
import type { CheckId, ContentItem } from '../model/index.ts';

/**
 * Identity of findings and item versions.
 *
 * A finding id must be the same every time the same item version is analyzed (Lambda
 * retries, overlapping polls, `postwatch scan` vs the pipeline), so it is a hash of what
 * identifies the finding and nothing else: no clock, no random part.
 */

// Bumped only if the hashing scheme itself changes; a new scheme means new ids.
const SCHEME = 'v1';

function sha256Hex(parts: readonly string[]): string {
  const hash = createHash('sha256');
  // A separator that cannot occur inside a JSON-encoded part keeps ('a','bc') apart from ('ab','c').
  for (const part of parts) hash.update(JSON.stringify(part)).update('\u0000');
  return hash.digest('hex');
}

/**
 * Hash of the parts of an item that the checks look at (kind, text, author handle and
 * display name, attached links). An edit to any of them is a new item version; a change of
 * url or author id is not.
 */
export function contentHash(item: Pick<ContentItem, 'kind' | 'text' | 'author' | 'links'>): string {
  return sha256Hex([
    SCHEME,
    item.kind,
    item.text,
    item.author.handle,
    item.author.displayName ?? '',
    JSON.stringify(item.links ?? []),
  ]).slice(0, 32);
}

/**
 * Deterministic finding id: hash of platform + item id + content hash + check. When one
 * check reports several findings on one item, the n-th one (n ≥ 1, engine order) adds its
 * ordinal so that they do not collide; the first keeps the plain formula.
 */
export function findingId(
  item: Pick<ContentItem, 'platform' | 'id'>,
  itemContentHash: string,
  check: CheckId,
  ordinal = 0,
): string {
  const parts = [SCHEME, item.platform, item.id, itemContentHash, check];
  if (ordinal > 0) parts.push(String(ordinal));
  // 128 bits are plenty against accidental collisions and keep ids short enough to type.
  return sha256Hex(parts).slice(0, 32);
}

/** Ids for every finding of one analysis, in the engine's order (see findingId for ordinals). */
export function findingIds(
  item: Pick<ContentItem, 'platform' | 'id'>,
  itemContentHash: string,
  findings: readonly { check: CheckId }[],
): string[] {
  const seen = new Map<CheckId, number>();
  return findings.map((f) => {
    const n = seen.get(f.check) ?? 0;
    seen.set(f.check, n + 1);
    return findingId(item, itemContentHash, f.check, n);
  });
}
