import type { AlertSink } from '../alerts/types.ts';
import type { Engine } from '../checks/engine.ts';
import { type ContentItem, type Finding, itemKey, PostwatchError } from '../model/index.ts';
import type { ImpersonatorStore } from '../store/impersonators.ts';
import { type FindingStore, type ItemVersion, type StoredFinding, versionKey } from '../store/types.ts';
import { contentHash, findingIds } from './finding-id.ts';
import { recordImpersonators } from './impersonators.ts';
import { deliverPendingAlerts } from './outbox.ts';

/** What analyze-and-record needs; each is a port with several implementations. */
export interface AnalyzeDeps {
  readonly engine: Engine;
  readonly store: FindingStore;
  readonly sink: AlertSink;
  /** Impersonator records (shared/pipeline/impersonators.ts); without it none are kept. */
  readonly impersonators?: ImpersonatorStore;
  /**
   * Whether an item version that produced no finding gets a record of its own (default
   * true). The record only tells `newVersion` apart for clean items: re-analyzing a clean
   * item changes nothing, and flagged items are deduplicated by their finding ids either
   * way. The analyze Lambda turns it off, so a clean item costs no DynamoDB call at all
   * (most of the traffic, most of the bill: docs/cost.md) and keeps nothing of its author.
   */
  readonly recordCleanVersions?: boolean;
}

/** What happened to one finding of the item. */
export interface RecordedFinding {
  readonly id: string;
  readonly check: Finding['check'];
  readonly severity: Finding['severity'];
  readonly action: Finding['action'];
  /** False when this item version had already produced this finding. */
  readonly created: boolean;
  /** `sent` now, `already-sent` by an earlier attempt, or `failed` (still pending). */
  readonly alert: 'sent' | 'already-sent' | 'failed';
}

/** Outcome of one item: its identity and version, and each finding. */
export interface AnalyzeResult {
  readonly itemKey: string;
  readonly contentHash: string;
  /**
   * True the first time this item version was analyzed; undefined for a clean item when
   * clean versions are not recorded (AnalyzeDeps.recordCleanVersions), since nothing says.
   */
  readonly newVersion: boolean | undefined;
  readonly findings: readonly RecordedFinding[];
}

/**
 * Some alerts could not be delivered. Their findings are stored with `alertState: pending`,
 * so running the same item again delivers exactly those (and only those).
 */
export class AlertDeliveryError extends PostwatchError {
  override name = 'AlertDeliveryError';
  constructor(
    readonly result: AnalyzeResult,
    readonly failedFindingIds: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(`${failedFindingIds.length} alert(s) not delivered for ${result.itemKey}`, options);
  }
}

const PIPELINE_ACTOR = 'postwatch';

/** The stored form of one engine finding: the finding plus where it was found, open, alert pending. */
export function toStoredFinding(
  item: ContentItem,
  finding: Finding,
  id: string,
  hash: string,
  brand: string,
  now: Date,
): StoredFinding {
  const at = now.toISOString();
  return {
    id,
    check: finding.check,
    severity: finding.severity,
    action: finding.action,
    reason: finding.reason,
    evidence: finding.evidence,
    ...(finding.truncated ? { truncated: true } : {}),
    brand,
    platform: item.platform,
    itemId: item.id,
    itemKind: item.kind,
    ...(item.url !== undefined ? { itemUrl: item.url } : {}),
    ...(item.parentId !== undefined ? { parentId: item.parentId } : {}),
    contentHash: hash,
    ...(item.author.id !== undefined ? { authorId: item.author.id } : {}),
    authorHandle: item.author.handle,
    createdAt: at,
    status: 'open',
    history: [{ status: 'open', at, by: PIPELINE_ACTOR }],
    alertState: 'pending',
  };
}

/** The outcome of one item of a batch: its result, or why it must be tried again. */
export type BatchOutcome =
  | { readonly ok: true; readonly result: AnalyzeResult }
  | { readonly ok: false; readonly error: unknown };

interface Planned {
  readonly item: ContentItem;
  readonly key: string;
  readonly hash: string;
  readonly candidates: readonly StoredFinding[];
}

