import { describe, expect, it } from 'vitest';
import type { ContentItem, WatchedAccount } from '../../../shared/model/index.ts';
import { mastodonAdapter } from '../../../shared/platforms/mastodon/poll.ts';
import { cursorKey, pollAccount } from '../../../shared/platforms/runner.ts';
import { FakeApi, FakeClock } from '../../fakes/harness.ts';
import { fakeMastodon, mastodonId } from '../../fakes/mastodon/server.ts';
import { type FakeItem, Timeline } from '../../fakes/timeline.ts';
import { MemoryCursors, MemorySeen, START } from './support.ts';

const account: WatchedAccount = {
  platform: 'mastodon',
  handle: 'acmebank',
  accountId: '1001',
  role: 'brand',
  credentials: { accessToken: 'env:MASTODON_TOKEN' },
  every: '2m',
  commentsDays: 7,
};

describe('pollAccount (poll, dedupe, queue, then commit)', () => {
  it('queues an edited comment again and an unchanged one never twice', async () => {
    const clock = new FakeClock(START);
    const timeline = new Timeline(clock);
    const api = new FakeApi(fakeMastodon(timeline, clock, { accessToken: 't' }));
    const base = await api.listen();
    try {
      const cursors = new MemoryCursors();
      const seen = new MemorySeen();
      const queued: ContentItem[] = [];
      const run = () =>
        pollAccount({
          adapter: mastodonAdapter,
          account: { ...account, apiBase: base },
          cursors,
          seen,
          enqueue: async (items) => {
            queued.push(...items);
          },
          deps: { now: clock.now, env: { MASTODON_TOKEN: 't' } },
        });
      const post = timeline.addPost();
      const a = timeline.addComment(post, undefined, 'first version');
      const b = timeline.addComment(post, undefined, 'never edited');
      await run();
      expect(queued.map((i) => i.id)).toEqual([mastodonId(post), mastodonId(a), mastodonId(b)]);
      clock.advance(120_000);
      timeline.edit(a, 'second version: DM me on WhatsApp');
      const second = await run();
      // Both comments were read again (overlap), only the edited one is new.
      expect(second.polled).toBeGreaterThanOrEqual(2);
      expect(second.queued.map((i) => [i.id, i.text])).toEqual([
        [mastodonId(a), 'second version: DM me on WhatsApp'],
      ]);
      clock.advance(120_000);
      expect((await run()).queued).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('keeps the cursor when queueing fails, so the next poll reads the same items', async () => {
    const clock = new FakeClock(START);
    const timeline = new Timeline(clock);
    const api = new FakeApi(fakeMastodon(timeline, clock, { accessToken: 't' }));
    const base = await api.listen();
    try {
      const cursors = new MemoryCursors();
      const seen = new MemorySeen();
      const acc = { ...account, apiBase: base };
      const deps = { now: clock.now, env: { MASTODON_TOKEN: 't' } };
      const posts: FakeItem[] = [timeline.addPost()];
      await pollAccount({
        adapter: mastodonAdapter,
        account: acc,
        cursors,
        seen,
        enqueue: async () => {},
        deps,
      });
      const before = cursors.map.get(cursorKey(acc));
      posts.push(timeline.addPost());
      const failing = pollAccount({
        adapter: mastodonAdapter,
        account: acc,
        cursors,
        seen,
        enqueue: async () => {
          throw new Error('queue unavailable');
        },
        deps,
      });
      await expect(failing).rejects.toThrow('queue unavailable');
      expect(cursors.map.get(cursorKey(acc))).toBe(before);
      const retry = await pollAccount({
        adapter: mastodonAdapter,
        account: acc,
        cursors,
        seen,
        enqueue: async () => {},
        deps,
      });
      expect(retry.queued.map((i) => i.id)).toEqual([mastodonId(posts[1] as FakeItem)]);
      expect(cursors.map.get(cursorKey(acc))).not.toBe(before);
    } finally {
      await api.close();
    }
  });
});
