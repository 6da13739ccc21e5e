import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { maskPersonalData } from '../alerts/mask.ts';
import type { AlertSink } from '../alerts/types.ts';
import type { Engine } from '../checks/engine.ts';
import { type ContentItem, durationToMs, itemKey, type WatchedAccount } from '../model/index.ts';
import { pollerFor } from '../platforms/registry.ts';
import { pollAccount } from '../platforms/runner.ts';
import { handleWebhook, routePlatform, type WebhookSecrets } from '../platforms/webhooks/index.ts';
import { readWebhookRequest, writeWebhookResponse } from '../platforms/webhooks/node-http.ts';
import type { ImpersonatorStore } from '../store/impersonators.ts';
import type { PollStateStore } from '../store/poll-state.ts';
import type { FindingStore } from '../store/types.ts';
import { analyzeAndRecordBatch, deliverPendingAlerts } from './analyze-and-record.ts';
import { DiskInbox } from './inbox.ts';
import { jsonlDeadLetter, type QueueStats, WorkQueue } from './queue.ts';
import { PollScheduler } from './scheduler.ts';

/** Everything the local monitor runs on; each is a port with a local implementation. */
export interface MonitorOptions {
  readonly engine: Engine;
  readonly store: FindingStore;
  readonly pollState: PollStateStore;
  readonly sink: AlertSink;
  /** Impersonator records (shared/pipeline/impersonators.ts), kept when given. */
  readonly impersonators?: ImpersonatorStore;
  /** Watched accounts as configured (credentials still `env:NAME`; the pollers resolve them). */
  readonly watch: readonly WatchedAccount[];
  readonly secrets: WebhookSecrets;
  /** JSONL file for items that failed every attempt. */
  readonly deadLetterPath: string;
  /**
   * Directory of the durable inbox: a webhook delivery is answered 200 only once its items
   * are written and synced there, and whatever was not processed is taken up at the next start.
   */
  readonly inboxDir: string;
  /** How often the outbox of pending alerts is swept, in ms (default 60 000; 0: only at start). */
  readonly sweepEveryMs?: number;
  /** Answers every request outside `/webhooks/` and `/healthz` (the triage page); default 404. */
  readonly otherRoutes?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** One short line per event; the monitor never passes texts, handles or secrets here. */
  readonly log: (line: string) => void;
  /** Environment for `env:NAME` credentials. Default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Queue tuning (tests shorten the backoff). */
  readonly queue?: {
    readonly capacity?: number;
    readonly maxAttempts?: number;
    readonly baseDelayMs?: number;
    /** Workers; items with the same platform and id always share one. Default 4. */
    readonly lanes?: number;
    /** Items one worker analyzes and records in one round trip. Default 50. */
    readonly batchSize?: number;
  };
}

/** A unit of work: an item to analyze (with its inbox entry when it came by webhook), or an owed alert. */
type MonitorJob =
  | { readonly kind: 'item'; readonly item: ContentItem; readonly seq?: number }
  | { readonly kind: 'alert'; readonly findingId: string; readonly lane: string; readonly platform: string };

const laneOf = (job: MonitorJob) => (job.kind === 'item' ? itemKey(job.item) : job.lane);
const describeJob = (job: MonitorJob) =>
  job.kind === 'item' ? `${job.item.platform} ${job.item.kind}` : `${job.platform} alert`;

/** A running monitor. */
export interface Monitor {
  /** Serves webhooks and /healthz on `host:port` (port 0 picks one) and starts polling; resolves to the port. */
  start(port: number, host?: string): Promise<number>;
  /** Stops polling and webhooks, finishes the queue, closes the server. */
  stop(): Promise<void>;
  /** Queue counters. */
  readonly stats: QueueStats;
}

/**
 * A one-line description of an error that is safe to log: its name and message with URLs
 * (which can carry tokens), the given account names, and personal data masked.
 */
export function describeError(error: unknown, redact: readonly string[] = []): string {
  if (!(error instanceof Error)) return 'non-error thrown';
  let message = error.message.replace(/\bhttps?:\/\/\S+/g, '<url>');
  for (const word of redact) if (word.length > 1) message = message.split(word).join('<account>');
  message = maskPersonalData(message).replace(/\s+/g, ' ');
  return `${error.name}: ${message.length > 160 ? `${message.slice(0, 159)}…` : message}`;
}

/**
 * The one-machine monitor (CONTRACTS.md §6): a poll scheduler and the webhook server feed
 * one bounded queue; its workers (lanes, keyed by item so one item is never analyzed twice
 * at once) run analyze-and-record on batches (one lookup, publish, one commit). Webhook
 * items are acknowledged only once they are in the durable inbox; at start whatever the
 * inbox still holds and every alert still pending in the store are taken up again. A
 * failed item is retried with backoff and then dead-lettered to a JSONL file.
 */