/**
 * Analyzes a batch of items and records the outcome so that nothing is lost and nothing
 * doubled, in three round trips whatever the batch size:
 *
 * 1. one consistent lookup of every finding id (deterministic, see finding-id.ts) and item
 *    version the batch would produce;
 * 2. every finding not yet alerted (new, or left `pending` by a failed sink) is published;
 * 3. one commit: new findings inserted (conditionally: never over an existing one) with
 *    `alertState: sent`, or `pending` where the sink failed; pending ones now accepted
 *    marked `sent`; a version record for each new item version that produced no finding
 *    (one that did is recorded by its findings: one write fewer per flagged item). A commit
 *    of clean versions only is plain conditional puts, not a transaction (half the cost).
 *    With `recordCleanVersions: false` (the analyze Lambda) a batch of clean items makes
 *    no store call at all.
 *
 * Publishing comes before the commit, so a crash between the two re-publishes under the
 * same finding id when the item is analyzed again (the caller keeps the item until this
 * resolves: the SQS message, the monitor's inbox), never under a new id and never not at
 * all. A finding whose sink failed is stored `pending`: the outbox that a retry or a sweep
 * drains. Items of a batch with the same finding ids are alerted once.
 *
 * Returns one outcome per item, in order; an item is `ok: false` (with AlertDeliveryError)
 * when one of its alerts failed, and every item is when the lookup or the commit failed.
 */
