import type { FakeClock, FakePlatform, FakeRequest, FakeResponse } from '../harness.ts';
import { type FakeItem, type Timeline, token, untoken } from '../timeline.ts';

const CHANNEL = 'UCacmebank0000000000000a';
const UPLOADS = `UU${CHANNEL.slice(2)}`;

/** Ids as YouTube shapes them: 11-character video ids, `Ugz…` threads, `thread.reply` replies. */
export function youtubeId(item: FakeItem, timeline?: Timeline): string {
  if (item.kind === 'post') return `vid${String(item.seq).padStart(8, '0')}`;
  const threadSeq = item.parentSeq === undefined ? item.seq : rootOf(item, timeline);
  const thread = `Ugz${String(threadSeq).padStart(10, '0')}AaABAg`;
  return item.parentSeq === undefined ? thread : `${thread}.${String(item.seq).padStart(11, '0')}`;
}
function rootOf(item: FakeItem, timeline?: Timeline): number {
  // YouTube threads are one level deep: a reply to a reply belongs to the same thread.
  let current = item;
  while (current.parentSeq !== undefined) {
    const parent = timeline?.bySeq(current.parentSeq);
    if (!parent) return current.parentSeq;
    current = parent;
  }
  return current.seq;
}

/** Options of the fake YouTube Data API. */
export interface FakeYouTubeOptions {
  readonly apiKey: string;
  readonly pageSize?: number;
  /** Replies embedded in a thread before comments.list is needed. */
  readonly inlineReplies?: number;
}

const googleError = (code: number, message: string, reason: string, domain = 'youtube.api') => ({
  error: { code, message, errors: [{ message, domain, reason }] },
});

