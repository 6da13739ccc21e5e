import { type ContentItem, type ContentItemInput, safeParseContentItem } from '../../model/index.ts';
import type { WebhookResult } from './types.ts';
import { ACCEPTED } from './verify.ts';

/** A loosely typed JSON object; platform payloads are read field by field, never trusted whole. */
export type JsonObject = Record<string, unknown>;

/** The value as an object, or undefined. */
export function obj(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/** The value as an array (empty when it is not one). */
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value as a non-empty string; numbers are accepted because some ids arrive as numbers. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Unix seconds as ISO-8601, or undefined. */
export function unixToIso(value: unknown): string | undefined {
  const seconds = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return new Date(seconds * 1000).toISOString();
}

/** Any date string `Date` understands, as ISO-8601; undefined when it does not parse. */
export function toIso(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** Unique, non-empty strings in first-seen order. */
export function uniqueStrings(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

/**
 * Validates mapped candidates against the item contract. A delivery is signed by the
 * platform, so one odd element is dropped and counted rather than refusing (and having the
 * platform retry) the whole batch. `unmappable` counts elements the mapper already gave up on.
 */
export function accept(candidates: readonly ContentItemInput[], unmappable = 0): WebhookResult {
  const items: ContentItem[] = [];
  let dropped = unmappable;
  for (const candidate of candidates) {
    const parsed = safeParseContentItem(candidate);
    if (parsed.ok) items.push(parsed.item);
    else dropped += 1;
  }
  return { kind: 'items', items, dropped, response: ACCEPTED };
}