export function createMonitor(options: MonitorOptions): Monitor {
  const { engine, store, pollState, sink, log, secrets, impersonators } = options;
  const env = options.env ?? process.env;
  // Handles and ids of watched accounts are scrubbed from every logged error message.
  const redact = options.watch.flatMap((a) => [a.handle, ...(a.accountId ? [a.accountId] : [])]);
  let inbox: DiskInbox<ContentItem> | undefined;
  // Owed alerts already in the queue, so a sweep does not queue them again while a sink is down.
  const alertsQueued = new Set<string>();
  const deadLetter = jsonlDeadLetter<ContentItem | { findingId: string }>(options.deadLetterPath, (e) =>
    describeError(e, redact),
  );

  const handleBatch = async (jobs: readonly MonitorJob[]): Promise<unknown[]> => {
    const errors: unknown[] = new Array(jobs.length).fill(undefined);
    const itemAt: number[] = [];
    const alertAt: number[] = [];
    jobs.forEach((job, i) => {
      (job.kind === 'item' ? itemAt : alertAt).push(i);
    });
    if (itemAt.length > 0) {
      const items = itemAt.map((i) => (jobs[i] as Extract<MonitorJob, { kind: 'item' }>).item);
      const outcomes = await analyzeAndRecordBatch(items, { engine, store, sink, impersonators }, new Date());
      let findings = 0;
      let alerted = 0;
      const done: number[] = [];
      outcomes.forEach((outcome, k) => {
        const i = itemAt[k] as number;
        if (!outcome.ok) {
          errors[i] = outcome.error;
          return;
        }
        findings += outcome.result.findings.length;
        alerted += outcome.result.findings.filter((f) => f.alert === 'sent').length;
        const seq = (jobs[i] as Extract<MonitorJob, { kind: 'item' }>).seq;
        if (seq !== undefined) done.push(seq);
      });
      inbox?.ack(done);
      if (findings > 0) log(`analyzed ${items.length} item(s): ${findings} finding(s), ${alerted} alerted`);
    }
    if (alertAt.length > 0) {
      const ids = alertAt.map((i) => (jobs[i] as Extract<MonitorJob, { kind: 'alert' }>).findingId);
      const results = await deliverPendingAlerts(ids, { store, sink });
      alertAt.forEach((i, k) => {
        errors[i] = results[k];
        if (results[k] === undefined) alertsQueued.delete(ids[k] as string);
      });
    }
    return errors;
  };

  const queue = new WorkQueue<MonitorJob>({
    // Items wait on disk (the inbox) as well as here; 10 000 of them are some tens of MB.
    capacity: options.queue?.capacity ?? 10_000,
    maxAttempts: options.queue?.maxAttempts ?? 4,
    baseDelayMs: options.queue?.baseDelayMs ?? 1_000,
    lanes: options.queue?.lanes ?? 4,
    batchSize: options.queue?.batchSize ?? 50,
    laneOf,
    handleBatch,
    deadLetter: async (job, error, attempts) => {
      await deadLetter(job.kind === 'item' ? job.item : { findingId: job.findingId }, error, attempts);
      // Kept in the dead-letter file now (and an owed alert stays pending for the next sweep).
      if (job.kind === 'item' && job.seq !== undefined) inbox?.ack([job.seq]);
      if (job.kind === 'alert') alertsQueued.delete(job.findingId);
    },
    onEvent: (event) => {
      const where = describeJob(event.job);
      if (event.type === 'retry') {
        log(`retry ${where} (attempt ${event.attempt}): ${describeError(event.error, redact)}`);
      } else if (event.type === 'dead-letter') {
        log(`dead-lettered ${where} after ${event.attempts} attempts: ${describeError(event.error, redact)}`);
      } else {
        log(`LOST ${where}: dead-letter write failed: ${describeError(event.error, redact)}`);
      }
    },
  });

  /** Queues every alert the store still owes (the outbox); returns how many were queued. */
  const sweep = async (): Promise<number> => {
    let queued = 0;
    let cursor: string | undefined;
    do {
      const page = await store.listPendingAlerts({ limit: 200, ...(cursor ? { cursor } : {}) });
      const jobs: MonitorJob[] = [];
      for (const f of page.items) {
        if (alertsQueued.has(f.id)) continue;
        alertsQueued.add(f.id);
        jobs.push({ kind: 'alert', findingId: f.id, lane: itemKey(f), platform: f.platform });
      }
      if (jobs.length > 0) queue.offer(jobs, { force: true });
      queued += jobs.length;
      cursor = page.cursor;
    } while (cursor);
    return queued;
  };

  const scheduler = new PollScheduler({
    polls: options.watch.map((account, i) => {
      const label = `${account.platform}#${i}`;
      return {
        label,
        everyMs: durationToMs(account.every),
        run: async (signal: AbortSignal) => {
          const result = await pollAccount({
            adapter: pollerFor(account.platform),
            account,
            cursors: pollState,
            seen: pollState,
            // Wait until the items are recorded (or dead-lettered) before pollAccount marks them
            // seen and commits the cursor: the in-process queue dies with the process, the
            // platform's copy does not, so a crash means a re-read rather than a loss.
            enqueue: (items) => queue.submit(items.map((item) => ({ kind: 'item', item }))),
            deps: {
              env,
              signal,
              warn: (m) =>
                log(`poll ${label}: ${describeError(new Error(m), redact).replace(/^Error: /, '')}`),
            },
          });
          const stop = result.stopped ? `, stopped early (${result.stopped.reason})` : '';
          log(`poll ${label}: ${result.polled} read, ${result.queued.length} queued${stop}`);
          return result.deferredUntil ? { deferredUntil: result.deferredUntil } : {};
        },
      };
    }),
    onError: (label, error) =>
      log(`poll ${label} failed, retried next turn: ${describeError(error, redact)}`),
    onPolled: (label, outcome, nextAt) => {
      if (outcome.deferredUntil) log(`poll ${label}: deferred until ${new Date(nextAt).toISOString()}`);
    },
  });

  let ready = false;
  let server: Server | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;

  const answer = (
    res: ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      ...headers,
    });
    res.end(body);
  };

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'method not allowed\n');
      return ready ? answer(res, 200, 'ok\n') : answer(res, 503, 'not ready\n');
    }
    if (!path.startsWith('/webhooks/')) {
      return options.otherRoutes ? options.otherRoutes(req, res) : answer(res, 404, 'not found\n');
    }
    if (!ready) return answer(res, 503, 'shutting down\n', { 'retry-after': '30', connection: 'close' });
    const request = await readWebhookRequest(req);
    if (!request) {
      log('webhook refused: too-large');
      return answer(res, 413, 'body too large\n', { connection: 'close' });
    }
    const result = handleWebhook(request, secrets, new Date());
    // The route's platform, never the raw path: a log line must not carry caller-chosen text.
    const platform = routePlatform(path) ?? 'unknown';
    if (result.kind === 'refused') {
      log(`webhook ${platform} refused: ${result.reason}`);
      return answer(res, result.status, `${result.message}\n`);
    }
    if (result.kind === 'handshake') {
      log(`webhook ${platform}: handshake answered`);
      return writeWebhookResponse(res, result.response);
    }
    if (result.items.length > 0) {
      if (!queue.hasRoom(result.items.length)) {
        // A 503 makes the platform deliver again later, so a full queue loses nothing.
        log(`webhook ${platform}: queue full, asked to redeliver`);
        return answer(res, 503, 'busy, retry later\n', { 'retry-after': '30' });
      }
      let seqs: number[];
      try {
        // The 200 below is a promise that the items survive a crash: they are on disk first.
        seqs = await (inbox as DiskInbox<ContentItem>).append(result.items);
      } catch (error) {
        log(`webhook ${platform}: inbox write failed, asked to redeliver: ${describeError(error, redact)}`);
        return answer(res, 503, 'busy, retry later\n', { 'retry-after': '30' });
      }
      try {
        queue.offer(
          result.items.map((item, i) => ({ kind: 'item', item, seq: seqs[i] as number })),
          { force: true },
        );
      } catch {
        // Shutting down: the items are in the inbox and are taken up at the next start.
      }
    }
    const dropped = result.dropped > 0 ? `, ${result.dropped} unusable` : '';
    log(`webhook ${platform}: ${result.items.length} item(s) queued${dropped}`);
    writeWebhookResponse(res, result.response);
  };

  return {
    get stats() {
      return queue.counts;
    },
    async start(port, host = '127.0.0.1') {
      const opened = await DiskInbox.open<ContentItem>({ dir: options.inboxDir });
      inbox = opened.inbox;
      if (opened.pending.length > 0) {
        log(`taking up ${opened.pending.length} item(s) received before the last stop`);
        queue.offer(
          opened.pending.map((e) => ({ kind: 'item', item: e.job, seq: e.seq })),
          { force: true },
        );
      }
      const owed = await sweep();
      if (owed > 0) log(`taking up ${owed} alert(s) still pending`);
      const s = createServer((req, res) => {
        serve(req, res).catch((error: unknown) => {
          log(`webhook error: ${describeError(error, redact)}`);
          if (!res.headersSent) answer(res, 500, 'internal error\n');
          else res.destroy();
        });
      });
      // Slow or stalled senders must not hold sockets open for minutes.
      s.requestTimeout = 15_000;
      s.headersTimeout = 10_000;
      server = s;
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, host, () => {
          s.off('error', reject);
          resolve();
        });
      });
      const bound = (s.address() as AddressInfo).port;
      scheduler.start();
      const every = options.sweepEveryMs ?? 60_000;
      if (every > 0) {
        sweepTimer = setInterval(() => {
          sweep().catch((error: unknown) => log(`alert sweep failed: ${describeError(error, redact)}`));
        }, every);
        sweepTimer.unref();
      }
      ready = true;
      return bound;
    },
    async stop() {
      ready = false;
      if (sweepTimer) clearInterval(sweepTimer);
      await scheduler.stop();
      const before = queue.counts.pending;
      if (before > 0) log(`finishing ${before} queued item(s)`);
      await queue.drain();
      await inbox?.close();
      const s = server;
      if (s) {
        const closed = new Promise<void>((resolve) => s.close(() => resolve()));
        s.closeAllConnections();
        await closed;
      }
      const c = queue.counts;
      log(
        `stopped: ${c.done} analyzed, ${c.retried} retries, ${c.deadLettered} dead-lettered, ${c.lost} lost`,
      );
    },
  };
}
