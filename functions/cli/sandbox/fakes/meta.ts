import type { FakeClock, FakePlatform, FakeRequest, FakeResponse } from './harness.ts';
import { type FakeItem, type Timeline, token, untoken } from './timeline.ts';

export const PAGE_ID = '104857600000001';
export const IG_USER_ID = '17841400000000001';

/** Facebook ids: posts `{pageId}_{postId}`, comments `{postId}_{commentId}`. */
export function facebookId(item: FakeItem): string {
  return item.kind === 'post'
    ? `${PAGE_ID}_${100000 + item.seq}`
    : `${100000 + (item.postSeq ?? 0)}_${200000 + item.seq}`;
}
/** Instagram ids: numeric strings. */
export function instagramId(item: Pick<FakeItem, 'seq' | 'kind'>): string {
  return `${item.kind === 'post' ? '179' : '180'}${String(item.seq).padStart(14, '0')}`;
}

/** Options of the fake Graph API. */
export interface FakeMetaOptions {
  readonly accessToken: string;
  readonly pageSize?: number;
  /** Inline replies per Instagram comment before `replies` pages. */
  readonly inlineReplies?: number;
  /** Usage percentage reported in X-App-Usage. */
  readonly usage?: () => number;
}

const fbtrace = 'AbCdEfGhIjKlMnOp';
const graphError = (message: string, code: number, extra: Record<string, unknown> = {}) => ({
  error: { message, type: 'OAuthException', code, fbtrace_id: fbtrace, ...extra },
});
/** `+0000` offsets, as Graph writes times. */
const graphTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');

function usageHeaders(options: FakeMetaOptions, regainMinutes = 0): Record<string, string> {
  const pct = options.usage?.() ?? 4;
  return {
    'x-app-usage': JSON.stringify({ call_count: pct, total_cputime: 1, total_time: 2 }),
    'x-business-use-case-usage': JSON.stringify({
      [PAGE_ID]: [
        {
          type: 'pages',
          call_count: pct,
          total_cputime: 1,
          total_time: 2,
          estimated_time_to_regain_access: regainMinutes,
        },
      ],
    }),
  };
}

/** Cursor-paged Graph list with an absolute `paging.next` (as Graph returns it), anchored on an offset token. */
function graphList<T>(
  req: FakeRequest,
  all: T[],
  size: number,
  render: (t: T) => unknown,
  headers: Record<string, string>,
) {
  const offset = untoken('g', req.query.get('after')) ?? 0;
  const page = all.slice(offset, offset + size);
  const end = offset + page.length;
  const paging: Record<string, unknown> = {
    cursors: { before: token('g', offset), after: token('g', end) },
  };
  if (end < all.length) {
    const q = new URLSearchParams(req.query);
    q.set('after', token('g', end));
    q.set('access_token', 'EAAB-echoed-token');
    paging.next = `http://${req.headers.host ?? 'graph.example'}${req.path}?${q}`;
  }
  return { status: 200, headers, json: { data: page.map(render), paging } };
}

function faults(options: FakeMetaOptions) {
  return (kind: 'rate-limit' | 'server-error'): FakeResponse =>
    kind === 'rate-limit'
      ? {
          status: 400,
          headers: usageHeaders({ ...options, usage: () => 100 }, 1),
          json: graphError(
            '(#80001) There have been too many calls to this Page account. Wait a bit and try again.',
            80001,
          ),
        }
      : {
          status: 500,
          headers: usageHeaders(options),
          json: graphError('An unexpected error has occurred. Please retry your request later.', 2, {
            is_transient: true,
          }),
        };
}

function authFailure(options: FakeMetaOptions): FakeResponse {
  return {
    status: 400,
    headers: usageHeaders(options),
    json: graphError(
      'Error validating access token: Session has expired on Friday, 20-Nov-26 09:00:00 PST.',
      190,
      {
        error_subcode: 463,
      },
    ),
  };
}

/** Fake Graph API for a Facebook Page: published_posts (since), comments (filter=stream, reverse chronological). */
export function fakeFacebook(timeline: Timeline, _clock: FakeClock, options: FakeMetaOptions): FakePlatform {
  const size = (req: FakeRequest) => Math.min(Number(req.query.get('limit') ?? 25), options.pageSize ?? 100);
  const post = (p: FakeItem) => ({
    id: facebookId(p),
    message: p.text,
    created_time: graphTime(p.at),
    permalink_url: `https://www.facebook.com/${PAGE_ID}/posts/${100000 + p.seq}`,
    from: { name: timeline.owner.name, id: PAGE_ID },
    ...(p.links.length
      ? {
          attachments: {
            data: p.links.map((l) => ({
              url: `https://l.facebook.com/l.php?u=${encodeURIComponent(l)}&h=AT0`,
              unshimmed_url: l,
              target: { url: `https://l.facebook.com/l.php?u=${encodeURIComponent(l)}&h=AT0` },
              type: 'share',
            })),
          },
        }
      : {}),
  });
  const comment = (c: FakeItem) => ({
    id: facebookId(c),
    message: c.text,
    created_time: graphTime(c.at),
    permalink_url: `https://www.facebook.com/${PAGE_ID}/posts/${100000 + (c.postSeq ?? 0)}?comment_id=${200000 + c.seq}`,
    // Authors the token may not see come without `from`.
    ...(c.seq % 5 === 0 ? {} : { from: { name: c.author.name, id: `9${c.author.id}` } }),
    ...(c.parentSeq === undefined
      ? {}
      : { parent: { id: facebookId(timeline.bySeq(c.parentSeq) as FakeItem) } }),
  });
  return {
    route(req) {
      if (req.headers.authorization !== `Bearer ${options.accessToken}`) return authFailure(options);
      const headers = usageHeaders(options);
      const path = req.path.replace(/^\/v\d+\.\d+/, '');
      if (path === `/${PAGE_ID}/published_posts`) {
        const since = Number(req.query.get('since') ?? 0) * 1000;
        const posts = timeline
          .posts()
          .filter((p) => p.at >= since)
          .sort((a, b) => b.at - a.at || b.seq - a.seq);
        return graphList(req, posts, size(req), post, headers);
      }
      const comments = /^\/(\d+_\d+)\/comments$/.exec(path);
      if (comments) {
        const p = timeline.posts().find((x) => facebookId(x) === comments[1]);
        if (!p)
          return {
            status: 400,
            headers,
            json: graphError('Unsupported get request. Object does not exist.', 100, { error_subcode: 33 }),
          };
        const list = [...timeline.commentsOf(p)].sort((a, b) => b.at - a.at || b.seq - a.seq);
        return graphList(req, list, size(req), comment, headers);
      }
      return { status: 400, headers, json: graphError('Unknown path components', 2500) };
    },
    faultResponse: faults(options),
  };
}

