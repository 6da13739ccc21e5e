import { expect, it } from 'vitest';
import type { ContentItem, WatchedAccount } from '../../../shared/model/index.ts';
import { versionKey } from '../../../shared/platforms/dedupe.ts';
import { PlatformAuthError } from '../../../shared/platforms/errors.ts';
import { type CursorStore, pollAccount, type SeenStore } from '../../../shared/platforms/runner.ts';
import type { PlatformAdapter, PollDeps } from '../../../shared/platforms/types.ts';
import { FakeApi, FakeClock, type FakePlatform, type Fault, seededRandom } from '../../fakes/harness.ts';
import { type FakeItem, Timeline } from '../../fakes/timeline.ts';

/** A platform under test: its adapter, its fake, and how the fake names items. */
export interface PlatformFixture {
  readonly name: string;
  readonly adapter: PlatformAdapter;
  /** Builds the fake platform over a timeline; `pageSize` forces pagination. */
  makeFake(timeline: Timeline, clock: FakeClock, pageSize: number): FakePlatform;
  /** The watched account (apiBase is filled in by the harness). */
  readonly account: Omit<WatchedAccount, 'apiBase'>;
  /** Environment holding the credentials the account refers to. */
  readonly env: Record<string, string>;
  /** The canonical id the adapter must produce for a fake item. */
  idOf(item: FakeItem): string;
  /** Comments are polled (false for TikTok: posts only). */
  readonly comments: boolean;
  /** Exact message expected when the token is rejected. */
  readonly authMessage: RegExp;
  /** When the fake's 429 says to come back, relative to the clock (ms). */
  readonly rateLimitResetMs: number;
  /** Faults injected in the randomized run (default: all). */
  readonly kinds?: readonly Fault[];
}

/** In-memory cursor store that round-trips through JSON, proving cursors are serialisable. */
export class MemoryCursors implements CursorStore {
  readonly map = new Map<string, string>();
  async load(key: string) {
    const v = this.map.get(key);
    return v === undefined ? undefined : JSON.parse(v);
  }
  async save(key: string, cursor: unknown) {
    this.map.set(key, JSON.stringify(cursor));
  }
}

/** In-memory seen-version store. */
export class MemorySeen implements SeenStore {
  readonly set = new Set<string>();
  async seen(versions: readonly string[]) {
    return new Set(versions.filter((v) => this.set.has(v)));
  }
  async markSeen(versions: readonly string[]) {
    for (const v of versions) this.set.add(v);
  }
}

export const START = Date.parse('2026-11-20T09:00:00Z');

/** Builds a fake world for one platform. */
export function world(fx: PlatformFixture, pageSize = 3) {
  const clock = new FakeClock(START);
  const timeline = new Timeline(clock);
  const api = new FakeApi(fx.makeFake(timeline, clock, pageSize));
  const sleeps: number[] = [];
  const deps: PollDeps = {
    now: clock.now,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    env: fx.env,
    timeoutMs: 300,
  };
  return { clock, timeline, api, deps, sleeps };
}

/** Adds `posts` posts, each with `comments` comments and one reply to its first comment. */
export function seed(timeline: Timeline, clock: FakeClock, posts: number, comments: number): FakeItem[] {
  const out: FakeItem[] = [];
  for (let p = 0; p < posts; p++) {
    clock.advance(3_600_000);
    const post = timeline.addPost();
    out.push(post);
    let first: FakeItem | undefined;
    for (let c = 0; c < comments; c++) {
      clock.advance(300_000);
      const comment = timeline.addComment(post);
      first ??= comment;
      out.push(comment);
    }
    if (first) {
      clock.advance(300_000);
      out.push(timeline.addComment(post, first));
    }
  }
  return out;
}

const ids = (items: readonly ContentItem[]) => new Set(items.map((i) => i.id));

