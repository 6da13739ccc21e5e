/**
 * End to end: `postwatch run` as the npm script runs it (DynamoDB Local in memory), a signed
 * Meta webhook carrying a scam comment from an impersonator, and the finding on the page the
 * monitor serves on the same loopback port, acknowledged there in Chromium.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredFinding } from '../../shared/store/types.ts';
import { spawnRun } from '../e2e/spawn-run.ts';
import { launchChromium, type PageRecord, ready, recordedPage, screenshot } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const APP_SECRET = 'page-e2e-app-secret-51c2';
const VERIFY_TOKEN = 'page-e2e-verify-token-9a7e';
const COMMENT_ID = '880000000000001_990000000000777';
const SCAM =
  'Your refund is waiting! Claim it at acmebank-refunds.help/claim and confirm the one-time code we text you <script>window.__pwned=1</script>';

let dir: string;
let child: ChildProcess;
let stderr = '';
let base = '';
let browser: Browser;
let page: Page;
let record: PageRecord;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}; stderr so far:\n${stderr}`);
}

/** A Page `feed` delivery (Graph API webhooks) with one comment, as Meta sends it. */
function feedDelivery(): string {
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: '104000000000001',
        time: 1795953500,
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: '7010000000000099', name: 'Acme Bank Refunds' },
              post: {
                id: '104000000000001_880000000000001',
                status_type: 'added_photos',
                is_published: true,
              },
              message: SCAM,
              post_id: '104000000000001_880000000000001',
              comment_id: COMMENT_ID,
              created_time: 1795953490,
              item: 'comment',
              parent_id: '104000000000001_880000000000001',
              verb: 'add',
            },
          },
        ],
      },
    ],
  });
}

async function findingsOfComment(): Promise<StoredFinding[]> {
  const res = await fetch(`${base}/api/findings`);
  const body = (await res.json()) as { findings: StoredFinding[] };
  return body.findings.filter((f) => f.itemId === COMMENT_ID);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'postwatch-page-'));
  const brand = JSON.parse(readFileSync(join(ROOT, 'examples/brand.json'), 'utf8'));
  const config = {
    brand,
    watch: [],
    webhooks: { meta: { appSecret: 'env:PW_PAGE_META_SECRET', verifyToken: 'env:PW_PAGE_META_VERIFY' } },
    alerts: [{ type: 'jsonl', path: 'out/alerts.jsonl' }],
    store: { type: 'local', path: ':memory:' },
  };
  writeFileSync(join(dir, 'postwatch.config.json'), JSON.stringify(config));
  child = spawnRun(
    join(dir, 'postwatch.config.json'),
    0,
    { PW_PAGE_META_SECRET: APP_SECRET, PW_PAGE_META_VERIFY: VERIFY_TOKEN },
    (text) => {
      stderr += text;
    },
  );
  const [port] = await Promise.all([
    waitFor(
      'the listening line',
      async () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)?.[1],
      60_000,
    ),
    (async () => {
      browser = await launchChromium();
      ({ page, record } = await recordedPage(browser));
    })(),
  ]);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('postwatch run serves the triage page', () => {
  it('shows a finding from a signed Meta webhook and acknowledges it there', async () => {
    const body = feedDelivery();
    const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
    const res = await fetch(`${base}/webhooks/meta`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
    });
    expect(res.status).toBe(200);
    const findings = await waitFor('the phishing finding', async () => {
      const found = await findingsOfComment();
      return found.some((f) => f.check === 'phishing-link') ? found : undefined;
    });
    const phishing = findings.find((f) => f.check === 'phishing-link') as StoredFinding;

    await page.goto(`${base}/`);
    await ready(page);
    const row = page.locator(`#queue tr[data-id="${phishing.id}"]`);
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').nth(3).textContent()).toBe('facebook');
    await screenshot(page, 'run-findings');

    await row.locator('a').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#finding-body:not([hidden])');
    expect(await page.locator('#finding-evidence mark').first().textContent()).toBe(
      phishing.evidence[0]?.match,
    );
    await page.locator('#t-note').focus();
    await page.keyboard.type('Reported the page to Meta');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#triage-status').textContent())
      .toBe('Acknowledged. Status is now acknowledged.');
    await screenshot(page, 'run-finding-acknowledged');

    const after = (await findingsOfComment()).find((f) => f.id === phishing.id);
    expect(after?.status).toBe('acknowledged');
    expect(after?.history.at(-1)).toMatchObject({
      status: 'acknowledged',
      note: 'Reported the page to Meta',
    });
    const elements = await page.evaluate('document.querySelectorAll("script:not([src])").length');
    expect(elements).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(record.requests.filter((u) => !u.startsWith(`${base}/`))).toEqual([]);
    expect(record.errors).toEqual([]);
  });

  it('serves the same page with `postwatch ui` beside the running monitor (the bin, on its store)', async () => {
    // The installed command (package.json bin), so the page's files are found from there too.
    const ui = spawn(
      join(ROOT, 'node_modules/.bin/node'),
      [
        join(ROOT, 'functions/cli/bin.mjs'),
        'ui',
        '--config',
        join(dir, 'postwatch.config.json'),
        '--port',
        '0',
      ],
      {
        cwd: dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let uiErr = '';
    ui.stderr?.on('data', (c: Buffer) => {
      uiErr += c.toString('utf8');
    });
    try {
      const uiPort = await waitFor(
        'the ui line',
        async () => /triage page on http:\/\/127\.0\.0\.1:(\d+)\//.exec(uiErr)?.[1],
      );
      expect(uiErr).toMatch(/store: the running monitor/);
      const other = await browser.newPage();
      await other.goto(`http://127.0.0.1:${uiPort}/#/findings`);
      await ready(other);
      await other.selectOption('#f-status', '');
      const ids = new Set((await findingsOfComment()).map((f) => f.id));
      await expect
        .poll(() =>
          other.locator('#queue tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id'))),
        )
        .toEqual(expect.arrayContaining([...ids]));
      expect(await other.locator('#queue tbody .status-acknowledged').count()).toBe(1);
      await other.close();
      const exited = once(ui, 'exit');
      ui.kill('SIGTERM');
      expect((await exited)[0]).toBe(0);
    } finally {
      if (ui.exitCode === null && ui.signalCode === null) ui.kill('SIGKILL');
    }
  });

  it('refuses a cross-site state change on the monitor port, and stops on SIGTERM with exit 0', async () => {
    const [first] = await findingsOfComment();
    expect(first).toBeDefined();
    const res = await fetch(`${base}/api/findings/${first?.id}/resolve`, {
      method: 'POST',
      headers: { origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'x' }),
    });
    expect(res.status).toBe(403);
    expect((await findingsOfComment()).find((f) => f.id === first?.id)?.status).not.toBe('resolved');
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code, stderr).toBe(0);
    for (const secret of [
      APP_SECRET,
      VERIFY_TOKEN,
      'one-time code',
      'Acme Bank Refunds',
      'Reported the page',
    ]) {
      expect(stderr).not.toContain(secret);
    }
  });
});
