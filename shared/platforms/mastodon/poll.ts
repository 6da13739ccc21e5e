import type { WatchedAccount } from '../../model/index.ts';
import {
  asArray,
  compareIds,
  DAY_MS,
  iso,
  joinUrl,
  keepRecent,
  maxId,
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
import { type MastodonStatus, mapMastodonStatus } from './map.ts';

/** Mastodon poll state; ids are per-instance strings compared as big integers. */
export interface MastodonCursor {
  readonly accountId?: string;
  /** Newest status of the account fully read; the next poll asks for `min_id` above it. */
  readonly minId?: string;
  readonly posts: ReadonlyArray<TrackedPost & { readonly replies?: RepliesMark }>;
}

/** What the last complete read of a thread saw: its newest reply id and when it was read. */
interface RepliesMark {
  readonly maxId: string;
  readonly checkedAt: number;
}

/**
 * Replies older than this before the last read are not mapped again unless edited. Remote
 * replies get ids from their own timestamps and can arrive late, hence a generous margin.
 */
const REPLY_OVERLAP_MS = 60 * 60_000;

/** Mastodon's headers (`X-RateLimit-Reset` is an ISO time) and `{error}` bodies. */
export function mastodonPolicy(tokenSource: string): PlatformHttpPolicy {
  return {
    label: 'Mastodon',
    readRateLimit(headers) {
      const remaining = numberHeader(headers, 'x-ratelimit-remaining');
      const reset = headers.get('x-ratelimit-reset');
      if (remaining === undefined && !reset) return undefined;
      const resetAt = reset ? Date.parse(reset) : undefined;
      return { remaining, resetAt: Number.isNaN(resetAt) ? undefined : resetAt };
    },
    classify(status, body, headers, now) {
      const detail = str((body as { error?: unknown })?.error);
      if (status === 401)
        return { kind: 'auth', message: `Mastodon token rejected (401): renew ${tokenSource}` };
      if (status === 403) {
        return {
          kind: 'auth',
          message: `Mastodon refused access (403): the token behind ${tokenSource} needs the read:statuses scope`,
        };
      }
      if (status === 429) {
        const reset = Date.parse(headers.get('x-ratelimit-reset') ?? '');
        const at = Number.isNaN(reset) ? now + 5 * 60_000 : reset;
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `Mastodon rate limit hit (429); polling again at ${iso(at)}`,
        };
      }
      if (status >= 500) return { kind: 'transient', message: `Mastodon HTTP ${status}` };
      if (status >= 400) {
        return {
          kind: 'request',
          message: `Mastodon answered ${status}${detail ? `: ${detail}` : ''}`,
          code: String(status),
        };
      }
      return undefined;
    },
  };
}

/**
 * The URL of `rel="prev"` or `rel="next"` in a Link header, moved onto the configured
 * instance's origin so that the token is never sent to another host.
 */
export function linkRel(header: string | null, rel: 'prev' | 'next', base: string): string | undefined {
  for (const part of (header ?? '').split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?([a-z]+)"?/.exec(part.trim());
    if (m?.[1] && m[2] === rel) {
      const u = new URL(m[1], base);
      return `${new URL(base).origin}${u.pathname}${u.search}`;
    }
  }
  return undefined;
}

