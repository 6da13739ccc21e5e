/**
 * The poll use-case the poll Lambda runs (shared/pipeline/poll-account.ts), with the lease
 * and cursor in DynamoDB Local and a fake SQS sender: 1,000 rounds against a fake Mastodon
 * instance with injected 429s, 5xx, timeouts, resets and truncated bodies, partial SQS batch
 * failures, and overlapping invocations. Nothing missed, nothing sent twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoPollLeaseStore } from '../../shared/aws/poll-lease.ts';
import type { ItemSender, SendOutcome } from '../../shared/aws/sqs-sender.ts';
import type { ContentItem, WatchedAccount } from '../../shared/model/index.ts';
import { pollLeasedAccount, QueueSendError } from '../../shared/pipeline/poll-account.ts';
import { versionKey } from '../../shared/platforms/dedupe.ts';
import { mastodonAdapter } from '../../shared/platforms/mastodon/poll.ts';
import { cursorKey } from '../../shared/platforms/runner.ts';
import type { PollDeps } from '../../shared/platforms/types.ts';
import { createDocumentClient } from '../../shared/store/dynamodb.ts';
import { DynamoPollStateStore } from '../../shared/store/poll-state.ts';
import { FakeApi, FakeClock, seededRandom } from '../fakes/harness.ts';
import { fakeMastodon, mastodonId } from '../fakes/mastodon/server.ts';
import { type FakeItem, Timeline } from '../fakes/timeline.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';

const START = Date.parse('2026-11-20T09:00:00Z');
let db: DynamoDbLocal;

beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

/** A fake SQS sender: accepts each item unless `failRate` says no, like a partial batch failure. */
class FakeSender implements ItemSender {
  readonly sent: ContentItem[] = [];
  failRate = 0;
  /** When set, decides per entry instead of failRate. */
  refuse: ((index: number) => boolean) | undefined;
  calls = 0;
  constructor(private readonly rng: () => number) {}
  async send(items: readonly ContentItem[]): Promise<SendOutcome> {
    this.calls++;
    const failed: number[] = [];
    items.forEach((item, i) => {
      if (this.refuse?.(i) ?? this.rng() < this.failRate) failed.push(i);
      else this.sent.push(item);
    });
    return { failed, ...(failed.length > 0 ? { lastError: 'ServiceUnavailable' } : {}) };
  }
}

/** A world of its own: a fresh table (the fake instance's account is always 1001), a fake, a sender. */
async function setup(seedValue: number, table: string) {
  await db.createTable(table);
  const rng = seededRandom(seedValue);
  const clock = new FakeClock(START);
  const timeline = new Timeline(clock);
  const api = new FakeApi(fakeMastodon(timeline, clock, { accessToken: 'masto-token', pageSize: 2 }));
  const doc = createDocumentClient(db.client);
  const lease = new DynamoPollLeaseStore(doc, table);
  const seen = new DynamoPollStateStore({ client: doc, tableName: table, now: clock.now });
  const sender = new FakeSender(rng);
  const account: WatchedAccount = {
    platform: 'mastodon',
    handle: 'acmebank',
    accountId: '1001',
    role: 'brand',
    credentials: { accessToken: 'env:MASTODON_TOKEN' },
    every: '2m',
    commentsDays: 1,
    apiBase: 'http://fake.invalid',
  };
  const deps: PollDeps = {
    now: clock.now,
    sleep: async () => {},
    random: rng,
    fetch: api.fetch,
    env: { MASTODON_TOKEN: 'masto-token' },
    timeoutMs: 300,
  };
  let owner = 0;
  const poll = () =>
    pollLeasedAccount({
      adapter: mastodonAdapter,
      account,
      lease,
      seen,
      sender,
      owner: `req-${++owner}`,
      leaseMs: 300_000,
      deps,
      now: clock.now,
    });
  return { rng, clock, timeline, api, sender, account, poll, doc, table };
}

