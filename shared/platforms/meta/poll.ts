import type { WatchedAccount } from '../../model/index.ts';
import {
  asArray,
  credential,
  DAY_MS,
  iso,
  joinUrl,
  keepRecent,
  mergeTracked,
  PollCollector,
  parseTime,
  str,
  type TrackedPost,
} from '../common.ts';
import { PlatformRequestError } from '../errors.ts';
import { HttpClient, type PlatformHttpPolicy, type RateLimitState } from '../http.ts';
import type { PlatformAdapter, PollDeps, PollResult } from '../types.ts';
import {
  type FacebookComment,
  type FacebookPost,
  type InstagramComment,
  type InstagramMedia,
  inlineReplies,
  mapFacebookComment,
  mapFacebookPost,
  mapInstagramComment,
  mapInstagramMedia,
} from './map.ts';

/** Graph API base with a pinned version; `apiBase` replaces it (sandboxes, tests, a newer version). */
export const META_API_BASE = 'https://graph.facebook.com/v21.0';
const OVERLAP_MS = 10 * 60_000;
const THROTTLE_CODES = new Set([
  4, 17, 32, 613, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014,
]);

interface UsageEntry {
  call_count?: number;
  total_cputime?: number;
  total_time?: number;
  estimated_time_to_regain_access?: number;
}

function parseJson(value: string | null): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Reads X-App-Usage, X-Page-Usage and X-Business-Use-Case-Usage: the highest percentage and the regain time. */
export function metaUsage(headers: Headers, now: number): RateLimitState | undefined {
  const entries: UsageEntry[] = [];
  for (const name of ['x-app-usage', 'x-page-usage', 'x-ad-account-usage']) {
    const v = parseJson(headers.get(name));
    if (v && typeof v === 'object') entries.push(v as UsageEntry);
  }
  const buc = parseJson(headers.get('x-business-use-case-usage'));
  if (buc && typeof buc === 'object') {
    for (const list of Object.values(buc as Record<string, unknown>))
      entries.push(...asArray<UsageEntry>(list));
  }
  if (entries.length === 0) return undefined;
  const pct = Math.max(
    ...entries.flatMap((e) => [e.call_count ?? 0, e.total_cputime ?? 0, e.total_time ?? 0]),
  );
  const regain = Math.max(0, ...entries.map((e) => e.estimated_time_to_regain_access ?? 0));
  return { usagePercent: pct, ...(regain > 0 ? { resetAt: now + regain * 60_000 } : {}) };
}

/** Meta's error envelope: branch on `error.code`, not on the HTTP status. */
export function metaPolicy(tokenSource: string, permissions: string): PlatformHttpPolicy {
  return {
    label: 'Meta',
    readRateLimit: metaUsage,
    // App usage is a rolling hour; without a regain time, wait a quarter of it.
    defaultBackoffMs: 15 * 60_000,
    classify(status, body, headers, now) {
      const e = (
        body as {
          error?: { code?: number; error_subcode?: number; is_transient?: boolean; message?: string };
        }
      )?.error;
      if (!e) {
        if (status >= 500) return { kind: 'transient', message: `Meta HTTP ${status}` };
        if (status === 429) {
          const at = metaUsage(headers, now)?.resetAt ?? now + 15 * 60_000;
          return {
            kind: 'rate-limit',
            retryAt: at,
            message: `Meta rate limit hit; polling again at ${iso(at)}`,
          };
        }
        return undefined;
      }
      const code = e.code ?? 0;
      if (code === 190 || code === 102) {
        return { kind: 'auth', message: `Meta token rejected (code ${code}): renew ${tokenSource}` };
      }
      if (code === 10 || (code >= 200 && code < 300)) {
        return {
          kind: 'auth',
          message: `Meta permission missing (code ${code}): grant ${permissions} to the token in ${tokenSource}`,
        };
      }
      if (THROTTLE_CODES.has(code)) {
        const at = metaUsage(headers, now)?.resetAt ?? now + 15 * 60_000;
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `Meta throttled (code ${code}); polling again at ${iso(at)}`,
        };
      }
      if (e.is_transient || code === 1 || code === 2 || status >= 500) {
        return { kind: 'transient', message: `Meta transient error (code ${code})` };
      }
      return { kind: 'request', message: `Meta answered ${status} (code ${code})`, code: String(code) };
    },
  };
}

type Graph = { http: HttpClient; base: string; headers: Record<string, string> };

/**
 * Follows `paging.next` to the end, or until `each` returns false. Next links are absolute;
 * their origin is pinned to the configured base so the token never goes elsewhere. An empty
 * page with a `next` is not the end.
 */