/** Polls a Mastodon account forward with `min_id` (no gap, unlike since_id), then each recent post's replies. */
export async function pollMastodon(
  account: WatchedAccount,
  cursor: MastodonCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<MastodonCursor>> {
  if (!account.apiBase) {
    throw new PlatformRequestError(
      `Mastodon account @${account.handle} needs apiBase (https://<instance>)`,
      undefined,
    );
  }
  const base = account.apiBase;
  // Optional: anonymous callers see public statuses, with a lower per-IP limit.
  const token = optionalCredential(account, 'accessToken', deps, 'Mastodon');
  const http = new HttpClient(mastodonPolicy(token?.source ?? 'the access token'), deps);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token.value}` } : {};
  const now = (deps.now ?? Date.now)();
  const out = new PollCollector<MastodonCursor>();
  let next: MastodonCursor = cursor ?? { posts: [] };

  await out.run(async () => {
    let accountId = account.accountId ?? next.accountId;
    if (!accountId) {
      const res = await http.json<{ id?: string }>({
        url: joinUrl(base, '/api/v1/accounts/lookup', { acct: account.handle }),
        headers,
      });
      accountId = str(res.body?.id);
      if (!accountId)
        throw new PlatformRequestError(`Mastodon account @${account.handle} not found`, res.status);
      next = { ...next, accountId };
    }
    const statusesUrl = joinUrl(base, `/api/v1/accounts/${accountId}/statuses`, {
      limit: 40,
      exclude_reblogs: 'true',
      min_id: next.minId,
    });
    const found: TrackedPost[] = [];
    const take = (page: MastodonStatus[]) => {
      for (const s of page) {
        const item = mapMastodonStatus(s);
        if (!item) continue;
        out.add([item]);
        if (item.kind === 'post') found.push({ id: item.id, at: parseTime(item.createdAt) || now });
      }
    };
    if (next.minId) {
      // Forward: each page holds the statuses directly above min_id, so the watermark may move page by page.
      let url: string | undefined = statusesUrl;
      while (url) {
        const res: { body: unknown; headers: Headers } = await http.json({ url, headers });
        const page = asArray<MastodonStatus>(res.body);
        if (page.length === 0) break;
        take(page);
        const newest = page.reduce<string | undefined>((m, s) => maxId(m, str(s.id)), undefined);
        next = { ...next, minId: maxId(next.minId, newest), posts: mergeTracked(next.posts, found) };
        url = linkRel(res.headers.get('link'), 'prev', base);
      }
    } else {
      // First poll: newest first, back to the start of the comment window.
      let url: string | undefined = statusesUrl;
      let newest: string | undefined;
      const from = now - account.commentsDays * DAY_MS;
      while (url) {
        const res: { body: unknown; headers: Headers } = await http.json({ url, headers });
        const page = asArray<MastodonStatus>(res.body);
        if (page.length === 0) break;
        take(page);
        newest = page.reduce<string | undefined>((m, s) => maxId(m, str(s.id)), newest);
        if (page.some((s) => parseTime(s.created_at) < from)) break;
        url = linkRel(res.headers.get('link'), 'next', base);
      }
      next = { ...next, minId: newest ?? '0', posts: mergeTracked(next.posts, found) };
    }
    next = { ...next, posts: keepRecent(next.posts, now, account.commentsDays) };

    // Replies: the context endpoint has no paging and returns the whole known thread.
    for (const post of next.posts) {
      try {
        const res = await http.json<{ descendants?: unknown }>({
          url: joinUrl(base, `/api/v1/statuses/${post.id}/context`),
          headers,
        });
        let newest = post.replies?.maxId;
        const since = (post.replies?.checkedAt ?? 0) - REPLY_OVERLAP_MS;
        for (const s of asArray<MastodonStatus>(res.body?.descendants)) {
          const id = str(s?.id);
          if (!id) continue;
          newest = maxId(newest, id);
          const old =
            post.replies !== undefined &&
            compareIds(id, post.replies.maxId) <= 0 &&
            parseTime(s.created_at) < since &&
            !(parseTime(s.edited_at) >= since);
          if (old) continue; // read and queued by an earlier poll; skipping saves the HTML parse
          const item = mapMastodonStatus(s);
          if (item) out.add([item]);
        }
        const mark = newest === undefined ? undefined : { maxId: newest, checkedAt: now };
        next = {
          ...next,
          posts: next.posts.map((p) => (p.id === post.id && mark ? { ...p, replies: mark } : p)),
        };
      } catch (error) {
        if (error instanceof PlatformRequestError && (error.status === 404 || error.status === 410)) {
          deps.warn?.(`Mastodon status ${post.id} is gone; no longer watching its replies`);
          next = { ...next, posts: next.posts.filter((p) => p.id !== post.id) };
          continue;
        }
        throw error;
      }
    }
  });
  return out.result(next);
}

/** The Mastodon adapter. */
export const mastodonAdapter: PlatformAdapter<MastodonCursor> = {
  platforms: ['mastodon'],
  poll: pollMastodon,
};
