import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { SecretsCache } from '../../shared/aws/secrets.ts';
import { SqsItemSender } from '../../shared/aws/sqs-sender.ts';
import { createLogger, createMetrics } from '../../shared/observability/index.ts';
import { readWebhookConfig } from './config.ts';
import { createWebhookHandler } from './create-handler.ts';

// Once per cold start: settings, clients and the secrets cache (values read on first use).
const config = readWebhookConfig();

/** The webhook Lambda behind the Function URL: `/webhooks/<platform>` → verify → SQS. */
export const handler = createWebhookHandler({
  logger: createLogger('postwatch-webhook'),
  metrics: createMetrics('postwatch-webhook'),
  config,
  secrets: new SecretsCache({
    client: new SecretsManagerClient({}),
    ...(config.secretPrefix !== undefined ? { prefix: config.secretPrefix } : {}),
  }),
  // A webhook must answer within seconds: two rounds of retries, short waits.
  sender: new SqsItemSender({ client: new SQSClient({}), queueUrl: config.queueUrl, maxRounds: 3 }),
});