async function graphPages<T>(graph: Graph, first: string, each: (data: T[]) => boolean): Promise<void> {
  const origin = new URL(graph.base).origin;
  let url: string | undefined = first;
  const seen = new Set<string>();
  while (url) {
    if (seen.has(url)) throw new PlatformRequestError('Meta returned a repeated paging.next', 200);
    seen.add(url);
    const res: { body: { data?: unknown; paging?: { next?: string } } } = await graph.http.json({
      url,
      headers: graph.headers,
    });
    if (!each(asArray<T>(res.body?.data))) return;
    const next = str(res.body?.paging?.next);
    if (!next) return;
    const u = new URL(next);
    url = `${origin}${u.pathname}${u.search}`;
  }
}

/** Facebook Page poll state. */
export interface FacebookCursor {
  /** Newest post `created_time` fully read (epoch ms); the next poll asks `since` it minus an overlap. */
  readonly since?: number;
  /** Tracked posts; `checkedAt` is when their comments were last read to the end. */
  readonly posts: ReadonlyArray<TrackedPost & { readonly checkedAt?: number }>;
}

const FB_POST_FIELDS =
  'id,message,created_time,permalink_url,from,attachments{url,unshimmed_url,target,subattachments}';
const FB_COMMENT_FIELDS = 'id,message,created_time,from{id,name},parent{id},permalink_url';

