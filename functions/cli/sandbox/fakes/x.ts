import type { FakeClock, FakePlatform, FakeRequest, FakeResponse } from './harness.ts';
import { type FakeItem, pageNewestFirst, type Timeline, token, untoken } from './timeline.ts';

/** Snowflake-like ids: large, growing with time, beyond 2^53 like the real ones. */
export function xId(item: Pick<FakeItem, 'seq'>): string {
  return String(1_790_000_000_000_000_000n + BigInt(item.seq));
}
const seqOf = (id: string) => Number(BigInt(id) - 1_790_000_000_000_000_000n);

/** Options of the fake X API v2. */
export interface FakeXOptions {
  readonly bearerToken: string;
  /** Items per page at most (the real API may return fewer than max_results). */
  readonly pageSize?: number;
  /** `x-rate-limit-remaining` reported on every answer. */
  readonly remaining?: () => number;
}

/** Fake X API v2: user lookup, user timeline and recent search, with x-rate-limit headers. */
export function fakeX(timeline: Timeline, clock: FakeClock, options: FakeXOptions): FakePlatform {
  const limits = (): Record<string, string> => ({
    'x-rate-limit-limit': '900',
    'x-rate-limit-remaining': String(options.remaining?.() ?? 850),
    'x-rate-limit-reset': String(Math.floor(clock.ms / 1000) + 900),
  });
  const problem = (status: number, title: string): FakeResponse => ({
    status,
    headers: limits(),
    json: { title, detail: title, type: 'about:blank', status },
  });
  const user = (a: FakeItem['author']) => ({ id: a.id, name: a.name, username: a.handle });
  const render = (i: FakeItem) => {
    const post = i.postSeq === undefined ? undefined : timeline.bySeq(i.postSeq);
    const replyTo = i.parentSeq ?? i.postSeq;
    const urls = i.links.map((l, n) => ({
      start: 0,
      end: 23,
      url: `https://t.co/abc${n}`,
      expanded_url: l,
      display_url: l.replace(/^https?:\/\//, ''),
    }));
    return {
      id: xId(i),
      text: i.text.length > 280 ? `${i.text.slice(0, 277)}…` : i.text,
      ...(i.text.length > 280 ? { note_tweet: { text: i.text } } : {}),
      author_id: i.author.id,
      created_at: new Date(i.at).toISOString(),
      conversation_id: xId(post ?? i),
      edit_history_tweet_ids: [xId(i)],
      ...(replyTo === undefined
        ? {}
        : { referenced_tweets: [{ type: 'replied_to', id: xId({ seq: replyTo }) }] }),
      ...(urls.length ? { entities: { urls } } : {}),
    };
  };
  const listing = (items: FakeItem[], req: FakeRequest, tokenParam: string): FakeResponse => {
    const size = Math.min(Number(req.query.get('max_results') ?? 10), options.pageSize ?? 100);
    const before = untoken('x', req.query.get(tokenParam));
    const since = req.query.get('since_id');
    const start = req.query.get('start_time');
    const eligible = items.filter(
      (i) => (!since || BigInt(xId(i)) > BigInt(since)) && (!start || i.at >= Date.parse(start)),
    );
    const { page, next } = pageNewestFirst(eligible, before, size);
    if (page.length === 0) return { status: 200, headers: limits(), json: { meta: { result_count: 0 } } };
    const users = [...new Map(page.map((i) => [i.author.id, user(i.author)])).values()];
    return {
      status: 200,
      headers: limits(),
      json: {
        data: page.map(render),
        includes: { users },
        meta: {
          result_count: page.length,
          newest_id: xId(page[0] as FakeItem),
          oldest_id: xId(page.at(-1) as FakeItem),
          ...(next === undefined ? {} : { next_token: token('x', next) }),
        },
      },
    };
  };
  return {
    route(req) {
      if (req.headers.authorization !== `Bearer ${options.bearerToken}`) return problem(401, 'Unauthorized');
      const byName = /^\/2\/users\/by\/username\/([^/]+)$/.exec(req.path);
      if (byName) {
        return byName[1] === timeline.owner.handle
          ? { status: 200, headers: limits(), json: { data: user(timeline.owner) } }
          : {
              status: 200,
              headers: limits(),
              json: {
                errors: [
                  {
                    value: byName[1],
                    detail: `Could not find user with username: [${byName[1]}].`,
                    title: 'Not Found Error',
                    resource_type: 'user',
                    parameter: 'username',
                    resource_id: byName[1],
                    type: 'https://api.twitter.com/2/problems/resource-not-found',
                  },
                ],
              },
            };
      }
      const tweets = /^\/2\/users\/(\d+)\/tweets$/.exec(req.path);
      if (tweets) return listing(timeline.posts(), req, 'pagination_token');
      if (req.path === '/2/tweets/search/recent') {
        const ids = [...(req.query.get('query') ?? '').matchAll(/conversation_id:(\d+)/g)].map((m) =>
          seqOf(m[1] as string),
        );
        const comments = timeline.items.filter((i) => i.postSeq !== undefined && ids.includes(i.postSeq));
        return listing(comments, req, 'next_token');
      }
      return problem(404, 'Not Found');
    },
    faultResponse(kind): FakeResponse {
      if (kind === 'rate-limit') {
        return {
          status: 429,
          headers: {
            'x-rate-limit-limit': '900',
            'x-rate-limit-remaining': '0',
            'x-rate-limit-reset': String(Math.floor(clock.ms / 1000) + 60),
          },
          json: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
        };
      }
      return problem(503, 'Service Unavailable');
    },
  };
}
