import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Options of the work queue. Times are injectable so tests need not wait. */
export interface WorkQueueOptions<T> {
  /** Processes one job; a throw means "try again later". Used when `handleBatch` is absent. */
  readonly handle?: (job: T) => Promise<void>;
  /**
   * Processes up to `batchSize` jobs of one lane at once and answers per job, in order:
   * `undefined` for done, an error for "try this one again later". A throw fails them all.
   */
  readonly handleBatch?: (jobs: readonly T[]) => Promise<readonly unknown[]>;
  /** Workers, each with its own lane. Default 1. */
  readonly lanes?: number;
  /** Jobs one worker takes at once. Default 1. */
  readonly batchSize?: number;
  /**
   * The lane key of a job: jobs with the same key always go to the same lane, so they never
   * run at the same time and keep their order (apart from retries). Default: all in lane 0.
   */
  readonly laneOf?: (job: T) => string;
  /** Jobs waiting at most (not counting retries of jobs already taken). Default 1000. */
  readonly capacity?: number;
  /** Attempts per job before it is dead-lettered. Default 4. */
  readonly maxAttempts?: number;
  /** Delay before the first retry; doubles each time. Default 1 s. */
  readonly baseDelayMs?: number;
  /** Largest delay between attempts. Default 30 s. */
  readonly maxDelayMs?: number;
  /** Receives a job that failed every attempt; if it throws, the job is reported lost. */
  readonly deadLetter: (job: T, error: unknown, attempts: number) => Promise<void>;
  /** Reports failures (attempt numbers and error names only; the caller decides what to log). */
  readonly onEvent?: (event: QueueEvent<T>) => void;
}

/** What happened to a job, for logs and counters. */
export type QueueEvent<T> =
  | { readonly type: 'retry'; readonly job: T; readonly attempt: number; readonly error: unknown }
  | { readonly type: 'dead-letter'; readonly job: T; readonly attempts: number; readonly error: unknown }
  | { readonly type: 'lost'; readonly job: T; readonly error: unknown };

/** Counters since start. */
export interface QueueStats {
  readonly done: number;
  readonly retried: number;
  readonly deadLettered: number;
  readonly lost: number;
  /** Waiting, being processed or waiting for a retry. */
  readonly pending: number;
}

/** The queue is shutting down and takes no new jobs. */
export class QueueClosedError extends Error {
  override name = 'QueueClosedError';
  constructor() {
    super('queue is closed');
  }
}

interface Entry<T> {
  readonly job: T;
  readonly lane: number;
  attempts: number;
  /** Called once the job is finished: true when done or dead-lettered, false when lost. */
  readonly settled?: (ok: boolean) => void;
}

interface Lane<T> {
  readonly ready: Entry<T>[];
  working: number;
}

/** FNV-1a: a cheap, stable spread of lane keys over the lanes. */
function laneHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A bounded in-process queue (the local stand-in for SQS + the analyze Lambda). Producers
 * only enqueue; each of `lanes` workers takes up to `batchSize` jobs of its lane at a time,
 * so several batches are in flight while jobs with the same lane key (one item) never run
 * together. A failed job is retried with exponential backoff (it waits on a timer, so the
 * jobs behind it go on), and after `maxAttempts` it goes to the dead letter: nothing is
 * dropped silently.
 *
 * `enqueue` waits while the queue is full (back-pressure); `submit` also waits until its jobs
 * are finished (pollers); `offer` answers false when full (a webhook then asks the platform
 * to deliver again later), unless forced (jobs already made durable elsewhere).
 */
export class WorkQueue<T> {
  private readonly lanes: Lane<T>[];
  private readonly spaceWaiters: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly capacity: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly batchSize: number;
  private readonly handleBatch: (jobs: readonly T[]) => Promise<readonly unknown[]>;
  private waiting = 0;
  private inFlight = 0;
  private closed = false;
  private waitingRetries = 0;
  private stats = { done: 0, retried: 0, deadLettered: 0, lost: 0 };

  constructor(private readonly options: WorkQueueOptions<T>) {
    this.capacity = Math.max(1, options.capacity ?? 1000);
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.batchSize = Math.max(1, options.batchSize ?? 1);
    this.lanes = Array.from({ length: Math.max(1, options.lanes ?? 1) }, () => ({ ready: [], working: 0 }));
    const { handle, handleBatch } = options;
    if (handleBatch) this.handleBatch = handleBatch;
    else if (handle) this.handleBatch = (jobs) => oneByOne(jobs, handle);
    else throw new Error('WorkQueue needs handle or handleBatch');
  }

  /** Counters and the number of jobs not finished yet. */
  get counts(): QueueStats {
    return { ...this.stats, pending: this.pending() };
  }

  /** True when `n` more jobs fit now (what `offer` would accept). */
  hasRoom(n: number): boolean {
    // An empty queue takes any delivery whole, so one large batch is never refused forever.
    return this.waiting === 0 || this.waiting + n <= this.capacity;
  }

  /**
   * Adds jobs if they all fit now; false (nothing added) when full. `force` adds them past
   * the bound: for jobs already made durable that must not be refused. Throws once closed.
   */
  offer(jobs: readonly T[], options: { force?: boolean } = {}): boolean {
    if (this.closed) throw new QueueClosedError();
    if (!options.force && !this.hasRoom(jobs.length)) return false;
    for (const job of jobs) this.push(this.entry(job));
    return true;
  }

  /** Adds jobs, waiting for room as needed. Throws once closed. */
  async enqueue(jobs: readonly T[]): Promise<void> {
    for (const job of jobs) await this.admit(this.entry(job));
  }

