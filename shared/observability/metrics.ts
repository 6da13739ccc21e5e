/**
 * CloudWatch metrics for every postwatch function, as embedded metric format (EMF) lines in
 * the function's log: no PutMetricData call, no extra latency, no extra permission. One
 * namespace, a `service` dimension per function (Powertools adds it), and a few metrics
 * with a second dimension (findings by check, poll errors by platform) sent as their own
 * EMF line each, since one EMF metric set has one dimension set.
 *
 *   const metrics = createMetrics('postwatch-poll');
 *   metrics.addMetric(METRIC.pollErrors, MetricUnit.Count, 1);      // buffered, flushed by logMetrics
 *   countBy(metrics, METRIC.pollErrors, 'platform', { x: 2 });       // one line per platform
 *   middy(handler).use(logMetrics(metrics))                          // '@aws-lambda-powertools/metrics/middleware'
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export { MetricUnit };

/** The CloudWatch namespace of every postwatch metric (alarms and the dashboard use it). */
export const METRICS_NAMESPACE = 'Postwatch';

/** Metric names, shared by the functions that emit them and the alarms that watch them. */
export const METRIC = {
  /** analyze: items run through the engine (a retried record counts each time it is analyzed). */
  itemsAnalyzed: 'ItemsAnalyzed',
  /** analyze: findings newly stored; also by `check`. */
  findings: 'Findings',
  /** analyze and the outbox sweep: alerts the sink accepted. */
  alertsSent: 'AlertsSent',
  /** analyze and the outbox sweep: alerts the sink refused or that timed out (left pending, retried). */
  alertFailures: 'AlertFailures',
  /** poll: failed polls of a watched account; also by `platform`. */
  pollErrors: 'PollErrors',
  /** webhook: deliveries refused (bad signature, bad payload, too large); also by `reason`. */
  webhookRefusals: 'WebhookRefusals',
} as const;
export type MetricName = (typeof METRIC)[keyof typeof METRIC];

/**
 * The metrics of one function: namespace `Postwatch`, service dimension `serviceName`
 * (POWERTOOLS_SERVICE_NAME wins when set, as Powertools does). A warning for an invocation
 * that emitted nothing is not wanted: quiet invocations are normal.
 */
export function createMetrics(serviceName: string): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
}

/**
 * Emits `name` once per dimension value with its count, each as its own EMF line with the
 * service dimension and `dimension: value` (e.g. findings by check). Zero counts are skipped.
 */
export function countBy(
  metrics: Metrics,
  name: MetricName,
  dimension: string,
  counts: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
): void {
  const entries = counts instanceof Map ? [...counts] : Object.entries(counts);
  for (const [value, count] of entries) {
    if (!(count > 0)) continue;
    const single = metrics.singleMetric();
    single.addDimension(dimension, value);
    single.addMetric(name, MetricUnit.Count, count);
  }
}

/** Counts occurrences of each key: `tally(findings.map(f => f.check))`. */
export function tally(keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}
