import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { AlertSink } from '../../shared/alerts/types.ts';
import { LOG_EVENT_OFF, METRIC } from '../../shared/observability/index.ts';
import { deliverPendingAlerts } from '../../shared/pipeline/outbox.ts';
import type { FindingStore } from '../../shared/store/types.ts';

/** Everything the outbox sweep needs; handler.ts wires the production ones. */
export interface SweepHandlerDeps {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly store: FindingStore;
  readonly sink: AlertSink;
  /** Findings per page (default 50). */
  readonly pageSize?: number;
  /** Stop starting pages when less than this is left of the invocation (default 15 s). */
  readonly reserveMs?: number;
}

/** What one sweep did. */
export interface SweepResult {
  readonly pending: number;
  readonly sent: number;
  readonly failed: number;
  /** True when the sweep stopped for time with findings still listed. */
  readonly more: boolean;
}

/**
 * Builds the scheduled outbox sweep: the findings whose alert is still `pending` (a sink that
 * failed, or a crash between storing and publishing) are listed oldest first from the sparse
 * `byAlert` index and delivered with the same `deliverPendingAlerts` the local monitor uses,
 * which re-reads each one consistently, publishes it under its own finding id and marks it
 * sent. A repeat of an alert that did go out before a crash carries the same finding id.
 * A failed publish stays pending for the next sweep; the invocation fails only if nothing at
 * all could be delivered (so the error alarm sees an SNS outage).
 */
export function createSweepHandler(deps: SweepHandlerDeps) {
  const { logger, metrics } = deps;
  const pageSize = deps.pageSize ?? 50;
  const reserveMs = deps.reserveMs ?? 15_000;

  async function sweep(_event: unknown, context: Context): Promise<SweepResult> {
    let pending = 0;
    let sent = 0;
    let failed = 0;
    let cursor: string | undefined;
    let lastError: unknown;
    do {
      const page = await deps.store.listPendingAlerts({ limit: pageSize, ...(cursor ? { cursor } : {}) });
      cursor = page.cursor;
      if (page.items.length === 0) break;
      pending += page.items.length;
      const errors = await deliverPendingAlerts(
        page.items.map((f) => f.id),
        deps,
      );
      for (const error of errors) {
        if (error === undefined) sent++;
        else {
          failed++;
          lastError = error;
        }
      }
    } while (cursor && context.getRemainingTimeInMillis() > reserveMs);
    metrics.addMetric(METRIC.alertsSent, MetricUnit.Count, sent);
    if (failed > 0) metrics.addMetric(METRIC.alertFailures, MetricUnit.Count, failed);
    const result = { pending, sent, failed, more: cursor !== undefined };
    if (pending > 0) logger.info('outbox swept', { ...result });
    if (failed > 0 && sent === 0) {
      logger.error('outbox sweep delivered nothing', {
        failed,
        error: lastError instanceof Error ? lastError.name : 'unknown',
      });
      throw lastError instanceof Error ? lastError : new Error('alert delivery failed');
    }
    return result;
  }

  return middy<unknown, SweepResult, Error, Context>()
    .use(injectLambdaContext(logger, LOG_EVENT_OFF))
    .use(logMetrics(metrics))
    .handler(sweep);
}
