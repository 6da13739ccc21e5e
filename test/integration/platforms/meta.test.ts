import { describe, expect, it } from 'vitest';
import { PlatformRequestError } from '../../../shared/platforms/errors.ts';
import { facebookAdapter, instagramAdapter } from '../../../shared/platforms/meta/poll.ts';
import {
  facebookId,
  fakeFacebook,
  fakeInstagram,
  IG_USER_ID,
  instagramId,
  PAGE_ID,
} from '../../fakes/meta/server.ts';
import { conformance, type PlatformFixture, randomized, world } from './support.ts';

const facebook: PlatformFixture = {
  name: 'facebook',
  adapter: facebookAdapter,
  makeFake: (timeline, clock, pageSize) =>
    fakeFacebook(timeline, clock, { accessToken: 'page-token', pageSize }),
  account: {
    platform: 'facebook',
    handle: 'acmebank',
    accountId: PAGE_ID,
    role: 'brand',
    credentials: { accessToken: 'env:META_PAGE_TOKEN' },
    every: '2m',
    commentsDays: 7,
  },
  env: { META_PAGE_TOKEN: 'page-token' },
  idOf: facebookId,
  comments: true,
  authMessage: /^Meta token rejected \(code 190\): renew META_PAGE_TOKEN$/,
  rateLimitResetMs: 60_000,
};

const instagram: PlatformFixture = {
  name: 'instagram',
  adapter: instagramAdapter,
  makeFake: (timeline, clock, pageSize) =>
    fakeInstagram(timeline, clock, { accessToken: 'ig-token', pageSize, inlineReplies: 1 }),
  account: {
    platform: 'instagram',
    handle: 'acmebank',
    accountId: IG_USER_ID,
    role: 'brand',
    credentials: { accessToken: 'env:META_TOKEN' },
    every: '5m',
    commentsDays: 7,
  },
  env: { META_TOKEN: 'ig-token' },
  idOf: instagramId,
  comments: true,
  authMessage: /^Meta token rejected \(code 190\): renew META_TOKEN$/,
  rateLimitResetMs: 60_000,
};

describe('Facebook Page poller against a fake Graph API', () => {
  conformance(facebook);

  it('asks with since minus the overlap, keeps attachment targets and tolerates a missing from', async () => {
    const w = world(facebook);
    const base = await w.api.listen();
    try {
      const account = { ...facebook.account, apiBase: base };
      const p = w.timeline.addPost('New card', ['https://acmebank.com/card']);
      const comments = Array.from({ length: 5 }, () => w.timeline.addComment(p));
      const first = await facebookAdapter.poll(account, undefined, w.deps);
      const post = first.items.find((i) => i.id === facebookId(p));
      expect(post?.links).toEqual(['https://acmebank.com/card']);
      expect(post?.author).toEqual({ id: PAGE_ID, handle: 'acmebank', displayName: 'Acme Bank' });
      // The fake hides `from` on every fifth item, as Graph does when the token may not see the author.
      const hidden = comments.find((c) => c.seq % 5 === 0);
      const anonymous = first.items.find((i) => hidden && i.id === facebookId(hidden));
      expect(anonymous?.author).toEqual({ id: undefined, handle: '', displayName: undefined });
      w.clock.advance(3_600_000);
      await facebookAdapter.poll(account, first.nextCursor, w.deps);
      const sinceParams = w.api.requests
        .filter((r) => r.path.endsWith('/published_posts') && !r.query.has('after'))
        .map((r) => Number(r.query.get('since')));
      expect(sinceParams[1]).toBe(Math.floor((p.at - 10 * 60_000) / 1000));
    } finally {
      await w.api.close();
    }
  });

  it('stops before the limit when X-App-Usage nears 100%', async () => {
    let usage = 90;
    const w = world({
      ...facebook,
      makeFake: (t, c, size) =>
        fakeFacebook(t, c, { accessToken: 'page-token', pageSize: size, usage: () => (usage += 3) }),
    });
    const base = await w.api.listen();
    try {
      for (let i = 0; i < 4; i++) w.timeline.addComment(w.timeline.addPost());
      const result = await facebookAdapter.poll({ ...facebook.account, apiBase: base }, undefined, w.deps);
      expect(result.stopped?.reason).toBe('rate-limit');
      expect(w.api.requests).toHaveLength(2); // 93%, then 96% stops the third call
      expect(result.deferredUntil).toBe(new Date(w.clock.ms + 15 * 60_000).toISOString());
    } finally {
      await w.api.close();
    }
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(facebook, 0x5eed07);
    expect(stats.items).toBeGreaterThan(400);
  });
});

describe('Instagram poller against a fake Graph API', () => {
  conformance(instagram);

  it('reads replies past the inline ones and maps +0000 timestamps', async () => {
    const w = world(instagram);
    const base = await w.api.listen();
    try {
      const m = w.timeline.addPost('Summer offer');
      const top = w.timeline.addComment(m);
      const replies = [
        w.timeline.addComment(m, top),
        w.timeline.addComment(m, top),
        w.timeline.addComment(m, top),
      ];
      const result = await instagramAdapter.poll({ ...instagram.account, apiBase: base }, undefined, w.deps);
      expect(w.api.requests.some((r) => r.path === `/${instagramId(top)}/replies`)).toBe(true);
      for (const r of replies) {
        const item = result.items.find((i) => i.id === instagramId(r));
        expect(item?.parentId).toBe(instagramId(top));
      }
      const media = result.items.find((i) => i.id === instagramId(m));
      expect(media?.createdAt).toBe(new Date(Math.floor(m.at / 1000) * 1000).toISOString());
    } finally {
      await w.api.close();
    }
  });

  it('requires the professional account id', async () => {
    const { accountId: _, ...rest } = instagram.account;
    const error = await instagramAdapter
      .poll(rest, undefined, { env: instagram.env })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformRequestError);
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(instagram, 0x5eed08);
    expect(stats.items).toBeGreaterThan(400);
  });
});