  /**
   * Adds jobs (waiting for room) and resolves once every one of them is finished: processed
   * or dead-lettered. Rejects if any was lost. A poller that commits its cursor only after
   * this resolves re-reads the items after a crash instead of losing them with the queue.
   */
  async submit(jobs: readonly T[]): Promise<void> {
    const outcomes: Promise<boolean>[] = [];
    for (const job of jobs) {
      let settled!: (ok: boolean) => void;
      outcomes.push(new Promise<boolean>((r) => (settled = r)));
      await this.admit(this.entry(job, settled));
    }
    const results = await Promise.all(outcomes);
    const lost = results.filter((ok) => !ok).length;
    if (lost > 0) throw new Error(`${lost} job(s) could not be processed nor dead-lettered`);
  }

  private entry(job: T, settled?: (ok: boolean) => void): Entry<T> {
    const key = this.options.laneOf?.(job);
    const lane = key === undefined || this.lanes.length === 1 ? 0 : laneHash(key) % this.lanes.length;
    return settled ? { job, lane, attempts: 0, settled } : { job, lane, attempts: 0 };
  }

  private async admit(entry: Entry<T>): Promise<void> {
    while (this.waiting >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    }
    if (this.closed) throw new QueueClosedError();
    this.push(entry);
  }

  private push(entry: Entry<T>): void {
    (this.lanes[entry.lane] as Lane<T>).ready.push(entry);
    this.waiting += 1;
    this.kick(entry.lane);
  }

  /**
   * Stops taking new jobs and resolves once every job already taken is done, retried to
   * success, or dead-lettered.
   */
  async drain(): Promise<void> {
    this.closed = true;
    // Producers blocked on a full queue get their QueueClosedError now rather than hanging.
    for (const wake of this.spaceWaiters.splice(0)) wake();
    if (this.pending() === 0) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private pending(): number {
    return this.waiting + this.inFlight + this.waitingRetries;
  }

  private kick(index: number): void {
    const lane = this.lanes[index] as Lane<T>;
    if (lane.working > 0) return;
    lane.working = 1;
    void this.work(lane);
  }

  private async work(lane: Lane<T>): Promise<void> {
    while (lane.ready.length > 0) {
      const batch = lane.ready.splice(0, this.batchSize);
      this.waiting -= batch.length;
      this.inFlight += batch.length;
      for (let i = 0; i < batch.length; i++) this.spaceWaiters.shift()?.();
      await this.attempt(batch);
      this.inFlight -= batch.length;
    }
    lane.working = 0;
    this.settleIfIdle();
  }

  private async attempt(batch: readonly Entry<T>[]): Promise<void> {
    for (const entry of batch) entry.attempts += 1;
    let errors: readonly unknown[];
    try {
      errors = await this.handleBatch(batch.map((e) => e.job));
    } catch (error) {
      errors = batch.map(() => error ?? new Error('batch failed'));
    }
    for (const [i, entry] of batch.entries()) {
      const error = errors[i];
      if (error === undefined) {
        this.stats.done += 1;
        entry.settled?.(true);
      } else {
        await this.failed(entry, error);
      }
    }
  }

  private async failed(entry: Entry<T>, error: unknown): Promise<void> {
    if (entry.attempts < this.maxAttempts) {
      this.stats.retried += 1;
      this.options.onEvent?.({ type: 'retry', job: entry.job, attempt: entry.attempts, error });
      this.scheduleRetry(entry);
      return;
    }
    try {
      await this.options.deadLetter(entry.job, error, entry.attempts);
      this.stats.deadLettered += 1;
      entry.settled?.(true);
      this.options.onEvent?.({ type: 'dead-letter', job: entry.job, attempts: entry.attempts, error });
    } catch (dlqError) {
      this.stats.lost += 1;
      entry.settled?.(false);
      this.options.onEvent?.({ type: 'lost', job: entry.job, error: dlqError });
    }
  }

  private scheduleRetry(entry: Entry<T>): void {
    const delay = Math.min(this.baseDelayMs * 2 ** (entry.attempts - 1), this.maxDelayMs);
    this.waitingRetries += 1;
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.waitingRetries -= 1;
      // A retry re-enters past the capacity bound: it was admitted once already.
      this.push(entry);
    }, delay);
    this.retryTimers.add(timer);
  }

  private settleIfIdle(): void {
    if (this.pending() > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

/** Runs `handle` on each job in turn; a throw is that job's error. */
async function oneByOne<T>(jobs: readonly T[], handle: (job: T) => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  for (const job of jobs) {
    try {
      await handle(job);
      errors.push(undefined);
    } catch (error) {
      errors.push(error ?? new Error('job failed'));
    }
  }
  return errors;
}

/**
 * A dead-letter writer: appends `{at, attempts, error, job}` as one JSON line to a file
 * (created with its directory). The job is kept whole so it can be replayed; the file stays
 * on the machine, like the database. `describe` turns the error into a short safe string.
 */
export function jsonlDeadLetter<T>(
  path: string,
  describe: (error: unknown) => string = (e) => (e instanceof Error ? e.name : 'Error'),
  now: () => Date = () => new Date(),
): (job: T, error: unknown, attempts: number) => Promise<void> {
  let dir: Promise<unknown> | undefined;
  return async (job, error, attempts) => {
    dir ??= mkdir(dirname(path), { recursive: true });
    await dir;
    const line = JSON.stringify({ at: now().toISOString(), attempts, error: describe(error), job });
    await appendFile(path, `${line}\n`, 'utf8');
  };
}
