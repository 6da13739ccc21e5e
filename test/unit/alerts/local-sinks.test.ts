import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleAlertSink, consoleBlock } from '../../../shared/alerts/console.ts';
import { FanoutAlertSink, FanoutError } from '../../../shared/alerts/fanout.ts';
import { JsonlAlertSink } from '../../../shared/alerts/jsonl.ts';
import type { AlertSink } from '../../../shared/alerts/types.ts';
import { WebhookAlertSink, WebhookDeliveryError } from '../../../shared/alerts/webhook.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

const finding: StoredFinding = {
  id: '9a1c2b9a8e7d6c5b4a39281706f5e4d3',
  check: 'offplatform-contact',
  severity: 'high',
  action: 'takedown',
  reason: "Sends people to a private channel ('DM us') that is not one of Acme Bank's support contacts.",
  evidence: [
    { field: 'text', start: 23, end: 28, match: 'DM us', note: 'private channel' },
    { field: 'text', start: 41, end: 56, match: '+44 7700 900123', note: 'phone' },
  ],
  brand: 'Acme Bank',
  platform: 'x',
  itemId: '1900000000000000002',
  itemKind: 'comment',
  itemUrl: 'https://x.com/acmebank_supp0rt/status/1900000000000000002',
  contentHash: 'abc',
  authorId: '201',
  authorHandle: 'acmebank_supp0rt',
  createdAt: '2026-11-20T09:14:02.000Z',
  status: 'open',
  history: [{ status: 'open', at: '2026-11-20T09:14:02.000Z', by: 'postwatch' }],
  alertState: 'pending',
};

const other: StoredFinding = { ...finding, id: 'b2', itemId: '1900000000000000004' };

describe('ConsoleAlertSink', () => {
  it('prints one short block per alert, masked, naming the finding', async () => {
    let out = '';
    await new ConsoleAlertSink({ write: (t: string) => (out += t) }).publish(finding);
    expect(out.split('\n')[0]).toBe('[HIGH] Take down: offplatform-contact on x - Acme Bank');
    expect(out).toContain('where: x comment 1900000000000000002 by @acmebank_supp0rt');
    expect(out).toContain('"DM us" (private channel)');
    expect(out).toContain(`finding ${finding.id}`);
    expect(out).not.toContain('7700 900123');
    expect(out.endsWith('\n\n')).toBe(true);
  });

  it('lists at most three evidence excerpts and says how many more there are', () => {
    const many = {
      ...finding,
      evidence: Array.from({ length: 5 }, (_, i) => ({ ...finding.evidence[0]!, start: i })),
    };
    const block = consoleBlock(many);
    expect(block.match(/^ {2}- text:/gm)).toHaveLength(3);
    expect(block).toContain('… 2 more');
  });
});

describe('JsonlAlertSink', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pw-jsonl-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the directory and appends one masked JSON object per line with the contract fields', async () => {
    const path = join(dir, 'nested', 'deeper', 'alerts.jsonl');
    const sink = new JsonlAlertSink(path);
    await sink.publish(finding);
    await sink.publish(other);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    const docs = lines.slice(0, -1).map((l) => JSON.parse(l));
    expect(docs).toHaveLength(2);
    expect(docs[0]).toMatchObject({
      findingId: finding.id,
      check: 'offplatform-contact',
      severity: 'high',
      action: 'takedown',
      platform: 'x',
      itemId: '1900000000000000002',
    });
    expect(docs[0].evidence[1].match).toBe('+•• •••• ••••23');
    expect(docs[1].findingId).toBe('b2');
  });

  it('keeps what was there and never interleaves concurrent writes', async () => {
    const path = join(dir, 'alerts.jsonl');
    writeFileSync(path, '{"earlier":true}\n');
    const sink = new JsonlAlertSink(path);
    const long = { ...finding, reason: 'long reason '.repeat(5_000) };
    await Promise.all(Array.from({ length: 20 }, (_, i) => sink.publish({ ...long, id: `f${i}` })));
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('{"earlier":true}');
    const ids = lines.slice(1).map((l) => JSON.parse(l).findingId);
    expect(ids).toEqual(Array.from({ length: 20 }, (_, i) => `f${i}`));
  });

  it('writes a finding id once, also across a restart, and cuts a torn last line', async () => {
    const path = join(dir, 'alerts.jsonl');
    const before = new JsonlAlertSink(path);
    await before.publish(finding);
    await before.publish(finding);
    // The process dies in the middle of writing the next alert.
    appendFileSync(path, '{"findingId":"b2","check":"offpl');

    const after = new JsonlAlertSink(path);
    await after.publish(finding); // re-published after the restart: already in the file
    await after.publish(other); // the torn one: written again, whole

    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).map((l) => JSON.parse(l).findingId)).toEqual([finding.id, 'b2']);
  });

  it('learns finding ids only from whole lines of the tail it reads', async () => {
    const path = join(dir, 'alerts.jsonl');
    const first = new JsonlAlertSink(path);
    await first.publish(finding);
    await first.publish(other);
    const firstLine = readFileSync(path, 'utf8').split('\n')[0] as string;
    // A tail that starts inside the first line must not trust it: that alert is written again.
    const after = new JsonlAlertSink(path, { tailBytes: Buffer.byteLength(readFileSync(path)) - 10 });
    await after.publish(finding);
    await after.publish(other);
    const ids = readFileSync(path, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).findingId);
    expect(firstLine).toContain(finding.id);
    expect(ids).toEqual([finding.id, 'b2', finding.id]);
  });

  it('fails the publish (so the alert stays pending) when the file cannot be written, and recovers', async () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, '');
    const sink = new JsonlAlertSink(join(blocker, 'alerts.jsonl'));
    await expect(sink.publish(finding)).rejects.toThrow();
    const ok = new JsonlAlertSink(join(dir, 'ok.jsonl'));
    await expect(ok.publish(finding)).resolves.toBeUndefined();
  });
});

