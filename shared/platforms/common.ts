import type { ContentItem, WatchedAccount } from '../model/index.ts';
import { envRefName } from '../model/index.ts';
import { PlatformAuthError, PlatformUnavailableError, RateLimitedError } from './errors.ts';
import type { PollDeps, PollResult, PollStop } from './types.ts';

export const DAY_MS = 86_400_000;

/** A credential read for one poll, with the name a person should fix when it is rejected. */
export interface Credential {
  readonly value: string;
  /** `X_BEARER_TOKEN` for `env:X_BEARER_TOKEN`, else the config key. */
  readonly source: string;
}

/** Reads `account.credentials[key]`, resolving `env:NAME`; a missing one is an auth error naming what to set. */
export function credential(account: WatchedAccount, key: string, deps: PollDeps, label: string): Credential {
  const ref = account.credentials[key];
  if (ref === undefined) {
    throw new PlatformAuthError(
      `${label} account @${account.handle} has no credentials.${key} in the config; add one (e.g. "env:NAME")`,
      0,
    );
  }
  const name = envRefName(ref);
  if (name === undefined) return { value: ref, source: `credentials.${key}` };
  const env = deps.env ?? process.env;
  const value = env[name];
  if (value === undefined || value === '') {
    throw new PlatformAuthError(`${label} credential ${name} is not set; set it in the environment`, 0);
  }
  return { value, source: name };
}

/** Reads an optional credential; undefined when not configured. */
export function optionalCredential(
  account: WatchedAccount,
  key: string,
  deps: PollDeps,
  label: string,
): Credential | undefined {
  return account.credentials[key] === undefined ? undefined : credential(account, key, deps, label);
}

/** Epoch ms → ISO-8601 with a `Z`. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Parses a platform time (ISO with `Z`, `+0000` or `+00:00`) to epoch ms; NaN when unreadable. */
export function parseTime(value: string | undefined | null): number {
  if (!value) return Number.NaN;
  // Instagram writes `+0000`, which Date.parse does not accept everywhere.
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** Platform time → canonical ISO string, or undefined. */
export function isoTime(value: string | undefined | null): string | undefined {
  const ms = parseTime(value);
  return Number.isNaN(ms) ? undefined : iso(ms);
}

/** Compares numeric id strings (snowflakes exceed 2^53, so compare as big integers). */
export function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The larger of two numeric id strings (undefined-safe). */
export function maxId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

/** Joins a base URL and a path without doubling slashes. */
export function joinUrl(
  base: string,
  path: string,
  params?: Record<string, string | number | undefined>,
): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
  return url.toString();
}

/**
 * Collects the items of one poll and turns an early stop (rate limit, platform down) into a
 * result instead of an exception, so what was read is still queued. Auth and request errors
 * propagate: they need a person.
 */
export class PollCollector<C> {
  readonly items: ContentItem[] = [];
  private stop: PollStop | undefined;
  private deferred: number | undefined;

  /** Adds mapped items. */
  add(items: Iterable<ContentItem>): void {
    for (const item of items) this.items.push(item);
  }

  /** Runs the streams of a poll in order; stops at the first rate limit or outage. */
  async run(body: () => Promise<void>): Promise<void> {
    try {
      await body();
    } catch (error) {
      if (error instanceof RateLimitedError) {
        this.stop = { reason: 'rate-limit', message: error.message };
        this.deferred = error.retryAt;
      } else if (error instanceof PlatformUnavailableError) {
        this.stop = { reason: 'unavailable', message: error.message };
      } else {
        throw error;
      }
    }
  }

  /** The poll result with the cursor as far as the completed streams moved it. */
  result(nextCursor: C): PollResult<C> {
    return {
      items: this.items,
      nextCursor,
      ...(this.deferred === undefined ? {} : { deferredUntil: iso(this.deferred) }),
      ...(this.stop ? { stopped: this.stop } : {}),
    };
  }
}

/** A post whose comments are being watched. `at` is its publication time (epoch ms). */
export interface TrackedPost {
  readonly id: string;
  readonly at: number;
}

/** Keeps the posts published within the last `days` days (newest first, no duplicates). */
export function keepRecent<T extends TrackedPost>(posts: readonly T[], now: number, days: number): T[] {
  const from = now - days * DAY_MS;
  const byId = new Map<string, T>();
  for (const p of posts) if (p.at >= from && !byId.has(p.id)) byId.set(p.id, p);
  return [...byId.values()].sort((a, b) => b.at - a.at);
}

/** Merges newly found posts into the tracked list; existing entries keep their per-post state. */
export function mergeTracked<T extends TrackedPost>(tracked: readonly T[], found: readonly T[]): T[] {
  const ids = new Set(tracked.map((p) => p.id));
  return [...tracked, ...found.filter((p) => !ids.has(p.id))];
}

/** Reads a JSON path defensively: platforms omit fields, and a missing field must not crash a poll. */
export function asArray<T = unknown>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/** Returns a string field or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
