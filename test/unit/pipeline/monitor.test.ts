import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlertSink } from '../../../shared/alerts/types.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import { createMonitor, describeError, type Monitor } from '../../../shared/pipeline/monitor.ts';
import { PlatformRequestError } from '../../../shared/platforms/errors.ts';
import { InMemoryFindingStore } from '../../../shared/store/memory.ts';
import { cursorPk, MemoryPollStateStore } from '../../../shared/store/poll-state.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

describe('describeError (log lines)', () => {
  it('keeps the error kind and drops URLs, watched account names and personal data', () => {
    const error = new PlatformRequestError(
      'X user @acmebank not found at https://api.x.test/2/users/by/username/acmebank?token=abc; call +44 7700 900123',
      404,
    );
    const line = describeError(error, ['acmebank']);
    expect(line.startsWith('PlatformRequestError: X user @<account> not found at <url>')).toBe(true);
    expect(line).not.toContain('acmebank');
    expect(line).not.toContain('token=abc');
    expect(line).not.toContain('7700 900123');
  });

  it('is one bounded line', () => {
    const line = describeError(new Error(`a\nb ${'word '.repeat(100)}`));
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThanOrEqual(170);
    expect(describeError('a string')).toBe('non-error thrown');
  });
});

describe('MemoryPollStateStore', () => {
  it('returns saved cursors as copies and answers which versions were seen', async () => {
    const s = new MemoryPollStateStore();
    expect(await s.load('x:1001')).toBeUndefined();
    const cursor = { sinceId: '17', posts: [{ id: '1', at: 5 }] };
    await s.save('x:1001', cursor);
    cursor.sinceId = 'changed';
    expect(await s.load('x:1001')).toEqual({ sinceId: '17', posts: [{ id: '1', at: 5 }] });
    await s.markSeen(['x:1:h1', 'x:2:h2']);
    expect([...(await s.seen(['x:1:h1', 'x:1:h9', 'x:2:h2']))].sort()).toEqual(['x:1:h1', 'x:2:h2']);
  });

  it('keys cursors as CURSOR#<platform>#<account>', () => {
    expect(cursorPk('x:1001')).toBe('CURSOR#x#1001');
    expect(cursorPk('mastodon:acme@mastodon.social')).toBe('CURSOR#mastodon#acme@mastodon.social');
  });
});

const SECRET = 'unit-consumer-secret';
const brand = parseBrandProfile(JSON.parse(readFileSync('examples/brand.json', 'utf8')));

/** A signed X Account Activity delivery of one v1.1 reply. */
function delivery(id: string): { body: string; signature: string } {
  const body = JSON.stringify({
    for_user_id: '1001',
    tweet_create_events: [
      {
        created_at: 'Wed Nov 18 10:15:00 +0000 2026',
        id_str: id,
        text: 'Claim your loyalty bonus now at acmebank-rewards.help/claim and confirm the one-time code we text you',
        truncated: false,
        in_reply_to_status_id_str: '1790000000000000001',
        user: { id_str: '990001', screen_name: 'acme_rewards_club', name: 'Acme Rewards' },
        entities: { urls: [] },
      },
    ],
  });
  return { body, signature: `sha256=${createHmac('sha256', SECRET).update(body).digest('base64')}` };
}

/** A monitor on memory stores serving X webhooks, its files under `dir`. */
function baseOptions(dir: string, store: InMemoryFindingStore, sink: AlertSink) {
  return {
    engine: createEngine(brand),
    store,
    pollState: new MemoryPollStateStore(),
    sink,
    watch: [],
    secrets: { x: { consumerSecret: SECRET } },
    deadLetterPath: join(dir, 'dead-letter.jsonl'),
    inboxDir: join(dir, 'inbox'),
  };
}

