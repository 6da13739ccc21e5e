import { z } from 'zod';

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
const optionalText = z.preprocess(nullAsAbsent, z.string().optional());

/** The author of an item; only `handle` is required. Stable ids are preferred for storage. */
export const AuthorSchema = z.object({
  id: z.preprocess((v) => (typeof v === 'number' ? String(v) : nullAsAbsent(v)), z.string().optional()),
  handle: z.string().transform((h) => h.replace(/^@/, '')),
  displayName: optionalText,
});
export type Author = z.infer<typeof AuthorSchema>;

/**
 * The canonical content item (CONTRACTS.md §1). Unknown fields are dropped, never an error.
 *
 * @example
 * { "platform": "instagram", "kind": "comment", "id": "17890455012345678",
 *   "author": { "handle": "acme.support_help" }, "text": "DM us on WhatsApp" }
 */
export const ContentItemSchema = z.object({
  platform: PlatformSchema,
  kind: z.enum(['post', 'comment']),
  id: z.union([z.string().min(1), z.number()]).transform(String),
  url: optionalText,
  author: AuthorSchema,
  text: z.string(),
  createdAt: z.preprocess(
    nullAsAbsent,
    z
      .string()
      .refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 time')
      .optional(),
  ),
  parentId: optionalText,
  links: z.preprocess(nullAsAbsent, z.array(z.string()).optional()),
});
export type ContentItem = z.infer<typeof ContentItemSchema>;
/** What a producer may hand in (before defaults and transforms). */
export type ContentItemInput = z.input<typeof ContentItemSchema>;

/** `platform:id`, the identity of an item across the system. */
export function itemKey(item: Pick<ContentItem, 'platform' | 'id'>): string {
  return `${item.platform}:${item.id}`;
}
