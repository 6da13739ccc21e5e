import type { FakeClock, FakePlatform, FakeRequest, FakeResponse } from '../harness.ts';
import { type FakeItem, pageNewestFirst, type Timeline, token, untoken } from '../timeline.ts';

const OWNER_DID = 'did:plc:acmebank0000000000000000';
const didOf = (a: FakeItem['author'], owner: string) =>
  a.handle === owner ? OWNER_DID : `did:plc:${a.handle.padEnd(24, 'x')}`;
/** TID-like record keys: fixed width, so they sort with time. */
const rkey = (seq: number) => `3l${seq.toString(36).padStart(11, '0')}`;

/** The at:// URI the fake gives an item. */
export function bskyUri(item: Pick<FakeItem, 'seq' | 'author'>, owner = 'acmebank'): string {
  return `at://${didOf(item.author, owner)}/app.bsky.feed.post/${rkey(item.seq)}`;
}

/** Options of the fake AppView. */
export interface FakeBlueskyOptions {
  /** When set, requests must carry this bearer token. */
  readonly accessToken?: string;
  readonly pageSize?: number;
}

/** Fake Bluesky AppView: getAuthorFeed (cursor paging), getPostThread (nested threadViewPost, blocked entries). */
export function fakeBluesky(timeline: Timeline, clock: FakeClock, options: FakeBlueskyOptions): FakePlatform {
  const owner = timeline.owner.handle;
  const limits = () => ({
    'ratelimit-limit': '3000',
    'ratelimit-remaining': '2900',
    'ratelimit-reset': String(Math.floor(clock.ms / 1000) + 300),
    'ratelimit-policy': '3000;w=300',
  });
  const uri = (i: FakeItem) => bskyUri(i, owner);
  const view = (i: FakeItem) => {
    let text = i.text;
    const facets = i.links.map((l) => {
      const shown = `${l.replace(/^https?:\/\//, '').slice(0, 24)}...`;
      const byteStart = Buffer.byteLength(`${text} `, 'utf8');
      text = `${text} ${shown}`;
      return {
        index: { byteStart, byteEnd: byteStart + Buffer.byteLength(shown, 'utf8') },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: l }],
      };
    });
    const parent = i.parentSeq ?? i.postSeq;
    const root = i.postSeq === undefined ? undefined : timeline.bySeq(i.postSeq);
    const parentItem = parent === undefined ? undefined : timeline.bySeq(parent);
    return {
      uri: uri(i),
      cid: `bafyrei${i.seq.toString(36).padStart(52, 'a')}`,
      author: {
        did: didOf(i.author, owner),
        handle: i.author.handle === owner ? `${owner}.bsky.social` : `${i.author.handle}.bsky.social`,
        displayName: i.author.name,
        labels: [],
        createdAt: '2023-05-01T10:00:00.000Z',
      },
      record: {
        $type: 'app.bsky.feed.post',
        text,
        createdAt: new Date(i.at).toISOString(),
        langs: ['en'],
        ...(facets.length ? { facets } : {}),
        ...(root && parentItem
          ? {
              reply: {
                root: { uri: uri(root), cid: 'bafyreiroot' },
                parent: { uri: uri(parentItem), cid: 'bafyreiparent' },
              },
            }
          : {}),
      },
      // Direct replies only, as the AppView counts them.
      replyCount:
        i.kind === 'post' ? timeline.commentsOf(i).filter((c) => c.parentSeq === undefined).length : 0,
      repostCount: 0,
      likeCount: 0,
      quoteCount: 0,
      indexedAt: new Date(i.at).toISOString(),
      labels: [],
    };
  };
  const error = (status: number, name: string, message: string): FakeResponse => ({
    status,
    headers: limits(),
    json: { error: name, message },
  });
  const thread = (post: FakeItem) => {
    const comments = timeline.commentsOf(post);
    const children = new Map<number | undefined, FakeItem[]>();
    for (const c of comments) {
      const list = children.get(c.parentSeq);
      if (list) list.push(c);
      else children.set(c.parentSeq, [c]);
    }
    const node = (i: FakeItem): Record<string, unknown> => ({
      $type: 'app.bsky.feed.defs#threadViewPost',
      post: view(i),
      replies: (children.get(i.kind === 'post' ? undefined : i.seq) ?? []).map(node),
    });
    const root = node(post);
    if (comments.length > 0) {
      (root.replies as unknown[]).push({
        $type: 'app.bsky.feed.defs#blockedPost',
        uri: 'at://did:plc:blockedblockedblocked0000/app.bsky.feed.post/3kblockedxx22',
        blocked: true,
        author: { did: 'did:plc:blockedblockedblocked0000', viewer: { blockedBy: true } },
      });
    }
    return { thread: root };
  };
  return {
    route(req: FakeRequest) {
      if (options.accessToken && req.headers.authorization !== `Bearer ${options.accessToken}`) {
        return error(401, 'InvalidToken', 'Bad token scope');
      }
      if (req.path === '/xrpc/app.bsky.feed.getAuthorFeed') {
        const size = Math.min(Number(req.query.get('limit') ?? 50), options.pageSize ?? 100);
        const { page, next } = pageNewestFirst(
          timeline.posts(),
          untoken('bsky', req.query.get('cursor')),
          size,
        );
        return {
          status: 200,
          headers: limits(),
          json: {
            feed: page.map((p) => ({ post: view(p) })),
            ...(next === undefined ? {} : { cursor: token('bsky', next) }),
          },
        };
      }
      if (req.path === '/xrpc/app.bsky.feed.getPostThread') {
        const post = timeline.posts().find((p) => uri(p) === req.query.get('uri'));
        return post
          ? { status: 200, headers: limits(), json: thread(post) }
          : error(400, 'NotFound', 'Post not found');
      }
      return error(404, 'MethodNotImplemented', 'Method Not Implemented');
    },
    faultResponse(kind): FakeResponse {
      if (kind === 'rate-limit') {
        return {
          status: 429,
          headers: {
            ...limits(),
            'ratelimit-remaining': '0',
            'ratelimit-reset': String(Math.floor(clock.ms / 1000) + 60),
          },
          json: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' },
        };
      }
      return { status: 502, headers: {}, json: { error: 'UpstreamFailure', message: 'Upstream Failure' } };
    },
  };
}