/** Fake Graph API for an Instagram professional account: media, multi-id lookup, comments with nested replies, replies. */
export function fakeInstagram(timeline: Timeline, _clock: FakeClock, options: FakeMetaOptions): FakePlatform {
  const size = (req: FakeRequest) => Math.min(Number(req.query.get('limit') ?? 25), options.pageSize ?? 50);
  const rootOf = (c: FakeItem): FakeItem => {
    let cur = c;
    while (cur.parentSeq !== undefined) cur = timeline.bySeq(cur.parentSeq) as FakeItem;
    return cur;
  };
  // Instagram threads are one level deep: every reply hangs off the top-level comment.
  const repliesOf = (top: FakeItem) =>
    timeline
      .commentsOf(timeline.bySeq(top.postSeq ?? 0) as FakeItem)
      .filter((c) => c.parentSeq !== undefined && rootOf(c).seq === top.seq);
  const media = (m: FakeItem) => ({
    id: instagramId(m),
    caption: m.text,
    permalink: `https://www.instagram.com/p/C${m.seq.toString(36).padStart(10, 'x')}/`,
    timestamp: graphTime(m.at),
    username: timeline.owner.handle,
    media_type: 'IMAGE',
    media_product_type: 'FEED',
    comments_count: timeline.commentsOf(m).length,
  });
  const reply = (r: FakeItem) => ({
    id: instagramId(r),
    text: r.text,
    timestamp: graphTime(r.at),
    username: r.author.handle,
    from: { id: `5${r.author.id}`, username: r.author.handle },
    parent_id: instagramId(rootOf(r)),
    like_count: 0,
  });
  const comment = (req: FakeRequest) => (c: FakeItem) => {
    const replies = repliesOf(c);
    const inline = replies.slice(0, options.inlineReplies ?? 25);
    const q = new URLSearchParams({ after: token('g', inline.length), limit: '50' });
    return {
      id: instagramId(c),
      text: c.text,
      timestamp: graphTime(c.at),
      username: c.author.handle,
      from: { id: `5${c.author.id}`, username: c.author.handle },
      like_count: 0,
      ...(replies.length
        ? {
            replies: {
              data: inline.map(reply),
              ...(inline.length < replies.length
                ? {
                    paging: {
                      next: `http://${req.headers.host ?? 'graph.example'}/${instagramId(c)}/replies?${q}`,
                    },
                  }
                : {}),
            },
          }
        : {}),
    };
  };
  return {
    route(req) {
      if (req.headers.authorization !== `Bearer ${options.accessToken}`) return authFailure(options);
      const headers = usageHeaders(options);
      const path = req.path.replace(/^\/v\d+\.\d+/, '');
      if (path === `/${IG_USER_ID}/media`) {
        const all = timeline.posts().sort((a, b) => b.at - a.at || b.seq - a.seq);
        return graphList(req, all, size(req), media, headers);
      }
      if (path === '/' && req.query.has('ids')) {
        const ids = (req.query.get('ids') ?? '').split(',');
        const out: Record<string, unknown> = {};
        for (const m of timeline.posts()) {
          if (ids.includes(instagramId(m)))
            out[instagramId(m)] = { comments_count: timeline.commentsOf(m).length, id: instagramId(m) };
        }
        return { status: 200, headers, json: out };
      }
      const comments = /^\/(\d+)\/comments$/.exec(path);
      if (comments) {
        const m = timeline.posts().find((x) => instagramId(x) === comments[1]);
        if (!m)
          return {
            status: 400,
            headers,
            json: graphError('Unsupported get request.', 100, { error_subcode: 33 }),
          };
        const top = timeline
          .commentsOf(m)
          .filter((c) => c.parentSeq === undefined)
          .sort((a, b) => b.at - a.at || b.seq - a.seq);
        return graphList(req, top, size(req), comment(req), headers);
      }
      const replies = /^\/(\d+)\/replies$/.exec(path);
      if (replies) {
        const c = timeline.items.find((x) => x.kind === 'comment' && instagramId(x) === replies[1]);
        if (!c)
          return {
            status: 400,
            headers,
            json: graphError('Unsupported get request.', 100, { error_subcode: 33 }),
          };
        return graphList(req, repliesOf(c), size(req), reply, headers);
      }
      return { status: 400, headers, json: graphError('Unknown path components', 2500) };
    },
    faultResponse: faults(options),
  };
}