/** The behaviour every poller must show against its fake server on loopback. */
export function conformance(fx: PlatformFixture): void {
  it('reads every page of posts and comments on the first poll, and only new items after', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      const account = { ...fx.account, apiBase: base };
      const items = seed(w.timeline, w.clock, 3, fx.comments ? 4 : 0);
      const first = await fx.adapter.poll(account, undefined, w.deps);
      const got = ids(first.items);
      for (const i of items) expect(got, `missing ${fx.idOf(i)}`).toContain(fx.idOf(i));
      expect(first.stopped).toBeUndefined();
      expect(first.items.every((i) => i.platform === fx.account.platform || fx.name === 'meta')).toBe(true);
      const requestsFirst = w.api.requests.length;
      expect(requestsFirst).toBeGreaterThan(fx.comments ? 3 : 1); // pagination happened (page size 3)

      // Later than every overlap window, so a re-read of old items would be a real waste.
      w.clock.advance(2 * 3_600_000);
      const newPost = w.timeline.addPost();
      const old = w.timeline.posts()[0] as FakeItem;
      const fresh = [
        newPost,
        ...(fx.comments ? [w.timeline.addComment(old), w.timeline.addComment(newPost)] : []),
      ];
      const second = await fx.adapter.poll(account, JSON.parse(JSON.stringify(first.nextCursor)), w.deps);
      const got2 = ids(second.items);
      for (const i of fresh) expect(got2, `missing new ${fx.idOf(i)}`).toContain(fx.idOf(i));
      // Overlap is allowed, re-reading everything is not.
      expect(second.items.length).toBeLessThan(items.length + fresh.length);
    } finally {
      await w.api.close();
    }
  });

  it('retries 5xx, timeouts, resets and truncated bodies with jittered backoff', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      const items = seed(w.timeline, w.clock, 2, fx.comments ? 2 : 0);
      // Three failures on the first request (the 4th attempt succeeds), one on the second.
      w.api.faults = ['server-error', 'timeout', 'reset', null, 'truncated'];
      const result = await fx.adapter.poll({ ...fx.account, apiBase: base }, undefined, {
        ...w.deps,
        random: () => 0.5,
      });
      expect(w.api.served).toEqual(['server-error', 'timeout', 'reset', 'truncated']);
      const got = ids(result.items);
      for (const i of items) expect(got).toContain(fx.idOf(i));
      // Full jitter with random()=0.5: half of 500, 1000, 2000 ms, then 250 again for the next request.
      expect(w.sleeps.slice(0, 4)).toEqual([250, 500, 1000, 250]);
    } finally {
      await w.api.close();
    }
  });

  it('defers to the reset time on 429 and keeps the cursor behind what was not read', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      const account = { ...fx.account, apiBase: base };
      const items = seed(w.timeline, w.clock, 2, fx.comments ? 2 : 0);
      w.api.faults = [null, 'rate-limit'];
      const limited = await fx.adapter.poll(account, undefined, w.deps);
      expect(limited.stopped?.reason).toBe('rate-limit');
      expect(limited.deferredUntil).toBe(new Date(w.clock.ms + fx.rateLimitResetMs).toISOString());
      w.clock.advance(fx.rateLimitResetMs);
      const after = await fx.adapter.poll(account, JSON.parse(JSON.stringify(limited.nextCursor)), w.deps);
      const got = new Set([...ids(limited.items), ...ids(after.items)]);
      for (const i of items) expect(got, `skipped ${fx.idOf(i)}`).toContain(fx.idOf(i));
    } finally {
      await w.api.close();
    }
  });

  it('fails without retrying when the token is rejected, saying what to renew', async () => {
    const w = world(fx);
    const base = await w.api.listen();
    try {
      seed(w.timeline, w.clock, 1, 0);
      const env = Object.fromEntries(Object.entries(fx.env).map(([k]) => [k, 'wrong-token']));
      const error = await fx.adapter
        .poll({ ...fx.account, apiBase: base }, undefined, { ...w.deps, env })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlatformAuthError);
      expect((error as Error).message).toMatch(fx.authMessage);
      expect(w.api.requests.length).toBe(1);
      // The token itself is never echoed.
      expect((error as Error).message).not.toContain('wrong-token');
    } finally {
      await w.api.close();
    }
  });
}

/**
 * 1,000 poll rounds with items arriving throughout (also mid-poll), random 429s, 5xx,
 * timeouts, resets, truncated bodies and crashes before the queue accepted the items.
 * Checks: every item emitted at least once, no version twice, and after each poll that
 * completed, everything that existed when it started has been emitted (the cursor never
 * passed an item that was not emitted).
 */
