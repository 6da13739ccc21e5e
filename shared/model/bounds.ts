import { createHash } from 'node:crypto';

/**
 * Bounds on the fields of an item, applied where every item enters (the item schema, and
 * polled items in the runner). A signed delivery may still carry a 3,000-character id or a
 * 300 KB name; past these bounds it would fail its store write (DynamoDB: key at most 2 KB,
 * item at most 400 KB) and be dead-lettered instead of alerted. Every bound is far above
 * what any platform publishes, so ordinary items are unchanged.
 */
export const FIELD_BOUNDS = {
  /** Item, parent and author ids, in UTF-16 units; longer ones become `sha256:<hex>`. */
  id: 256,
  handle: 256,
  displayName: 512,
  url: 2048,
  /** How many `links` entries are kept. */
  links: 100,
} as const;

/**
 * Texts longer than this many UTF-16 units are scanned up to the cap; findings on such an
 * item carry `truncated: true`. 20,000 is far above any platform's post or comment limit.
 * (Re-exported by shared/checks/engine.ts, which applies it.)
 */
export const TEXT_CAP = 20_000;

/**
 * Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair (a cut
 * that would leave a lone high surrogate drops it too).
 */
export function clipUnits(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * An id as stored: unchanged up to FIELD_BOUNDS.id units, else `sha256:` and the hex digest
 * of the id. Stable, so a re-delivered item still deduplicates; idempotent (a digest is short).
 */
export function boundId(id: string): string {
  if (id.length <= FIELD_BOUNDS.id) return id;
  return `sha256:${createHash('sha256').update(id, 'utf8').digest('hex')}`;
}
