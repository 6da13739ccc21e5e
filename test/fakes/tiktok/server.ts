import type { FakeClock, FakePlatform, FakeRequest, FakeResponse } from '../harness.ts';
import type { FakeItem, Timeline } from '../timeline.ts';

/** TikTok video ids: 19-digit numbers. */
export function tiktokId(item: Pick<FakeItem, 'seq'>): string {
  return String(7_300_000_000_000_000_000n + BigInt(item.seq));
}

/** Options of the fake TikTok Display API. */
export interface FakeTikTokOptions {
  readonly accessToken: string;
  readonly pageSize?: number;
}

const envelope = (code: string, message = '') => ({
  code,
  message,
  log_id: '20261120090000ABCDEF0123456789',
});

/** Fake TikTok Display API: user info and the POST video list with its ms-timestamp cursor and has_more. */
export function fakeTikTok(timeline: Timeline, _clock: FakeClock, options: FakeTikTokOptions): FakePlatform {
  const video = (v: FakeItem) => ({
    id: tiktokId(v),
    create_time: Math.floor(v.at / 1000),
    share_url: `https://www.tiktok.com/@${timeline.owner.handle}/video/${tiktokId(v)}?utm_campaign=tt4d_open_api`,
    title: v.text.slice(0, 30),
    video_description: v.text,
  });
  return {
    route(req: FakeRequest): FakeResponse {
      if (req.headers.authorization !== `Bearer ${options.accessToken}`) {
        return {
          status: 401,
          json: {
            error: envelope(
              'access_token_invalid',
              'The access token is invalid or not found in the request.',
            ),
          },
        };
      }
      if (req.path === '/v2/user/info/') {
        return {
          status: 200,
          json: {
            data: {
              user: {
                open_id: '-000Aa1bB2cC3dD4eE5fF6gG7hH8iI9jJ',
                union_id: 'c9c60f44-a68e-4f5d-84dd-ce22faeb0ba1',
                display_name: timeline.owner.name,
                username: timeline.owner.handle,
              },
            },
            error: envelope('ok'),
          },
        };
      }
      if (req.path === '/v2/video/list/' && req.method === 'POST') {
        const body = JSON.parse(req.body || '{}') as { max_count?: number; cursor?: number };
        const size = Math.min(body.max_count ?? 10, 20, options.pageSize ?? 20);
        // The cursor is a UTC ms timestamp: videos created before it.
        const all = timeline
          .posts()
          .filter((p) => body.cursor === undefined || p.at < body.cursor)
          .sort((a, b) => b.at - a.at || b.seq - a.seq);
        const page = all.slice(0, size);
        const last = page.at(-1);
        return {
          status: 200,
          json: {
            data: { videos: page.map(video), cursor: last ? last.at : 0, has_more: all.length > size },
            error: envelope('ok'),
          },
        };
      }
      return { status: 404, json: { error: envelope('invalid_params', 'Unknown endpoint') } };
    },
    faultResponse(kind): FakeResponse {
      if (kind === 'rate-limit') {
        return { status: 429, json: { error: envelope('rate_limit_exceeded', 'API rate limit exceeded') } };
      }
      return {
        status: 500,
        json: { error: envelope('internal_error', 'Something went wrong. Please try again later.') },
      };
    },
  };
}
