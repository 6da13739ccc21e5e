import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { PollLeaseStore } from '../../shared/aws/poll-lease.ts';
import type { SecretsCache } from '../../shared/aws/secrets.ts';
import type { ItemSender } from '../../shared/aws/sqs-sender.ts';
import { envRefName, ValidationError } from '../../shared/model/index.ts';
import { countBy, LOG_EVENT_OFF, METRIC } from '../../shared/observability/index.ts';
import { type LeasedPollOutcome, pollLeasedAccount } from '../../shared/pipeline/poll-account.ts';
import { PlatformAuthError } from '../../shared/platforms/errors.ts';
import type { HttpDeps } from '../../shared/platforms/http.ts';
import { pollerFor } from '../../shared/platforms/registry.ts';
import type { SeenStore } from '../../shared/platforms/runner.ts';
import type { IndexedAccount } from './config.ts';

/** The input each EventBridge Scheduler schedule sends: the cursor key of one watched account. */
export interface PollEvent {
  readonly account: string;
}

/** Everything the poll handler needs; handler.ts wires the production ones. */
export interface PollHandlerDeps {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly accounts: ReadonlyMap<string, IndexedAccount>;
  readonly lease: PollLeaseStore;
  readonly seen: SeenStore;
  readonly sender: ItemSender;
  readonly secrets: SecretsCache;
  readonly leaseMs: number;
  /** HTTP plumbing for the platform clients (tests inject a clock or fetch). */
  readonly http?: HttpDeps;
  readonly now?: () => number;
}

/** Checks the scheduler's input; anything else is refused naming what is wrong. */
export function parsePollEvent(event: unknown): PollEvent {
  const account = (event as { account?: unknown } | null)?.account;
  if (typeof account !== 'string' || account === '') {
    throw new ValidationError('poll event', ['account: expected the cursor key of a watched account']);
  }
  return { account };
}

/**
 * Builds the poll handler: one invocation polls one account (the schedule's input names
 * it), its items go to SQS and its cursor moves only after SQS took them. A 429 defers the
 * account; a platform or queue failure fails the invocation (the PollFailures metric and the
 * function's error alarm see it) and the next schedule tries again from the same cursor.
 * Logs name the account by its place in the config (`watch[2]`), never by its handle.
 */
export function createPollHandler(deps: PollHandlerDeps) {
  const { logger, metrics } = deps;
  const now = deps.now ?? Date.now;

  async function poll(event: unknown, context: Context): Promise<LeasedPollOutcome> {
    const { account: key } = parsePollEvent(event);
    const entry = deps.accounts.get(key);
    if (!entry) {
      metrics.addMetric(METRIC.pollErrors, MetricUnit.Count, 1);
      throw new ValidationError('poll event', ['account: not in the watch list of this deployment']);
    }
    const { account, index } = entry;
    const where = { account: `watch[${index}]`, platform: account.platform };
    try {
      const env = await deps.secrets.resolveEnv(account.credentials);
      const outcome = await pollLeasedAccount({
        adapter: pollerFor(account.platform),
        account,
        lease: deps.lease,
        seen: deps.seen,
        sender: deps.sender,
        owner: context.awsRequestId,
        leaseMs: deps.leaseMs,
        deps: { ...deps.http, env, warn: (message) => logger.warn('poll warning', { ...where, message }) },
        now,
      });
      if (outcome.status === 'polled') {
        metrics.addMetric('ItemsPolled', MetricUnit.Count, outcome.polled);
        metrics.addMetric('ItemsQueued', MetricUnit.Count, outcome.queued);
        if (outcome.deferredUntil !== undefined) metrics.addMetric('PollDeferred', MetricUnit.Count, 1);
        logger.info('polled', {
          ...where,
          polled: outcome.polled,
          queued: outcome.queued,
          ...(outcome.stopped ? { stopped: outcome.stopped.reason } : {}),
          ...(outcome.deferredUntil ? { deferredUntil: new Date(outcome.deferredUntil).toISOString() } : {}),
        });
      } else if (outcome.status === 'rate-limited') {
        metrics.addMetric('PollDeferred', MetricUnit.Count, 1);
        logger.info('rate limited, deferred', {
          ...where,
          deferredUntil: new Date(outcome.deferredUntil).toISOString(),
        });
      } else {
        metrics.addMetric('PollSkipped', MetricUnit.Count, 1);
        logger.info('skipped', {
          ...where,
          skip: outcome.reason,
          until: new Date(outcome.until).toISOString(),
        });
      }
      return outcome;
    } catch (error) {
      metrics.addMetric(METRIC.pollErrors, MetricUnit.Count, 1);
      countBy(metrics, METRIC.pollErrors, 'platform', { [account.platform]: 1 });
      // A rejected token may have been rotated since it was cached: read it again next time.
      if (error instanceof PlatformAuthError) {
        for (const ref of Object.values(account.credentials)) {
          const name = envRefName(ref);
          if (name) deps.secrets.invalidate(name);
        }
      }
      // Platform and store errors carry no personal data, but may carry URLs: log the kind only.
      logger.error('poll failed', { ...where, error: error instanceof Error ? error.name : 'unknown' });
      throw error;
    }
  }

  return middy<unknown, LeasedPollOutcome, Error, Context>()
    .use(injectLambdaContext(logger, LOG_EVENT_OFF))
    .use(logMetrics(metrics))
    .handler(poll);
}
