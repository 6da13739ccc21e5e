import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { SnsAlertSink } from '../../shared/alerts/sns.ts';
import { createLogger, createMetrics } from '../../shared/observability/index.ts';
import { liveEngine } from '../../shared/pipeline/brand-overrides.ts';
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
const store = new DynamoFindingStore({ client: documentClient, tableName: config.tableName });
// The profile with triage's allowlist (`findings dismiss --allow`) applied, re-read at most every 5 s.
const engine = liveEngine({
  profile: config.brandProfile,
  store,
  onError: (error) => logger.warn('brand overrides not read', { error: (error as Error).name }),
});
void engine.refresh();

/** The analyze Lambda: SQS batch of content items → findings in DynamoDB, alerts on SNS. */
export const handler = createAnalyzeHandler({
  logger,
  metrics,
  engine,
  store,
  impersonators: new DynamoImpersonatorStore({ client: documentClient, tableName: config.tableName }),
  sink: new SnsAlertSink({ client: snsClient, topics: config.topics }),
});
