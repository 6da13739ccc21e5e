import { boundItem, type ContentItem, type WatchedAccount } from '../model/index.ts';
import { selectUnseen } from './dedupe.ts';
import type { PlatformAdapter, PollDeps, PollStop } from './types.ts';

/** Where cursors live between polls (DynamoDB or memory). */
export interface CursorStore {
  load(key: string): Promise<unknown>;
  save(key: string, cursor: unknown): Promise<void>;
}

/** Which item versions were already queued. */
export interface SeenStore {
  /** Returns the subset of `versions` already seen. */
  seen(versions: readonly string[]): Promise<ReadonlySet<string>>;
  markSeen(versions: readonly string[]): Promise<void>;
}

/** Outcome of one poll of one account. */
export interface PollRunResult {
  readonly polled: number;
  readonly queued: ContentItem[];
  readonly deferredUntil?: string;
  readonly stopped?: PollStop;
}

/** Stable key of a watched account's cursor. */
export function cursorKey(account: Pick<WatchedAccount, 'platform' | 'handle' | 'accountId'>): string {
  return `${account.platform}:${account.accountId ?? account.handle}`;
}

/**
 * Polls one account: read, drop versions already seen, queue the rest, and only then mark them
 * seen and store the cursor. A crash before `enqueue` returns re-reads the same items next time
 * (at least once); a version is queued again only if the crash fell between queueing and marking.
 */
export async function pollAccount(options: {
  adapter: PlatformAdapter;
  account: WatchedAccount;
  cursors: CursorStore;
  seen: SeenStore;
  enqueue: (items: readonly ContentItem[]) => Promise<void>;
  deps?: PollDeps;
}): Promise<PollRunResult> {
  const { adapter, account, cursors, seen, enqueue, deps } = options;
  const key = cursorKey(account);
  const cursor = await cursors.load(key);
  const result = await adapter.poll(account, cursor, deps);
  // Mappers build items without the schema: bound them here as the schema bounds the others.
  const versions = selectUnseen(result.items.map(boundItem), () => false);
  const already = await seen.seen(versions.map((v) => v.version));
  const fresh = versions.filter((v) => !already.has(v.version));
  if (fresh.length > 0) await enqueue(fresh.map((v) => v.item));
  await seen.markSeen(fresh.map((v) => v.version));
  await cursors.save(key, result.nextCursor);
  return {
    polled: result.items.length,
    queued: fresh.map((v) => v.item),
    ...(result.deferredUntil ? { deferredUntil: result.deferredUntil } : {}),
    ...(result.stopped ? { stopped: result.stopped } : {}),
  };
}