describe('createMonitor (in process, memory stores)', () => {
  let dir: string;
  let monitor: Monitor | undefined;
  afterEach(async () => {
    await monitor?.stop();
    monitor = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  async function start(sink: AlertSink, capacity = 100) {
    dir = mkdtempSync(join(tmpdir(), 'pw-monitor-'));
    const store = new InMemoryFindingStore();
    const logs: string[] = [];
    monitor = createMonitor({
      ...baseOptions(dir, store, sink),
      log: (l) => logs.push(l),
      // One lane so that "held by the worker" and "waiting in the queue" are predictable.
      queue: { capacity, maxAttempts: 3, baseDelayMs: 5, lanes: 1 },
    });
    const port = await monitor.start(0);
    const post = (d: { body: string; signature: string }) =>
      fetch(`http://127.0.0.1:${port}/webhooks/x`, {
        method: 'POST',
        headers: { 'x-twitter-webhooks-signature': d.signature },
        body: d.body,
      });
    return { store, logs, post, port };
  }

  it('retries an item whose alert failed until the sink takes it, then marks the finding sent', async () => {
    // Each finding's alert fails twice: attempts 1 and 2 of the item fail, the third succeeds.
    const tries = new Map<string, number>();
    const got: string[] = [];
    const { store, post, logs } = await start({
      publish: async (f: StoredFinding) => {
        const n = (tries.get(f.id) ?? 0) + 1;
        tries.set(f.id, n);
        if (n <= 2) throw new Error('sink down');
        got.push(f.id);
      },
    });
    expect((await post(delivery('1790000000000000777'))).status).toBe(200);
    await monitor?.stop();
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual([...tries.keys()]);
    for (const id of got) expect((await store.getFinding(id))?.alertState).toBe('sent');
    expect(logs.filter((l) => l.startsWith('retry x comment'))).toHaveLength(2);
    expect(monitor?.stats).toMatchObject({ retried: 2, deadLettered: 0, pending: 0 });
  });

  it('dead-letters an item after the last attempt, with the item kept for replay', async () => {
    const { post } = await start({
      publish: async () => {
        throw new Error('sink down');
      },
    });
    await post(delivery('1790000000000000888'));
    await monitor?.stop();
    const lines = readFileSync(join(dir, 'dead-letter.jsonl'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] as string);
    expect(entry).toMatchObject({ attempts: 3, job: { platform: 'x', id: '1790000000000000888' } });
    expect(entry.error).toMatch(/^AlertDeliveryError: /);
    expect(monitor?.stats.deadLettered).toBe(1);
  });

  it('answers 503 (redeliver later) when the queue is full, 401 to a bad signature, 404 elsewhere', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const { post, port } = await start({ publish: () => held }, 1);
    expect((await post(delivery('1790000000000000901'))).status).toBe(200); // taken by the worker
    expect((await post(delivery('1790000000000000902'))).status).toBe(200); // waits in the queue
    const full = await post(delivery('1790000000000000903'));
    expect(full.status).toBe(503);
    expect(full.headers.get('retry-after')).toBe('30');
    const bad = delivery('1790000000000000904');
    expect((await post({ body: bad.body, signature: delivery('1').signature })).status).toBe(401);
    expect(
      (await fetch(`http://127.0.0.1:${port}/webhooks/meta`, { method: 'POST', body: '{}' })).status,
    ).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    release();
  });
});

describe('createMonitor after a crash (same inbox directory, same store)', () => {
  let dir: string;
  const monitors: Monitor[] = [];
  afterEach(async () => {
    for (const m of monitors.splice(0)) await m.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  function monitorOn(store: InMemoryFindingStore, sink: AlertSink, sweepEveryMs = 0) {
    const m = createMonitor({
      ...baseOptions(dir, store, sink),
      log: () => undefined,
      sweepEveryMs,
      queue: { maxAttempts: 2, baseDelayMs: 5 },
    });
    monitors.push(m);
    return m;
  }

  it('analyzes and alerts, after the restart, every delivery it had answered 200', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-monitor-crash-'));
    const store = new InMemoryFindingStore();
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    // The first process never gets an alert out: it "dies" with everything in its queue.
    const first = monitorOn(store, { publish: () => held });
    const port = await first.start(0);
    const ids = Array.from({ length: 12 }, (_, i) => `17900000000000010${String(i).padStart(2, '0')}`);
    for (const id of ids) {
      const d = delivery(id);
      const res = await fetch(`http://127.0.0.1:${port}/webhooks/x`, {
        method: 'POST',
        headers: { 'x-twitter-webhooks-signature': d.signature },
        body: d.body,
      });
      expect(res.status).toBe(200);
    }

    const alerted: StoredFinding[] = [];
    const second = monitorOn(store, { publish: async (f) => void alerted.push(f) });
    await second.start(0);
    await second.stop();

    const alertedItems = new Set(alerted.map((f) => f.itemId));
    expect([...alertedItems].sort()).toEqual(ids);
    expect(new Set(alerted.map((f) => f.id)).size).toBe(alerted.length);
    for (const f of alerted) expect((await store.getFinding(f.id))?.alertState).toBe('sent');
    release();
  });

  it('delivers at start, and on its sweep, the alerts the store still owes', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-monitor-owed-'));
    const store = new InMemoryFindingStore();
    let down = true;
    const got: string[] = [];
    const sink: AlertSink = {
      publish: async (f) => {
        if (down) throw new Error('sink down');
        got.push(f.id);
      },
    };
    // The sink is down for every attempt: the item is dead-lettered, its findings stay pending.
    const first = monitorOn(store, sink, 20);
    const port = await first.start(0);
    const d = delivery('1790000000000002001');
    await fetch(`http://127.0.0.1:${port}/webhooks/x`, {
      method: 'POST',
      headers: { 'x-twitter-webhooks-signature': d.signature },
      body: d.body,
    });
    await new Promise((r) => setTimeout(r, 100));
    const owed = (await store.listPendingAlerts()).items.map((f) => f.id);
    expect(owed.length).toBeGreaterThan(0);

    // The sink comes back: the next sweep of the running monitor delivers them, once each.
    down = false;
    const deadline = Date.now() + 5_000;
    while (got.length < owed.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(got.sort()).toEqual([...owed].sort());
    expect((await store.listPendingAlerts()).items).toEqual([]);
  });
});
