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
import { HttpClient, type PlatformHttpPolicy } from '../http.ts';
import type { PlatformAdapter, PollDeps, PollResult } from '../types.ts';
import { mapYouTubeComment, mapYouTubeVideo, type YouTubeComment, type YouTubePlaylistItem } from './map.ts';

export const YOUTUBE_API_BASE = 'https://www.googleapis.com/youtube/v3';
const OVERLAP_MS = 10 * 60_000;

/** A watched video: the comment count when its comments were last read completely, and big threads' reply counts. */
export interface TrackedVideo extends TrackedPost {
  readonly comments?: number;
  readonly replies?: Readonly<Record<string, number>>;
  readonly disabled?: boolean;
}

/** YouTube poll state. */
export interface YouTubeCursor {
  readonly uploads?: string;
  /** Newest `videoPublishedAt` fully read (epoch ms). */
  readonly publishedAt?: number;
  readonly videos: readonly TrackedVideo[];
}

/** The next midnight in Pacific time, when the daily quota resets. */
export function nextPacificMidnight(now: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(now));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const localAsUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  const offset = localAsUtc - Math.floor(now / 1000) * 1000;
  return Date.UTC(get('year'), get('month') - 1, get('day') + 1) - offset;
}

interface GoogleError {
  error?: {
    code?: number;
    message?: string;
    errors?: Array<{ reason?: string }>;
    details?: Array<{ reason?: string }>;
  };
}

/** Google API errors: branch on `error.errors[].reason`; quota resets at midnight Pacific. */
export function youtubePolicy(keySource: string): PlatformHttpPolicy {
  return {
    label: 'YouTube',
    // No rate-limit headers; the budget is a daily unit quota reported through errors.
    readRateLimit: () => undefined,
    classify(status, body, _headers, now) {
      const e = (body as GoogleError)?.error;
      const reasons = [
        ...asArray<{ reason?: string }>(e?.errors),
        ...asArray<{ reason?: string }>(e?.details),
      ]
        .map((r) => r?.reason ?? '')
        .filter(Boolean);
      const has = (r: string) => reasons.includes(r);
      if (has('quotaExceeded') || has('dailyLimitExceeded')) {
        const at = nextPacificMidnight(now);
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `YouTube daily quota used up; polling again at ${iso(at)}`,
        };
      }
      if (has('rateLimitExceeded') || has('userRateLimitExceeded') || status === 429) {
        const at = now + 60_000;
        return {
          kind: 'rate-limit',
          retryAt: at,
          message: `YouTube rate limit hit; polling again at ${iso(at)}`,
        };
      }
      if (has('API_KEY_INVALID') || has('keyInvalid') || status === 401) {
        return { kind: 'auth', message: `YouTube API key rejected (${status}): renew ${keySource}` };
      }
      if (has('accessNotConfigured') || has('SERVICE_DISABLED') || (status === 403 && has('forbidden'))) {
        return {
          kind: 'auth',
          message: `YouTube refused access (403): enable YouTube Data API v3 for the project of ${keySource}`,
        };
      }
      if (status >= 500 || has('backendError'))
        return { kind: 'transient', message: `YouTube HTTP ${status}` };
      if (status >= 400) {
        return {
          kind: 'request',
          message: `YouTube answered ${status} ${reasons[0] ?? ''}`.trim(),
          ...(reasons[0] ? { code: reasons[0] } : {}),
        };
      }
      return undefined;
    },
  };
}

/**
 * Polls a YouTube channel: the uploads playlist (1 unit a page) down to a publish-time
 * watermark, then comments of recent videos whose `commentCount` changed. A changed video's
 * threads are read completely, because a new reply may not move its thread up in
 * `order=time`; threads whose reply count grew past the inline replies are read with
 * comments.list. Search (100 units) is never used.
 */
