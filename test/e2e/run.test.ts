/**
 * `postwatch run` end to end: the real CLI as a child process, DynamoDB Local in memory,
 * the fake X API on loopback as the polled platform, signed X webhooks, a JSONL sink.
 */
import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeApi, FakeClock } from '../fakes/harness.ts';
import { type FakeItem, Timeline } from '../fakes/timeline.ts';
import { fakeX, xId } from '../fakes/x/server.ts';
import { spawnRun } from './spawn-run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BEARER = 'e2e-bearer-token-0f9c';
const CONSUMER_SECRET = 'e2e-consumer-secret-7d1a';
const POLLED_SCAM = 'Sorry for the trouble! DM us on WhatsApp +44 7700 900123 to get your refund';
const PUSHED_SCAM =
  'Claim your loyalty bonus now at acmebank-rewards.help/claim and confirm the one-time code we text you';

interface AlertLine {
  findingId: string;
  check: string;
  severity: string;
  action: string;
  platform: string;
  itemId: string;
  reason: string;
  evidence: Array<{ match: string }>;
}

let dir: string;
let alertsPath: string;
let api: FakeApi;
let timeline: Timeline;
let post: FakeItem;
let child: ChildProcess;
let stderr = '';
let base = '';

function readAlerts(): AlertLine[] {
  if (!existsSync(alertsPath)) return [];
  // The last piece is '' or a line still being written: only newline-terminated lines count.
  return readFileSync(alertsPath, 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((l) => JSON.parse(l) as AlertLine);
}

/** Polls `probe` until it returns a value. Probes wait for the check asserted on, not the first line: an item's findings are written one after another. */
async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; stderr so far:\n${stderr}`);
}

const sign = (body: string) =>
  `sha256=${createHmac('sha256', CONSUMER_SECRET).update(body).digest('base64')}`;

/** An Account Activity API delivery (v1.1 tweet objects) with one reply per id. */
function activityBody(ids: readonly string[], text: string): string {
  return JSON.stringify({
    for_user_id: '1001',
    tweet_create_events: ids.map((id) => ({
      created_at: 'Wed Nov 18 10:15:00 +0000 2026',
      id: Number(id),
      id_str: id,
      text,
      truncated: false,
      in_reply_to_status_id_str: xId(post),
      in_reply_to_user_id_str: '1001',
      in_reply_to_screen_name: 'acmebank',
      user: { id_str: '990001', screen_name: 'acme_rewards_club', name: 'Acme Rewards' },
      entities: { hashtags: [], urls: [], user_mentions: [] },
    })),
  });
}

function postWebhook(body: string, signature: string | undefined): Promise<Response> {
  return fetch(`${base}/webhooks/x`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-twitter-webhooks-signature': signature } : {}),
    },
    body,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'postwatch-run-'));
  alertsPath = join(dir, 'out', 'alerts.jsonl');
  const clock = new FakeClock(Date.now());
  timeline = new Timeline(clock);
  post = timeline.addPost('Our new Saver account pays 4.1% AER. Terms at acmebank.com/saver');
  timeline.addComment(post, undefined, POLLED_SCAM);
  api = new FakeApi(fakeX(timeline, clock, { bearerToken: BEARER }));
  const apiBase = await api.listen();
  const brand = JSON.parse(readFileSync(join(ROOT, 'examples/brand.json'), 'utf8'));
  const config = {
    brand,
    watch: [
      {
        platform: 'x',
        handle: 'acmebank',
        accountId: timeline.owner.id,
        credentials: { bearerToken: 'env:PW_E2E_X_BEARER' },
        every: '2s',
        apiBase,
      },
    ],
    webhooks: { x: { consumerSecret: 'env:PW_E2E_X_SECRET' } },
    alerts: [{ type: 'jsonl', path: 'out/alerts.jsonl' }],
    store: { type: 'local', path: ':memory:' },
  };
  writeFileSync(join(dir, 'postwatch.config.json'), JSON.stringify(config));
  child = spawnRun(
    join(dir, 'postwatch.config.json'),
    0,
    { PW_E2E_X_BEARER: BEARER, PW_E2E_X_SECRET: CONSUMER_SECRET },
    (text) => {
      stderr += text;
    },
  );
  const port = await waitFor(
    'the listening line',
    () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)?.[1],
    40_000,
  );
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('postwatch run', () => {
  it('answers /healthz once ready', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
  });

  it('polls the watched account at start and on schedule, alerting scam replies to the JSONL sink', async () => {
    const polledId = xId(timeline.items[1] as FakeItem);
    const first = await waitFor('the polled alert', () => {
      const lines = readAlerts().filter((a) => a.itemId === polledId);
      return lines.some((a) => a.check === 'offplatform-contact') ? lines : undefined;
    });
    expect(first.map((a) => a.check)).toContain('offplatform-contact');
    for (const a of first) {
      expect(a).toMatchObject({ platform: 'x', itemId: polledId, action: 'takedown' });
      expect(a.findingId).toMatch(/\S/);
      expect(['low', 'medium', 'high', 'critical']).toContain(a.severity);
      // Personal data leaves masked: the phone number is not in the alert whole.
      expect(JSON.stringify(a)).not.toContain('7700 900123');
    }
    // A reply written after the start is found by a later scheduled poll (every 2 s).
    const later = timeline.addComment(post, undefined, PUSHED_SCAM);
    const laterLines = await waitFor('the scheduled poll alert', () => {
      const lines = readAlerts().filter((a) => a.itemId === xId(later));
      return lines.some((a) => a.check === 'phishing-link') ? lines : undefined;
    });
    expect(laterLines.map((a) => a.check)).toContain('phishing-link');
    // The post itself is clean, and nothing was alerted twice across polls.
    const ids = readAlerts().map((a) => a.findingId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(readAlerts().some((a) => a.itemId === xId(post))).toBe(false);
  });

  it('answers the X CRC check with the HMAC of the token', async () => {
    const res = await fetch(`${base}/webhooks/x?crc_token=crc-challenge-123`);
    expect(res.status).toBe(200);
    const expected = createHmac('sha256', CONSUMER_SECRET).update('crc-challenge-123').digest('base64');
    expect(await res.json()).toEqual({ response_token: `sha256=${expected}` });
  });

  it('queues a signed X webhook and alerts its scam reply', async () => {
    const id = '1790000000000009001';
    const body = activityBody([id], PUSHED_SCAM);
    const res = await postWebhook(body, sign(body));
    expect(res.status).toBe(200);
    const lines = await waitFor('the webhook alert', () => {
      const found = readAlerts().filter((a) => a.itemId === id);
      return found.some((a) => a.check === 'phishing-link') ? found : undefined;
    });
    expect(lines.map((a) => a.check)).toContain('phishing-link');
    expect(lines.every((a) => a.platform === 'x' && a.action === 'takedown')).toBe(true);
  });

  it('refuses a webhook with a wrong or missing signature (401) and processes nothing', async () => {
    const body = activityBody(['1790000000000009002'], PUSHED_SCAM);
    const wrong = await postWebhook(body, sign(`${body} `));
    expect(wrong.status).toBe(401);
    const missing = await postWebhook(body, undefined);
    expect(missing.status).toBe(401);
    // Checked again after shutdown, once every queued item is surely done.
  });

  it('on SIGTERM stops, finishes the queued items and exits 0', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => String(1790000000000009100n + BigInt(i)));
    const body = activityBody(ids, PUSHED_SCAM);
    const res = await postWebhook(body, sign(body));
    expect(res.status).toBe(200);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code, stderr).toBe(0);
    const alerted = new Set(readAlerts().map((a) => a.itemId));
    for (const id of ids) expect(alerted.has(id)).toBe(true);
    expect(alerted.has('1790000000000009002')).toBe(false);
    // The signal came while items were still queued (each takes several store writes), and they were finished.
    expect(stderr).toMatch(/finishing [1-9]\d* queued item/);
    expect(stderr).toMatch(/stopped: \d+ analyzed, \d+ retries, 0 dead-lettered, 0 lost/);
    // Logs carry no secrets, texts or handles.
    for (const secret of [BEARER, CONSUMER_SECRET, 'acmebank', 'acme_rewards_club', 'WhatsApp', 'loyalty']) {
      expect(stderr).not.toContain(secret);
    }
  });
});
