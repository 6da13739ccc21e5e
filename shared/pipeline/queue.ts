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
}

/**
 * A bounded in-process queue with one worker (the local stand-in for SQS + the analyze
 * Lambda). Producers only enqueue; the worker processes jobs one at a time, in order. A
 * failed job is retried with exponential backoff (it waits on a timer, so the jobs behind
 * it go on), and after `maxAttempts` it goes to the dead letter: nothing is dropped silently.
 *
 * `enqueue` waits while the queue is full (back-pressure for pollers); `offer` answers false
 * instead (a webhook then asks the platform to deliver again later).
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
    for (const job of jobs) {
      while (this.ready.length >= this.capacity) {
        await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
      }
      if (this.closed) throw new QueueClosedError();
      this.ready.push({ job, attempts: 0 });
      this.kick();
    }
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
        this.options.onEvent?.({ type: 'dead-letter', job: entry.job, attempts: entry.attempts, error });
      } catch (dlqError) {
        this.stats.lost += 1;
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
