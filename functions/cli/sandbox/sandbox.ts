/**
 * The live sandbox (`npm start`): `postwatch run`, the real local monitor as a child process,
 * on a config written into the sandbox folder, watching the demo brand on loopback fakes of
 * the X, Facebook and Instagram APIs, while the demo's posts and comments arrive on them and
 * signed Meta and X webhooks reach the monitor's own endpoints. Alerts print live (the
 * console sink); at the end a summary: items, findings by check, alerts, which seeded
 * problems were found, where the data is, and what to try next. The folder keeps a working
 * config, store and alert file, so the triage commands run on it afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { CheckId, Platform } from '../../../shared/model/index.ts';
import { FINDING_STATUSES, type StoredFinding } from '../../../shared/store/types.ts';
import { UsageError } from '../errors.ts';
import { colors } from '../format.ts';
import type { Io } from '../io.ts';
import { openTriageTarget } from '../store-access.ts';
import { FakeApi, FakeClock, type FakePlatform } from './fakes/harness.ts';
import { facebookId, fakeFacebook, fakeInstagram, IG_USER_ID, instagramId, PAGE_ID } from './fakes/meta.ts';
import { type FakeItem, Timeline } from './fakes/timeline.ts';
import { fakeX, xId } from './fakes/x.ts';
import { type DemoEvent, type DemoPlatform, demoCycle, OWNERS, SCENARIOS, type Scenario } from './script.ts';
import { instagramComment, pageFeedComment, type SignedDelivery, xReply } from './webhooks.ts';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const MAIN = join(ROOT, 'functions', 'cli', 'main.ts');
export const SANDBOX_BRAND = join(ROOT, 'examples', 'sandbox', 'brand.json');
/** A file that marks a folder as the sandbox's own, so a re-run may empty it. */
const MARKER = '.postwatch-sandbox';
/** The environment variables the sandbox config names; their values are made per run. */
const ENV = {
  xToken: 'POSTWATCH_SANDBOX_X_TOKEN',
  facebookToken: 'POSTWATCH_SANDBOX_FACEBOOK_TOKEN',
  instagramToken: 'POSTWATCH_SANDBOX_INSTAGRAM_TOKEN',
  metaAppSecret: 'POSTWATCH_SANDBOX_META_APP_SECRET',
  metaVerifyToken: 'POSTWATCH_SANDBOX_META_VERIFY_TOKEN',
  xConsumerSecret: 'POSTWATCH_SANDBOX_X_CONSUMER_SECRET',
} as const;

export interface SandboxOptions {
  /** The sandbox folder (config, brand, store, alerts, summary). */
  readonly dir: string;
  /** Length of one cycle of the demo, in ms. */
  readonly durationMs: number;
  /** Repeat the cycle until SIGINT/SIGTERM. */
  readonly watch: boolean;
  /** Port of the monitor (0: a free one). */
  readonly port: number;
  /** How often the monitor polls each fake account (a config duration). */
  readonly pollEvery: string;
  /** The CLI's commands, so the summary suggests only those that exist (triage, page). */
  readonly commands: readonly string[];
}

/** What the summary says, also written as summary.json. */
export interface SandboxSummary {
  readonly seconds: number;
  readonly items: { readonly published: number; readonly polled: number; readonly webhooks: number };
  readonly analyzed: number | null;
  readonly findings: number;
  readonly findingsByCheck: Partial<Record<CheckId, number>>;
  readonly alerts: number;
  readonly alertsByCheck: Partial<Record<CheckId, number>>;
  readonly scenarios: ReadonlyArray<{
    readonly key: string;
    readonly title: string;
    readonly platform: Platform;
    /** How the monitor got it: polled from the fake API, or a signed webhook (meta, x). */
    readonly via: string;
    readonly itemIds: readonly string[];
    readonly expected: readonly CheckId[];
    readonly found: readonly CheckId[];
    readonly ok: boolean;
  }>;
  /** Findings on the items that were meant to be ordinary (false alarms). */
  readonly ordinaryWithFindings: number;
  readonly ordinary: number;
  readonly paths: Readonly<Record<'config' | 'brand' | 'store' | 'alerts' | 'summary', string>>;
  readonly monitor: string;
  readonly page: string | null;
}

/** One item the sandbox published, and what it was meant to be. */
interface Published {
  readonly platform: Platform;
  readonly id: string;
  readonly via: 'poll' | 'meta webhook' | 'x webhook';
  readonly scenario?: Scenario;
}

