import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Options of the work queue. Times are injectable so tests need not wait. */
export interface WorkQueueOptions<T> {
  /** Processes one job; a throw means "try again later". */
  readonly handle: (job: T) => Promise<void>;
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
  constructor() {
    super('queue is closed');
    this.name = 'QueueClosedError';
  }
}

interface Entry<T> {
  readonly job: T;
  attempts: number;
  /** Called once the job is finished: true when done or dead-lettered, false when lost. */
  readonly settled?: (ok: boolean) => void;
}

/**
 * A bounded in-process queue with one worker (the local stand-in for SQS + the analyze
 * Lambda). Producers only enqueue; the worker processes jobs one at a time, in order. A
 * failed job is retried with exponential backoff (it waits on a timer, so the jobs behind
 * it go on), and after `maxAttempts` it goes to the dead letter: nothing is dropped silently.
 *
 * `enqueue` waits while the queue is full (back-pressure); `submit` also waits until its jobs
 * are finished (pollers); `offer` answers false when full (a webhook then asks the platform
 * to deliver again later).
 */
export class WorkQueue<T> {
  private readonly ready: Entry<T>[] = [];
  private readonly spaceWaiters: Array<() => void> = [];
  private readonly idleWaiters: Array<() => void> = [];
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private readonly capacity: number;
  private readonly maxAttempts: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private working = false;
  private closed = false;
  private waitingRetries = 0;
  private stats = { done: 0, retried: 0, deadLettered: 0, lost: 0 };

  constructor(private readonly options: WorkQueueOptions<T>) {
    this.capacity = Math.max(1, options.capacity ?? 1000);
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 4);
    this.baseDelayMs = options.baseDelayMs ?? 1_000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
  }

  /** Counters and the number of jobs not finished yet. */
  get counts(): QueueStats {
    return { ...this.stats, pending: this.pending() };
  }

  /** Adds jobs if they all fit now; false (nothing added) when full. Throws once closed. */
  offer(jobs: readonly T[]): boolean {
    if (this.closed) throw new QueueClosedError();
    // An empty queue takes any delivery whole, so one large batch is never refused forever.
    if (this.ready.length + jobs.length > this.capacity && this.ready.length > 0) return false;
    for (const job of jobs) this.ready.push({ job, attempts: 0 });
    this.kick();
    return true;
  }

  /** Adds jobs, waiting for room as needed. Throws once closed. */
  async enqueue(jobs: readonly T[]): Promise<void> {
    for (const job of jobs) await this.admit({ job, attempts: 0 });
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
      await this.admit({ job, attempts: 0, settled });
    }
    const results = await Promise.all(outcomes);
    const lost = results.filter((ok) => !ok).length;
    if (lost > 0) throw new Error(`${lost} job(s) could not be processed nor dead-lettered`);
  }

  private async admit(entry: Entry<T>): Promise<void> {
    while (this.ready.length >= this.capacity && !this.closed) {
      await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
    }
    if (this.closed) throw new QueueClosedError();
    this.ready.push(entry);
    this.kick();
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
    return this.ready.length + (this.working ? 1 : 0) + this.waitingRetries;
  }

  private kick(): void {
    if (this.working) return;
    this.working = true;
    void this.work();
  }

  private async work(): Promise<void> {
    for (let entry = this.ready.shift(); entry; entry = this.ready.shift()) {
      this.spaceWaiters.shift()?.();
      await this.attempt(entry);
    }
    this.working = false;
    this.settleIfIdle();
  }

  private async attempt(entry: Entry<T>): Promise<void> {
    entry.attempts += 1;
    try {
      await this.options.handle(entry.job);
      this.stats.done += 1;
      entry.settled?.(true);
      return;
    } catch (error) {
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
  }

  private scheduleRetry(entry: Entry<T>): void {
    const delay = Math.min(this.baseDelayMs * 2 ** (entry.attempts - 1), this.maxDelayMs);
    this.waitingRetries += 1;
    const timer = setTimeout(() => {
      this.retryTimers.delete(timer);
      this.waitingRetries -= 1;
      // A retry re-enters past the capacity bound: it was admitted once already.
      this.ready.push(entry);
      this.kick();
    }, delay);
    this.retryTimers.add(timer);
  }

  private settleIfIdle(): void {
    if (this.pending() > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
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
