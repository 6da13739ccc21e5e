import { describe, expect, it } from 'vitest';
import { PlatformAuthError } from '../../../shared/platforms/errors.ts';
import { tiktokAdapter } from '../../../shared/platforms/tiktok/poll.ts';
import { fakeTikTok, tiktokId } from '../../fakes/tiktok/server.ts';
import { conformance, type PlatformFixture, randomized, world } from './support.ts';

const fx: PlatformFixture = {
  name: 'tiktok',
  adapter: tiktokAdapter,
  makeFake: (timeline, clock, pageSize) => fakeTikTok(timeline, clock, { accessToken: 'tt-token', pageSize }),
  account: {
    platform: 'tiktok',
    handle: 'acmebank',
    role: 'brand',
    credentials: { accessToken: 'env:TIKTOK_ACCESS_TOKEN' },
    every: '10m',
    commentsDays: 7,
  },
  env: { TIKTOK_ACCESS_TOKEN: 'tt-token' },
  idOf: tiktokId,
  comments: false,
  authMessage: /^TikTok token rejected \(401\): renew TIKTOK_ACCESS_TOKEN$/,
  rateLimitResetMs: 60_000,
};

describe('TikTok poller against a fake Display API', () => {
  conformance(fx);

  it('pages the video list with its cursor and maps epoch-second times and the account', async () => {
    const w = world(fx, 2);
    const base = await w.api.listen();
    try {
      const videos = Array.from({ length: 5 }, (_, n) => {
        w.clock.advance(60_000);
        return w.timeline.addPost(`Video ${n} #acme`);
      });
      const result = await tiktokAdapter.poll({ ...fx.account, apiBase: base }, undefined, w.deps);
      const listCalls = w.api.requests.filter((r) => r.path === '/v2/video/list/');
      expect(listCalls.map((r) => JSON.parse(r.body).cursor)).toEqual([
        undefined,
        videos[3]?.at,
        videos[1]?.at,
      ]);
      expect(result.items.map((i) => i.id)).toEqual(videos.map(tiktokId).reverse());
      const newest = result.items[0];
      expect(newest?.createdAt).toBe(new Date(Math.floor((videos[4]?.at ?? 0) / 1000) * 1000).toISOString());
      expect(newest?.author).toEqual({
        id: '-000Aa1bB2cC3dD4eE5fF6gG7hH8iI9jJ',
        handle: 'acmebank',
        displayName: 'Acme Bank',
      });
    } finally {
      await w.api.close();
    }
  });

  it('reports a missing scope as an auth error a person can act on', async () => {
    const w = world({
      ...fx,
      makeFake: () => ({
        route: () => ({
          status: 200,
          json: {
            data: {},
            error: {
              code: 'scope_not_authorized',
              message: 'The user did not authorize the scope',
              log_id: 'x',
            },
          },
        }),
        faultResponse: () => ({ status: 500 }),
      }),
    });
    const base = await w.api.listen();
    try {
      const error = await tiktokAdapter
        .poll({ ...fx.account, apiBase: base }, undefined, w.deps)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformAuthError);
      expect((error as Error).message).toContain(
        're-authorize TIKTOK_ACCESS_TOKEN with user.info.basic and video.list',
      );
    } finally {
      await w.api.close();
    }
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(fx, 0x5eed05);
    expect(stats.items).toBeGreaterThan(250);
  });
});
