import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { SecretsCache } from '../../shared/aws/secrets.ts';
import type { ItemSender } from '../../shared/aws/sqs-sender.ts';
import { resolveEnvRefs } from '../../shared/model/index.ts';
import { countBy, LOG_EVENT_OFF, METRIC } from '../../shared/observability/index.ts';
import {
  fromProxyEventV2,
  type ProxyEventV2,
  toProxyResultV2,
} from '../../shared/platforms/webhooks/api-gateway.ts';
import {
  buildWebhookSecrets,
  handleWebhook,
  routePlatform,
  type WebhookSecrets,
} from '../../shared/platforms/webhooks/index.ts';
import type { WebhookConfig } from './config.ts';

/** Everything the webhook handler needs; handler.ts wires the production ones. */
export interface WebhookHandlerDeps {
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly config: Pick<WebhookConfig, 'webhooks' | 'accounts'>;
  readonly secrets: SecretsCache;
  readonly sender: ItemSender;
  readonly now?: () => Date;
}

/** What a refusal says: its status text only. Which check failed is for our logs, not the caller. */
const REFUSAL_BODY: Readonly<Record<number, string>> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  405: 'method not allowed',
  413: 'payload too large',
  503: 'unavailable',
};

function plain(status: number, extra: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...extra },
    body: JSON.stringify({ error: REFUSAL_BODY[status] ?? 'error' }),
    isBase64Encoded: false,
  };
}

/**
 * Builds the handler behind the Lambda Function URL (auth NONE: each platform's signature
 * over the raw body is the authentication). `/webhooks/<platform>` runs the same
 * verification and mapping as the local monitor (shared/platforms/<platform>/webhook.ts);
 * a Function URL hands binary or non-UTF-8 bodies base64-encoded, decoded before the HMAC.
 * Items go to SQS; the 2xx is sent only once SQS accepted every one of them, otherwise 503
 * with Retry-After so the platform redelivers. Refusals answer 400/401/403/404/405/413 with
 * the status text only, and count in the WebhookRefusals metric.
 */
export function createWebhookHandler(deps: WebhookHandlerDeps) {
  const { logger, metrics } = deps;
  const now = deps.now ?? (() => new Date());

  async function secretsFor(platform: string): Promise<WebhookSecrets> {
    const section = deps.config.webhooks[platform];
    if (!section) return {};
    const env = await deps.secrets.resolveEnv(section);
    return buildWebhookSecrets({ [platform]: resolveEnvRefs(section, env) }, deps.config.accounts);
  }

  async function webhook(event: ProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
    const req = fromProxyEventV2(event);
    const platform = routePlatform(req.path);
    let secrets: WebhookSecrets = {};
    if (platform) {
      try {
        secrets = await secretsFor(platform);
      } catch (error) {
        logger.error('webhook secrets unavailable', {
          platform,
          error: error instanceof Error ? error.name : 'unknown',
        });
        metrics.addMetric('WebhookFailures', MetricUnit.Count, 1);
        return plain(503, { 'retry-after': '30' });
      }
    }
    const result = handleWebhook(req, secrets, now());
    if (result.kind === 'handshake') {
      logger.info('webhook handshake', { platform });
      return toProxyResultV2(result);
    }
    if (result.kind === 'refused') {
      metrics.addMetric(METRIC.webhookRefusals, MetricUnit.Count, 1);
      // Also by reason (its own EMF line): a spike of bad-signature reads differently from too-large.
      countBy(metrics, METRIC.webhookRefusals, 'reason', { [result.reason]: 1 });
      logger.warn('webhook refused', {
        platform: platform ?? 'none',
        refusal: result.reason,
        status: result.status,
      });
      // YouTube WebSub: a bad signature is still acknowledged with 2xx (the hub must not retry).
      if (result.status === 200) return toProxyResultV2(result);
      return plain(result.status);
    }
    if (result.items.length > 0) {
      const outcome = await deps.sender.send(result.items);
      if (outcome.failed.length > 0) {
        metrics.addMetric('WebhookFailures', MetricUnit.Count, 1);
        logger.error('webhook items not queued', {
          platform,
          items: result.items.length,
          failed: outcome.failed.length,
          code: outcome.lastError,
        });
        // The platform redelivers the whole delivery; the items SQS took are analyzed once
        // (finding ids are deterministic), so the repeat adds nothing.
        return plain(503, { 'retry-after': '10' });
      }
    }
    metrics.addMetric('WebhookItems', MetricUnit.Count, result.items.length);
    if (result.dropped > 0) metrics.addMetric('WebhookItemsDropped', MetricUnit.Count, result.dropped);
    logger.info('webhook accepted', { platform, items: result.items.length, dropped: result.dropped });
    return toProxyResultV2(result);
  }

  return middy<ProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>()
    .use(injectLambdaContext(logger, LOG_EVENT_OFF))
    .use(logMetrics(metrics))
    .handler(webhook);
}