export async function analyzeAndRecordBatch(
  items: readonly ContentItem[],
  deps: AnalyzeDeps,
  now: Date = new Date(),
): Promise<BatchOutcome[]> {
  const { engine, store, sink } = deps;
  const recordClean = deps.recordCleanVersions ?? true;
  const brand = engine.brand.profile.name;
  const outcomes: (BatchOutcome | undefined)[] = new Array(items.length);
  const plans: (Planned | undefined)[] = items.map((item, i) => {
    try {
      const hash = contentHash(item);
      const findings = engine.analyze(item, now);
      const ids = findingIds(item, hash, findings);
      const candidates = findings.map((f, j) => toStoredFinding(item, f, ids[j] as string, hash, brand, now));
      return { item, key: itemKey(item), hash, candidates };
    } catch (error) {
      outcomes[i] = { ok: false, error };
      return undefined;
    }
  });
  const live = plans.filter((p): p is Planned => p !== undefined);
  const failAll = (error: unknown) => plans.map((_p, i) => outcomes[i] ?? { ok: false as const, error });

  let lookup: Awaited<ReturnType<FindingStore['lookup']>>;
  try {
    // An item version with findings is recorded by them; only one with none needs its own record.
    const ids = live.flatMap((p) => p.candidates.map((c) => c.id));
    const refs = recordClean
      ? live
          .filter((p) => p.candidates.length === 0)
          .map((p) => ({ platform: p.item.platform, itemId: p.item.id, contentHash: p.hash }))
      : [];
    lookup =
      ids.length + refs.length > 0
        ? await store.lookup(ids, refs)
        : { findings: new Map(), versions: new Set<string>() };
  } catch (error) {
    return failAll(error);
  }

  // Each finding id is handled once per batch, by the first item that produces it.
  const owner = new Map<string, { candidate: StoredFinding; existing?: StoredFinding }>();
  for (const p of live) {
    for (const c of p.candidates) {
      if (owner.has(c.id)) continue;
      const existing = lookup.findings.get(c.id);
      owner.set(c.id, existing ? { candidate: c, existing } : { candidate: c });
    }
  }
  const toPublish = [...owner.values()].filter((o) => !o.existing || o.existing.alertState === 'pending');
  const published = await Promise.allSettled(toPublish.map((o) => sink.publish(o.existing ?? o.candidate)));
  const alertedAt = new Date().toISOString();
  const alertOf = new Map<string, RecordedFinding['alert']>();
  const errorOf = new Map<string, unknown>();
  const created: StoredFinding[] = [];
  const sent: { id: string; at: string }[] = [];
  toPublish.forEach((o, i) => {
    const r = published[i] as PromiseSettledResult<void>;
    const ok = r.status === 'fulfilled';
    alertOf.set(o.candidate.id, ok ? 'sent' : 'failed');
    if (!ok) errorOf.set(o.candidate.id, r.reason);
    if (!o.existing) {
      created.push(ok ? { ...o.candidate, alertState: 'sent', alertedAt } : o.candidate);
    } else if (ok) {
      sent.push({ id: o.candidate.id, at: alertedAt });
    }
  });

  const versionSeen = new Set<string>();
  const versions: ItemVersion[] = [];
  const newVersionOf = new Map<Planned, boolean | undefined>();
  for (const p of live) {
    if (!recordClean && p.candidates.length === 0) {
      newVersionOf.set(p, undefined);
      continue;
    }
    const version = { platform: p.item.platform, itemId: p.item.id, contentHash: p.hash };
    const k = versionKey(version);
    const recorded =
      p.candidates.length > 0 ? p.candidates.some((c) => lookup.findings.has(c.id)) : lookup.versions.has(k);
    const isNew = !recorded && !versionSeen.has(k);
    versionSeen.add(k);
    newVersionOf.set(p, isNew);
    if (isNew && p.candidates.length === 0) {
      // The author is kept as the byAuthor index key only, so `forget --author` finds the record.
      const author = {
        platform: p.item.platform,
        authorId: p.item.author.id,
        authorHandle: p.item.author.handle,
      };
      versions.push({ ...version, analyzedAt: now.toISOString(), findingIds: [], author });
    }
  }

  let alreadyPresent: ReadonlySet<string>;
  try {
    // Clean item versions only (most of the traffic): no transaction. Each version record
    // stands alone and is written idempotently, and a transactional write costs twice the
    // write units of a plain one (docs/cost.md).
    if (created.length === 0 && sent.length === 0 && versions.length === 0) {
      alreadyPresent = new Set();
    } else if (created.length === 0 && sent.length === 0) {
      await Promise.all(versions.map((v) => store.recordItemVersion(v)));
      alreadyPresent = new Set();
    } else {
      alreadyPresent = new Set((await store.commitAnalyses({ created, sent, versions })).alreadyPresent);
    }
  } catch (error) {
    return failAll(error);
  }

  plans.forEach((p, i) => {
    if (!p) return;
    const failed: string[] = [];
    let firstError: unknown;
    const recorded = p.candidates.map((c): RecordedFinding => {
      const o = owner.get(c.id);
      const mine = o?.candidate === c;
      const alert = alertOf.get(c.id) ?? 'already-sent';
      if (alert === 'failed') {
        failed.push(c.id);
        firstError ??= errorOf.get(c.id);
      }
      return {
        id: c.id,
        check: c.check,
        severity: c.severity,
        action: c.action,
        created: mine && !o?.existing && !alreadyPresent.has(c.id),
        alert: mine ? alert : alert === 'failed' ? 'failed' : 'already-sent',
      };
    });
    const result: AnalyzeResult = {
      itemKey: p.key,
      contentHash: p.hash,
      newVersion: newVersionOf.has(p) ? newVersionOf.get(p) : false,
      findings: recorded,
    };
    outcomes[i] =
      failed.length > 0
        ? { ok: false, error: new AlertDeliveryError(result, failed, { cause: firstError }) }
        : { ok: true, result };
  });
  if (deps.impersonators) {
    // After the commit, so a failure here never loses a finding: the item fails for a retry,
    // and the per-finding markers keep the retry from counting anything twice.
    const errors = await recordImpersonators(
      plans.map((p) => p && { item: p.item, findings: p.candidates }),
      {
        store: deps.impersonators,
        findings: store,
        brand: engine.brand,
        deliverAlerts: (ids) => deliverPendingAlerts(ids, { store, sink }),
      },
      now,
    );
    errors.forEach((error, i) => {
      if (error && outcomes[i]?.ok) outcomes[i] = { ok: false, error };
    });
  }
  return outcomes as BatchOutcome[];
}

/**
 * Analyzes one item and records the outcome (analyzeAndRecordBatch with a batch of one).
 * Throws AlertDeliveryError after trying every alert when any failed, so the caller retries:
 * the finding is stored `pending` and the retry publishes exactly the ones still owed.
 */
export async function analyzeAndRecord(
  item: ContentItem,
  deps: AnalyzeDeps,
  now: Date = new Date(),
): Promise<AnalyzeResult> {
  const [outcome] = await analyzeAndRecordBatch([item], deps, now);
  if (!outcome) throw new Error('no outcome for the item');
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}

// The outbox drain lives in ./outbox.ts (the sweep Lambda imports it without the engine).
export { deliverPendingAlerts };