export async function randomized(fx: PlatformFixture, seedValue: number, rounds = 1000) {
  const rng = seededRandom(seedValue);
  const w = world(fx, 2);
  const cursors = new MemoryCursors();
  const seen = new MemorySeen();
  const emitted: ContentItem[] = [];
  const emittedIds = new Set<string>();
  // A one-day comment window: the 33 simulated hours roll posts out of it, and fewer tracked posts keep it fast.
  const account = { ...fx.account, commentsDays: 1, apiBase: 'http://fake.invalid' } as WatchedAccount;
  const deps: PollDeps = { ...w.deps, fetch: w.api.fetch, random: rng };
  const kinds = fx.kinds ?? ['rate-limit', 'server-error', 'timeout', 'reset', 'truncated'];
  let deferredUntil = 0;
  let completed = 0;
  const stats = { polls: 0, stopped: 0, crashes: 0 };

  const arrive = () => {
    // Now and then a burst, so that new items span several pages and a stop mid-way matters.
    const postBurst = rng() < 0.004 ? 3 + Math.floor(rng() * 4) : 0;
    for (let k = 0; k < postBurst; k++) w.timeline.addPost();
    if (rng() < (fx.comments ? 0.012 : 0.3) || w.timeline.posts().length === 0) w.timeline.addPost();
    if (!fx.comments) return;
    // Comments go to posts well inside the one-day window, which rolls over during the run.
    let posts = w.timeline.posts().filter((p) => p.at > w.clock.ms - 20 * 3_600_000);
    if (posts.length === 0) posts = [w.timeline.addPost()];
    posts = posts.slice(-8);
    const n = rng() < 0.04 ? 4 + Math.floor(rng() * 6) : rng() < 0.25 ? 1 + Math.floor(rng() * 3) : 0;
    for (let k = 0; k < n; k++) {
      const post = posts[Math.floor(rng() * posts.length)] as FakeItem;
      const existing = w.timeline.commentsOf(post);
      const parent = rng() < 0.3 ? existing[Math.floor(rng() * existing.length)] : undefined;
      w.timeline.addComment(post, parent);
    }
  };

  const round = async (faulty: boolean) => {
    const crash = faulty && rng() < 0.05;
    // A third of the rounds are stormy; the rest run clean so that complete polls can be checked.
    const stormy = faulty && rng() < 0.35;
    w.api.randomFaults = stormy ? { rate: 0.1, kinds, rng } : undefined;
    w.api.onRequest = faulty ? () => rng() < 0.05 && arrive() : undefined;
    const before = w.timeline.items.map(fx.idOf);
    stats.polls++;
    try {
      const result = await pollAccount({
        adapter: fx.adapter,
        account,
        cursors,
        seen,
        enqueue: async (items) => {
          if (crash) throw new Error('queue unavailable');
          for (const i of items) {
            emitted.push(i);
            emittedIds.add(i.id);
          }
        },
        deps,
      });
      if (result.deferredUntil) deferredUntil = Date.parse(result.deferredUntil);
      if (result.stopped) {
        stats.stopped++;
        return;
      }
      completed++;
      for (const id of before) {
        if (!emittedIds.has(id))
          throw new Error(
            `round ${stats.polls}: ${id} existed before a complete poll but was not emitted ${JSON.stringify(w.timeline.items.find((i) => fx.idOf(i) === id))}`,
          );
      }
    } catch (error) {
      if (crash && (error as Error).message === 'queue unavailable') {
        stats.crashes++;
        return;
      }
      throw error;
    }
  };

  for (let r = 0; r < rounds; r++) {
    w.clock.advance(120_000);
    arrive();
    if (w.clock.ms < deferredUntil) continue;
    await round(true);
  }
  // Quiet period: no faults, no arrivals; the poller must catch up completely.
  for (let r = 0; r < 5; r++) {
    w.clock.advance(Math.max(120_000, deferredUntil - w.clock.ms));
    await round(false);
  }
  const versions = emitted.map(versionKey);
  expect(new Set(versions).size).toBe(versions.length);
  expect(emittedIds.size).toBe(emitted.length);
  const missing = w.timeline.items.map(fx.idOf).filter((id) => !emittedIds.has(id));
  expect(missing).toEqual([]);
  expect(completed).toBeGreaterThan(rounds / 4);
  expect(w.api.served.length).toBeGreaterThan(40);
  return {
    ...stats,
    items: w.timeline.items.length,
    requests: w.api.requests.length,
    faults: w.api.served.length,
  };
}
