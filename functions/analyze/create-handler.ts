import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type ContentItem, safeParseContentItem, ValidationError } from '../../shared/model/index.ts';
import { countBy, LOG_EVENT_OFF, METRIC, MetricUnit } from '../../shared/observability/index.ts';
import {
  AlertDeliveryError,
  type AnalyzeDeps,
  type AnalyzeResult,
  analyzeAndRecord,
} from '../../shared/pipeline/analyze-and-record.ts';

/** Everything the analyze handler needs; handler.ts wires the production ones. */
export interface AnalyzeHandlerDeps extends AnalyzeDeps {
  readonly logger: Logger;
  /**
   * EMF metrics (shared/observability): items analyzed, findings by check, alerts sent and
   * failed, flushed at the end of each invocation. Absent: no metrics.
   */
  readonly metrics?: Metrics;
  /** The analysis time for each record (default: the clock). */
  readonly now?: () => Date;
}

/** Parses an SQS record body as a content item, or throws a ValidationError naming the problems. */
export function parseRecordBody(record: Pick<SQSRecord, 'body'>): ContentItem {
  let json: unknown;
  try {
    json = JSON.parse(record.body);
  } catch {
    // The parser's message quotes the body, which may hold personal data: keep only the fact.
    throw new ValidationError('message body', ['not valid JSON']);
  }
  const parsed = safeParseContentItem(json);
  if (!parsed.ok) throw new ValidationError('content item', parsed.problems);
  return parsed.item;
}

/**
 * Builds the SQS handler: every record is one content item, analyzed and recorded on its
 * own; failed records are reported in `batchItemFailures` so SQS redelivers only them
 * (and, after maxReceiveCount, moves them to the DLQ). Logs carry ids, check ids and
 * counts, never texts or author names.
 */
export function createAnalyzeHandler(options: AnalyzeHandlerDeps) {
  // On AWS a clean item costs no DynamoDB call (docs/cost.md): its version is not recorded
  // unless asked; flagged items are deduplicated by their finding ids either way.
  const deps = { ...options, recordCleanVersions: options.recordCleanVersions ?? false };
  const { logger } = deps;
  const now = deps.now ?? (() => new Date());
  const processor = new BatchProcessor(EventType.SQS);
  const { metrics } = deps;

  // Counts of one invocation, emitted once at its end (one EMF line, plus one per check).
  const counts = { items: 0, findings: 0, sent: 0, failed: 0 };
  const findingsByCheck = new Map<string, number>();

  /** Counts one analysis: the item, its new findings by check, its alerts sent and failed. */
  function count(result: AnalyzeResult): void {
    counts.items++;
    for (const f of result.findings) {
      if (f.created) {
        counts.findings++;
        findingsByCheck.set(f.check, (findingsByCheck.get(f.check) ?? 0) + 1);
      }
      if (f.alert === 'sent') counts.sent++;
      else if (f.alert === 'failed') counts.failed++;
    }
  }

  function emit(m: Metrics): void {
    m.addMetric(METRIC.itemsAnalyzed, MetricUnit.Count, counts.items);
    m.addMetric(METRIC.findings, MetricUnit.Count, counts.findings);
    m.addMetric(METRIC.alertsSent, MetricUnit.Count, counts.sent);
    m.addMetric(METRIC.alertFailures, MetricUnit.Count, counts.failed);
    countBy(m, METRIC.findings, 'check', findingsByCheck);
  }

  async function analyzeRecord(record: SQSRecord): Promise<void> {
    let item: ContentItem;
    try {
      item = parseRecordBody(record);
    } catch (error) {
      if (error instanceof ValidationError) {
        logger.warn('malformed record', { messageId: record.messageId, problems: error.problems });
      }
      throw error;
    }
    try {
      const result = await analyzeAndRecord(item, deps, now());
      count(result);
      // A clean item is a debug line (most of the traffic: log ingestion is priced per byte);
      // the invocation's summary line counts it.
      const line = {
        messageId: record.messageId,
        item: result.itemKey,
        newVersion: result.newVersion,
        findings: result.findings.map(({ id, check, created, alert }) => ({ id, check, created, alert })),
      };
      if (result.findings.length > 0) logger.info('item analyzed', line);
      else logger.debug('item analyzed', line);
    } catch (error) {
      if (error instanceof AlertDeliveryError) {
        count(error.result);
        logger.warn('alerts pending, record will be retried', {
          messageId: record.messageId,
          item: error.result.itemKey,
          pendingFindings: error.failedFindingIds,
          cause: error.cause instanceof Error ? error.cause.name : 'unknown',
        });
      } else {
        logger.error('record failed', {
          messageId: record.messageId,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
      throw error;
    }
  }

  // A batch in which every record failed (e.g. SNS down) still throws, as Powertools does by
  // default: the invocation counts as an error, which alarms see and which makes the SQS
  // event source back off instead of hammering a broken dependency.
  const handler = middy<SQSEvent, SQSBatchResponse, Error, Context>().use(
    injectLambdaContext(logger, LOG_EVENT_OFF),
  );
  if (metrics) handler.use(logMetrics(metrics));
  return handler.handler(async (event, context) => {
    Object.assign(counts, { items: 0, findings: 0, sent: 0, failed: 0 });
    findingsByCheck.clear();
    try {
      const response = await processPartialResponse(event, analyzeRecord, processor, { context });
      logger.info('batch analyzed', {
        records: event.Records.length,
        failed: response.batchItemFailures.length,
        analyzed: counts.items,
        findings: counts.findings,
        alertsSent: counts.sent,
        alertFailures: counts.failed,
      });
      return response;
    } finally {
      if (metrics) emit(metrics);
    }
  });
}
