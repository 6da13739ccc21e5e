import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoPollLeaseStore } from '../../shared/aws/poll-lease.ts';
import { SecretsCache } from '../../shared/aws/secrets.ts';
import { SqsItemSender } from '../../shared/aws/sqs-sender.ts';
import { createLogger, createMetrics } from '../../shared/observability/index.ts';
import { createDocumentClient } from '../../shared/store/dynamodb.ts';
import { DynamoPollStateStore } from '../../shared/store/poll-state.ts';
import { readPollConfig } from './config.ts';
import { createPollHandler } from './create-handler.ts';

// Once per cold start: settings (a bad one fails the init naming it), clients, the secrets cache.
const config = readPollConfig();
const documentClient = createDocumentClient(new DynamoDBClient({}));

/** The poll Lambda: EventBridge Scheduler `{ account }` → platform poll → SQS → cursor. */
export const handler = createPollHandler({
  logger: createLogger('postwatch-poll'),
  metrics: createMetrics('postwatch-poll'),
  accounts: config.accounts,
  lease: new DynamoPollLeaseStore(documentClient, config.tableName),
  seen: new DynamoPollStateStore({ client: documentClient, tableName: config.tableName }),
  sender: new SqsItemSender({ client: new SQSClient({}), queueUrl: config.queueUrl }),
  secrets: new SecretsCache({
    client: new SecretsManagerClient({}),
    ...(config.secretPrefix !== undefined ? { prefix: config.secretPrefix } : {}),
  }),
  leaseMs: config.leaseMs,
});
