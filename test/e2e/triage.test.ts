/**
 * Triage end to end, as an on-call responder runs it: `postwatch run` (the npm script's
 * process, DynamoDB Local on a data directory) takes a signed Meta webhook with a scam
 * comment from an impersonator; separate `postwatch findings|forget` processes reach the
 * running monitor's DynamoDB Local through its endpoint file, list the finding, acknowledge
 * it, and forget the author; a full Scan of the table and the alert file show no trace of
 * them. Once the monitor has stopped, a triage command starts its own DynamoDB Local on the
 * same data directory and still sees what is left.
 */
import type { ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/store/dynamodb-local.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { spawnRun } from './spawn-run.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const APP_SECRET = 'e2e-triage-app-secret-41c2';
const VERIFY_TOKEN = 'e2e-triage-verify-9a0e';
/** The impersonator: an Instagram account id and handle that appear nowhere else in the test. */
const IMPERSONATOR_ID = '5512000000000777';
const IMPERSONATOR = 'acme.support_help';
const SCAM_COMMENT = '17890455012399901';
/** Another commenter, whose finding must survive the erasure. */
const OTHER_ID = '5512000000000888';
const OTHER_COMMENT = '17890455012399902';

let dir: string;
let configPath: string;
let alertsPath: string;
let child: ChildProcess;
let stderr = '';
let base = '';

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; run's stderr so far:\n${stderr}`);
}

/** Runs one `postwatch` command as its own process, as a person at a terminal would. */
function postwatch(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    execFile(
      NODE,
      ['--import', 'tsx', 'functions/cli/main.ts', ...args, '--config', configPath],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 40_000 },
      (error, stdout, err) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolvePromise({ code, stdout, stderr: err });
      },
    );
  });
}

async function listJson(...filters: string[]): Promise<StoredFinding[]> {
  const r = await postwatch('findings', 'list', '--format', 'json', ...filters);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as StoredFinding[];
}

/** An Instagram `comments` webhook delivery (Graph API shape) with two comments. */
function delivery(): string {
  const comment = (from: { id: string; username: string }, id: string, text: string) => ({
    field: 'comments',
    value: { from, media: { id: '17890000000000001', media_product_type: 'FEED' }, id, text },
  });
  return JSON.stringify({
    object: 'instagram',
    entry: [
      {
        id: '17841400000000001',
        time: Math.floor(Date.now() / 1000),
        changes: [
          comment(
            { id: IMPERSONATOR_ID, username: IMPERSONATOR },
            SCAM_COMMENT,
            'Sorry for the trouble! DM us on WhatsApp +44 7700 900123 to get your refund',
          ),
          comment(
            { id: OTHER_ID, username: 'grow.with.gina' },
            OTHER_COMMENT,
            'check out my channel, follow 4 follow!!',
          ),
        ],
      },
    ],
  });
}

