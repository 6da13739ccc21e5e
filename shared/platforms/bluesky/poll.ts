import type { WatchedAccount } from '../../model/index.ts';
import {
  asArray,
  DAY_MS,
  iso,
  joinUrl,
  keepRecent,
  mergeTracked,
  optionalCredential,
  PollCollector,
  parseTime,
  str,
  type TrackedPost,
} from '../common.ts';
import { PlatformRequestError } from '../errors.ts';
import { HttpClient, numberHeader, type PlatformHttpPolicy } from '../http.ts';
import type { PlatformAdapter, PollDeps, PollResult } from '../types.ts';
import { type BskyPostView, mapBskyPost, threadReplies } from './map.ts';

/** The public AppView: no credentials needed for public posts and threads. */
export const BSKY_API_BASE = 'https://public.api.bsky.app';
/** `indexedAt` overlap: the AppView may index posts slightly out of order. */
const OVERLAP_MS = 10 * 60_000;

/** Bluesky poll state. Times are epoch ms of the AppView's `indexedAt` (client `createdAt` can be backdated). */
export interface BlueskyCursor {
  /** Newest `indexedAt` of the account's own posts fully read. */
  readonly indexedAt?: number;
  /** Tracked posts (id = at:// URI); `checkedAt` is when its thread was last read completely. */
  readonly posts: ReadonlyArray<TrackedPost & { readonly checkedAt?: number }>;
}

/** XRPC errors (`{error, message}`) and the IETF-draft RateLimit-* headers (reset in epoch seconds). */
export function blueskyPolicy(tokenSource: string): PlatformHttpPolicy {
  const resetAt = (headers: Headers, now: number) => {
    const r = numberHeader(headers, 'ratelimit-reset');
    if (r === undefined) return undefined;
    // Bluesky sends epoch seconds; the draft standard says delta seconds. Accept both.
    return r > 1_000_000_000 ? r * 1000 : now + r * 1000;
  };
  return {
    label: 'Bluesky',
    readRateLimit(headers, now) {
      const remaining = numberHeader(headers, 'ratelimit-remaining');
      if (remaining === undefined) return undefined;
      return { remaining, limit: numberHeader(headers, 'ratelimit-limit'), resetAt: resetAt(headers, now) };
    },
    classify(status, body, headers, now) {
      const error = str((body as { error?: unknown })?.error);
      const message = str((body as { message?: unknown })?.message);
      if (status === 401 || error === 'ExpiredToken' || error === 'InvalidToken') {
        return { kind: 'auth', message: `Bluesky token rejected (${status}): renew ${tokenSource}` };
      }
      if (status === 429) {
        const at = resetAt(headers, now) ?? now + 5 * 60_000;
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `Bluesky rate limit hit (429); polling again at ${iso(at)}`,
        };
      }
      if (status >= 500) return { kind: 'transient', message: `Bluesky HTTP ${status}` };
      if (status >= 400) {
        return {
          kind: 'request',
          message: `Bluesky answered ${status} ${error ?? ''}${message ? `: ${message}` : ''}`.trim(),
          ...(error ? { code: error } : {}),
        };
      }
      return undefined;
    },
  };
}

/**
 * Polls a Bluesky account: its author feed newest first until the `indexedAt` watermark (there
 * is no `since`), then each recent post's thread. Threads are read for every tracked post,
 * not only when `replyCount` changes: that count only covers direct replies.
 */
export async function pollBluesky(
  account: WatchedAccount,
  cursor: BlueskyCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<BlueskyCursor>> {
  const base = account.apiBase ?? BSKY_API_BASE;
  const token = optionalCredential(account, 'accessToken', deps, 'Bluesky');
  const http = new HttpClient(blueskyPolicy(token?.source ?? 'the access token'), deps);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token.value}` } : {};
  const now = (deps.now ?? Date.now)();
  const out = new PollCollector<BlueskyCursor>();
  let next: BlueskyCursor = cursor ?? { posts: [] };
  const actor = account.accountId ?? account.handle;

  await out.run(async () => {
    const stopAt =
      next.indexedAt === undefined ? now - account.commentsDays * DAY_MS : next.indexedAt - OVERLAP_MS;
    let newest = next.indexedAt;
    const found: TrackedPost[] = [];
    let pageCursor: string | undefined;
    let done = false;
    while (!done) {
      const res = await http.json<{ feed?: unknown; cursor?: string }>({
        url: joinUrl(base, '/xrpc/app.bsky.feed.getAuthorFeed', {
          actor,
          limit: 100,
          filter: 'posts_with_replies',
          cursor: pageCursor,
        }),
        headers,
      });
      const feed = asArray<{ post?: BskyPostView; reason?: unknown }>(res.body?.feed);
      for (const entry of feed) {
        const post = entry?.post;
        if (!post?.uri) continue;
        const indexed = parseTime(post.indexedAt);
        if (indexed < stopAt) {
          done = true;
          break;
        }
        // Reposts and pins carry a `reason`: the post is someone else's or already seen.
        if (entry.reason) continue;
        const item = mapBskyPost(post);
        out.add([item]);
        if (indexed > (newest ?? 0)) newest = indexed;
        if (item.kind === 'post') found.push({ id: item.id, at: indexed });
      }
      pageCursor = str(res.body?.cursor);
      if (!pageCursor || feed.length === 0) done = true;
    }
    next = {
      indexedAt: newest ?? now,
      posts: keepRecent(mergeTracked(next.posts, found), now, account.commentsDays),
    };

    for (const post of next.posts) {
      const since = (post.checkedAt ?? 0) - OVERLAP_MS;
      try {
        const res = await http.json<{ thread?: unknown }>({
          url: joinUrl(base, '/xrpc/app.bsky.feed.getPostThread', {
            uri: post.id,
            depth: 1000,
            parentHeight: 0,
          }),
          headers,
        });
        for (const reply of threadReplies(res.body?.thread)) {
          // Replies indexed well before the last complete read were queued then.
          if (post.checkedAt !== undefined && parseTime(reply.indexedAt) < since) continue;
          out.add([mapBskyPost(reply)]);
        }
      } catch (error) {
        if (error instanceof PlatformRequestError && error.code === 'NotFound') {
          deps.warn?.('Bluesky post deleted; no longer watching its thread');
          next = { ...next, posts: next.posts.filter((p) => p.id !== post.id) };
          continue;
        }
        throw error;
      }
      next = { ...next, posts: next.posts.map((p) => (p.id === post.id ? { ...p, checkedAt: now } : p)) };
    }
  });
  return out.result(next);
}

/** The Bluesky adapter. */
export const blueskyAdapter: PlatformAdapter<BlueskyCursor> = { platforms: ['bluesky'], poll: pollBluesky };