interface FakePlatformRun {
  readonly platform: DemoPlatform;
  readonly api: FakeApi;
  readonly clock: FakeClock;
  readonly timeline: Timeline;
  readonly base: string;
  /** Times of the requests that start a poll (the account's post listing). */
  readonly listings: number[];
  lastAddedAt: number;
}

const viaText = (via: Published['via']) =>
  via === 'poll' ? 'polled' : via.replace('meta', 'Meta').replace('x ', 'X ');
const token = () => randomBytes(18).toString('base64url');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A path as the user would type it from here: relative inside the working directory, else absolute. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/** Empties the sandbox folder of an earlier run (only a folder the sandbox made), or refuses. */
function prepareDir(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER))) {
      throw new UsageError(`${dir} is not empty and is not a sandbox folder; choose another --dir`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), 'made by `postwatch start` (npm start); emptied at each start\n');
}

async function startFakes(
  secrets: Record<keyof typeof ENV, string>,
): Promise<Record<DemoPlatform, FakePlatformRun>> {
  const make = async (
    platform: DemoPlatform,
    build: (t: Timeline, c: FakeClock) => FakePlatform,
    listing: RegExp,
  ): Promise<FakePlatformRun> => {
    const clock = new FakeClock(Date.now());
    const { role: _, ...owner } = OWNERS[platform];
    const timeline = new Timeline(clock, owner);
    const api = new FakeApi(build(timeline, clock));
    const run: FakePlatformRun = {
      platform,
      api,
      clock,
      timeline,
      base: await api.listen(),
      listings: [],
      lastAddedAt: 0,
    };
    api.onRequest = (req) => {
      clock.ms = Date.now();
      if (listing.test(req.path)) run.listings.push(Date.now());
      // A fake keeps every request for assertions; the sandbox has no use for them.
      api.requests.length = 0;
    };
    return run;
  };
  const x = await make('x', (t, c) => fakeX(t, c, { bearerToken: secrets.xToken }), /\/tweets$/);
  const facebook = await make(
    'facebook',
    (t, c) => fakeFacebook(t, c, { accessToken: secrets.facebookToken }),
    /\/published_posts$/,
  );
  const instagram = await make(
    'instagram',
    (t, c) => fakeInstagram(t, c, { accessToken: secrets.instagramToken }),
    /\/media$/,
  );
  return { x, facebook, instagram };
}

/** The monitor config the sandbox runs on (CONTRACTS.md §5), secrets as `env:NAME`. */
function sandboxConfig(fakes: Record<DemoPlatform, FakePlatformRun>, every: string): unknown {
  const credential = { x: 'bearerToken', facebook: 'accessToken', instagram: 'accessToken' } as const;
  const envOf = { x: ENV.xToken, facebook: ENV.facebookToken, instagram: ENV.instagramToken } as const;
  return {
    brand: './brand.json',
    watch: (['x', 'facebook', 'instagram'] as const).map((platform) => ({
      platform,
      handle: OWNERS[platform].handle,
      accountId: OWNERS[platform].id,
      role: OWNERS[platform].role,
      credentials: { [credential[platform]]: `env:${envOf[platform]}` },
      every,
      apiBase: fakes[platform].base,
    })),
    webhooks: {
      meta: { appSecret: `env:${ENV.metaAppSecret}`, verifyToken: `env:${ENV.metaVerifyToken}` },
      x: { consumerSecret: `env:${ENV.xConsumerSecret}` },
    },
    alerts: [{ type: 'console' }, { type: 'jsonl', path: 'alerts.jsonl' }],
    store: { type: 'local', path: 'data' },
  };
}

/** The monitor's log lines that only say a poll found nothing new are left out of the demo's output. */
const QUIET_LINE = /^\d\d:\d\d:\d\d poll \S+: \d+ read, 0 queued$/;

interface MonitorChild {
  readonly child: ChildProcess;
  readonly port: Promise<number>;
  readonly exited: Promise<number>;
  /** The count from the monitor's last line (`stopped: N analyzed, ...`). */
  analyzed(): number | null;
}

