import type { StoredFinding } from '../store/types.ts';
import type { AlertSink } from './types.ts';

/** A sink with a name for reports (`console`, `jsonl`, `webhook`, `sns`): never its URL or path. */
export interface NamedSink {
  readonly name: string;
  readonly sink: AlertSink;
}

/** Some sinks refused an alert; the finding stays pending and the pipeline retries it. */
export class FanoutError extends Error {
  override name = 'FanoutError';
  constructor(
    readonly failed: readonly string[],
    readonly errors: readonly unknown[],
  ) {
    super(`alert not delivered to ${failed.join(', ')}`, { cause: errors[0] });
  }
}

/** Options of the fan-out sink. */
export interface FanoutOptions {
  /** Called once per failed sink with its name and the error (for a log line). */
  readonly onError?: (sinkName: string, error: unknown) => void;
  /** How many finding ids per sink are remembered as delivered. Default 10 000. */
  readonly rememberDelivered?: number;
}

/**
 * Sends every alert to each configured sink, in parallel. When one fails the others still
 * get the alert, the failure is reported, and publish throws so the finding stays pending.
 * The retry then skips the sinks that already took this finding (remembered in memory, a
 * bounded set), so a flaky webhook does not print the same alert to the console twice.
 */
export class FanoutAlertSink implements AlertSink {
  private readonly delivered: Map<string, Set<string>>;
  private readonly remember: number;

  constructor(
    private readonly sinks: readonly NamedSink[],
    private readonly options: FanoutOptions = {},
  ) {
    this.remember = options.rememberDelivered ?? 10_000;
    this.delivered = new Map(sinks.map((s) => [s.name, new Set<string>()]));
  }

  async publish(finding: StoredFinding): Promise<void> {
    const results = await Promise.allSettled(
      this.sinks.map(async ({ name, sink }) => {
        const done = this.delivered.get(name) as Set<string>;
        if (done.has(finding.id)) return;
        await sink.publish(finding);
        done.add(finding.id);
        // Sets keep insertion order: drop the oldest id once over the bound.
        if (done.size > this.remember) done.delete(done.values().next().value as string);
      }),
    );
    const failed: string[] = [];
    const errors: unknown[] = [];
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') return;
      const name = this.sinks[i]?.name ?? `sink ${i}`;
      failed.push(name);
      errors.push(r.reason);
      this.options.onError?.(name, r.reason);
    });
    if (failed.length > 0) throw new FanoutError(failed, errors);
  }
}
