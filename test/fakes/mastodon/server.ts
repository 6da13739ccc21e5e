import type { FakeClock, FakePlatform, FakeRequest, FakeResponse } from '../harness.ts';
import type { FakeItem, Timeline } from '../timeline.ts';

/** Mastodon-like ids: per-instance snowflakes, growing with time. */
export function mastodonId(item: Pick<FakeItem, 'seq'>): string {
  return String(113_000_000_000_000_000n + BigInt(item.seq));
}

/** Options of the fake Mastodon instance. */
export interface FakeMastodonOptions {
  readonly accessToken: string;
  readonly pageSize?: number;
}

/** Fake Mastodon REST API: account lookup, account statuses (min_id/max_id with Link headers), status context. */
export function fakeMastodon(
  timeline: Timeline,
  clock: FakeClock,
  options: FakeMastodonOptions,
): FakePlatform {
  const limits = () => ({
    'x-ratelimit-limit': '300',
    'x-ratelimit-remaining': '250',
    'x-ratelimit-reset': new Date(clock.ms + 300_000).toISOString(),
  });
  const account = (a: FakeItem['author']) => ({
    id: a.id,
    username: a.handle,
    acct: a.handle === timeline.owner.handle ? a.handle : `${a.handle}@other.example`,
    display_name: a.name,
    url: `https://social.example/@${a.handle}`,
  });
  const render = (i: FakeItem) => {
    const anchors = i.links
      .map((l) => {
        const u = new URL(l);
        const shown = `${u.host}${u.pathname}`;
        return ` <a href="${l}" target="_blank" rel="nofollow noopener noreferrer"><span class="invisible">${u.protocol}//</span><span class="ellipsis">${shown.slice(0, 20)}</span><span class="invisible">${shown.slice(20)}</span></a>`;
      })
      .join('');
    const parent = i.parentSeq ?? i.postSeq;
    const escaped = i.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return {
      id: mastodonId(i),
      created_at: new Date(i.at).toISOString(),
      in_reply_to_id: parent === undefined ? null : mastodonId({ seq: parent }),
      in_reply_to_account_id: parent === undefined ? null : timeline.owner.id,
      sensitive: false,
      spoiler_text: '',
      visibility: 'public',
      language: 'en',
      uri: `https://social.example/users/${i.author.handle}/statuses/${mastodonId(i)}`,
      url: `https://social.example/@${i.author.handle}/${mastodonId(i)}`,
      replies_count: 0,
      reblogs_count: 0,
      favourites_count: 0,
      edited_at: i.editedAt ? new Date(i.editedAt).toISOString() : null,
      content: `<p>${escaped}${anchors}</p>`,
      reblog: null,
      account: account(i.author),
      media_attachments: [],
      mentions: [],
      tags: [],
      emojis: [],
      card: null,
      poll: null,
    };
  };
  const error = (status: number, message: string): FakeResponse => ({
    status,
    headers: limits(),
    json: { error: message },
  });
  const statuses = (req: FakeRequest): FakeResponse => {
    const size = Math.min(Number(req.query.get('limit') ?? 20), 40, options.pageSize ?? 40);
    const minId = req.query.get('min_id');
    const maxId = req.query.get('max_id');
    const posts = timeline.posts();
    let page: FakeItem[];
    if (minId) {
      page = posts
        .filter((p) => BigInt(mastodonId(p)) > BigInt(minId))
        .sort((a, b) => a.seq - b.seq)
        .slice(0, size)
        .reverse();
    } else {
      page = posts
        .filter((p) => !maxId || BigInt(mastodonId(p)) < BigInt(maxId))
        .sort((a, b) => b.seq - a.seq)
        .slice(0, size);
    }
    const headers: Record<string, string> = limits();
    const first = page[0];
    const last = page.at(-1);
    if (first && last) {
      const self = `http://${req.headers.host ?? 'social.example'}${req.path}`;
      headers.link = `<${self}?limit=${size}&exclude_reblogs=true&max_id=${mastodonId(last)}>; rel="next", <${self}?limit=${size}&exclude_reblogs=true&min_id=${mastodonId(first)}>; rel="prev"`;
    }
    return { status: 200, headers, json: page.map(render) };
  };
  return {
    route(req) {
      if (req.headers.authorization !== `Bearer ${options.accessToken}`) {
        return error(401, 'The access token is invalid');
      }
      if (req.path === '/api/v1/accounts/lookup') {
        return req.query.get('acct') === timeline.owner.handle
          ? { status: 200, headers: limits(), json: account(timeline.owner) }
          : error(404, 'Record not found');
      }
      if (/^\/api\/v1\/accounts\/\d+\/statuses$/.test(req.path)) return statuses(req);
      const ctx = /^\/api\/v1\/statuses\/(\d+)\/context$/.exec(req.path);
      if (ctx) {
        const post = timeline.posts().find((p) => mastodonId(p) === ctx[1]);
        if (!post) return error(404, 'Record not found');
        return {
          status: 200,
          headers: limits(),
          json: { ancestors: [], descendants: timeline.commentsOf(post).map(render) },
        };
      }
      return error(404, 'Record not found');
    },
    faultResponse(kind): FakeResponse {
      if (kind === 'rate-limit') {
        return {
          status: 429,
          headers: {
            'x-ratelimit-limit': '300',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': new Date(clock.ms + 60_000).toISOString(),
          },
          json: { error: 'Too many requests' },
        };
      }
      // nginx in front of Mastodon answers 503 with an HTML page, not JSON.
      return {
        status: 503,
        headers: { 'content-type': 'text/html' },
        raw: '<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center></body></html>',
      };
    },
  };
}
