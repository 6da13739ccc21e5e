import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import type { BrandProfile, MonitorConfig } from '../shared/model/index.ts';
import { TABLE_DEFINITION } from '../shared/store/table.ts';
import { PostwatchFunction } from './constructs/postwatch-function.ts';

/** Props of the postwatch stack. */
export interface PostwatchStackProps extends StackProps {
  /** The validated brand profile the analyze function checks against. */
  readonly brandProfile: BrandProfile;
  /** Absolute path of the repository root (for bundling). */
  readonly projectRoot: string;
  /** Analyze function timeout (default 30 s); the queue's visibility timeout follows it. */
  readonly analyzeTimeout?: Duration;
  /** Deliveries before a message goes to the DLQ (default 5). */
  readonly maxReceiveCount?: number;
  /**
   * The monitor configuration (CONTRACTS.md §5, the same postwatch.config.json as
   * `postwatch run`), validated: watched accounts become poll schedules, webhook secrets
   * name Secrets Manager secrets. Absent: no pollers and no webhook endpoint.
   */
  readonly config?: MonitorConfig;
}

/** DynamoDB actions the analyze function needs: conditional put, consistent get, alert-state update. */
// BatchGetItem: one consistent lookup per batch of what exists; Put/Update inside TransactWriteItems.
// Query: the impersonator records' indicator lookup (one partition, no index; shared/store/impersonators.ts).
export const ANALYZE_TABLE_ACTIONS = ['BatchGetItem', 'PutItem', 'GetItem', 'UpdateItem', 'Query'] as const;

// AWS asks for a visibility timeout of at least six times the function timeout, so that
// retries of a throttled or slow batch do not make messages visible again mid-flight.
const VISIBILITY_FACTOR = 6;

/**
 * The walking skeleton: ingest queue (+ DLQ) → analyze Lambda → findings table, alerts to
 * one topic per action. Everything is encrypted at rest and HTTPS-only.
 */
export class PostwatchStack extends Stack {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly table: Table;
  readonly topics: { readonly takedown: Topic; readonly correction: Topic };
  /** Operational alarms (not findings): kept apart so finding subscribers only get AlertDocuments. */
  readonly operationsTopic: Topic;
  readonly analyze: PostwatchFunction;

  constructor(scope: Construct, id: string, props: PostwatchStackProps) {
    super(scope, id, props);
    const timeout = props.analyzeTimeout ?? Duration.seconds(30);
    const maxReceiveCount = props.maxReceiveCount ?? 5;
    if (!Number.isInteger(maxReceiveCount) || maxReceiveCount < 1 || maxReceiveCount > 1000) {
      throw new Error('maxReceiveCount must be an integer between 1 and 1000');
    }

    this.deadLetterQueue = new Queue(this, 'AnalyzeDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // The longest SQS allows: time for someone to look at what kept failing.
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'AnalyzeQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * VISIBILITY_FACTOR),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount },
    });

    const { partitionKey, sortKey, timeToLiveAttribute, globalSecondaryIndexes } = TABLE_DEFINITION;
    this.table = new Table(this, 'Findings', {
      partitionKey: { name: partitionKey.name, type: AttributeType.STRING },
      sortKey: { name: sortKey.name, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      timeToLiveAttribute,
      // Findings are the record of what was flagged and decided; never lost by a stack change.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const gsi of globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey.name, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey.name, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    // A customer-managed key (not alias/aws/sns) so that encrypted queues and other
    // services can later be allowed to subscribe; rotation on.
    const alertsKey = new Key(this, 'AlertsKey', {
      enableKeyRotation: true,
      description: 'postwatch alert topics',
    });
    this.topics = {
      takedown: new Topic(this, 'TakedownTopic', { masterKey: alertsKey, enforceSSL: true }),
      correction: new Topic(this, 'CorrectionTopic', { masterKey: alertsKey, enforceSSL: true }),
    };
    this.operationsTopic = new Topic(this, 'OperationsTopic', { masterKey: alertsKey, enforceSSL: true });
    // CloudWatch alarms publish as the service itself; without this an encrypted topic drops them silently.
    alertsKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    this.analyze = new PostwatchFunction(this, 'Analyze', {
      entry: `${props.projectRoot}/functions/analyze/handler.ts`,
      projectRoot: props.projectRoot,
      serviceName: 'postwatch-analyze',
      timeout,
      environment: { BRAND_PROFILE: JSON.stringify(props.brandProfile) },
    })
      .useTable('TABLE_NAME', this.table, ANALYZE_TABLE_ACTIONS)
      .useTopic('TAKEDOWN_TOPIC_ARN', this.topics.takedown)
      // Review findings go to the correction topic (see shared/alerts/sns.ts), so no third topic.
      .useTopic('CORRECTION_TOPIC_ARN', this.topics.correction);

    this.analyze.handler.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
      }),
    );

    // Anything in the DLQ is an item that was never analyzed: someone must look.
    new Alarm(this, 'DlqNotEmpty', {
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: 'Content items failed analysis repeatedly and are waiting in the DLQ.',
    }).addAlarmAction(new SnsAction(this.operationsTopic));
  }
}
