import type { AlertSink } from '../alerts/types.ts';
import type { FindingStore, StoredFinding } from '../store/types.ts';

/**
 * Drains part of the alert outbox: publishes each of these findings whose alert is still
 * pending and marks it sent, in one lookup and one commit. Returns one error (or undefined
 * for done) per id, in order; a finding that is gone or already sent is done.
 */
export async function deliverPendingAlerts(
  findingIds: readonly string[],
  deps: { readonly store: FindingStore; readonly sink: AlertSink },
): Promise<unknown[]> {
  const { store, sink } = deps;
  const { findings } = await store.lookup(findingIds, []);
  const owed = [...new Set(findingIds)]
    .map((id) => findings.get(id))
    .filter((f): f is StoredFinding => f?.alertState === 'pending');
  const results = await Promise.allSettled(owed.map((f) => sink.publish(f)));
  const at = new Date().toISOString();
  const errorOf = new Map<string, unknown>();
  const sent: { id: string; at: string }[] = [];
  owed.forEach((f, i) => {
    const r = results[i] as PromiseSettledResult<void>;
    if (r.status === 'fulfilled') sent.push({ id: f.id, at });
    else errorOf.set(f.id, r.reason ?? new Error('alert failed'));
  });
  if (sent.length > 0) await store.commitAnalyses({ created: [], sent, versions: [] });
  return findingIds.map((id) => errorOf.get(id));
}
