import type { FakeClock, FakePlatform, FakeRequest, FakeResponse } from '../harness.ts';
import type { FakeItem, Timeline } from '../timeline.ts';

/** Reddit base36 ids; the canonical id is the fullname (`t3_` post, `t1_` comment). */
export function redditFullname(item: Pick<FakeItem, 'seq' | 'kind'>): string {
  return `${item.kind === 'post' ? 't3' : 't1'}_${(1_000_000 + item.seq).toString(36)}`;
}
const id36 = (i: Pick<FakeItem, 'seq'>) => (1_000_000 + i.seq).toString(36);

/** Options of the fake Reddit API. */
export interface FakeRedditOptions {
  readonly accessToken: string;
  readonly pageSize?: number;
  /** Top-level comments shown before the rest is hidden behind a `more` stub. */
  readonly visibleComments?: number;
  /** OAuth client for `/api/v1/access_token` (token host and API host are one server here). */
  readonly client?: { readonly id: string; readonly secret: string; readonly refreshToken: string };
}

/** Fake Reddit OAuth API: user submissions (after=fullname), comment trees with `more` stubs, morechildren. */
export function fakeReddit(timeline: Timeline, clock: FakeClock, options: FakeRedditOptions): FakePlatform {
  const limits = () => ({
    'x-ratelimit-used': '12',
    'x-ratelimit-remaining': '588.0',
    'x-ratelimit-reset': String(600 - (Math.floor(clock.ms / 1000) % 600)),
  });
  const secs = (i: FakeItem) => Math.floor(i.at / 1000);
  const postData = (p: FakeItem) => {
    const link = p.links[0];
    return {
      kind: 't3',
      data: {
        subreddit: 'acmebank',
        selftext: link ? '' : p.text,
        author_fullname: `t2_${p.author.id}`,
        title: link ? p.text : `Post ${p.seq}`,
        name: redditFullname(p),
        id: id36(p),
        is_self: !link,
        created_utc: secs(p),
        edited: false,
        num_comments: timeline.commentsOf(p).length,
        permalink: `/r/acmebank/comments/${id36(p)}/post_${p.seq}/`,
        url: link ?? `https://www.reddit.com/r/acmebank/comments/${id36(p)}/post_${p.seq}/`,
        author: p.author.handle,
        subreddit_name_prefixed: 'r/acmebank',
      },
    };
  };
  const commentData = (
    c: FakeItem,
    post: FakeItem,
    children: Map<number | undefined, FakeItem[]>,
  ): unknown => {
    const replies = children.get(c.seq) ?? [];
    return {
      kind: 't1',
      data: {
        id: id36(c),
        name: redditFullname(c),
        body: c.text,
        author: c.author.handle,
        author_fullname: `t2_${c.author.id}`,
        created_utc: secs(c),
        edited: c.editedAt ? Math.floor(c.editedAt / 1000) : false,
        parent_id: c.parentSeq === undefined ? redditFullname(post) : `t1_${id36({ seq: c.parentSeq })}`,
        link_id: redditFullname(post),
        permalink: `/r/acmebank/comments/${id36(post)}/post_${post.seq}/${id36(c)}/`,
        depth: 0,
        replies: replies.length
          ? {
              kind: 'Listing',
              data: {
                after: null,
                before: null,
                children: replies.map((r) => commentData(r, post, children)),
              },
            }
          : '',
      },
    };
  };
  const listing = (children: unknown[], after: string | null = null) => ({
    kind: 'Listing',
    data: { after, dist: children.length, modhash: '', geo_filter: '', children, before: null },
  });
  const byId36 = (id: string) => timeline.items.find((i) => id36(i) === id);
  return {
    route(req: FakeRequest): FakeResponse {
      if (req.path === '/api/v1/access_token' && req.method === 'POST' && options.client) {
        const basic = `Basic ${Buffer.from(`${options.client.id}:${options.client.secret}`).toString('base64')}`;
        if (req.headers.authorization !== basic)
          return { status: 401, json: { message: 'Unauthorized', error: 401 } };
        const form = new URLSearchParams(req.body);
        const ok =
          form.get('grant_type') === 'client_credentials' ||
          (form.get('grant_type') === 'refresh_token' &&
            form.get('refresh_token') === options.client.refreshToken);
        // A revoked refresh token is a 200 with an error field, not an HTTP error.
        if (!ok) return { status: 200, json: { error: 'invalid_grant' } };
        return {
          status: 200,
          json: { access_token: options.accessToken, token_type: 'bearer', expires_in: 3600, scope: 'read' },
        };
      }
      if (req.headers.authorization !== `Bearer ${options.accessToken}`) {
        return { status: 401, headers: limits(), json: { message: 'Unauthorized', error: 401 } };
      }
      if (/^\/user\/[^/]+\/submitted$/.test(req.path)) {
        const size = Math.min(Number(req.query.get('limit') ?? 25), options.pageSize ?? 100);
        const after = req.query.get('after');
        const posts = timeline.posts().sort((a, b) => b.seq - a.seq);
        const start = after ? posts.findIndex((p) => redditFullname(p) === after) + 1 : 0;
        const page = posts.slice(start, start + size);
        const last = page.at(-1);
        const more = start + size < posts.length && last;
        return {
          status: 200,
          headers: limits(),
          json: listing(page.map(postData), more ? redditFullname(last) : null),
        };
      }
      const tree = /^\/comments\/([a-z0-9]+)$/.exec(req.path);
      if (tree) {
        const post = byId36(tree[1] as string);
        if (post?.kind !== 'post')
          return { status: 404, headers: limits(), json: { message: 'Not Found', error: 404 } };
        const comments = timeline.commentsOf(post);
        const children = new Map<number | undefined, FakeItem[]>();
        for (const c of [...comments].reverse()) {
          const list = children.get(c.parentSeq);
          if (list) list.push(c);
          else children.set(c.parentSeq, [c]);
        }
        const top = children.get(undefined) ?? [];
        const visible = top.slice(0, options.visibleComments ?? 200);
        const hidden = top.slice(visible.length);
        const shown: unknown[] = visible.map((c) => commentData(c, post, children));
        // A stub lists every hidden comment id, nested replies included; morechildren returns them flat.
        const subtree = (c: FakeItem): FakeItem[] => [c, ...(children.get(c.seq) ?? []).flatMap(subtree)];
        const hiddenAll = hidden.flatMap(subtree);
        if (hidden.length) {
          shown.push({
            kind: 'more',
            data: {
              count: hiddenAll.length,
              name: `t1_${id36(hidden[0] as FakeItem)}`,
              id: id36(hidden[0] as FakeItem),
              parent_id: redditFullname(post),
              depth: 0,
              children: hiddenAll.map(id36),
            },
          });
        }
        return { status: 200, headers: limits(), json: [listing([postData(post)]), listing(shown)] };
      }
      if (req.path === '/api/morechildren') {
        const post = timeline.items.find((i) => redditFullname(i) === req.query.get('link_id'));
        const wanted = new Set((req.query.get('children') ?? '').split(','));
        if (!post)
          return {
            status: 200,
            headers: limits(),
            json: { json: { errors: [['INVALID_ID', 'invalid id', 'link_id']] } },
          };
        const children = new Map<number | undefined, FakeItem[]>();
        const things = timeline
          .commentsOf(post)
          .filter((c) => wanted.has(id36(c)))
          .map((c) => ({ ...(commentData(c, post, children) as { kind: string; data: object }) }));
        return { status: 200, headers: limits(), json: { json: { errors: [], data: { things } } } };
      }
      return { status: 404, headers: limits(), json: { message: 'Not Found', error: 404 } };
    },
    faultResponse(kind): FakeResponse {
      if (kind === 'rate-limit') {
        return {
          status: 429,
          headers: { 'x-ratelimit-used': '600', 'x-ratelimit-remaining': '0.0', 'x-ratelimit-reset': '60' },
          json: { message: 'Too Many Requests', error: 429 },
        };
      }
      // Reddit's 5xx pages are HTML from the CDN.
      return {
        status: 503,
        headers: { 'content-type': 'text/html' },
        raw: '<!doctype html><html><body><h1>all of our servers are busy right now</h1></body></html>',
      };
    },
  };
}