/** Fake YouTube Data API v3: channels, playlistItems, videos (statistics), commentThreads, comments. */
export function fakeYouTube(
  timeline: Timeline,
  _clock: FakeClock,
  options: FakeYouTubeOptions,
): FakePlatform {
  const id = (i: FakeItem) => youtubeId(i, timeline);
  const size = (req: FakeRequest) =>
    Math.min(Number(req.query.get('maxResults') ?? 5), options.pageSize ?? 50);
  const paged = <T>(all: T[], req: FakeRequest, prefix: string, kind: string, render: (t: T) => unknown) => {
    const offset = untoken(prefix, req.query.get('pageToken')) ?? 0;
    const page = all.slice(offset, offset + size(req));
    const more = offset + page.length < all.length;
    return {
      status: 200,
      json: {
        kind,
        etag: 'fake-etag',
        ...(more ? { nextPageToken: token(prefix, offset + page.length) } : {}),
        pageInfo: { totalResults: all.length, resultsPerPage: size(req) },
        items: page.map(render),
      },
    };
  };
  const comment = (c: FakeItem, video: FakeItem) => ({
    kind: 'youtube#comment',
    etag: 'fake-etag',
    id: id(c),
    snippet: {
      channelId: CHANNEL,
      videoId: id(video),
      textDisplay: c.text.replace(/&/g, '&amp;'),
      textOriginal: c.text,
      ...(c.parentSeq === undefined ? {} : { parentId: id(c).split('.')[0] }),
      authorDisplayName: `@${c.author.handle}`,
      authorProfileImageUrl: 'https://yt3.ggpht.com/ytc/photo.jpg',
      authorChannelUrl: `http://www.youtube.com/@${c.author.handle}`,
      authorChannelId: { value: `UC${c.author.id.padStart(22, '0')}` },
      canRate: true,
      viewerRating: 'none',
      likeCount: 0,
      publishedAt: new Date(c.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      updatedAt: new Date(c.editedAt ?? c.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    },
  });
  // Threads: top-level comments with every reply below them (any depth) flattened.
  const threads = (video: FakeItem) => {
    const comments = timeline.commentsOf(video);
    const replies = new Map<number, FakeItem[]>();
    for (const c of comments) {
      if (c.parentSeq === undefined) continue;
      const root = rootOf(c, timeline);
      const list = replies.get(root);
      if (list) list.push(c);
      else replies.set(root, [c]);
    }
    return comments
      .filter((c) => c.parentSeq === undefined)
      .sort((a, b) => b.at - a.at || b.seq - a.seq)
      .map((top) => ({ top, replies: replies.get(top.seq) ?? [] }));
  };
  const video = (videoId: string | null) => timeline.posts().find((p) => id(p) === videoId);
  return {
    route(req) {
      if (req.headers['x-goog-api-key'] !== options.apiKey) {
        return {
          status: 400,
          json: {
            error: {
              code: 400,
              message: 'API key not valid. Please pass a valid API key.',
              errors: [
                {
                  message: 'API key not valid. Please pass a valid API key.',
                  domain: 'global',
                  reason: 'badRequest',
                },
              ],
              status: 'INVALID_ARGUMENT',
              details: [
                {
                  '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
                  reason: 'API_KEY_INVALID',
                  domain: 'googleapis.com',
                },
              ],
            },
          },
        };
      }
      switch (req.path) {
        case '/channels':
          return {
            status: 200,
            json: {
              kind: 'youtube#channelListResponse',
              pageInfo: { totalResults: 1, resultsPerPage: 5 },
              items: [
                {
                  kind: 'youtube#channel',
                  id: CHANNEL,
                  contentDetails: { relatedPlaylists: { likes: '', uploads: UPLOADS } },
                },
              ],
            },
          };
        case '/playlistItems':
          if (req.query.get('playlistId') !== UPLOADS)
            return { status: 404, json: googleError(404, 'Playlist not found', 'playlistNotFound') };
          return paged(
            timeline.posts().sort((a, b) => b.at - a.at || b.seq - a.seq),
            req,
            'pl',
            'youtube#playlistItemListResponse',
            (p) => ({
              kind: 'youtube#playlistItem',
              id: `UExhY21l${p.seq}`,
              snippet: {
                publishedAt: new Date(p.at).toISOString(),
                channelId: CHANNEL,
                title: `Video ${p.seq}`,
                description: p.text,
                channelTitle: timeline.owner.name,
                playlistId: UPLOADS,
                resourceId: { kind: 'youtube#video', videoId: id(p) },
                videoOwnerChannelTitle: timeline.owner.name,
                videoOwnerChannelId: CHANNEL,
              },
              contentDetails: { videoId: id(p), videoPublishedAt: new Date(p.at).toISOString() },
            }),
          );
        case '/videos': {
          const wanted = (req.query.get('id') ?? '').split(',');
          const items = timeline
            .posts()
            .filter((p) => wanted.includes(id(p)))
            .map((p) => ({
              kind: 'youtube#video',
              id: id(p),
              statistics: {
                viewCount: '100',
                likeCount: '3',
                favoriteCount: '0',
                commentCount: String(timeline.commentsOf(p).length),
              },
            }));
          return { status: 200, json: { kind: 'youtube#videoListResponse', items } };
        }
        case '/commentThreads': {
          const v = video(req.query.get('videoId'));
          if (!v)
            return {
              status: 404,
              json: googleError(
                404,
                'The video identified by the videoId parameter could not be found.',
                'videoNotFound',
              ),
            };
          return paged(threads(v), req, 'ct', 'youtube#commentThreadListResponse', ({ top, replies }) => ({
            kind: 'youtube#commentThread',
            id: id(top),
            snippet: {
              channelId: CHANNEL,
              videoId: id(v),
              topLevelComment: comment(top, v),
              canReply: true,
              totalReplyCount: replies.length,
              isPublic: true,
            },
            ...(replies.length
              ? {
                  replies: {
                    comments: replies.slice(0, options.inlineReplies ?? 5).map((r) => comment(r, v)),
                  },
                }
              : {}),
          }));
        }
        case '/comments': {
          const parent = req.query.get('parentId');
          const v = timeline.posts().find((p) => threads(p).some((t) => id(t.top) === parent));
          const thread = v && threads(v).find((t) => id(t.top) === parent);
          if (!v || !thread)
            return { status: 404, json: googleError(404, 'Comment not found', 'commentNotFound') };
          return paged(thread.replies, req, 'cm', 'youtube#commentListResponse', (r) => comment(r, v));
        }
        default:
          return { status: 404, json: googleError(404, 'Not Found', 'notFound', 'global') };
      }
    },
    faultResponse(kind): FakeResponse {
      if (kind === 'rate-limit') {
        return {
          status: 403,
          json: googleError(
            403,
            'The request cannot be completed because you have exceeded your rate limit.',
            'rateLimitExceeded',
            'usageLimits',
          ),
        };
      }
      return {
        status: 503,
        json: googleError(503, 'The service is currently unavailable.', 'backendError', 'global'),
      };
    },
  };
}

/** A 403 quotaExceeded answer, for tests of the daily quota. */
export const QUOTA_EXCEEDED: FakeResponse = {
  status: 403,
  json: googleError(
    403,
    'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
    'quotaExceeded',
  ),
};
