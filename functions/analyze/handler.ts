import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context, SQSEvent } from 'aws-lambda';
import { SnsAlertSink } from '../../shared/alerts/sns.ts';
import { tableProfileEngine } from '../../shared/aws/brand-profile.ts';
import type { BrandProfile } from '../../shared/model/index.ts';
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
// Plain conditional writes, not transactions: a transaction bills each KB twice (docs/cost.md).
const store = new DynamoFindingStore({
  client: documentClient,
  tableName: config.tableName,
  commitWith: 'single-writes',
});
// The profile with triage's allowlist (`findings dismiss --allow`) applied, re-read at most every 5 s.
const live = (profile: BrandProfile) =>
  liveEngine({
    profile,
    store,
    onError: (error) => logger.warn('brand overrides not read', { error: (error as Error).name }),
  });
// On AWS the profile itself is the table item BRAND#<name>/PROFILE, re-read at most every 60 s.
const engine = config.brandProfile
  ? live(config.brandProfile)
  : tableProfileEngine({
      client: documentClient,
      tableName: config.tableName,
      brand: config.brandName as string,
      build: live,
      onError: (error) => logger.warn('brand profile not re-read', { error: (error as Error).name }),
    });
void engine.refresh().catch(() => undefined);

/** The analyze Lambda: SQS batch of content items → findings in DynamoDB, alerts on SNS. */
const analyze = createAnalyzeHandler({
  logger,
  metrics,
  engine,
  store,
  impersonators: new DynamoImpersonatorStore({ client: documentClient, tableName: config.tableName }),
  sink: new SnsAlertSink({ client: snsClient, topics: config.topics }),
});

/** Loads (or re-reads, past its TTL) the brand profile before each batch; a missing one fails the batch. */
export const handler = async (event: SQSEvent, context: Context) => {
  await engine.refresh();
  return analyze(event, context);
};