function startMonitor(configPath: string, port: number, env: Record<string, string>, io: Io): MonitorChild {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', MAIN, 'run', '--config', configPath, '--port', String(port)],
    // Its own process group: a Ctrl-C reaches the sandbox, which stops the monitor with one signal.
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  child.stdout?.pipe(io.stdout, { end: false });
  let analyzed: number | null = null;
  let resolvePort: (port: number) => void = () => {};
  let rejectPort: (error: Error) => void = () => {};
  const portPromise = new Promise<number>((res, rej) => {
    resolvePort = res;
    rejectPort = rej;
  });
  if (child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) => {
      const listening = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
      if (listening) resolvePort(Number(listening[1]));
      const stopped = /stopped: (\d+) analyzed/.exec(line);
      if (stopped) analyzed = Number(stopped[1]);
      if (!QUIET_LINE.test(line)) io.stderr.write(`${line}\n`);
    });
  }
  const exited = new Promise<number>((res) => {
    child.once('exit', (code, signal) => {
      rejectPort(new Error(`postwatch run exited before it was ready (${signal ?? `status ${code}`})`));
      res(code ?? 128);
    });
  });
  portPromise.catch(() => {});
  return { child, port: portPromise, exited, analyzed: () => analyzed };
}

/** Reads every finding the monitor stored, through the triage commands' way into its store. */
async function readStoredFindings(configPath: string): Promise<StoredFinding[]> {
  const target = await openTriageTarget(configPath);
  try {
    const all: StoredFinding[] = [];
    for (const status of FINDING_STATUSES) {
      let cursor: string | undefined;
      do {
        const page = await target.store.listFindingsByStatus(status, {
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        all.push(...page.items);
        cursor = page.cursor;
      } while (cursor);
    }
    return all;
  } finally {
    await target.close();
  }
}

interface AlertLine {
  readonly findingId: string;
  readonly check: CheckId;
  readonly platform: Platform;
  readonly itemId: string;
}

function readAlertLines(path: string): AlertLine[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as AlertLine);
}

function countBy<T>(values: readonly T[], key: (v: T) => CheckId): Partial<Record<CheckId, number>> {
  const out: Partial<Record<CheckId, number>> = {};
  for (const v of values) out[key(v)] = (out[key(v)] ?? 0) + 1;
  return out;
}

/** Posts a signed delivery to the monitor; resolves to the status (0 when it could not connect). */
async function deliver(base: string, d: SignedDelivery): Promise<number> {
  try {
    const res = await fetch(`${base}/webhooks/${d.path}`, {
      method: 'POST',
      headers: d.headers,
      body: d.body,
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/**
 * Runs the sandbox to its summary. Resolves to 0 when the monitor ran and stopped cleanly and
 * (for a timed run) every seeded problem was found; 1 otherwise.
 */
export async function runSandbox(options: SandboxOptions, io: Io): Promise<number> {
  const c = colors(io.stdout);
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const dir = resolve(options.dir);
  prepareDir(dir);
  const configPath = join(dir, 'postwatch.config.json');
  const brandPath = join(dir, 'brand.json');
  copyFileSync(SANDBOX_BRAND, brandPath);
  const secrets = {
    xToken: token(),
    facebookToken: token(),
    instagramToken: token(),
    metaAppSecret: token(),
    metaVerifyToken: token(),
    xConsumerSecret: token(),
  };
  const env = Object.fromEntries(
    Object.entries(ENV).map(([k, name]) => [name, secrets[k as keyof typeof ENV]]),
  );
  const fakes = await startFakes(secrets);
  writeFileSync(configPath, `${JSON.stringify(sandboxConfig(fakes, options.pollEvery), null, 2)}\n`);

  let stopping = false;
  let signals = 0;
  let wake: () => void = () => {};
  const monitor = startMonitor(configPath, options.port, env, io);
  const killOnExit = () => {
    if (monitor.child.exitCode === null) monitor.child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const onSignal = () => {
    signals += 1;
    stopping = true;
    wake();
    // The first one stops the demo, then the monitor cleanly; a second one forces the monitor out.
    if (signals > 1 && monitor.child.exitCode === null) monitor.child.kill('SIGTERM');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A closed terminal: the monitor is in its own process group and would not hear it.
  process.on('SIGHUP', onSignal);
  const started = Date.now();
  const published: Published[] = [];
  try {
    let port: number;
    try {
      port = await monitor.port;
    } catch (error) {
      io.stderr.write(`sandbox: ${(error as Error).message}\n`);
      return 1;
    }
    const base = `http://127.0.0.1:${port}`;
    const page = await servesPage(base);
    say('');
    say(c.bold('postwatch sandbox: the local monitor at work'));
    say(`  brand      Fernhill Pharmacy (demo), ${displayPath(brandPath)}`);
    say(
      `  watching   @${OWNERS.x.handle} on X, ${OWNERS.facebook.handle} on Facebook, partner @${OWNERS.instagram.handle} on Instagram (fake APIs on loopback, polled every ${options.pollEvery})`,
    );
    say(`  webhooks   ${base}/webhooks/meta and ${base}/webhooks/x (signed deliveries)`);
    if (page) say(`  page       ${base}/ (the triage page, while the monitor runs)`);
    say(
      options.watch
        ? `  posts and comments keep arriving until Ctrl-C (a cycle every ${Math.round(options.durationMs / 1000)} s); alerts print as they happen`
        : `  posts and comments arrive for ${Math.round(options.durationMs / 1000)} s; alerts print as they happen (Ctrl-C stops early)`,
    );
    say('');

    let serial = 0;
    for (let cycle = 0; !stopping && (cycle === 0 || options.watch); cycle++) {
      const cycleStart = Date.now();
      const refs = new Map<string, { platform: DemoPlatform; item: FakeItem }>();
      for (const event of demoCycle(cycle)) {
        const due = cycleStart + event.at * options.durationMs;
        while (!stopping && Date.now() < due) {
          await new Promise<void>((r) => {
            wake = r;
            setTimeout(r, Math.min(250, due - Date.now()));
          });
        }
        if (stopping) break;
        serial += 1;
        const done = await publish(event, { fakes, refs, base, secrets, serial });
        if (!done) continue;
        published.push(done);
        if (event.scenario) {
          say(
            c.dim(
              `→ sandbox: ${event.scenario.title} (${done.platform}, ${done.via === 'poll' ? 'polled' : 'webhook'})`,
            ),
          );
        }
      }
      // Let a cycle end on its whole duration before the next begins.
      while (!stopping && options.watch && Date.now() < cycleStart + options.durationMs) await sleep(250);
    }
    if (!stopping) {
      say(c.dim('→ sandbox: last items published; waiting for the monitor to poll them'));
      await waitForPolls(Object.values(fakes), () => stopping);
    }
    say(c.dim('→ sandbox: stopping the monitor (it finishes what is queued)'));
    if (monitor.child.exitCode === null) monitor.child.kill('SIGINT');
    const code = await monitor.exited;
    if (code !== 0) {
      io.stderr.write(`sandbox: postwatch run exited with status ${code}\n`);
      return 1;
    }
    const summary = await summarize({
      dir,
      configPath,
      brandPath,
      published,
      analyzed: monitor.analyzed(),
      seconds: Math.round((Date.now() - started) / 1000),
      monitor: base,
      page: page ? `${base}/` : null,
    });
    writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    io.stdout.write(formatSummary(summary, io.stdout, new Set(options.commands)));
    const complete = summary.scenarios.every((s) => s.ok);
    return options.watch || signals > 0 || complete ? 0 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    if (monitor.child.exitCode === null && monitor.child.signalCode === null) {
      monitor.child.kill('SIGKILL');
      await monitor.exited;
    }
    process.off('exit', killOnExit);
    await Promise.all(Object.values(fakes).map((f) => f.api.close()));
  }
}

/** True when the monitor serves the triage page at `/` (the page helper mounts it on `postwatch run`). */
async function servesPage(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/`);
    await res.arrayBuffer();
    return res.status === 200 && (res.headers.get('content-type') ?? '').includes('text/html');
  } catch {
    return false;
  }
}

/** Publishes one demo event: on a fake platform (polled later) or as a signed webhook now. */
async function publish(
  event: DemoEvent,
  ctx: {
    fakes: Record<DemoPlatform, FakePlatformRun>;
    refs: Map<string, { platform: DemoPlatform; item: FakeItem }>;
    base: string;
    secrets: Record<keyof typeof ENV, string>;
    serial: number;
  },
): Promise<Published | undefined> {
  const scenario = event.scenario ? { scenario: event.scenario } : {};
  const idOf = (platform: DemoPlatform, item: FakeItem) =>
    platform === 'x' ? xId(item) : platform === 'facebook' ? facebookId(item) : instagramId(item);
  if (event.type === 'post') {
    const fake = ctx.fakes[event.platform];
    fake.clock.ms = Date.now();
    const item = fake.timeline.addPost(event.text);
    fake.lastAddedAt = Date.now();
    ctx.refs.set(event.ref, { platform: event.platform, item });
    return { platform: event.platform, id: idOf(event.platform, item), via: 'poll', ...scenario };
  }
  const post = ctx.refs.get(event.on);
  if (!post) return undefined;
  const parent = event.replyTo ? ctx.refs.get(event.replyTo)?.item : undefined;
  if (event.type === 'comment') {
    const fake = ctx.fakes[post.platform];
    fake.clock.ms = Date.now();
    const item = fake.timeline.addComment(post.item, parent, event.text, [], event.author);
    fake.lastAddedAt = Date.now();
    if (event.ref) ctx.refs.set(event.ref, { platform: post.platform, item });
    return { platform: post.platform, id: idOf(post.platform, item), via: 'poll', ...scenario };
  }
  const common = { serial: ctx.serial, author: event.author, text: event.text, at: Date.now() };
  const delivery =
    event.via === 'x'
      ? xReply({
          ...common,
          consumerSecret: ctx.secrets.xConsumerSecret,
          forUserId: OWNERS.x.id,
          ownerHandle: OWNERS.x.handle,
          inReplyTo: xId(parent ?? post.item),
        })
      : event.via === 'meta-page'
        ? pageFeedComment({
            ...common,
            appSecret: ctx.secrets.metaAppSecret,
            pageId: PAGE_ID,
            postId: facebookId(post.item),
          })
        : instagramComment({
            ...common,
            appSecret: ctx.secrets.metaAppSecret,
            accountId: IG_USER_ID,
            mediaId: instagramId(post.item),
          });
  const status = await deliver(ctx.base, delivery);
  if (status !== 200) return undefined;
  return { platform: delivery.platform, id: delivery.itemId, via: `${delivery.path} webhook`, ...scenario };
}

/**
 * Waits until every fake has seen two poll starts after its last new item: the first of them
 * has then read everything, and the monitor has recorded it before starting the next.
 */
async function waitForPolls(fakes: readonly FakePlatformRun[], stop: () => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  const polledAll = (f: FakePlatformRun) => f.listings.filter((t) => t > f.lastAddedAt).length >= 2;
  while (!stop() && Date.now() < deadline && !fakes.every(polledAll)) await sleep(200);
}

async function summarize(input: {
  dir: string;
  configPath: string;
  brandPath: string;
  published: readonly Published[];
  analyzed: number | null;
  seconds: number;
  monitor: string;
  page: string | null;
}): Promise<SandboxSummary> {
  const alertsPath = join(input.dir, 'alerts.jsonl');
  const storePath = join(input.dir, 'data');
  const alerts = [...new Map(readAlertLines(alertsPath).map((a) => [a.findingId, a])).values()];
  const findings = await readStoredFindings(input.configPath);
  const key = (platform: string, id: string) => `${platform}\u0000${id}`;
  const checksOn = new Map<string, Set<CheckId>>();
  for (const f of findings) {
    const k = key(f.platform, f.itemId);
    if (!checksOn.has(k)) checksOn.set(k, new Set());
    checksOn.get(k)?.add(f.check);
  }
  const scenarios = Object.values(SCENARIOS).map((s: Scenario) => {
    const items = input.published.filter((p) => p.scenario?.key === s.key);
    const found = new Set<CheckId>();
    for (const p of items) for (const check of checksOn.get(key(p.platform, p.id)) ?? []) found.add(check);
    return {
      key: s.key,
      title: s.title,
      platform: (items[0]?.platform ?? 'other') as Platform,
      via: items[0] ? viaText(items[0].via) : '',
      itemIds: items.map((p) => p.id),
      expected: [...s.expect],
      found: [...found].sort(),
      ok: items.length > 0 && s.expect.every((check) => found.has(check)),
    };
  });
  const ordinary = input.published.filter((p) => !p.scenario);
  const show = displayPath;
  return {
    seconds: input.seconds,
    items: {
      published: input.published.length,
      polled: input.published.filter((p) => p.via === 'poll').length,
      webhooks: input.published.filter((p) => p.via !== 'poll').length,
    },
    analyzed: input.analyzed,
    findings: findings.length,
    findingsByCheck: countBy(findings, (f) => f.check),
    alerts: alerts.length,
    alertsByCheck: countBy(alerts, (a) => a.check),
    scenarios,
    ordinary: ordinary.length,
    ordinaryWithFindings: ordinary.filter((p) => checksOn.has(key(p.platform, p.id))).length,
    paths: {
      config: show(input.configPath),
      brand: show(input.brandPath),
      store: show(storePath),
      alerts: show(alertsPath),
      summary: show(join(input.dir, 'summary.json')),
    },
    monitor: input.monitor,
    page: input.page,
  };
}

/** The end-of-run summary, for people. */
export function formatSummary(
  s: SandboxSummary,
  stream: NodeJS.WriteStream,
  commands: ReadonlySet<string>,
): string {
  const c = colors(stream);
  const byCheck = (counts: Partial<Record<CheckId, number>>) =>
    Object.entries(counts)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0) || a[0].localeCompare(b[0]))
      .map(([check, n]) => `${check} ${n}`)
      .join(', ');
  const lines = [
    '',
    c.bold(`postwatch sandbox: summary (${s.seconds} s)`),
    `  items      ${s.items.published} published: ${s.items.polled} polled from the fake APIs, ${s.items.webhooks} by signed webhook; ${s.analyzed ?? '?'} analyzed by the monitor${s.analyzed !== null && s.analyzed < s.items.published ? ` (${s.items.published - s.analyzed} not yet polled when it stopped)` : ''}`,
    `  findings   ${s.findings}${s.findings ? `: ${byCheck(s.findingsByCheck)}` : ''}`,
    `  alerts     ${s.alerts} (one per finding: on this console and in ${s.paths.alerts})`,
    '  seeded problems',
  ];
  for (const sc of s.scenarios) {
    const mark = sc.ok ? c.bold('✓') : c.red('✗');
    const found = sc.found.length ? sc.found.join(', ') : 'nothing found';
    lines.push(
      `    ${mark} ${sc.title} (${sc.platform}, ${sc.via || 'not published'}): ${sc.ok ? found : `expected ${sc.expected.join(', ')}; ${found}`}`,
    );
  }
  lines.push(
    `    ${s.ordinaryWithFindings === 0 ? c.bold('✓') : c.red('✗')} ${s.ordinary} ordinary posts and comments: ${s.ordinaryWithFindings === 0 ? 'no findings' : `${s.ordinaryWithFindings} with findings`}`,
    '  data',
    `    config   ${s.paths.config}`,
    `    brand    ${s.paths.brand}`,
    `    store    ${s.paths.store} (DynamoDB Local)`,
    `    alerts   ${s.paths.alerts}`,
    `    summary  ${s.paths.summary}`,
  );
  const config = s.paths.config;
  lines.push(`  monitor    ${s.monitor} (webhooks at /webhooks/meta and /webhooks/x; stopped now)`);
  const reopen = `npm run -s postwatch -- ui --config ${config}`;
  if (s.page) {
    lines.push(`  page       ${s.page} was the triage page while the monitor ran`);
    if (commands.has('ui')) lines.push(`             open it again: ${reopen}`);
  } else if (commands.has('ui')) {
    lines.push(`  page       ${reopen}  (serves the triage page, prints its address)`);
  } else {
    lines.push(
      `  page       the triage page is served at ${s.monitor}/ by postwatch run once it is built in`,
    );
  }
  lines.push('  try next');
  if (commands.has('findings')) {
    lines.push(
      `    npm run -s postwatch -- findings list --config ${config}`,
      `    npm run -s postwatch -- findings show ID --config ${config}`,
      `    npm run -s postwatch -- findings ack ID --config ${config} --note "on it"`,
    );
  }
  if (commands.has('impersonators'))
    lines.push(`    npm run -s postwatch -- impersonators list --config ${config}`);
  if (commands.has('stats')) lines.push(`    npm run -s postwatch -- stats --config ${config}`);
  lines.push(
    `    npm run -s postwatch -- check --brand ${s.paths.brand} --as maya.moves "Loving my @fernhill.pharmacy vitamin D drops"`,
    '    npm run -s postwatch -- scan --brand examples/brand.json --input examples/items.jsonl',
    '    npm start -- --watch          (keeps going until Ctrl-C)',
    '',
  );
  return `${lines.join('\n')}\n`;
}