/** A fetch that answers from a script of statuses (or throws for 'network'), recording calls. */
function scriptedFetch(script: Array<number | 'network' | 'timeout'>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchFn = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const step = script.shift() ?? 200;
    if (step === 'network') throw new TypeError('fetch failed');
    if (step === 'timeout')
      throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    return new Response(step === 200 ? 'ok' : 'no', { status: step });
  }) as typeof fetch;
  return { fetchFn, calls };
}

describe('WebhookAlertSink', () => {
  const URL_SECRET = 'https://hooks.example.test/services/T000/B000/s3cr3t';
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
  };
  beforeEach(() => {
    sleeps.length = 0;
  });

  it('POSTs JSON with a readable text and the masked alert document', async () => {
    const { fetchFn, calls } = scriptedFetch([200]);
    await new WebhookAlertSink({ url: URL_SECRET, fetch: fetchFn, sleep }).publish(finding);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(URL_SECRET);
    expect(calls[0]?.init.method).toBe('POST');
    expect(new Headers(calls[0]?.init.headers).get('content-type')).toBe('application/json');
    expect(calls[0]?.init.signal).toBeInstanceOf(AbortSignal);
    const payload = JSON.parse(String(calls[0]?.init.body));
    expect(payload.text).toContain('offplatform-contact');
    expect(payload.alert).toMatchObject({ findingId: finding.id, itemId: finding.itemId, platform: 'x' });
    expect(String(calls[0]?.init.body)).not.toContain('7700 900123');
  });

  it('retries network errors, timeouts, 429 and 5xx with growing backoff', async () => {
    const { fetchFn, calls } = scriptedFetch(['network', 503, 200]);
    await new WebhookAlertSink({ url: URL_SECRET, fetch: fetchFn, sleep, baseDelayMs: 100 }).publish(finding);
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([100, 200]);
    const again = scriptedFetch(['timeout', 429, 'timeout']);
    const error = await new WebhookAlertSink({ url: URL_SECRET, fetch: again.fetchFn, sleep, retries: 2 })
      .publish(finding)
      .catch((e: unknown) => e);
    expect(again.calls).toHaveLength(3);
    expect(error).toBeInstanceOf(WebhookDeliveryError);
    expect((error as Error).message).toBe('alert webhook timed out');
  });

  it('does not retry a 4xx refusal, and never puts the URL in the error', async () => {
    const { fetchFn, calls } = scriptedFetch([404, 200]);
    const error = await new WebhookAlertSink({ url: URL_SECRET, fetch: fetchFn, sleep })
      .publish(finding)
      .catch((e: unknown) => e);
    expect(calls).toHaveLength(1);
    expect(error).toMatchObject({ status: 404, message: 'alert webhook answered 404' });
    expect(String((error as Error).message)).not.toContain('s3cr3t');
  });
});

describe('FanoutAlertSink', () => {
  class Recorder implements AlertSink {
    readonly got: string[] = [];
    failuresLeft: number;
    constructor(failures = 0) {
      this.failuresLeft = failures;
    }
    async publish(f: StoredFinding): Promise<void> {
      if (this.failuresLeft > 0) {
        this.failuresLeft -= 1;
        throw new Error('sink down');
      }
      this.got.push(f.id);
    }
  }

  it('sends every alert to each sink', async () => {
    const a = new Recorder();
    const b = new Recorder();
    const fan = new FanoutAlertSink([
      { name: 'console#0', sink: a },
      { name: 'jsonl#1', sink: b },
    ]);
    await fan.publish(finding);
    await fan.publish(other);
    expect(a.got).toEqual([finding.id, 'b2']);
    expect(b.got).toEqual([finding.id, 'b2']);
  });

  it('reports a failing sink, still delivers to the others, throws, and on retry sends only to the one that failed', async () => {
    const ok = new Recorder();
    const flaky = new Recorder(1);
    const reported: string[] = [];
    const fan = new FanoutAlertSink(
      [
        { name: 'console#0', sink: ok },
        { name: 'webhook#1', sink: flaky },
      ],
      { onError: (name) => reported.push(name) },
    );
    const error = await fan.publish(finding).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FanoutError);
    expect((error as FanoutError).failed).toEqual(['webhook#1']);
    expect(reported).toEqual(['webhook#1']);
    expect(ok.got).toEqual([finding.id]);
    await fan.publish(finding);
    expect(ok.got).toEqual([finding.id]);
    expect(flaky.got).toEqual([finding.id]);
  });

  it('forgets the oldest delivered ids beyond its bound (a very late retry is re-sent, never lost)', async () => {
    const a = new Recorder();
    const fan = new FanoutAlertSink([{ name: 'a', sink: a }], { rememberDelivered: 2 });
    for (const id of ['1', '2', '3']) await fan.publish({ ...finding, id });
    await fan.publish({ ...finding, id: '1' });
    await fan.publish({ ...finding, id: '3' });
    expect(a.got).toEqual(['1', '2', '3', '1']);
  });
});
