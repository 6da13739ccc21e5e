import type { ContentItem, PollablePlatform, WatchedAccount } from '../model/index.ts';
import type { HttpDeps } from './http.ts';

/** Everything a poll needs from outside: HTTP plumbing, the clock and the environment for `env:NAME` credentials. */
export interface PollDeps extends HttpDeps {
  /** Environment used to resolve `env:NAME` credentials. Default: process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Non-fatal problems (a disabled comment section, a partial error) are reported here, without personal data. */
  readonly warn?: (message: string) => void;
}

/** Why a poll stopped before reading everything. */
export interface PollStop {
  readonly reason: 'rate-limit' | 'unavailable';
  readonly message: string;
}

/** What one poll returns. */
export interface PollResult<C = unknown> {
  /** Items read, possibly with overlap from earlier polls (dedupe before analysis). */
  readonly items: ContentItem[];
  /** Cursor to store once the items are safely queued. It never moves past an item that is not in `items`. */
  readonly nextCursor: C;
  /** ISO time before which this account must not be polled again (rate limit or quota). */
  readonly deferredUntil?: string;
  /** Set when the poll stopped early; the cursor then only covers what was read. */
  readonly stopped?: PollStop;
}

/**
 * One platform's poller. The cursor is an opaque, JSON-serialisable object owned by the
 * adapter; `undefined` means "never polled".
 */
export interface PlatformAdapter<C = unknown> {
  readonly platforms: readonly PollablePlatform[];
  poll(account: WatchedAccount, cursor: C | undefined, deps?: PollDeps): Promise<PollResult<C>>;
}
