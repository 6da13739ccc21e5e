import type * as z from 'zod/mini';
import { type BrandProfile, BrandProfileSchema } from './brand.ts';
import { describeIssues, ValidationError } from './errors.ts';
import { type ContentItem, ContentItemSchema } from './item.ts';

/** Parses with a schema or throws a ValidationError naming every bad field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(what, describeIssues(result.error));
  return result.data;
}

/** Validates a brand profile (CONTRACTS.md §2). */
export function parseBrandProfile(value: unknown): BrandProfile {
  return parseOrThrow(BrandProfileSchema, value, 'brand profile');
}

/** Validates one content item (CONTRACTS.md §1). */
export function parseContentItem(value: unknown): ContentItem {
  return parseOrThrow(ContentItemSchema, value, 'content item');
}

/** Validates one content item without throwing: the item, or the problems. */
export function safeParseContentItem(
  value: unknown,
): { ok: true; item: ContentItem } | { ok: false; problems: string[] } {
  const result = ContentItemSchema.safeParse(value);
  return result.success
    ? { ok: true, item: result.data }
    : { ok: false, problems: describeIssues(result.error) };
}
