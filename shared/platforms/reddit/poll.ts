import { envRefName, type WatchedAccount } from '../../model/index.ts';
import {
  asArray,
  credential,
  DAY_MS,
  iso,
  joinUrl,
  keepRecent,
  mergeTracked,
  optionalCredential,
  PollCollector,
  str,
  type TrackedPost,
} from '../common.ts';
import { PlatformAuthError, PlatformRequestError } from '../errors.ts';
import { HttpClient, numberHeader, type PlatformHttpPolicy } from '../http.ts';
import type { PlatformAdapter, PollDeps, PollResult } from '../types.ts';
import { flattenComments, mapRedditThing, type RedditThing } from './map.ts';

/** OAuth API host; every call needs a bearer token. */
export const REDDIT_API_BASE = 'https://oauth.reddit.com';
/** Where tokens are issued (a different host from the API). */
export const REDDIT_AUTH_BASE = 'https://www.reddit.com';

/** Access tokens last an hour; kept per client in memory so a warm Lambda reuses them. */
const tokenCache = new Map<string, { token: string; expiresAt: number }>();

/**
 * The bearer token to use: `accessToken` as configured, or one obtained from `clientId` and
 * `clientSecret` (with `refreshToken` for a user's grant, else app-only client credentials,
 * which read public listings). Returns the token and the name to renew when it is rejected.
 */
async function redditToken(
  account: WatchedAccount,
  deps: PollDeps,
  http: HttpClient,
  authBase: string,
  userAgent: string,
): Promise<{ value: string; source: string }> {
  const fixed = optionalCredential(account, 'accessToken', deps, 'Reddit');
  if (fixed) return fixed;
  const id = credential(account, 'clientId', deps, 'Reddit');
  const secret = credential(account, 'clientSecret', deps, 'Reddit');
  const refresh = optionalCredential(account, 'refreshToken', deps, 'Reddit');
  const now = (deps.now ?? Date.now)();
  const key = `${id.value}:${refresh?.value ?? ''}`;
  const cached = tokenCache.get(key);
  if (cached && cached.expiresAt > now + 60_000)
    return { value: cached.token, source: refresh?.source ?? secret.source };
  const body = new URLSearchParams(
    refresh
      ? { grant_type: 'refresh_token', refresh_token: refresh.value }
      : { grant_type: 'client_credentials' },
  );
  const res = await http.json<{ access_token?: string; expires_in?: number; error?: string }>({
    url: joinUrl(authBase, '/api/v1/access_token'),
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${id.value}:${secret.value}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
      'user-agent': userAgent,
    },
    body,
  });
  const token = str(res.body?.access_token);
  if (!token) {
    // Reddit answers 200 with {"error": "invalid_grant"} for a revoked refresh token.
    throw new PlatformAuthError(
      `Reddit refused to issue a token (${res.body?.error ?? 'no access_token'}): renew ${refresh?.source ?? secret.source}`,
      res.status,
    );
  }
  tokenCache.set(key, { token, expiresAt: now + (res.body?.expires_in ?? 3600) * 1000 });
  return { value: token, source: refresh?.source ?? secret.source };
}
const OVERLAP_MS = 10 * 60_000;
const MORE_BATCH = 100;

/** Reddit poll state. `createdAt` is the newest own post fully read (epoch ms; `before=` breaks on deletion). */
export interface RedditCursor {
  readonly createdAt?: number;
  /** Tracked posts by fullname; `checkedAt` is when the comment tree was last read completely. */
  readonly posts: ReadonlyArray<TrackedPost & { readonly checkedAt?: number }>;
}

/** Reddit's X-Ratelimit-* headers (reset in seconds from now, remaining as a float). */
export function redditPolicy(tokenSource: string): PlatformHttpPolicy {
  return {
    label: 'Reddit',
    readRateLimit(headers, now) {
      const remaining = numberHeader(headers, 'x-ratelimit-remaining');
      const reset = numberHeader(headers, 'x-ratelimit-reset');
      if (remaining === undefined) return undefined;
      return {
        remaining: Math.floor(remaining),
        resetAt: reset === undefined ? undefined : now + reset * 1000,
      };
    },
    classify(status, body, headers, now) {
      if (status === 401)
        return { kind: 'auth', message: `Reddit token rejected (401): renew ${tokenSource}` };
      if (status === 403) {
        return {
          kind: 'auth',
          message: `Reddit refused access (403): the account may be suspended or private, or ${tokenSource} lacks the read scope`,
        };
      }
      if (status === 429) {
        const reset = numberHeader(headers, 'x-ratelimit-reset');
        const at = now + (reset ?? 60) * 1000;
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `Reddit rate limit hit (429); polling again at ${iso(at)}`,
        };
      }
      if (status >= 500) return { kind: 'transient', message: `Reddit HTTP ${status}` };
      if (status >= 400)
        return { kind: 'request', message: `Reddit answered ${status}`, code: String(status) };
      const errors = asArray<unknown[]>((body as { json?: { errors?: unknown } })?.json?.errors);
      if (errors.length > 0) {
        return {
          kind: 'request',
          message: `Reddit reported errors: ${errors.map((e) => String(e?.[0])).join(', ')}`,
        };
      }
      return undefined;
    },
  };
}

