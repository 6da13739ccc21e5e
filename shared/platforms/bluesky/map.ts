import type { ContentItem } from '../../model/index.ts';
import { asArray, isoTime, str } from '../common.ts';

/** A rich-text facet: a byte range of the text (UTF-8, end exclusive) with features. */
export interface BskyFacet {
  index?: { byteStart?: number; byteEnd?: number };
  features?: Array<{ $type?: string; uri?: string; did?: string; tag?: string }>;
}

/** `app.bsky.feed.defs#postView` fields that postwatch reads. */
export interface BskyPostView {
  uri: string;
  cid?: string;
  author?: { did?: string; handle?: string; displayName?: string };
  record?: {
    $type?: string;
    text?: string;
    createdAt?: string;
    facets?: BskyFacet[];
    reply?: { root?: { uri?: string }; parent?: { uri?: string } };
    embed?: { $type?: string; external?: { uri?: string }; media?: { external?: { uri?: string } } };
  };
  embed?: { $type?: string; external?: { uri?: string } };
  indexedAt?: string;
  replyCount?: number;
}

/** A facet's range as UTF-16 offsets of `text`, with what it points at. */
export interface FacetSpan {
  readonly start: number;
  readonly end: number;
  readonly shown: string;
  readonly kind: 'link' | 'mention' | 'tag';
  readonly value: string;
}

/**
 * Resolves facets to UTF-16 ranges. Facet indexes count UTF-8 bytes, so a JS string index
 * would drift after the first emoji or accented letter; slice a Buffer instead. Facets with
 * out-of-range or split-character indexes are skipped rather than trusted.
 */
export function facetSpans(text: string, facets: readonly BskyFacet[] | undefined): FacetSpan[] {
  const bytes = Buffer.from(text, 'utf8');
  const out: FacetSpan[] = [];
  for (const facet of facets ?? []) {
    const s = facet.index?.byteStart;
    const e = facet.index?.byteEnd;
    if (typeof s !== 'number' || typeof e !== 'number' || s < 0 || e > bytes.length || s >= e) continue;
    // A continuation byte (10xxxxxx) at either edge means the range cuts a character.
    if (((bytes[s] ?? 0) & 0xc0) === 0x80 || (e < bytes.length && ((bytes[e] ?? 0) & 0xc0) === 0x80))
      continue;
    const start = bytes.subarray(0, s).toString('utf8').length;
    const shown = bytes.subarray(s, e).toString('utf8');
    for (const f of facet.features ?? []) {
      const type = f.$type ?? '';
      if (type.endsWith('#link') && f.uri)
        out.push({ start, end: start + shown.length, shown, kind: 'link', value: f.uri });
      else if (type.endsWith('#mention') && f.did)
        out.push({ start, end: start + shown.length, shown, kind: 'mention', value: f.did });
      else if (type.endsWith('#tag') && f.tag)
        out.push({ start, end: start + shown.length, shown, kind: 'tag', value: f.tag });
    }
  }
  return out;
}

/** The record key: the last segment of an `at://did/collection/rkey` URI. */
export function rkeyOf(uri: string): string {
  return uri.split('/').at(-1) ?? '';
}

/** Maps a post view to a content item: id is the `at://` URI, links from link facets and external embeds. */
export function mapBskyPost(post: BskyPostView): ContentItem {
  const text = post.record?.text ?? '';
  const links: string[] = [];
  const add = (u: string | undefined) => {
    if (u && !links.includes(u)) links.push(u);
  };
  // Link facets carry the full URL even when the text shows it shortened.
  for (const span of facetSpans(text, post.record?.facets)) if (span.kind === 'link') add(span.value);
  add(str(post.record?.embed?.external?.uri));
  add(str(post.record?.embed?.media?.external?.uri));
  add(str(post.embed?.external?.uri));
  const parent = str(post.record?.reply?.parent?.uri);
  const handle = post.author?.handle ?? post.author?.did ?? '';
  return {
    platform: 'bluesky',
    kind: parent ? 'comment' : 'post',
    id: post.uri,
    url: `https://bsky.app/profile/${handle}/post/${rkeyOf(post.uri)}`,
    author: { id: post.author?.did, handle, displayName: post.author?.displayName || undefined },
    text,
    createdAt: isoTime(post.record?.createdAt) ?? isoTime(post.indexedAt),
    parentId: parent,
    links: links.length > 0 ? links : undefined,
  };
}

/** Flattens a `getPostThread` answer to its replies (any depth); not-found and blocked entries are skipped. */
export function threadReplies(thread: unknown): BskyPostView[] {
  const out: BskyPostView[] = [];
  const walk = (node: unknown) => {
    const n = node as { $type?: string; post?: BskyPostView; replies?: unknown };
    if (!n || (n.$type && !n.$type.endsWith('#threadViewPost'))) return;
    for (const r of asArray(n.replies)) {
      const reply = r as { $type?: string; post?: BskyPostView };
      if (reply?.$type && !reply.$type.endsWith('#threadViewPost')) continue;
      if (reply?.post?.uri) out.push(reply.post);
      walk(r);
    }
  };
  walk(thread);
  return out;
}
