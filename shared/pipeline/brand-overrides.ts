/**
 * The brand profile as triage changed it: the file (or inline) profile's engine with the
 * store's overrides (`findings dismiss --allow`) applied over it, which the analysis picks
 * up at its next batch (within the cache TTL), with no restart or redeploy.
 */
import { createEngine, type Engine } from '../checks/engine.ts';
import type { BrandProfile, ContentItem, Evidence, Finding } from '../model/index.ts';
import type { AllowedAccount, BrandOverrides, FindingStore } from '../store/types.ts';

/** A contact as compared with the allowlist: a phone by its digits, anything else lower case. */
export function contactKey(text: string): string {
  const t = text.trim().toLowerCase();
  const digits = t.replace(/[^\d]/g, '');
  return /^[+\d\s().-]+$/.test(t) && digits.length >= 6 ? `tel:${digits}` : t;
}

function allowedAccount(item: ContentItem, accounts: readonly AllowedAccount[]): boolean {
  return accounts.some(
    (a) =>
      a.platform === item.platform &&
      (a.authorId !== undefined && item.author.id !== undefined
        ? a.authorId === item.author.id
        : a.handle.toLowerCase() === item.author.handle.toLowerCase()),
  );
}

/** Evidence of an off-platform finding that names a channel in words ("DM us", "on WhatsApp"), not a contact. */
export const isChannelWords = (e: Evidence) => e.note === 'private channel';

/**
 * An engine with triage's allowlist applied to its findings: impersonation findings about an
 * allowed account are dropped; an off-platform-contact finding is dropped when every contact
 * it found (phone, email, handle, link: not the channel words around them) is allowed. A
 * comment that pairs an allowed number with another one still fires. The profile itself is
 * not changed: an allowed account is not made official (its posts are not the brand's own).
 */
export function allowlisted(engine: Engine, overrides: BrandOverrides | undefined): Engine {
  const accounts = overrides?.accounts ?? [];
  const contacts = new Set((overrides?.contacts ?? []).map((c) => contactKey(c.contact)));
  if (accounts.length === 0 && contacts.size === 0) return engine;
  const keep = (item: ContentItem) => (f: Finding) => {
    if (f.check === 'impersonation') return !allowedAccount(item, accounts);
    if (f.check === 'offplatform-contact' && contacts.size > 0) {
      const found = f.evidence.filter((e) => !isChannelWords(e));
      return !(found.length > 0 && found.every((e) => contacts.has(contactKey(e.match))));
    }
    return true;
  };
  return {
    brand: engine.brand,
    checks: engine.checks,
    analyze(item: ContentItem, now?: Date): Finding[] {
      return engine.analyze(item, now).filter(keep(item));
    },
  };
}

/** Options of a live engine. */
export interface LiveEngineOptions {
  readonly profile: BrandProfile;
  readonly store: Pick<FindingStore, 'getBrandOverrides'>;
  /** How long a read of the overrides is trusted (default 5 s). */
  readonly ttlMs?: number;
  /** Builds the engine for the profile (default createEngine). */
  readonly build?: (profile: BrandProfile) => Engine;
  readonly clock?: () => number;
  /** Told when a refresh fails (the previous engine stays in use). */
  readonly onError?: (error: unknown) => void;
}

/** An Engine whose profile follows the store's overrides, and the controls to refresh it. */
export interface LiveEngine extends Engine {
  /** Reads the overrides if the last read is older than the TTL; rebuilds only when they changed. */
  refresh(): Promise<void>;
  /** Refreshes every TTL in the background until the returned function is called. */
  keepFresh(): () => void;
  /** The overrides version in use (0: none). */
  readonly version: number;
}

/**
 * An engine for the monitor and the Lambda: the same Engine interface (the batch code does
 * not change), delegating to an engine compiled for the merged profile. `analyze` never
 * waits: when the overrides are stale it starts a refresh and the next batch uses its result;
 * `refresh()` can be awaited before a batch (the Lambda does) and `keepFresh()` keeps the
 * monitor current on a timer. A failed read keeps the previous engine.
 */
export function liveEngine(options: LiveEngineOptions): LiveEngine {
  const ttl = options.ttlMs ?? 5_000;
  const clock = options.clock ?? Date.now;
  const build = options.build ?? ((p: BrandProfile) => createEngine(p));
  const base = build(options.profile);
  let current = base;
  let version = 0;
  let readAt = Number.NEGATIVE_INFINITY;
  let inflight: Promise<void> | undefined;

  const load = async () => {
    try {
      const overrides = await options.store.getBrandOverrides(options.profile.name);
      readAt = clock();
      const next = overrides?.version ?? 0;
      if (next === version) return;
      current = allowlisted(base, overrides);
      version = next;
    } catch (error) {
      // Try again after the TTL, not at every item.
      readAt = clock();
      options.onError?.(error);
    }
  };
  const refresh = () => {
    if (clock() - readAt < ttl) return Promise.resolve();
    inflight ??= load().finally(() => {
      inflight = undefined;
    });
    return inflight;
  };
  return {
    get brand() {
      return current.brand;
    },
    get checks() {
      return current.checks;
    },
    get version() {
      return version;
    },
    analyze(item, now) {
      void refresh();
      return current.analyze(item, now);
    },
    refresh,
    keepFresh() {
      void refresh();
      const timer = setInterval(() => void refresh(), ttl);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
