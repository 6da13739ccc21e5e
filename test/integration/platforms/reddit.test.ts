import { describe, expect, it } from 'vitest';
import { PlatformAuthError } from '../../../shared/platforms/errors.ts';
import { redditAdapter } from '../../../shared/platforms/reddit/poll.ts';
import { fakeReddit, redditFullname } from '../../fakes/reddit/server.ts';
import { conformance, type PlatformFixture, randomized, world } from './support.ts';

const fx: PlatformFixture = {
  name: 'reddit',
  adapter: redditAdapter,
  makeFake: (timeline, clock, pageSize) =>
    fakeReddit(timeline, clock, { accessToken: 'reddit-token', pageSize, visibleComments: 2 }),
  account: {
    platform: 'reddit',
    handle: 'acmebank',
    role: 'brand',
    credentials: { accessToken: 'env:REDDIT_TOKEN', userAgent: 'server:postwatch-test:0.1 (by /u/acmebank)' },
    every: '5m',
    commentsDays: 7,
  },
  env: { REDDIT_TOKEN: 'reddit-token' },
  idOf: redditFullname,
  comments: true,
  authMessage: /^Reddit token rejected \(401\): renew REDDIT_TOKEN$/,
  rateLimitResetMs: 60_000,
};

describe('Reddit poller against a fake Reddit API', () => {
  conformance(fx);

  it('expands `more` stubs through morechildren and sends the configured User-Agent', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      const post = w.timeline.addPost();
      const comments = Array.from({ length: 6 }, () => w.timeline.addComment(post));
      const result = await redditAdapter.poll({ ...fx.account, apiBase: base }, undefined, w.deps);
      const more = w.api.requests.find((r) => r.path === '/api/morechildren');
      expect(more?.query.get('link_id')).toBe(redditFullname(post));
      expect(more?.query.get('children')?.split(',')).toHaveLength(4);
      const got = result.items.filter((i) => i.kind === 'comment');
      expect(got.map((i) => i.id).sort()).toEqual(comments.map(redditFullname).sort());
      expect(got.every((i) => i.parentId === redditFullname(post))).toBe(true);
      expect(
        w.api.requests.every((r) => r.headers['user-agent'] === 'server:postwatch-test:0.1 (by /u/acmebank)'),
      ).toBe(true);
    } finally {
      await w.api.close();
    }
  });

  it('gets a token from a refresh token, reuses it while valid, and names the secret to renew when revoked', async () => {
    const client = { id: 'client-a', secret: 'secret-a', refreshToken: 'refresh-a' };
    const w = world({
      ...fx,
      makeFake: (t, c, p) => fakeReddit(t, c, { accessToken: 'issued-token', pageSize: p, client }),
    });
    const base = await w.api.listen();
    try {
      w.timeline.addPost();
      const account = {
        ...fx.account,
        apiBase: base,
        credentials: {
          clientId: 'client-a',
          clientSecret: 'env:REDDIT_CLIENT_SECRET',
          refreshToken: 'env:REDDIT_REFRESH_TOKEN',
        },
      };
      const deps = {
        ...w.deps,
        env: { REDDIT_CLIENT_SECRET: 'secret-a', REDDIT_REFRESH_TOKEN: 'refresh-a' },
      };
      const first = await redditAdapter.poll(account, undefined, deps);
      expect(first.items).toHaveLength(1);
      w.clock.advance(10 * 60_000);
      await redditAdapter.poll(account, first.nextCursor, deps);
      expect(w.api.requests.filter((r) => r.path === '/api/v1/access_token')).toHaveLength(1);
      const revoked = await redditAdapter
        .poll(account, undefined, { ...deps, env: { ...deps.env, REDDIT_REFRESH_TOKEN: 'revoked' } })
        .catch((e: unknown) => e);
      expect(revoked).toBeInstanceOf(PlatformAuthError);
      expect((revoked as Error).message).toBe(
        'Reddit refused to issue a token (invalid_grant): renew REDDIT_REFRESH_TOKEN',
      );
    } finally {
      await w.api.close();
    }
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(fx, 0x5eed04);
    expect(stats.items).toBeGreaterThan(400);
  });
});
