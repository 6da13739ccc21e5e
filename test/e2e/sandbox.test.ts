/**
 * `npm start`, the live sandbox, end to end as CI runs it: the npm script, a short duration,
 * its own folder. The run's summary is checked against what the monitor itself wrote (the
 * JSONL alert file and the console alert blocks), not only against its own numbers.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxSummary } from '../../functions/cli/sandbox/sandbox.ts';
import { SCENARIOS } from '../../functions/cli/sandbox/script.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BOUND_MS = 90_000;

let tmp: string;
let dir: string;
let child: ChildProcess | undefined;
let stdout = '';
let stderr = '';
let status: number | null = null;
let elapsed = 0;
let summary: SandboxSummary;

interface AlertLine {
  findingId: string;
  check: string;
  platform: string;
  itemId: string;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pw-sandbox-'));
  dir = join(tmp, 'sandbox');
  const started = Date.now();
  child = spawn('npm', ['start', '--', '--duration', '12', '--every', '1s', '--dir', dir], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
  });
  child.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  const timer = setTimeout(() => child?.kill('SIGINT'), BOUND_MS);
  [status] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  elapsed = Date.now() - started;
  if (existsSync(join(dir, 'summary.json'))) {
    summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as SandboxSummary;
  }
}, BOUND_MS + 30_000);

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
    await once(child, 'exit');
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const alertLines = (): AlertLine[] =>
  readFileSync(join(dir, 'alerts.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as AlertLine);

describe('npm start (the live sandbox)', () => {
  it('runs to its summary within the bound and exits 0', () => {
    expect(status, `stderr:\n${stderr}\nstdout:\n${stdout}`).toBe(0);
    expect(elapsed).toBeLessThan(BOUND_MS);
    expect(stdout).toContain('postwatch sandbox: summary');
    expect(summary).toBeDefined();
  });

  it('finds every seeded problem, with the checks each must fire', () => {
    expect(summary.scenarios.map((s) => s.key).sort()).toEqual(
      Object.values(SCENARIOS)
        .map((s) => s.key)
        .sort(),
    );
    for (const s of summary.scenarios) {
      expect(s.ok, s.key).toBe(true);
      expect(s.itemIds.length, s.key).toBeGreaterThan(0);
      for (const check of s.expected) expect(s.found, s.key).toContain(check);
      expect(stdout).toMatch(new RegExp(`✓ ${s.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`));
    }
    // Polled from the fakes and pushed by signed Meta and X webhooks.
    const vias = new Set(summary.scenarios.map((s) => s.via));
    expect(vias).toEqual(new Set(['polled', 'Meta webhook', 'X webhook']));
    expect(new Set(summary.scenarios.map((s) => s.platform))).toEqual(
      new Set(['x', 'facebook', 'instagram']),
    );
  });

  it('the ordinary comments, many of them, give no finding', () => {
    expect(summary.ordinary).toBeGreaterThanOrEqual(30);
    expect(summary.ordinaryWithFindings).toBe(0);
    expect(summary.items.published).toBe(
      summary.ordinary + summary.scenarios.flatMap((s) => s.itemIds).length,
    );
    // Every published item reached the monitor and was analyzed.
    expect(summary.analyzed).toBe(summary.items.published);
    expect(summary.items.webhooks).toBeGreaterThanOrEqual(5);
  });

  it('alerts = findings, once each, as the JSONL sink and the console show them', () => {
    const lines = alertLines();
    const ids = lines.map((l) => l.findingId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(summary.alerts).toBe(ids.length);
    expect(summary.findings).toBe(ids.length);
    // The console sink printed each alert live, once.
    const printed = [...stdout.matchAll(/^ {2}finding ([0-9a-f]+)$/gm)].map((m) => m[1]);
    expect(new Set(printed)).toEqual(new Set(ids));
    expect(printed).toHaveLength(ids.length);
    // Findings by check in the summary are those of the alert file.
    const byCheck: Record<string, number> = {};
    for (const l of lines) byCheck[l.check] = (byCheck[l.check] ?? 0) + 1;
    expect(summary.findingsByCheck).toEqual(byCheck);
    // Each seeded item's expected checks are in the alert file under its own id.
    for (const s of summary.scenarios) {
      const checks = lines.filter((l) => s.itemIds.includes(l.itemId)).map((l) => l.check);
      for (const check of s.expected) expect(checks, s.key).toContain(check);
    }
    expect(stdout).toMatch(new RegExp(`^ {2}findings {3}${summary.findings}: `, 'm'));
    expect(stdout).toMatch(new RegExp(`^ {2}alerts {5}${summary.alerts} `, 'm'));
  });

  it('leaves a real config (secrets as env:NAME) and says where the data is and what to try next', () => {
    const configText = readFileSync(join(dir, 'postwatch.config.json'), 'utf8');
    const config = JSON.parse(configText);
    expect(config.store).toEqual({ type: 'local', path: 'data' });
    expect(config.brand).toBe('./brand.json');
    const secrets = [
      ...config.watch.flatMap((w: { credentials: Record<string, string> }) => Object.values(w.credentials)),
      ...Object.values(config.webhooks).flatMap((w) => Object.values(w as Record<string, string>)),
    ];
    expect(secrets.length).toBe(6);
    for (const value of secrets) expect(value).toMatch(/^env:POSTWATCH_SANDBOX_[A-Z_]+$/);
    expect(existsSync(join(dir, 'data'))).toBe(true);
    expect(stdout).toContain(`config   ${join(dir, 'postwatch.config.json')}`);
    expect(stdout).toContain(`store    ${join(dir, 'data')}`);
    expect(stdout).toMatch(/npm run -s postwatch -- check --brand /);
    expect(stdout).toMatch(/http:\/\/127\.0\.0\.1:\d+/);
  });
});