describe('pollLeasedAccount on DynamoDB Local', () => {
  it('lets one of two overlapping invocations poll, and defers the account after a 429', async () => {
    const w = await setup(7, 'overlap');
    w.timeline.addPost();
    const [a, b] = await Promise.all([w.poll(), w.poll()]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual(['polled', 'skipped']);
    const skipped = [a, b].find((o) => o.status === 'skipped');
    expect(skipped).toMatchObject({ reason: 'leased' });
    expect(w.sender.sent).toHaveLength(1);

    // A 429 on the first request: deferred to the fake's reset (60 s), no cursor change.
    w.clock.advance(120_000);
    w.timeline.addPost();
    w.api.faults = ['rate-limit'];
    const limited = await w.poll();
    expect(limited.status === 'polled' ? limited.deferredUntil : limited.status).toBeDefined();
    const requests = w.api.requests.length;
    // Before the deferral ends the platform is not called at all.
    const early = await w.poll();
    expect(early).toMatchObject({ status: 'skipped', reason: 'deferred' });
    expect(w.api.requests.length).toBe(requests);
    w.clock.advance(60_000);
    const after = await w.poll();
    expect(after.status).toBe('polled');
    expect(w.sender.sent.map((i) => i.id).sort()).toEqual(w.timeline.items.map(mastodonId).sort());
  });

  it('keeps the cursor when SQS refuses part of a batch, and re-sends only the refused items', async () => {
    const w = await setup(11, 'partial');
    for (let i = 0; i < 5; i++) w.timeline.addPost();
    w.sender.refuse = (i) => i % 2 === 1;
    const error = await w.poll().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueueSendError);
    const cursor = await w.doc.send(
      new (await import('@aws-sdk/lib-dynamodb')).GetCommand({
        TableName: w.table,
        Key: { pk: 'CURSOR#mastodon#1001', sk: 'CURSOR' },
        ConsistentRead: true,
      }),
    );
    // No cursor stored, and the lease was given back at once.
    expect(cursor.Item?.cursor).toBeUndefined();
    expect(cursor.Item?.leaseOwner).toBeUndefined();
    const firstSent = w.sender.sent.length;
    expect(firstSent).toBe(3);
    w.sender.refuse = undefined;
    await w.poll();
    const versions = w.sender.sent.map(versionKey);
    expect(new Set(versions).size).toBe(versions.length);
    expect(w.sender.sent).toHaveLength(5);
  });

  it('1,000 rounds under 429/5xx/timeouts, SQS failures and overlaps: nothing missed, nothing sent twice', async () => {
    const w = await setup(2026, 'rounds');
    const { rng, clock, timeline, api, sender } = w;
    const kinds = ['rate-limit', 'server-error', 'timeout', 'reset', 'truncated'] as const;
    const stats = {
      polled: 0,
      complete: 0,
      rateLimited: 0,
      deferredSkips: 0,
      leasedSkips: 0,
      sendErrors: 0,
      failures: 0,
    };
    const sentIds = () => new Set(sender.sent.map((i) => i.id));

    const arrive = () => {
      if (rng() < 0.012 || timeline.posts().length === 0) timeline.addPost();
      let posts = timeline.posts().filter((p) => p.at > clock.ms - 20 * 3_600_000);
      if (posts.length === 0) posts = [timeline.addPost()];
      posts = posts.slice(-8);
      const n = rng() < 0.04 ? 4 + Math.floor(rng() * 6) : rng() < 0.25 ? 1 + Math.floor(rng() * 3) : 0;
      for (let k = 0; k < n; k++) {
        const post = posts[Math.floor(rng() * posts.length)] as FakeItem;
        const existing = timeline.commentsOf(post);
        const parent = rng() < 0.3 ? existing[Math.floor(rng() * existing.length)] : undefined;
        timeline.addComment(post, parent);
      }
    };

    const round = async (faulty: boolean) => {
      const stormy = faulty && rng() < 0.35;
      api.randomFaults = stormy ? { rate: 0.1, kinds, rng } : undefined;
      sender.failRate = faulty && rng() < 0.15 ? 0.3 : 0;
      api.onRequest = faulty ? () => rng() < 0.05 && arrive() : undefined;
      const before = timeline.items.map(mastodonId);
      const overlap = faulty && rng() < 0.1;
      const outcomes = await Promise.allSettled(overlap ? [w.poll(), w.poll()] : [w.poll()]);
      for (const o of outcomes) {
        if (o.status === 'rejected') {
          if (o.reason instanceof QueueSendError) stats.sendErrors++;
          else stats.failures++;
          continue;
        }
        const out = o.value;
        if (out.status === 'skipped') {
          if (out.reason === 'deferred') stats.deferredSkips++;
          else stats.leasedSkips++;
          continue;
        }
        if (out.status === 'rate-limited') {
          stats.rateLimited++;
          continue;
        }
        stats.polled++;
        if (out.deferredUntil !== undefined && out.deferredUntil > clock.ms) {
          // A schedule firing before the platform's reset leaves the platform alone.
          const requests = api.requests.length;
          const again = await w.poll();
          expect(again).toMatchObject({ status: 'skipped', reason: 'deferred' });
          expect(api.requests.length).toBe(requests);
          stats.deferredSkips++;
        }
        if (out.stopped) continue;
        stats.complete++;
        const ids = sentIds();
        const missing = before.filter((id) => !ids.has(id));
        expect(missing, `after a complete poll in round ${stats.polled}`).toEqual([]);
      }
    };

    for (let r = 0; r < 1000; r++) {
      clock.advance(120_000);
      arrive();
      await round(true);
    }
    for (let r = 0; r < 6; r++) {
      clock.advance(300_000);
      await round(false);
    }
    const versions = sender.sent.map(versionKey);
    expect(new Set(versions).size).toBe(versions.length);
    const ids = sentIds();
    expect(timeline.items.map(mastodonId).filter((id) => !ids.has(id))).toEqual([]);
    // The faults were real: 429s deferred the account, SQS refused items, overlaps were turned away.
    expect(stats.deferredSkips + stats.rateLimited).toBeGreaterThan(0);
    expect(stats.sendErrors).toBeGreaterThan(5);
    expect(stats.leasedSkips).toBeGreaterThan(20);
    expect(stats.complete).toBeGreaterThan(250);
    expect(api.served.length).toBeGreaterThan(40);
    console.log(
      `poll rounds: ${JSON.stringify({ ...stats, items: timeline.items.length, sent: sender.sent.length, faults: api.served.length, key: cursorKey(w.account) })}`,
    );
  }, 600_000);
});
