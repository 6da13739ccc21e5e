import { describe, expect, it } from 'vitest';
import { PlatformRequestError } from '../../../shared/platforms/errors.ts';
import { mastodonAdapter } from '../../../shared/platforms/mastodon/poll.ts';
import { fakeMastodon, mastodonId } from '../../fakes/mastodon/server.ts';
import { conformance, type PlatformFixture, randomized, world } from './support.ts';

const fx: PlatformFixture = {
  name: 'mastodon',
  adapter: mastodonAdapter,
  makeFake: (timeline, clock, pageSize) =>
    fakeMastodon(timeline, clock, { accessToken: 'masto-token', pageSize }),
  account: {
    platform: 'mastodon',
    handle: 'acmebank',
    accountId: '1001',
    role: 'brand',
    credentials: { accessToken: 'env:MASTODON_TOKEN' },
    every: '2m',
    commentsDays: 7,
  },
  env: { MASTODON_TOKEN: 'masto-token' },
  idOf: mastodonId,
  comments: true,
  authMessage: /^Mastodon token rejected \(401\): renew MASTODON_TOKEN$/,
  rateLimitResetMs: 60_000,
};

describe('Mastodon poller against a fake instance', () => {
  conformance(fx);

  it('pages forward with min_id through rel="prev" and keeps link targets out of the HTML', async () => {
    const w = world(fx, 2);
    const base = await w.api.listen();
    try {
      const account = { ...fx.account, apiBase: base };
      w.timeline.addPost();
      const first = await mastodonAdapter.poll(account, undefined, w.deps);
      for (let i = 0; i < 5; i++)
        w.timeline.addPost(`Rates are up <3 & more`, ['https://acmebank.com/rates/2026/savings-account']);
      const before = w.api.requests.length;
      const second = await mastodonAdapter.poll(account, first.nextCursor, w.deps);
      const statusCalls = w.api.requests.slice(before).filter((r) => r.path.endsWith('/statuses'));
      expect(statusCalls.map((r) => r.query.get('min_id'))).toEqual([
        mastodonId({ seq: 1 }),
        mastodonId({ seq: 3 }),
        mastodonId({ seq: 5 }),
        mastodonId({ seq: 6 }),
      ]);
      const posts = second.items.filter((i) => i.kind === 'post');
      expect(posts).toHaveLength(5);
      expect(posts[0]?.text).toBe('Rates are up <3 & more https://acmebank.com/rates/2026/savings-account');
      expect(posts[0]?.links).toEqual(['https://acmebank.com/rates/2026/savings-account']);
      expect(second.nextCursor.minId).toBe(mastodonId({ seq: 6 }));
    } finally {
      await w.api.close();
    }
  });

  it('requires the instance as apiBase', async () => {
    const error = await mastodonAdapter.poll(fx.account, undefined, { env: fx.env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformRequestError);
    expect((error as Error).message).toMatch(/needs apiBase/);
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(fx, 0x5eed02);
    expect(stats.items).toBeGreaterThan(400);
  });
});
