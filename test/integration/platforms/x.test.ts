import { describe, expect, it } from 'vitest';
import { PlatformRequestError } from '../../../shared/platforms/errors.ts';
import { xAdapter } from '../../../shared/platforms/x/poll.ts';
import { fakeX, xId } from '../../fakes/x/server.ts';
import { conformance, type PlatformFixture, randomized, world } from './support.ts';

const fx: PlatformFixture = {
  name: 'x',
  adapter: xAdapter,
  makeFake: (timeline, clock, pageSize) => fakeX(timeline, clock, { bearerToken: 'test-bearer', pageSize }),
  account: {
    platform: 'x',
    handle: 'acmebank',
    accountId: '1001',
    role: 'brand',
    credentials: { bearerToken: 'env:X_BEARER_TOKEN' },
    every: '2m',
    commentsDays: 7,
  },
  env: { X_BEARER_TOKEN: 'test-bearer' },
  idOf: xId,
  comments: true,
  authMessage: /^X token rejected \(401\): renew X_BEARER_TOKEN$/,
  rateLimitResetMs: 60_000,
};

describe('X poller against a fake X API v2', () => {
  conformance(fx);

  it('looks the user up by handle when no accountId is configured, and reports an unknown one', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      w.timeline.addPost();
      const { accountId: _, ...noId } = fx.account;
      const result = await xAdapter.poll({ ...noId, accountId: undefined, apiBase: base }, undefined, w.deps);
      expect(w.api.requests[0]?.path).toBe('/2/users/by/username/acmebank');
      expect(result.nextCursor.userId).toBe('1001');
      const missing = await xAdapter
        .poll({ ...noId, accountId: undefined, handle: 'nobody', apiBase: base }, undefined, w.deps)
        .catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(PlatformRequestError);
      expect((missing as Error).message).toBe('X user @nobody not found');
    } finally {
      await w.api.close();
    }
  });

  it('polls with since_id after the first run and keeps the full text of long posts', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      const account = { ...fx.account, apiBase: base };
      w.timeline.addPost();
      const first = await xAdapter.poll(account, undefined, w.deps);
      w.clock.advance(60_000);
      const long = w.timeline.addPost(`${'Long announcement. '.repeat(20)}End.`);
      const second = await xAdapter.poll(account, first.nextCursor, w.deps);
      const timelineCalls = w.api.requests.filter((r) => r.path.endsWith('/tweets'));
      expect(timelineCalls.at(-1)?.query.get('since_id')).toBe(first.nextCursor.sinceId);
      const item = second.items.find((i) => i.id === xId(long));
      expect(item?.text).toBe(long.text);
      expect(item?.text.length).toBeGreaterThan(280);
    } finally {
      await w.api.close();
    }
  });

  it('stops before the limit when x-rate-limit-remaining reaches 0', async () => {
    let remaining = 2;
    const w = world({
      ...fx,
      makeFake: (t, c, p) =>
        fakeX(t, c, { bearerToken: 'test-bearer', pageSize: p, remaining: () => remaining-- }),
    });
    const base = await w.api.listen();
    try {
      for (let i = 0; i < 12; i++) w.timeline.addPost();
      const result = await xAdapter.poll({ ...fx.account, apiBase: base }, undefined, w.deps);
      expect(result.stopped?.reason).toBe('rate-limit');
      expect(w.api.requests.length).toBe(3);
      expect(result.deferredUntil).toBe(
        new Date(Math.floor(w.clock.ms / 1000) * 1000 + 900_000).toISOString(),
      );
      expect(result.nextCursor.sinceId).toBeUndefined();
    } finally {
      await w.api.close();
    }
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(fx, 0x5eed01);
    expect(stats.items).toBeGreaterThan(400);
  });
});
