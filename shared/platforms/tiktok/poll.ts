import type { WatchedAccount } from '../../model/index.ts';
import { asArray, credential, DAY_MS, iso, joinUrl, PollCollector, str } from '../common.ts';
import { HttpClient, type PlatformHttpPolicy } from '../http.ts';
import type { PlatformAdapter, PollDeps, PollResult } from '../types.ts';
import { mapTikTokVideo, type TikTokUser, type TikTokVideo } from './map.ts';

export const TIKTOK_API_BASE = 'https://open.tiktokapis.com';
const OVERLAP_MS = 10 * 60_000;
const VIDEO_FIELDS = 'id,create_time,share_url,title,video_description';

/** TikTok poll state: the newest video fully read (epoch ms) and the account behind the token. */
export interface TikTokCursor {
  readonly createdAt?: number;
  readonly user?: TikTokUser;
}

/** TikTok's `{error:{code,message,log_id}}` envelope, checked on every answer (200 included). */
export function tiktokPolicy(tokenSource: string): PlatformHttpPolicy {
  return {
    label: 'TikTok',
    // No rate-limit headers: the limit is 600 requests per minute per endpoint, sliding.
    readRateLimit: () => undefined,
    classify(status, body, _headers, now) {
      const code = str((body as { error?: { code?: unknown } })?.error?.code);
      if (code === 'access_token_invalid' || status === 401) {
        return { kind: 'auth', message: `TikTok token rejected (${status}): renew ${tokenSource}` };
      }
      if (code === 'scope_not_authorized' || code === 'scope_permission_missed') {
        return {
          kind: 'auth',
          message: `TikTok token lacks a scope (${code}): re-authorize ${tokenSource} with user.info.basic and video.list`,
        };
      }
      if (status === 429 || code === 'rate_limit_exceeded') {
        const at = now + 60_000;
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `TikTok rate limit hit; polling again at ${iso(at)}`,
        };
      }
      if (status >= 500 || code === 'internal_error')
        return { kind: 'transient', message: `TikTok HTTP ${status}` };
      if (code !== undefined && code !== 'ok') {
        return { kind: 'request', message: `TikTok answered ${status} ${code}`, code };
      }
      return undefined;
    },
  };
}

/**
 * Polls a TikTok account's own videos (Display API). Posts only: the Display API offers no
 * comments, and the Research API that does is for non-commercial research.
 */
export async function pollTikTok(
  account: WatchedAccount,
  cursor: TikTokCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<TikTokCursor>> {
  const token = credential(account, 'accessToken', deps, 'TikTok');
  const http = new HttpClient(tiktokPolicy(token.source), deps);
  const base = account.apiBase ?? TIKTOK_API_BASE;
  const headers = { authorization: `Bearer ${token.value}` };
  const now = (deps.now ?? Date.now)();
  const out = new PollCollector<TikTokCursor>();
  let next: TikTokCursor = cursor ?? {};

  await out.run(async () => {
    if (!next.user) {
      const res = await http.json<{ data?: { user?: Record<string, unknown> } }>({
        url: joinUrl(base, '/v2/user/info/', { fields: 'open_id,union_id,display_name,username' }),
        headers,
      });
      const u = res.body?.data?.user ?? {};
      next = {
        ...next,
        user: { openId: str(u.open_id), username: str(u.username), displayName: str(u.display_name) },
      };
    }
    const user = next.user ?? {};
    const stopAt =
      next.createdAt === undefined ? now - account.commentsDays * DAY_MS : next.createdAt - OVERLAP_MS;
    let newest = next.createdAt;
    let pageCursor: number | undefined;
    let more = true;
    while (more) {
      const res = await http.json<{ data?: { videos?: unknown; cursor?: number; has_more?: boolean } }>({
        url: joinUrl(base, '/v2/video/list/', { fields: VIDEO_FIELDS }),
        method: 'POST',
        headers,
        body: { max_count: 20, ...(pageCursor === undefined ? {} : { cursor: pageCursor }) },
      });
      const videos = asArray<TikTokVideo>(res.body?.data?.videos);
      for (const v of videos) {
        const created = (v.create_time ?? 0) * 1000;
        if (created < stopAt) {
          more = false;
          break;
        }
        const item = mapTikTokVideo(v, user, account.handle);
        if (item) out.add([item]);
        newest = Math.max(newest ?? 0, created);
      }
      pageCursor = res.body?.data?.cursor;
      if (!res.body?.data?.has_more || videos.length === 0 || pageCursor === undefined) more = false;
    }
    next = { ...next, createdAt: newest ?? now };
  });
  return out.result(next);
}

/** The TikTok adapter (posts only). */
export const tiktokAdapter: PlatformAdapter<TikTokCursor> = { platforms: ['tiktok'], poll: pollTikTok };
