/**
 * Black box (issue #11): `postwatch run` takes signed Meta webhooks with Instagram comments
 * from impersonators; the impersonator record exists for the CLI (which reaches the running
 * monitor's DynamoDB Local), a taken-down account's number reused by a new account is
 * alerted once as re-emerged in the JSONL file, and the takedown package names the link.
 */
import type { ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnRun } from '../e2e/spawn-run.ts';
import { BRAND } from '../unit/pipeline/impersonators-fixtures.ts';
import { cli, eventually } from './impersonators-helpers.ts';

const APP_SECRET = 'impersonators-e2e-app-secret-41c2';
let dir: string;
let config: string;
let alertsPath: string;
let child: ChildProcess;
let stderr = '';
let base = '';

interface AlertLine {
  findingId: string;
  check: string;
  severity: string;
  action: string;
  platform: string;
  itemId: string;
  reason: string;
}

function readAlerts(): AlertLine[] {
  if (!existsSync(alertsPath)) return [];
  return readFileSync(alertsPath, 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((l) => JSON.parse(l) as AlertLine);
}

/** An Instagram `comments` webhook delivery as Meta sends it. */
function commentDelivery(id: string, fromId: string, username: string, text: string): string {
  return JSON.stringify({
    object: 'instagram',
    entry: [
      {
        id: '17841400000000001',
        time: 1764580000,
        changes: [
          {
            field: 'comments',
            value: {
              from: { id: fromId, username },
              media: { id: '18012345678901234', media_product_type: 'FEED' },
              id,
              text,
            },
          },
        ],
      },
    ],
  });
}

function postMeta(body: string): Promise<Response> {
  const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
  return fetch(`${base}/webhooks/meta`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'postwatch-impersonators-run-'));
  alertsPath = join(dir, 'out', 'alerts.jsonl');
  config = join(dir, 'postwatch.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      brand: BRAND,
      webhooks: { meta: { appSecret: 'env:PW_IMP_APP_SECRET', verifyToken: 'env:PW_IMP_VERIFY' } },
      alerts: [{ type: 'jsonl', path: 'out/alerts.jsonl' }],
      // A data directory, so the triage commands reach the monitor's DynamoDB Local.
      store: { type: 'local', path: 'data' },
    }),
  );
  child = spawnRun(config, 0, { PW_IMP_APP_SECRET: APP_SECRET, PW_IMP_VERIFY: 'verify-me' }, (t) => {
    stderr += t;
  });
  const port = await eventually(
    'the listening line',
    () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)?.[1],
    () => stderr,
    60_000,
  );
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('impersonators under postwatch run', () => {
  const first = commentDelivery(
    '17900000000000501',
    '17841400000000888',
    'halvard.support',
    'Sorry about the double charge! DM us on WhatsApp +44 7700 900481 and we refund you today',
  );
  const second = commentDelivery(
    '17900000000000502',
    '17841400000000889',
    'h4lvard.help',
    'Refund desk: WhatsApp +44 7700 900481, we answer in minutes',
  );

  it('records the impersonator of a webhook comment, visible to the CLI', async () => {
    expect((await postMeta(first)).status).toBe(200);
    await eventually('the impersonation alert', () =>
      readAlerts().some((a) => a.itemId === '17900000000000501' && a.check === 'impersonation')
        ? true
        : undefined,
    );
    // The record is written after the findings' commit, which comes after the alert.
    const list = await eventually('the impersonator record', async () => {
      const r = await cli('impersonators', 'list', '--config', config, '--format', 'json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      return r.stdout.trim() === '[]' ? undefined : r;
    });
    expect(JSON.parse(list.stdout)).toMatchObject([
      {
        id: 'instagram:17841400000000888',
        handles: ['halvard.support'],
        status: 'watching',
        scamFindings: 2,
        indicators: [{ kind: 'phone', value: '+447700900481' }],
      },
    ]);
  });

  it('alerts a new account with the taken-down one’s number as re-emerged, once', async () => {
    const down = await cli(
      'impersonators',
      'taken-down',
      'instagram:17841400000000888',
      '--config',
      config,
      '--by',
      'sec',
    );
    expect(down.code).toBe(0);
    expect((await postMeta(second)).status).toBe(200);
    const line = await eventually('the re-emerged alert', () =>
      readAlerts().find((a) => a.itemId === '17900000000000502' && a.reason.startsWith('Re-emerged')),
    );
    // The contract's JSONL fields, on an id of its own.
    expect(line).toMatchObject({
      check: 'impersonation',
      severity: 'critical',
      action: 'takedown',
      platform: 'instagram',
    });
    expect(line.findingId).toMatch(/^[0-9a-f]{64}$/);
    // A redelivery of the same comment adds nothing.
    expect((await postMeta(second)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(readAlerts().filter((a) => a.reason.startsWith('Re-emerged'))).toHaveLength(1);
    const show = await cli(
      'impersonators',
      'show',
      'instagram:17841400000000889',
      '--config',
      config,
      '--format',
      'json',
    );
    expect(JSON.parse(show.stdout)).toMatchObject({
      status: 're-emerged',
      scamFindings: 2,
      linkedTo: [{ id: 'instagram:17841400000000888', via: { kind: 'phone', value: '+447700900481' } }],
    });

    const out = join(dir, 'reports');
    expect(
      (await cli('takedown', 'instagram:17841400000000889', '--config', config, '--out', out)).code,
    ).toBe(0);
    const md = readFileSync(join(out, 'takedown-instagram_17841400000000889.md'), 'utf8');
    expect(md).toContain(
      '- Instagram `@halvard.support` (`instagram:17841400000000888`): same phone `+447700900481`',
    );
    expect(md).toContain('4 (DIGIT FOUR) imitates a');
  });
});
