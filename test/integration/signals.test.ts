/**
 * `npm run -s postwatch -- run` as an operator starts it: SIGTERM to the process npm starts
 * (what `kill PID` and supervisors target) stops the monitor cleanly, and a `kill -9` of the
 * monitor does not leave DynamoDB Local's JVM behind.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
const started: ChildProcess[] = [];
const pids = new Set<number>();

interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly comm: string;
  readonly args: string;
}

function processes(): Proc[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,comm=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), comm: m[3]!, args: m[4]! }));
}

/** Every process below `pid`. */
function descendants(pid: number): Proc[] {
  const all = processes();
  const found: Proc[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const p of all.filter((q) => q.ppid === parent)) {
      found.push(p);
      queue.push(p.pid);
    }
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil<T>(what: string, probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts the monitor with the documented command; resolves once /healthz answers 200. */
async function startMonitor() {
  const dir = mkdtempSync(join(tmpdir(), 'pw-signals-'));
  dirs.push(dir);
  const config = join(dir, 'postwatch.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      brand: join(ROOT, 'examples/brand.json'),
      watch: [],
      webhooks: {},
      alerts: [{ type: 'jsonl', path: 'alerts.jsonl' }],
      store: { type: 'local', path: 'data' },
    }),
  );
  const npm = spawn('npm', ['run', '-s', 'postwatch', '--', 'run', '--config', config, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  started.push(npm);
  let stderr = '';
  npm.stderr?.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const exited = once(npm, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const port = await waitUntil(
    'the listening line',
    () => /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(stderr)?.[1],
    90_000,
  );
  const base = `http://127.0.0.1:${port}`;
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
  // The process npm starts: the one `kill PID` and supervisors see.
  const monitor = processes().find((p) => p.ppid === npm.pid);
  if (!monitor) throw new Error('npm started no process');
  const java = descendants(monitor.pid).find((p) => p.comm === 'java');
  if (!java) throw new Error(`no java below the monitor; stderr:\n${stderr}`);
  for (const p of [monitor.pid, java.pid, ...descendants(monitor.pid).map((d) => d.pid)]) pids.add(p);
  return { npm, exited, monitor, java, base, stderr: () => stderr };
}

afterAll(async () => {
  // Only what these tests started, by pid.
  for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('postwatch run under npm', () => {
  it('is the process npm starts (no shell or tsx wrapper in between), and SIGTERM to it exits 0', async () => {
    const m = await startMonitor();
    expect(m.monitor.comm).toBe('node');
    expect(m.monitor.args).toContain('functions/cli/main.ts run');

    process.kill(m.monitor.pid, 'SIGTERM');
    const [code, signal] = await m.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(m.stderr()).toContain('SIGTERM: stopping polls, finishing the queue');
    await waitUntil('the monitor to exit', () => (alive(m.monitor.pid) ? undefined : true), 10_000);
    await expect(fetch(`${m.base}/healthz`)).rejects.toThrow();
    // stop() still stops the database it started.
    await waitUntil('the JVM to exit', () => (alive(m.java.pid) ? undefined : true), 10_000);
  }, 120_000);

  it('takes DynamoDB Local down with it when killed with SIGKILL', async () => {
    const m = await startMonitor();
    process.kill(m.monitor.pid, 'SIGKILL');
    await m.exited;
    const gone = await waitUntil('the JVM to exit', () => (alive(m.java.pid) ? undefined : true), 10_000);
    expect(gone).toBe(true);
  }, 120_000);
});
