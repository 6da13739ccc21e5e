import type { StoredFinding } from '../store/types.ts';

/**
 * Where alerts go (SNS on AWS; console, JSONL, webhook locally). A sink either accepts the
 * alert or throws; the pipeline marks the finding's alert as sent only after it returned.
 * Sinks must tolerate the same finding twice: delivery is at least once, always under the
 * finding's own id, so receivers can deduplicate on `findingId`.
 */
export interface AlertSink {
  publish(finding: StoredFinding): Promise<void>;
}
