import * as z from 'zod/mini';
import { boundId, clipUnits, FIELD_BOUNDS } from './bounds.ts';
import './zod-locale.ts';

/** Platforms postwatch knows (CONTRACTS.md §1). */
export const PlatformSchema = z.enum([
  'x',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'linkedin',
  'mastodon',
  'bluesky',
  'reddit',
  'other',
]);
export type Platform = z.infer<typeof PlatformSchema>;

/** Treats JSON null as absent, so producers that write `null` for a missing field are accepted. */
const nullAsAbsent = (v: unknown) => (v === null ? undefined : v);
/**
 * zod/mini has no preprocess. Classic zod's is, at run time, this very pipe (a transform into
 * the schema); its type says what the pipe's does not: the field is as optional as `schema`.
 */
const preprocess = <S extends z.ZodMiniType>(fn: (v: unknown) => unknown, schema: S) =>
  z.pipe(z.transform(fn), schema) as unknown as z.core.$ZodPreprocess<S>;
const optionalText = preprocess(nullAsAbsent, z.optional(z.string()));

/** The author of an item; only `handle` is required. Stable ids are preferred for storage. */
export const AuthorSchema = z.object({
  id: preprocess((v) => (typeof v === 'number' ? String(v) : nullAsAbsent(v)), z.optional(z.string())),
  handle: z.pipe(
    z.string(),
    z.transform((h: string) => h.replace(/^@/, '')),
  ),
  displayName: optionalText,
});
export type Author = z.infer<typeof AuthorSchema>;

/**
 * The shape of a content item (CONTRACTS.md §1) before its bounds.
 *
 * @example
 * { "platform": "instagram", "kind": "comment", "id": "17890455012345678",
 *   "author": { "handle": "acme.support_help" }, "text": "DM us on WhatsApp" }
 */
const ContentItemShape = z.object({
  platform: PlatformSchema,
  kind: z.enum(['post', 'comment']),
  id: z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String)),
  url: optionalText,
  author: AuthorSchema,
  text: z.string(),
  createdAt: preprocess(
    nullAsAbsent,
    z.optional(z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 time'))),
  ),
  parentId: optionalText,
  links: preprocess(nullAsAbsent, z.optional(z.array(z.string()))),
});
export type ContentItem = z.infer<typeof ContentItemShape>;

/** Optional strings and lists keep their identity when nothing is cut. */
function bounded<T>(value: T | undefined, bound: (v: T) => T): T | undefined {
  return value === undefined ? undefined : bound(value);
}

/** Links as kept: at most FIELD_BOUNDS.links entries, each at most FIELD_BOUNDS.url units. */
function boundLinks(links: string[]): string[] {
  const kept = links.length > FIELD_BOUNDS.links ? links.slice(0, FIELD_BOUNDS.links) : links;
  return kept.some((l) => l.length > FIELD_BOUNDS.url)
    ? kept.map((l) => clipUnits(l, FIELD_BOUNDS.url))
    : kept;
}

/**
 * Bounds every field that reaches the store (shared/model/bounds.ts): ids longer than the
 * bound become `sha256:<hex>` (stable, so dedupe still works), names, url and links are cut.
 * The schema applies it; the pollers, which map straight to ContentItem, call it too.
 * Returns the item itself when every field is within its bound (ordinary items).
 */
export function boundItem(item: ContentItem): ContentItem {
  const { author } = item;
  const id = boundId(item.id);
  const parentId = bounded(item.parentId, boundId);
  const url = bounded(item.url, (u) => clipUnits(u, FIELD_BOUNDS.url));
  const links = bounded(item.links, boundLinks);
  const authorId = bounded(author.id, boundId);
  const handle = clipUnits(author.handle, FIELD_BOUNDS.handle);
  const displayName = bounded(author.displayName, (d) => clipUnits(d, FIELD_BOUNDS.displayName));
  const sameAuthor = authorId === author.id && handle === author.handle && displayName === author.displayName;
  if (
    sameAuthor &&
    id === item.id &&
    parentId === item.parentId &&
    url === item.url &&
    links === item.links
  ) {
    return item;
  }
  return {
    ...item,
    id,
    ...(parentId !== undefined ? { parentId } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(links !== undefined ? { links } : {}),
    author: sameAuthor
      ? author
      : {
          ...author,
          ...(authorId !== undefined ? { id: authorId } : {}),
          handle,
          ...(displayName !== undefined ? { displayName } : {}),
        },
  };
}

/**
 * The canonical content item (CONTRACTS.md §1), validated then bounded (boundItem). Unknown
 * fields are dropped, never an error.
 */
export const ContentItemSchema = z.pipe(ContentItemShape, z.transform(boundItem));
/** What a producer may hand in (before defaults and transforms). */
export type ContentItemInput = z.input<typeof ContentItemSchema>;

/** `platform:id`, the identity of an item across the system. */
export function itemKey(item: Pick<ContentItem, 'platform' | 'id'>): string {
  return `${item.platform}:${item.id}`;
}