/**
 * Polls a Reddit user: submissions newest first down to a `created_utc` watermark (with
 * overlap), then each recent post's comment tree, expanding `more` stubs.
 */
export async function pollReddit(
  account: WatchedAccount,
  cursor: RedditCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<RedditCursor>> {
  const ua = optionalCredential(account, 'userAgent', deps, 'Reddit');
  // Reddit throttles generic user agents hard; the documented form names the app and its owner.
  const userAgent = ua?.value ?? 'server:postwatch:0.1 (brand monitoring)';
  const base = account.apiBase ?? REDDIT_API_BASE;
  const secretRef = account.credentials.accessToken ?? account.credentials.clientSecret ?? '';
  const authSource = envRefName(secretRef) ?? 'the Reddit credentials';
  const http = new HttpClient(redditPolicy(authSource), deps);
  const now = (deps.now ?? Date.now)();
  const out = new PollCollector<RedditCursor>();
  let next: RedditCursor = cursor ?? { posts: [] };

  await out.run(async () => {
    const token = await redditToken(account, deps, http, account.apiBase ?? REDDIT_AUTH_BASE, userAgent);
    const headers = { authorization: `Bearer ${token.value}`, 'user-agent': userAgent };
    const stopAt =
      next.createdAt === undefined ? now - account.commentsDays * DAY_MS : next.createdAt - OVERLAP_MS;
    let newest = next.createdAt;
    const found: TrackedPost[] = [];
    let after: string | undefined;
    let done = false;
    while (!done) {
      const res = await http.json<{ data?: { after?: string | null; children?: unknown } }>({
        url: joinUrl(base, `/user/${encodeURIComponent(account.handle)}/submitted`, {
          sort: 'new',
          limit: 100,
          raw_json: 1,
          after,
        }),
        headers,
      });
      const children = asArray<{ kind?: string; data?: RedditThing }>(res.body?.data?.children);
      for (const child of children) {
        const created = (child.data?.created_utc ?? 0) * 1000;
        if (created < stopAt) {
          done = true;
          break;
        }
        const item = child.kind && child.data ? mapRedditThing(child.kind, child.data) : undefined;
        if (!item) continue;
        out.add([item]);
        newest = Math.max(newest ?? 0, created);
        found.push({ id: item.id, at: created });
      }
      after = str(res.body?.data?.after);
      if (!after || children.length === 0) done = true;
    }
    next = {
      createdAt: newest ?? now,
      posts: keepRecent(mergeTracked(next.posts, found), now, account.commentsDays),
    };

    for (const post of next.posts) {
      const since = (post.checkedAt ?? 0) - OVERLAP_MS;
      const keep = (c: RedditThing) =>
        post.checkedAt === undefined ||
        (c.created_utc ?? 0) * 1000 >= since ||
        (typeof c.edited === 'number' && c.edited * 1000 >= since);
      const id36 = post.id.replace(/^t3_/, '');
      let tree: unknown;
      try {
        const res = await http.json<unknown[]>({
          url: joinUrl(base, `/comments/${id36}`, { sort: 'new', limit: 500, raw_json: 1 }),
          headers,
        });
        tree = asArray(res.body)[1];
      } catch (error) {
        if (error instanceof PlatformRequestError && error.status === 404) {
          deps.warn?.('Reddit post gone; no longer watching its comments');
          next = { ...next, posts: next.posts.filter((p) => p.id !== post.id) };
          continue;
        }
        throw error;
      }
      const { comments, more } = flattenComments(tree);
      for (const c of comments)
        if (keep(c)) out.add([mapRedditThing('t1', c)].filter((i) => i !== undefined));
      // `more` stubs hide parts of big threads; morechildren returns them flat (and maybe more stubs).
      const pending = [...more];
      const asked = new Set<string>();
      while (pending.length > 0) {
        // A stub repeating ids already asked for would loop forever.
        const batch = pending.splice(0, MORE_BATCH).filter((id) => !asked.has(id));
        if (batch.length === 0) continue;
        for (const id of batch) asked.add(id);
        const res = await http.json<{ json?: { data?: { things?: unknown } } }>({
          url: joinUrl(base, '/api/morechildren', {
            api_type: 'json',
            link_id: post.id,
            children: batch.join(','),
            sort: 'new',
            raw_json: 1,
          }),
          headers,
        });
        for (const thing of asArray<{ kind?: string; data?: RedditThing }>(res.body?.json?.data?.things)) {
          if (thing?.kind === 'more') pending.push(...(thing.data?.children ?? []));
          else if (thing?.kind === 't1' && thing.data && keep(thing.data)) {
            const item = mapRedditThing('t1', thing.data);
            if (item) out.add([item]);
          }
        }
      }
      next = { ...next, posts: next.posts.map((p) => (p.id === post.id ? { ...p, checkedAt: now } : p)) };
    }
  });
  return out.result(next);
}

/** The Reddit adapter. */
export const redditAdapter: PlatformAdapter<RedditCursor> = { platforms: ['reddit'], poll: pollReddit };
