import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SnsAlertSink } from '../../shared/alerts/sns.ts';
import { createEngine } from '../../shared/checks/engine.ts';
import { createLogger, createMetrics } from '../../shared/observability/index.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { DynamoImpersonatorStore } from '../../shared/store/impersonators.ts';
import { readAnalyzeConfig } from './config.ts';
import { createAnalyzeHandler } from './create-handler.ts';

// Everything below runs once per cold start: a bad setting fails the init with a message
// naming it, and warm invocations reuse the clients' connections and the compiled engine.
const config = readAnalyzeConfig();
const logger = createLogger('postwatch-analyze');
const metrics = createMetrics('postwatch-analyze');
const documentClient = createDocumentClient(new DynamoDBClient({}));
const snsClient = new SNSClient({});

/** The analyze Lambda: SQS batch of content items → findings in DynamoDB, alerts on SNS. */
export const handler = createAnalyzeHandler({
  logger,
  metrics,
  engine: createEngine(config.brandProfile),
  store: new DynamoFindingStore({ client: documentClient, tableName: config.tableName }),
  impersonators: new DynamoImpersonatorStore({ client: documentClient, tableName: config.tableName }),
  sink: new SnsAlertSink({ client: snsClient, topics: config.topics }),
});
