import { describe, expect, it } from 'vitest';
import { blueskyAdapter } from '../../../shared/platforms/bluesky/poll.ts';
import { bskyUri, fakeBluesky } from '../../fakes/bluesky/server.ts';
import { conformance, type PlatformFixture, randomized, world } from './support.ts';

const fx: PlatformFixture = {
  name: 'bluesky',
  adapter: blueskyAdapter,
  makeFake: (timeline, clock, pageSize) =>
    fakeBluesky(timeline, clock, { accessToken: 'bsky-jwt', pageSize }),
  account: {
    platform: 'bluesky',
    handle: 'acmebank.bsky.social',
    accountId: 'did:plc:acmebank0000000000000000',
    role: 'brand',
    credentials: { accessToken: 'env:BSKY_ACCESS_TOKEN' },
    every: '2m',
    commentsDays: 7,
  },
  env: { BSKY_ACCESS_TOKEN: 'bsky-jwt' },
  idOf: (i) => bskyUri(i),
  comments: true,
  authMessage: /^Bluesky token rejected \(401\): renew BSKY_ACCESS_TOKEN$/,
  rateLimitResetMs: 60_000,
};

describe('Bluesky poller against a fake AppView', () => {
  conformance(fx);

  it('polls the public AppView without credentials and stops paging at the indexedAt watermark', async () => {
    const w = world({ ...fx, makeFake: (t, c, p) => fakeBluesky(t, c, { pageSize: p }) }, 2);
    const base = await w.api.listen();
    try {
      const account = { ...fx.account, credentials: {}, apiBase: base };
      for (let i = 0; i < 6; i++) {
        w.clock.advance(20 * 60_000);
        w.timeline.addPost();
      }
      const first = await blueskyAdapter.poll(account, undefined, w.deps);
      expect(first.items.filter((i) => i.kind === 'post')).toHaveLength(6);
      expect(w.api.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
      w.clock.advance(60 * 60_000);
      const fresh = w.timeline.addPost('New rates 🚀 see', [
        'https://acmebank.com/rates/2026/savings-account',
      ]);
      const before = w.api.requests.length;
      const second = await blueskyAdapter.poll(account, first.nextCursor, w.deps);
      const feedCalls = w.api.requests.slice(before).filter((r) => r.path.endsWith('getAuthorFeed'));
      // Page 1: the new post and the newest known one (inside the 10-minute overlap);
      // page 2 starts 20 minutes before the watermark, so paging stops there.
      expect(feedCalls).toHaveLength(2);
      const item = second.items.find((i) => i.id === bskyUri(fresh));
      expect(item?.links).toEqual(['https://acmebank.com/rates/2026/savings-account']);
      expect(item?.url).toBe(
        `https://bsky.app/profile/acmebank.bsky.social/post/${bskyUri(fresh).split('/').at(-1)}`,
      );
    } finally {
      await w.api.close();
    }
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(fx, 0x5eed03);
    expect(stats.items).toBeGreaterThan(400);
  });
});
