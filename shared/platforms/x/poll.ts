import type { WatchedAccount } from '../../model/index.ts';
import {
  asArray,
  compareIds,
  credential,
  DAY_MS,
  iso,
  joinUrl,
  keepRecent,
  maxId,
  mergeTracked,
  PollCollector,
  parseTime,
  str,
  type TrackedPost,
} from '../common.ts';
import { PlatformRequestError } from '../errors.ts';
import { HttpClient, numberHeader, type PlatformHttpPolicy } from '../http.ts';
import type { PlatformAdapter, PollDeps, PollResult } from '../types.ts';
import { mapXPage } from './map.ts';

/** Default API base; `apiBase` in the config replaces it. */
export const X_API_BASE = 'https://api.x.com';
const TWEET_FIELDS =
  'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities,note_tweet';
/**
 * Recent search reaches back about 7 days; older threads need full-archive access. A little
 * less, so that a `since_id` never falls just outside the searchable window.
 */
const SEARCH_DAYS = 6.9;
/** Basic-tier query length limit; batches of conversation ids stay under it. */
const MAX_QUERY = 512;

/** X poll state. Ids are snowflakes kept as strings. */
export interface XCursor {
  readonly userId?: string;
  /** Newest of the account's own posts fully read. */
  readonly sinceId?: string;
  /** Posts whose replies are watched; `sinceId` is the newest reply fully read for it. */
  readonly posts: ReadonlyArray<TrackedPost & { readonly sinceId?: string }>;
}

/** X's rate-limit headers and error bodies (problem JSON, code 88 on 429, 200 with `errors[]`). */
export function xPolicy(tokenSource: string): PlatformHttpPolicy {
  return {
    label: 'X',
    readRateLimit(headers) {
      const remaining = numberHeader(headers, 'x-rate-limit-remaining');
      const reset = numberHeader(headers, 'x-rate-limit-reset');
      if (remaining === undefined && reset === undefined) return undefined;
      return {
        remaining,
        limit: numberHeader(headers, 'x-rate-limit-limit'),
        resetAt: reset && reset * 1000,
      };
    },
    classify(status, body, headers, now) {
      if (status === 401) return { kind: 'auth', message: `X token rejected (401): renew ${tokenSource}` };
      if (status === 403) {
        const detail = str((body as { detail?: unknown })?.detail) ?? '';
        return {
          kind: 'auth',
          message: `X refused access (403): the app's access tier or permissions do not cover this endpoint; check the project behind ${tokenSource}${detail ? ` (${detail})` : ''}`,
        };
      }
      if (status === 429) {
        const reset = numberHeader(headers, 'x-rate-limit-reset');
        const at = reset ? reset * 1000 : now + 15 * 60_000;
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `X rate limit hit (429); polling again at ${iso(at)}`,
        };
      }
      if (status >= 500) return { kind: 'transient', message: `X HTTP ${status}` };
      return undefined;
    },
  };
}

interface Page {
  data?: unknown;
  meta?: { next_token?: string; newest_id?: string; result_count?: number };
  errors?: Array<{ title?: string; detail?: string; type?: string }>;
}

async function pages(
  http: HttpClient,
  url: (token: string | undefined) => string,
  headers: Record<string, string>,
  onPage: (body: Page) => void,
): Promise<void> {
  let token: string | undefined;
  const seenTokens = new Set<string>();
  do {
    const res = await http.json<Page>({ url: url(token), headers });
    onPage(res.body ?? {});
    token = res.body?.meta?.next_token;
    // A token repeated by a broken server would loop forever.
    if (token && seenTokens.has(token))
      throw new PlatformRequestError('X returned a repeated next_token', 200);
    if (token) seenTokens.add(token);
  } while (token);
}

function newestIn(body: Page): string | undefined {
  let newest = body.meta?.newest_id;
  for (const t of asArray<{ id?: unknown }>(body.data)) {
    const id = str(t?.id);
    if (id && /^\d+$/.test(id)) newest = maxId(newest, id);
  }
  return newest;
}

