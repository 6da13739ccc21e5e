import type { PollLeaseStore } from '../aws/poll-lease.ts';
import type { ItemSender } from '../aws/sqs-sender.ts';
import { boundItem, PostwatchError, type WatchedAccount } from '../model/index.ts';
import { selectUnseen } from '../platforms/dedupe.ts';
import { RateLimitedError } from '../platforms/errors.ts';
import { cursorKey, type SeenStore } from '../platforms/runner.ts';
import type { PlatformAdapter, PollDeps, PollStop } from '../platforms/types.ts';

/** Some items could not be queued after every retry: the cursor stays where it was. */
export class QueueSendError extends PostwatchError {
  override name = 'QueueSendError';
  constructor(
    readonly failed: number,
    readonly sent: number,
    readonly code: string | undefined,
  ) {
    super(`${failed} item(s) not accepted by the queue (${code ?? 'unknown'}); ${sent} sent`);
  }
}

/** The outcome of one scheduled poll of one account. */
export type LeasedPollOutcome =
  | {
      readonly status: 'polled';
      readonly polled: number;
      readonly queued: number;
      /** Epoch ms before which the account will not be polled (a 429, a quota). */
      readonly deferredUntil?: number;
      readonly stopped?: PollStop;
    }
  | { readonly status: 'skipped'; readonly reason: 'leased' | 'deferred'; readonly until: number }
  | { readonly status: 'rate-limited'; readonly deferredUntil: number };

/** Everything one leased poll needs. */
export interface LeasedPollOptions {
  readonly adapter: PlatformAdapter;
  readonly account: WatchedAccount;
  readonly lease: PollLeaseStore;
  readonly seen: SeenStore;
  readonly sender: ItemSender;
  /** Unique per invocation (the Lambda request id): who holds the lease. */
  readonly owner: string;
  /** How long the lease lasts: longer than the function's timeout, so it never ends mid-poll. */
  readonly leaseMs: number;
  readonly deps?: PollDeps;
  /** Epoch ms. Default Date.now. */
  readonly now?: () => number;
}

/**
 * One poll of one account as the poll Lambda runs it: lease the account (a conditional
 * UpdateItem, so two overlapping invocations never poll it at once, and a deferred account
 * is left alone until its time), poll from the stored cursor, drop versions already queued,
 * send the rest to SQS, mark what SQS accepted as seen, and only when everything was
 * accepted commit the cursor (conditional on still holding the lease at the revision read).
 *
 * Nothing is missed: the cursor never moves past an item that is not on the queue.
 * Nothing is sent twice: an item SQS accepted is marked seen even when others in the same
 * poll were not, so the re-read after a failure sends only those.
 * A 429 defers the account: the cursor covers what was read, and the next schedule that
 * fires before `deferredUntil` is skipped without calling the platform.
 */
export async function pollLeasedAccount(options: LeasedPollOptions): Promise<LeasedPollOutcome> {
  const { adapter, account, lease, seen, sender, owner, leaseMs, deps } = options;
  const now = options.now ?? Date.now;
  const key = cursorKey(account);
  const got = await lease.acquire(key, owner, now(), leaseMs);
  if (!got.acquired) return { status: 'skipped', reason: got.reason, until: got.until };
  let committed = false;
  try {
    let result: Awaited<ReturnType<PlatformAdapter['poll']>>;
    try {
      result = await adapter.poll(account, got.cursor, deps);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        await lease.release(key, owner, error.retryAt);
        committed = true;
        return { status: 'rate-limited', deferredUntil: error.retryAt };
      }
      throw error;
    }
    const versions = selectUnseen(result.items.map(boundItem), () => false);
    const already = await seen.seen(versions.map((v) => v.version));
    const fresh = versions.filter((v) => !already.has(v.version));
    const outcome = fresh.length > 0 ? await sender.send(fresh.map((v) => v.item)) : { failed: [] };
    const failed = new Set(outcome.failed);
    const sent = fresh.filter((_, i) => !failed.has(i));
    if (sent.length > 0) await seen.markSeen(sent.map((v) => v.version));
    if (failed.size > 0) throw new QueueSendError(failed.size, sent.length, outcome.lastError);
    const deferredUntil = result.deferredUntil ? Date.parse(result.deferredUntil) : undefined;
    await lease.commit(key, owner, got.rev, result.nextCursor, deferredUntil);
    committed = true;
    return {
      status: 'polled',
      polled: result.items.length,
      queued: fresh.length,
      ...(deferredUntil !== undefined ? { deferredUntil } : {}),
      ...(result.stopped ? { stopped: result.stopped } : {}),
    };
  } finally {
    // Any failure: give the lease back at once so the next schedule can retry.
    if (!committed) await lease.release(key, owner).catch(() => undefined);
  }
}
