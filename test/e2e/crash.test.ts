/**
 * `postwatch run` killed with SIGKILL in the middle of a burst of signed webhooks, then
 * started again on the same store and inbox: every delivery it answered 200 is analyzed,
 * every alert-worthy one alerted, no finding id alerted twice, no item alerted under two ids.
 *
 * The store is a DynamoDB Local this test owns (config `store.type: dynamodb` with its
 * endpoint), so it survives the kill like a real database and can be inspected afterwards.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../shared/checks/engine.ts';
import { parseBrandProfile } from '../../shared/model/index.ts';
import { handleWebhook } from '../../shared/platforms/webhooks/index.ts';
import { createDocumentClient } from '../../shared/store/dynamodb.ts';
import { freePort, LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/store/dynamodb-local.ts';
import { burst, type Delivery, deliver, makeComments } from '../fakes/webhook-load.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../integration/dynamodb-local.ts';
import { spawnRun } from './spawn-run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SECRET = 'e2e-crash-consumer-secret';
const TABLE = 'postwatch-crash';
const COMMENTS = 1_000;

let db: DynamoDbLocal;
let dir: string;
let port: number;
let child: ChildProcess | undefined;
let stderr = '';

function startMonitor(): ChildProcess {
  return spawnRun(
    join(dir, 'postwatch.config.json'),
    port,
    {
      PW_CRASH_X_SECRET: SECRET,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    },
    (text) => {
      stderr += text;
    },
  );
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}; stderr:\n${stderr.slice(-3000)}`);
}

const healthy = async () => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200 ? true : undefined;
  } catch {
    return undefined;
  }
};

interface AlertLine {
  readonly findingId: string;
  readonly itemId: string;
  readonly check: string;
}

function alerts(): AlertLine[] {
  const path = join(dir, 'alerts.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((l) => JSON.parse(l) as AlertLine);
}

beforeAll(async () => {
  db = await startDynamoDbLocal();
  dir = mkdtempSync(join(tmpdir(), 'postwatch-crash-'));
  port = await freePort();
  const config = {
    brand: join(ROOT, 'examples/brand.json'),
    watch: [],
    webhooks: { x: { consumerSecret: 'env:PW_CRASH_X_SECRET' } },
    alerts: [{ type: 'jsonl', path: 'alerts.jsonl' }],
    store: { type: 'dynamodb', table: TABLE, region: LOCAL_REGION, endpoint: db.endpoint },
  };
  writeFileSync(join(dir, 'postwatch.config.json'), JSON.stringify(config));
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('postwatch run, SIGKILL during a burst, restarted on the same store', () => {
  it('analyzes every acknowledged item and alerts each alert-worthy one exactly once', async () => {
    // Which items must alert, and with how many findings, from the same engine and mapping.
    const brand = parseBrandProfile(JSON.parse(readFileSync(join(ROOT, 'examples/brand.json'), 'utf8')));
    const engine = createEngine(brand);
    const comments = makeComments(COMMENTS, { secret: SECRET, scamEvery: 3 });
    const findingsOf = new Map<string, number>();
    for (const c of comments) {
      const r = handleWebhook(
        {
          method: 'POST',
          path: '/webhooks/x',
          query: {},
          headers: { 'x-twitter-webhooks-signature': c.signature },
          rawBody: Buffer.from(c.body),
        },
        { x: { consumerSecret: SECRET } },
        new Date(),
      );
      if (r.kind !== 'items' || r.items.length !== 1) throw new Error('fixture does not map');
      findingsOf.set(c.id, engine.analyze(r.items[0] as never, new Date()).length);
    }
    const alertWorthy = comments.filter((c) => (findingsOf.get(c.id) ?? 0) > 0).map((c) => c.id);
    expect(alertWorthy.length).toBeGreaterThan(300);

    child = startMonitor();
    await until('the first start', healthy, 60_000);

    // Kill at a random point of the burst (logged, so a failure can be replayed by hand).
    const killAfter = 150 + Math.floor(Math.random() * 600);
    let answered = 0;
    let killed: Promise<unknown> | undefined;
    const first = child;
    const answers = await burst(`http://127.0.0.1:${port}/webhooks/x`, comments, 20, () => {
      answered += 1;
      if (answered === killAfter) {
        killed = once(first, 'exit');
        first.kill('SIGKILL');
      }
    });
    await killed;
    const acked = new Set(answers.filter((a) => a.status === 200).map((a) => a.comment.id));
    console.log(`killed after ${killAfter} answers: ${acked.size} of ${COMMENTS} acknowledged`);
    expect(acked.size).toBeGreaterThanOrEqual(killAfter - 20);
    expect(acked.size).toBeLessThan(COMMENTS);

    stderr = '';
    child = startMonitor();
    await until('the restart', healthy, 60_000);
    // Acknowledged but not yet analyzed when killed: handed back by the inbox, not by the platform.
    const takenUp = Number(/taking up (\d+) item\(s\) received before the last stop/.exec(stderr)?.[1] ?? 0);

    // The platform redelivers what it was not told was received (some may be in the inbox already).
    const redelivered: Delivery[] = [];
    for (const c of comments.filter((c) => !acked.has(c.id)))
      redelivered.push(await deliver(`http://127.0.0.1:${port}/webhooks/x`, c));
    expect(redelivered.every((d) => d.status === 200)).toBe(true);

    await until(
      'every alert-worthy item alerted',
      () => {
        const seen = new Set(alerts().map((a) => a.itemId));
        return alertWorthy.every((id) => seen.has(id)) ? true : undefined;
      },
      90_000,
    );
    const last = child;
    const stopped = once(last, 'exit');
    last.kill('SIGTERM');
    const [code] = await stopped;
    expect(code).toBe(0);

    const lines = alerts();
    // No finding id twice in the alert file.
    const ids = lines.map((a) => a.findingId);
    expect(ids.length - new Set(ids).size).toBe(0);
    // No item alerted under two ids: each item has exactly as many alerted ids as findings.
    const perItem = new Map<string, Set<string>>();
    for (const a of lines) perItem.set(a.itemId, (perItem.get(a.itemId) ?? new Set()).add(a.findingId));
    for (const id of alertWorthy) expect(perItem.get(id)?.size, `item ${id}`).toBe(findingsOf.get(id));
    expect([...perItem.keys()].every((id) => alertWorthy.includes(id))).toBe(true);

    // Every acknowledged item analyzed: its findings or its version record are in the store.
    const doc = createDocumentClient(db.client);
    const records: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(new ScanCommand({ TableName: TABLE, ExclusiveStartKey: start }));
      records.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const analyzed = new Set(
      records.flatMap((r) => (r.type === 'finding' || r.type === 'itemVersion' ? [String(r.itemId)] : [])),
    );
    expect(comments.filter((c) => !analyzed.has(c.id)).map((c) => c.id)).toEqual([]);
    const pending = records.filter((r) => r.type === 'finding' && r.alertState !== 'sent');
    expect(pending).toEqual([]);
    console.log(
      `after restart: ${takenUp} taken up from the inbox, ${analyzed.size} analyzed, ` +
        `${perItem.size} items alerted with ${lines.length} alerts, 0 duplicate finding ids`,
    );
  }, 240_000);
});