function batchQueries<T extends { id: string }>(posts: readonly T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let length = 0;
  for (const p of posts) {
    const term = `conversation_id:${p.id}`;
    const add = (current.length === 0 ? 0 : 4) + term.length;
    if (current.length > 0 && length + add > MAX_QUERY) {
      batches.push(current);
      current = [];
      length = 0;
    }
    current.push(p);
    length += current.length === 1 ? term.length : add;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Polls an X account: its new posts (`since_id`), then replies in its recent conversations (recent search). */
export async function pollX(
  account: WatchedAccount,
  cursor: XCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<XCursor>> {
  const token = credential(account, 'bearerToken', deps, 'X');
  const http = new HttpClient(xPolicy(token.source), deps);
  const base = account.apiBase ?? X_API_BASE;
  const headers = { authorization: `Bearer ${token.value}` };
  const now = (deps.now ?? Date.now)();
  const days = Math.min(account.commentsDays, SEARCH_DAYS);
  const out = new PollCollector<XCursor>();
  let next: XCursor = cursor ?? { posts: [] };

  await out.run(async () => {
    let userId = account.accountId ?? next.userId;
    if (!userId) {
      const res = await http.json<{ data?: { id?: string } }>({
        url: joinUrl(base, `/2/users/by/username/${encodeURIComponent(account.handle)}`),
        headers,
      });
      userId = str(res.body?.data?.id);
      if (!userId) throw new PlatformRequestError(`X user @${account.handle} not found`, res.status);
      next = { ...next, userId };
    }

    // Own posts, newest first, back to since_id (or the comment window on the first poll).
    let newest: string | undefined;
    const found: Array<TrackedPost & { sinceId?: string }> = [];
    await pages(
      http,
      (pageToken) =>
        joinUrl(base, `/2/users/${userId}/tweets`, {
          max_results: 100,
          since_id: next.sinceId,
          start_time: next.sinceId ? undefined : iso(now - days * DAY_MS).replace(/\.\d{3}Z$/, 'Z'),
          pagination_token: pageToken,
          'tweet.fields': TWEET_FIELDS,
          expansions: 'author_id',
          'user.fields': 'username,name',
        }),
      headers,
      (body) => {
        for (const e of body.errors ?? []) deps.warn?.(`X partial error: ${e.title ?? e.type ?? 'unknown'}`);
        newest = maxId(newest, newestIn(body));
        for (const item of mapXPage(body)) {
          out.add([item]);
          if (item.kind === 'post') found.push({ id: item.id, at: parseTime(item.createdAt) || now });
        }
      },
    );
    // Only after every page: a crash mid-way must re-read from the old since_id.
    next = {
      ...next,
      sinceId: maxId(next.sinceId, newest),
      posts: keepRecent(mergeTracked(next.posts, found), now, days),
    };

    // Replies: one recent-search query per batch of conversations, since the oldest watermark in it.
    for (const batch of batchQueries(next.posts)) {
      const since = batch.map((p) => p.sinceId ?? p.id).reduce((a, b) => (compareIds(a, b) <= 0 ? a : b));
      let newestReply: string | undefined;
      await pages(
        http,
        (pageToken) =>
          joinUrl(base, '/2/tweets/search/recent', {
            query: batch.map((p) => `conversation_id:${p.id}`).join(' OR '),
            max_results: 100,
            since_id: since,
            next_token: pageToken,
            'tweet.fields': TWEET_FIELDS,
            expansions: 'author_id',
            'user.fields': 'username,name',
          }),
        headers,
        (body) => {
          for (const e of body.errors ?? [])
            deps.warn?.(`X partial error: ${e.title ?? e.type ?? 'unknown'}`);
          newestReply = maxId(newestReply, newestIn(body));
          out.add(mapXPage(body));
        },
      );
      const ids = new Set(batch.map((p) => p.id));
      next = {
        ...next,
        posts: next.posts.map((p) => (ids.has(p.id) ? { ...p, sinceId: maxId(p.sinceId, newestReply) } : p)),
      };
    }
  });
  return out.result(next);
}

/** The X adapter. */
export const xAdapter: PlatformAdapter<XCursor> = { platforms: ['x'], poll: pollX };
