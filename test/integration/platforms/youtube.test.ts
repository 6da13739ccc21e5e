import { describe, expect, it } from 'vitest';
import { nextPacificMidnight, youtubeAdapter } from '../../../shared/platforms/youtube/poll.ts';
import type { Timeline } from '../../fakes/timeline.ts';
import { fakeYouTube, QUOTA_EXCEEDED, youtubeId } from '../../fakes/youtube/server.ts';
import { conformance, type PlatformFixture, randomized, world } from './support.ts';

let current: Timeline | undefined;
const fx: PlatformFixture = {
  name: 'youtube',
  adapter: youtubeAdapter,
  makeFake: (timeline, clock, pageSize) => {
    current = timeline;
    return fakeYouTube(timeline, clock, { apiKey: 'yt-key', pageSize, inlineReplies: 1 });
  },
  account: {
    platform: 'youtube',
    handle: 'acmebank',
    accountId: 'UCacmebank0000000000000a',
    role: 'brand',
    credentials: { apiKey: 'env:YOUTUBE_API_KEY' },
    every: '5m',
    commentsDays: 7,
  },
  env: { YOUTUBE_API_KEY: 'yt-key' },
  idOf: (i) => youtubeId(i, current),
  comments: true,
  authMessage: /^YouTube API key rejected \(400\): renew YOUTUBE_API_KEY$/,
  rateLimitResetMs: 60_000,
};

describe('YouTube poller against a fake Data API', () => {
  conformance(fx);

  it('defers to midnight Pacific when the daily quota is used up', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      w.timeline.addPost();
      const inner = w.api.platform;
      let calls = 0;
      (w.api as { platform: typeof inner }).platform = {
        route: (req) => (++calls === 2 ? QUOTA_EXCEEDED : inner.route(req)),
        faultResponse: inner.faultResponse,
      };
      const result = await youtubeAdapter.poll({ ...fx.account, apiBase: base }, undefined, w.deps);
      expect(result.stopped?.reason).toBe('rate-limit');
      // 2026-11-20 is in PST (UTC-8): midnight Pacific is 08:00Z the next day.
      expect(result.deferredUntil).toBe('2026-11-21T08:00:00.000Z');
      expect(result.nextCursor.publishedAt).toBeUndefined();
    } finally {
      await w.api.close();
    }
  });

  it('reads only videos whose comment count changed, and big threads through comments.list', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      const account = { ...fx.account, apiBase: base };
      const quiet = w.timeline.addPost();
      const busy = w.timeline.addPost();
      w.timeline.addComment(quiet);
      const top = w.timeline.addComment(busy);
      const first = await youtubeAdapter.poll(account, undefined, w.deps);
      w.clock.advance(3_600_000);
      const r1 = w.timeline.addComment(busy, top, 'first reply');
      const r2 = w.timeline.addComment(busy, r1, 'reply to the reply');
      const before = w.api.requests.length;
      const second = await youtubeAdapter.poll(account, first.nextCursor, w.deps);
      const calls = w.api.requests.slice(before);
      expect(calls.filter((r) => r.path === '/commentThreads').map((r) => r.query.get('videoId'))).toEqual([
        youtubeId(busy),
      ]);
      expect(calls.find((r) => r.path === '/comments')?.query.get('parentId')).toBe(youtubeId(top));
      const ids = second.items.map((i) => i.id);
      expect(ids).toContain(youtubeId(r1, w.timeline));
      expect(ids).toContain(youtubeId(r2, w.timeline));
      const reply = second.items.find((i) => i.id === youtubeId(r2, w.timeline));
      expect(reply?.parentId).toBe(youtubeId(top));
      expect(reply?.url).toBe(
        `https://www.youtube.com/watch?v=${youtubeId(busy)}&lc=${youtubeId(r2, w.timeline)}`,
      );
      expect(w.api.requests.every((r) => !r.query.has('key'))).toBe(true);
    } finally {
      await w.api.close();
    }
  });

  it('computes midnight Pacific across daylight saving time', () => {
    expect(new Date(nextPacificMidnight(Date.parse('2026-07-01T12:00:00Z'))).toISOString()).toBe(
      '2026-07-02T07:00:00.000Z',
    );
    expect(new Date(nextPacificMidnight(Date.parse('2026-01-15T07:30:00Z'))).toISOString()).toBe(
      '2026-01-15T08:00:00.000Z',
    );
  });

  it('survives 1,000 rounds of faults and arrivals without losing or doubling an item', async () => {
    const stats = await randomized(fx, 0x5eed06);
    expect(stats.items).toBeGreaterThan(400);
  });
});