export async function pollYouTube(
  account: WatchedAccount,
  cursor: YouTubeCursor | undefined,
  deps: PollDeps = {},
): Promise<PollResult<YouTubeCursor>> {
  const key = credential(account, 'apiKey', deps, 'YouTube');
  const http = new HttpClient(youtubePolicy(key.source), deps);
  const base = account.apiBase ?? YOUTUBE_API_BASE;
  const url = (path: string, params: Record<string, string | number | undefined>) =>
    joinUrl(base, path, params);
  // The key goes in a header, not the query string, so that it never lands in URL logs.
  const headers = { 'x-goog-api-key': key.value };
  const now = (deps.now ?? Date.now)();
  const out = new PollCollector<YouTubeCursor>();
  let next: YouTubeCursor = cursor ?? { videos: [] };

  const pages = async <T>(
    path: string,
    params: Record<string, string | number | undefined>,
    each: (items: T[]) => boolean | undefined,
  ) => {
    let pageToken: string | undefined;
    do {
      const res = await http.json<{ items?: unknown; nextPageToken?: string }>({
        url: url(path, { ...params, pageToken }),
        headers,
      });
      if (each(asArray<T>(res.body?.items)) === false) return;
      pageToken = str(res.body?.nextPageToken);
    } while (pageToken);
  };

  await out.run(async () => {
    if (!next.uploads) {
      const res = await http.json<{
        items?: Array<{ contentDetails?: { relatedPlaylists?: { uploads?: string } } }>;
      }>({
        url: url('/channels', {
          part: 'contentDetails',
          ...(account.accountId ? { id: account.accountId } : { forHandle: `@${account.handle}` }),
        }),
        headers,
      });
      const uploads = str(res.body?.items?.[0]?.contentDetails?.relatedPlaylists?.uploads);
      if (!uploads)
        throw new PlatformRequestError(`YouTube channel @${account.handle} not found`, res.status);
      next = { ...next, uploads };
    }
    const stopAt =
      next.publishedAt === undefined ? now - account.commentsDays * DAY_MS : next.publishedAt - OVERLAP_MS;
    let newest = next.publishedAt;
    const found: TrackedVideo[] = [];
    await pages<YouTubePlaylistItem>(
      '/playlistItems',
      { part: 'snippet,contentDetails', playlistId: next.uploads, maxResults: 50 },
      (entries) => {
        for (const entry of entries) {
          const item = mapYouTubeVideo(entry, account.handle);
          if (!item) continue;
          const at = parseTime(item.createdAt);
          if (at < stopAt) return false;
          out.add([item]);
          newest = Math.max(newest ?? 0, at);
          found.push({ id: item.id, at });
        }
        return true;
      },
    );
    next = {
      ...next,
      publishedAt: newest ?? now,
      videos: keepRecent(mergeTracked(next.videos, found), now, account.commentsDays),
    };

    // One call per 50 videos tells which have new comments.
    const counts = new Map<string, number>();
    const ids = next.videos.filter((v) => !v.disabled).map((v) => v.id);
    for (let i = 0; i < ids.length; i += 50) {
      const res = await http.json<{ items?: Array<{ id?: string; statistics?: { commentCount?: string } }> }>(
        {
          url: url('/videos', { part: 'statistics', id: ids.slice(i, i + 50).join(','), maxResults: 50 }),
          headers,
        },
      );
      for (const v of res.body?.items ?? []) {
        if (v.id) counts.set(v.id, Number(v.statistics?.commentCount ?? 0));
      }
    }

    for (const video of next.videos) {
      if (video.disabled) continue;
      const count = counts.get(video.id);
      if (count === undefined) {
        // Not returned by videos.list: deleted or made private.
        next = { ...next, videos: next.videos.filter((v) => v.id !== video.id) };
        continue;
      }
      if (count === (video.comments ?? 0)) continue;
      const replies: Record<string, number> = {};
      try {
        const bigThreads: Array<{ id: string; total: number }> = [];
        await pages<{
          id?: string;
          snippet?: { topLevelComment?: YouTubeComment; totalReplyCount?: number };
          replies?: { comments?: unknown };
        }>(
          '/commentThreads',
          {
            part: 'snippet,replies',
            videoId: video.id,
            order: 'time',
            maxResults: 100,
            textFormat: 'plainText',
          },
          (threads) => {
            for (const t of threads) {
              const top = t.snippet?.topLevelComment;
              const mapped = top ? mapYouTubeComment(top, video.id) : undefined;
              if (mapped) out.add([mapped]);
              const inline = asArray<YouTubeComment>(t.replies?.comments);
              for (const r of inline) {
                const item = mapYouTubeComment(r, video.id);
                if (item) out.add([item]);
              }
              const total = t.snippet?.totalReplyCount ?? 0;
              const threadId = str(t.id);
              if (threadId && total > inline.length) {
                replies[threadId] = total;
                if (total !== video.replies?.[threadId]) bigThreads.push({ id: threadId, total });
              }
            }
            return true;
          },
        );
        for (const thread of bigThreads) {
          await pages<YouTubeComment>(
            '/comments',
            { part: 'snippet', parentId: thread.id, maxResults: 100, textFormat: 'plainText' },
            (comments) => {
              for (const c of comments) {
                const item = mapYouTubeComment(c, video.id);
                if (item) out.add([item]);
              }
              return true;
            },
          );
        }
      } catch (error) {
        if (error instanceof PlatformRequestError && error.code === 'commentsDisabled') {
          deps.warn?.(`YouTube video ${video.id} has comments disabled; skipping it`);
          next = {
            ...next,
            videos: next.videos.map((v) => (v.id === video.id ? { ...v, disabled: true } : v)),
          };
          continue;
        }
        if (error instanceof PlatformRequestError && error.code === 'videoNotFound') {
          next = { ...next, videos: next.videos.filter((v) => v.id !== video.id) };
          continue;
        }
        throw error;
      }
      next = {
        ...next,
        videos: next.videos.map((v) => (v.id === video.id ? { ...v, comments: count, replies } : v)),
      };
    }
  });
  return out.result(next);
}

/** The YouTube adapter. */
export const youtubeAdapter: PlatformAdapter<YouTubeCursor> = { platforms: ['youtube'], poll: pollYouTube };
