import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SnsAlertSink } from '../../shared/alerts/sns.ts';
import { createLogger, createMetrics } from '../../shared/observability/index.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { readSweepConfig } from './config.ts';
import { createSweepHandler } from './create-handler.ts';

const config = readSweepConfig();

/** The outbox sweep Lambda (every 5 minutes): re-publishes findings whose alert is still pending. */
export const handler = createSweepHandler({
  logger: createLogger('postwatch-sweep'),
  metrics: createMetrics('postwatch-sweep'),
  store: new DynamoFindingStore({
    client: createDocumentClient(new DynamoDBClient({})),
    tableName: config.tableName,
  }),
  sink: new SnsAlertSink({ client: new SNSClient({}), topics: config.topics }),
});