/** Polls a Facebook Page: published posts with `since` (and overlap), then comments newest first down to the last read. */
export async function pollFacebook(
  account: WatchedAccount,
  cursor: FacebookCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<FacebookCursor>> {
  const token = credential(account, 'accessToken', deps, 'Meta');
  const http = new HttpClient(
    metaPolicy(token.source, 'pages_read_engagement and pages_read_user_content'),
    deps,
  );
  const base = account.apiBase ?? META_API_BASE;
  const graph: Graph = { http, base, headers: { authorization: `Bearer ${token.value}` } };
  const now = (deps.now ?? Date.now)();
  const out = new PollCollector<FacebookCursor>();
  let next: FacebookCursor = cursor ?? { posts: [] };

  await out.run(async () => {
    let pageId = account.accountId;
    if (!pageId) {
      const res = await http.json<{ id?: string }>({
        url: joinUrl(base, `/${encodeURIComponent(account.handle)}`, { fields: 'id,name' }),
        headers: graph.headers,
      });
      pageId = str(res.body?.id);
      if (!pageId) throw new PlatformRequestError(`Facebook Page ${account.handle} not found`, res.status);
    }
    const page = { id: pageId, handle: account.handle };
    const since = next.since === undefined ? now - account.commentsDays * DAY_MS : next.since - OVERLAP_MS;
    let newest = next.since;
    const found: TrackedPost[] = [];
    await graphPages<FacebookPost>(
      graph,
      joinUrl(base, `/${pageId}/published_posts`, {
        fields: FB_POST_FIELDS,
        limit: 100,
        since: Math.floor(since / 1000),
      }),
      (posts) => {
        for (const p of posts) {
          const item = mapFacebookPost(p, page);
          if (!item) continue;
          const at = parseTime(p.created_time);
          out.add([item]);
          newest = Math.max(newest ?? 0, at);
          found.push({ id: item.id, at });
        }
        return true;
      },
    );
    next = {
      since: newest ?? now,
      posts: keepRecent(mergeTracked(next.posts, found), now, account.commentsDays),
    };

    for (const post of next.posts) {
      const stopAt = post.checkedAt === undefined ? Number.NEGATIVE_INFINITY : post.checkedAt - OVERLAP_MS;
      try {
        await graphPages<FacebookComment>(
          graph,
          joinUrl(base, `/${post.id}/comments`, {
            filter: 'stream',
            order: 'reverse_chronological',
            fields: FB_COMMENT_FIELDS,
            limit: 100,
          }),
          (comments) => {
            for (const c of comments) {
              if (parseTime(c.created_time) < stopAt) return false;
              const item = mapFacebookComment(c, post.id, page);
              if (item) out.add([item]);
            }
            return true;
          },
        );
      } catch (error) {
        if (error instanceof PlatformRequestError && error.code === '100') {
          deps.warn?.('Facebook post no longer readable; no longer watching its comments');
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

/** Instagram poll state. */
export interface InstagramCursor {
  /** Newest media `timestamp` fully read (epoch ms). */
  readonly since?: number;
  /** Tracked media with the `comments_count` seen when their comments were last read to the end. */
  readonly media: ReadonlyArray<TrackedPost & { readonly comments?: number; readonly permalink?: string }>;
}

const IG_MEDIA_FIELDS =
  'id,caption,permalink,timestamp,username,media_type,media_product_type,comments_count';
const IG_COMMENT_FIELDS = 'id,text,timestamp,username,from{id,username},parent_id,like_count';

/**
 * Polls an Instagram professional account: media newest first to a timestamp watermark, then
 * comments (and replies) of media whose `comments_count` changed. The comments edge has no
 * time filter, so a changed media is read completely.
 */
export async function pollInstagram(
  account: WatchedAccount,
  cursor: InstagramCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<InstagramCursor>> {
  const token = credential(account, 'accessToken', deps, 'Meta');
  const http = new HttpClient(
    metaPolicy(token.source, 'instagram_basic and instagram_manage_comments'),
    deps,
  );
  const base = account.apiBase ?? META_API_BASE;
  const graph: Graph = { http, base, headers: { authorization: `Bearer ${token.value}` } };
  const now = (deps.now ?? Date.now)();
  const out = new PollCollector<InstagramCursor>();
  let next: InstagramCursor = cursor ?? { media: [] };
  const igUser = account.accountId;
  if (!igUser) {
    throw new PlatformRequestError(
      `Instagram account @${account.handle} needs accountId (the Instagram professional account id)`,
      undefined,
    );
  }

  await out.run(async () => {
    const stopAt = next.since === undefined ? now - account.commentsDays * DAY_MS : next.since - OVERLAP_MS;
    let newest = next.since;
    const found: Array<TrackedPost & { permalink?: string }> = [];
    await graphPages<InstagramMedia>(
      graph,
      joinUrl(base, `/${igUser}/media`, { fields: IG_MEDIA_FIELDS, limit: 50 }),
      (media) => {
        for (const m of media) {
          const at = parseTime(m.timestamp);
          if (at < stopAt) return false;
          const item = mapInstagramMedia(m, { id: igUser, handle: account.handle });
          if (!item) continue;
          out.add([item]);
          newest = Math.max(newest ?? 0, at);
          found.push({ id: item.id, at, ...(m.permalink ? { permalink: m.permalink } : {}) });
        }
        return true;
      },
    );
    next = {
      since: newest ?? now,
      media: keepRecent(mergeTracked(next.media, found), now, account.commentsDays),
    };

    // Current comment counts of every tracked media, 50 ids a call.
    const counts = new Map<string, number>();
    const ids = next.media.map((m) => m.id);
    for (let i = 0; i < ids.length; i += 50) {
      const res = await http.json<Record<string, { comments_count?: number }>>({
        url: joinUrl(base, '/', { ids: ids.slice(i, i + 50).join(','), fields: 'comments_count' }),
        headers: graph.headers,
      });
      for (const [id, v] of Object.entries(res.body ?? {})) counts.set(id, Number(v?.comments_count ?? 0));
    }

    for (const media of next.media) {
      const count = counts.get(media.id);
      if (count === undefined) {
        next = { ...next, media: next.media.filter((m) => m.id !== media.id) };
        continue;
      }
      if (count === (media.comments ?? 0)) continue;
      const target = { id: media.id, ...(media.permalink ? { permalink: media.permalink } : {}) };
      const more: string[] = [];
      await graphPages<InstagramComment>(
        graph,
        joinUrl(base, `/${media.id}/comments`, {
          fields: `${IG_COMMENT_FIELDS},replies{${IG_COMMENT_FIELDS}}`,
          limit: 50,
        }),
        (comments) => {
          for (const c of comments) {
            const item = mapInstagramComment(c, target);
            if (item) out.add([item]);
            for (const r of inlineReplies(c)) {
              const reply = mapInstagramComment({ parent_id: c.id, ...r }, target);
              if (reply) out.add([reply]);
            }
            if (c.replies?.paging?.next && c.id) more.push(c.id);
          }
          return true;
        },
      );
      // Threads with more replies than fit inline.
      for (const commentId of more) {
        await graphPages<InstagramComment>(
          graph,
          joinUrl(base, `/${commentId}/replies`, { fields: IG_COMMENT_FIELDS, limit: 50 }),
          (replies) => {
            for (const r of replies) {
              const reply = mapInstagramComment({ parent_id: commentId, ...r }, target);
              if (reply) out.add([reply]);
            }
            return true;
          },
        );
      }
      next = { ...next, media: next.media.map((m) => (m.id === media.id ? { ...m, comments: count } : m)) };
    }
  });
  return out.result(next);
}

/** The Facebook Pages adapter. */
export const facebookAdapter: PlatformAdapter<FacebookCursor> = {
  platforms: ['facebook'],
  poll: pollFacebook,
};
/** The Instagram adapter. */
export const instagramAdapter: PlatformAdapter<InstagramCursor> = {
  platforms: ['instagram'],
  poll: pollInstagram,
};