function readAlerts(): Array<Record<string, unknown>> {
  if (!existsSync(alertsPath)) return [];
  return readFileSync(alertsPath, 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const endpointPath = () => join(dir, 'data', 'endpoint.json');

async function scanTable(): Promise<string> {
  const { endpoint, table } = JSON.parse(readFileSync(endpointPath(), 'utf8')) as {
    endpoint: string;
    table: string;
  };
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    const doc = DynamoDBDocumentClient.from(client);
    const items: unknown[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(
        new ScanCommand({ TableName: table, ConsistentRead: true, ExclusiveStartKey: start }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return JSON.stringify(items);
  } finally {
    client.destroy();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'postwatch-triage-'));
  configPath = join(dir, 'postwatch.config.json');
  alertsPath = join(dir, 'out', 'alerts.jsonl');
  const config = {
    brand: JSON.parse(readFileSync(join(ROOT, 'examples/brand.json'), 'utf8')),
    watch: [],
    webhooks: { meta: { appSecret: 'env:PW_TRIAGE_META_SECRET', verifyToken: 'env:PW_TRIAGE_META_VERIFY' } },
    alerts: [{ type: 'jsonl', path: 'out/alerts.jsonl' }],
    store: { type: 'local', path: 'data' },
  };
  writeFileSync(configPath, JSON.stringify(config));
  child = spawnRun(
    configPath,
    0,
    { PW_TRIAGE_META_SECRET: APP_SECRET, PW_TRIAGE_META_VERIFY: VERIFY_TOKEN },
    (t) => {
      stderr += t;
    },
  );
  const port = await waitFor(
    'the listening line',
    async () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)?.[1],
    40_000,
  );
  base = `http://127.0.0.1:${port}`;
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('triage against the running monitor', () => {
  let scam: StoredFinding[] = [];

  it('lists the webhook scam once in findings list --format json and in the JSONL alert file', async () => {
    expect(JSON.parse(readFileSync(endpointPath(), 'utf8')).pid).toBe(child.pid);
    // The monitor holds the data directory: no triage command starts a second DynamoDB Local on it.
    expect(readFileSync(join(dir, 'data', 'postwatch.lock'), 'utf8')).toBe(String(child.pid));
    const body = delivery();
    const res = await fetch(`${base}/webhooks/meta`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`,
      },
      body,
    });
    expect(res.status).toBe(200);
    const sentAt = Date.now();
    const listed = await waitFor('the impersonation finding in findings list', async () => {
      const all = await listJson();
      return all.some((f) => f.itemId === SCAM_COMMENT && f.check === 'impersonation') &&
        all.some((f) => f.itemId === OTHER_COMMENT)
        ? all
        : undefined;
    });
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    scam = listed.filter((f) => f.itemId === SCAM_COMMENT);
    expect(scam.map((f) => f.check).sort()).toEqual(['impersonation', 'offplatform-contact']);
    for (const f of scam) {
      expect(f).toMatchObject({
        status: 'open',
        platform: 'instagram',
        authorId: IMPERSONATOR_ID,
        action: 'takedown',
      });
      expect(f.history).toEqual([{ status: 'open', at: f.createdAt, by: 'postwatch' }]);
      expect(listed.filter((g) => g.id === f.id)).toHaveLength(1);
    }
    const alerts = await waitFor('the alert lines', async () => {
      const lines = readAlerts();
      return scam.every((f) => lines.some((l) => l.findingId === f.id)) ? lines : undefined;
    });
    for (const f of scam) expect(alerts.filter((l) => l.findingId === f.id)).toHaveLength(1);
  }, 40_000);

  it('acks with a note and shows who, when and the note in the history', async () => {
    const imp = scam.find((f) => f.check === 'impersonation') as StoredFinding;
    const ack = await postwatch(
      'findings',
      'ack',
      imp.id.slice(0, 10),
      '--note',
      'reported to Instagram',
      '--by',
      'e2e-oncall',
    );
    expect(ack.code, ack.stderr).toBe(0);
    expect(ack.stdout).toContain('acknowledged');
    const shown = await postwatch('findings', 'show', imp.id, '--format', 'json');
    const f = JSON.parse(shown.stdout) as StoredFinding;
    expect(f.status).toBe('acknowledged');
    expect(f.history.at(-1)).toMatchObject({
      status: 'acknowledged',
      by: 'e2e-oncall',
      note: 'reported to Instagram',
    });
    // Text output, exit statuses and filters are covered in-process by test/integration/triage-cli.test.ts.
  }, 40_000);

  it('forget --author leaves no trace of the author in the table or the alert file', async () => {
    const before = await scanTable();
    expect(before).toContain(IMPERSONATOR_ID);
    const r = await postwatch('forget', '--author', `instagram:${IMPERSONATOR_ID}`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/findings:\s+2/);
    expect(r.stdout).toMatch(/alerts\.jsonl: 2/);

    const after = await scanTable();
    expect(after).not.toContain(IMPERSONATOR_ID);
    expect(after).not.toContain(IMPERSONATOR);
    expect(after).not.toContain(SCAM_COMMENT);
    expect(after).toContain(OTHER_COMMENT);
    const alertText = readFileSync(alertsPath, 'utf8');
    expect(alertText).not.toContain(IMPERSONATOR);
    expect(alertText).not.toContain(SCAM_COMMENT);
    expect(alertText).toContain(OTHER_COMMENT);
    expect((await listJson()).filter((f) => f.itemId === SCAM_COMMENT)).toEqual([]);
  }, 40_000);

  it('after the monitor stops, a triage command opens the data directory itself', async () => {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(existsSync(endpointPath())).toBe(false);
    expect(existsSync(join(dir, 'data', 'postwatch.lock'))).toBe(false);
    const left = await listJson();
    expect(left.map((f) => f.itemId)).toEqual([OTHER_COMMENT]);
  }, 40_000);
});
