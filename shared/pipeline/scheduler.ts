/** What one poll reports back to the scheduler. */
export interface PollOutcome {
  /** ISO time before which the account must not be polled again (rate limit, quota). */
  readonly deferredUntil?: string;
}

/** One account on the schedule. */
export interface ScheduledPoll {
  /** A label for logs that names no person: `x#0` (platform and position in `watch`). */
  readonly label: string;
  readonly everyMs: number;
  /** Runs one poll; `signal` aborts it at shutdown. */
  run(signal: AbortSignal): Promise<PollOutcome>;
}

/** Options of the scheduler; the clock is injectable for tests. */
export interface PollSchedulerOptions {
  readonly polls: readonly ScheduledPoll[];
  /** A poll threw; the account is polled again at its next turn. */
  readonly onError?: (label: string, error: unknown) => void;
  /** A poll finished; `nextAt` is when the next one starts (epoch ms). */
  readonly onPolled?: (label: string, outcome: PollOutcome, nextAt: number) => void;
  readonly now?: () => number;
}

/**
 * Polls each account at start and then every `everyMs` after the previous poll ended (so a
 * slow poll never overlaps the next one of the same account). A deferral from a rate limit
 * pushes that account's next poll to `deferredUntil`; errors are reported and the account
 * is tried again at its next turn. `stop()` cancels the timers, aborts running polls and
 * waits for them to return.
 */
export class PollScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private readonly now: () => number;
  private stopped = false;

  constructor(private readonly options: PollSchedulerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Starts every account's first poll now. */
  start(): void {
    for (const poll of this.options.polls) this.schedule(poll, 0);
  }

  /** Stops polling; resolves once no poll is running. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.abort.abort();
    await Promise.allSettled([...this.running]);
  }

  /** Next poll time after a poll that ended at `endedAt`. */
  static nextAt(endedAt: number, everyMs: number, deferredUntil: string | undefined): number {
    const deferred = deferredUntil === undefined ? Number.NaN : Date.parse(deferredUntil);
    const regular = endedAt + everyMs;
    return Number.isFinite(deferred) && deferred > regular ? deferred : regular;
  }

  private schedule(poll: ScheduledPoll, delayMs: number): void {
    if (this.stopped) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        const done = this.runOnce(poll);
        this.running.add(done);
        void done.finally(() => this.running.delete(done));
      },
      Math.max(0, delayMs),
    );
    this.timers.add(timer);
  }

  private async runOnce(poll: ScheduledPoll): Promise<void> {
    let outcome: PollOutcome = {};
    try {
      outcome = await poll.run(this.abort.signal);
    } catch (error) {
      if (!this.stopped) this.options.onError?.(poll.label, error);
    }
    if (this.stopped) return;
    const ended = this.now();
    const next = PollScheduler.nextAt(ended, poll.everyMs, outcome.deferredUntil);
    this.options.onPolled?.(poll.label, outcome, next);
    this.schedule(poll, next - ended);
  }
}
