import type { AlertSink } from '../alerts/types.ts';
import type { Engine } from '../checks/engine.ts';
import { type ContentItem, type Finding, itemKey, PostwatchError } from '../model/index.ts';
import type { FindingStore, StoredFinding } from '../store/types.ts';
import { contentHash, findingIds } from './finding-id.ts';

/** What analyze-and-record needs; each is a port with several implementations. */
export interface AnalyzeDeps {
  readonly engine: Engine;
  readonly store: FindingStore;
  readonly sink: AlertSink;
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
  /** True the first time this item version was analyzed. */
  readonly newVersion: boolean;
  readonly findings: readonly RecordedFinding[];
}

/**
 * Some alerts could not be delivered. Their findings are stored with `alertState: pending`,
 * so running the same item again delivers exactly those (and only those).
 */
export class AlertDeliveryError extends PostwatchError {
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

/**
 * Analyzes one item and records the outcome so that nothing is lost and nothing doubled:
 *
 * 1. every finding is written with a deterministic id and `alertState: pending` by a
 *    conditional insert (a retry finds it there and writes nothing);
 * 2. the item version is recorded (which content hash was seen, and what it produced);
 * 3. each finding whose alert is still pending (new, or left pending by a crash or a
 *    failed publish) is published, then marked `sent`.
 *
 * A crash after publishing but before marking means the next attempt publishes again under
 * the same finding id (at-least-once, deduplicable), never under a new one. Throws
 * AlertDeliveryError after trying every alert when any failed, so the caller retries.
 */
export async function analyzeAndRecord(
  item: ContentItem,
  deps: AnalyzeDeps,
  now: Date = new Date(),
): Promise<AnalyzeResult> {
  const { engine, store, sink } = deps;
  const hash = contentHash(item);
  const findings = engine.analyze(item, now);
  const ids = findingIds(item, hash, findings);
  const brand = engine.brand.profile.name;

  const stored: { finding: StoredFinding; created: boolean }[] = [];
  for (const [i, finding] of findings.entries()) {
    const candidate = toStoredFinding(item, finding, ids[i]!, hash, brand, now);
    const put = await store.putFindingIfAbsent(candidate);
    stored.push(
      put.created ? { finding: candidate, created: true } : { finding: put.existing, created: false },
    );
  }

  const newVersion = await store.recordItemVersion({
    platform: item.platform,
    itemId: item.id,
    contentHash: hash,
    analyzedAt: now.toISOString(),
    findingIds: ids,
  });

  const recorded: RecordedFinding[] = [];
  const failed: string[] = [];
  let firstError: unknown;
  for (const { finding, created } of stored) {
    let alert: RecordedFinding['alert'] = 'already-sent';
    if (finding.alertState === 'pending') {
      try {
        await sink.publish(finding);
        await store.markAlertSent(finding.id, new Date().toISOString());
        alert = 'sent';
      } catch (error) {
        // Keep going: one failed alert must not hold back the others of the same item.
        alert = 'failed';
        failed.push(finding.id);
        firstError ??= error;
      }
    }
    recorded.push({
      id: finding.id,
      check: finding.check,
      severity: finding.severity,
      action: finding.action,
      created,
      alert,
    });
  }

  const result: AnalyzeResult = { itemKey: itemKey(item), contentHash: hash, newVersion, findings: recorded };
  if (failed.length > 0) throw new AlertDeliveryError(result, failed, { cause: firstError });
  return result;
}
