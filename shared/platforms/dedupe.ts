import { createHash } from 'node:crypto';
import type { ContentItem } from '../model/index.ts';

/**
 * SHA-256 over what the checks read. Links are included because an edited attachment changes
 * what `phishing-link` sees even when the words stay the same.
 */
export function contentHash(item: Pick<ContentItem, 'text' | 'links'>): string {
  const h = createHash('sha256').update(item.text);
  for (const link of item.links ?? []) h.update('\u0000').update(link);
  return h.digest('hex');
}

/** `platform:id:hash`: one version of one item. An edit gives a new version; a re-read of the same text does not. */
export function versionKey(item: Pick<ContentItem, 'platform' | 'id' | 'text' | 'links'>): string {
  return `${item.platform}:${item.id}:${contentHash(item)}`;
}

/**
 * Keeps the items whose version has not been seen, and drops repeats inside the batch
 * (overlapping pages can return the same item twice). Pure: `isSeen` answers from the store.
 */
export function selectUnseen(
  items: readonly ContentItem[],
  isSeen: (versionKey: string) => boolean,
): Array<{ item: ContentItem; version: string }> {
  const out: Array<{ item: ContentItem; version: string }> = [];
  const inBatch = new Set<string>();
  for (const item of items) {
    const version = versionKey(item);
    if (inBatch.has(version) || isSeen(version)) continue;
    inBatch.add(version);
    out.push({ item, version });
  }
  return out;
}
