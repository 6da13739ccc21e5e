import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { CfnMicrosoftTeamsChannelConfiguration, SlackChannelConfiguration } from 'aws-cdk-lib/aws-chatbot';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { type ITopic, type ITopicSubscription, SubscriptionFilter, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription, SqsSubscription, UrlSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { type BrandProfile, durationToMs, envRefName, type MonitorConfig } from '../shared/model/index.ts';
import { cursorKey } from '../shared/platforms/runner.ts';
import { TABLE_DEFINITION } from '../shared/store/table.ts';
import { PostwatchFunction, TABLE_KEY_ACTIONS } from './constructs/postwatch-function.ts';
import { applyNagSuppressions } from './nag.ts';

/** A team's subscription to one alert topic, with the filter policy that picks its alerts. */
export interface TeamSubscription {
  readonly topic: 'takedown' | 'correction' | 'operations';
  readonly protocol: 'email' | 'https' | 'sqs';
  /** An email address, an HTTPS URL, or an SQS queue ARN. */
  readonly endpoint: string;
  /** Message attribute → allowed values (severity, check, action, platform, brand). */
  readonly filterPolicy?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Chat channels (AWS Chatbot, now Amazon Q Developer in chat applications) subscribed to the
 * chat topic. The workspace or tenant must first be authorized once in the Chatbot console;
 * the ids are what the console shows then.
 */
export interface ChatChannels {
  /** Create the chat topic even with no channel here (to map a channel made in the console to it). */
  readonly topic?: boolean;
  readonly slack?: { readonly workspaceId: string; readonly channelId: string };
  readonly teams?: { readonly tenantId: string; readonly teamId: string; readonly channelId: string };
}

/**
 * Chat channels from CDK context (`-c slackWorkspaceId=T… -c slackChannelId=C…`, and
 * `-c teamsTenantId=… -c teamsTeamId=… -c teamsChannelId=…`; `-c chatTopic=true` for the
 * topic alone); half of a set fails synth. A Teams channel id is taken as the channel link
 * has it (`19%3a…%40thread.tacv2`) or decoded (`19:…@thread.tacv2`).
 */
export function chatChannelsFromContext(get: (key: string) => unknown): ChatChannels {
  const read = (keys: readonly string[]): string[] | undefined => {
    const values = keys.map((k) => {
      const v = get(k);
      return v === undefined || v === null ? '' : String(v).trim();
    });
    if (values.every((v) => v === '')) return undefined;
    const missing = keys.filter((_, i) => values[i] === '');
    if (missing.length > 0)
      throw new Error(`chat channel: context ${missing.join(', ')} missing (give ${keys.join(', ')})`);
    return values;
  };
  const slack = read(['slackWorkspaceId', 'slackChannelId']);
  const teams = read(['teamsTenantId', 'teamsTeamId', 'teamsChannelId']);
  // CloudFormation wants the channel id URL-encoded, as it is in the channel's link.
  if (teams && /[:@]/.test(teams[2]!)) teams[2] = encodeURIComponent(teams[2]!);
  const topic = String(get('chatTopic') ?? '').trim() === 'true';
  return {
    ...(topic ? { topic } : {}),
    ...(slack ? { slack: { workspaceId: slack[0]!, channelId: slack[1]! } } : {}),
    ...(teams ? { teams: { tenantId: teams[0]!, teamId: teams[1]!, channelId: teams[2]! } } : {}),
  };
}

/** Props of the postwatch stack. */
export interface PostwatchStackProps extends StackProps {
  /** The validated brand profile; stored as a table item at deploy (BRAND#<name> / PROFILE). */
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
  /** Secrets Manager name prefix: `env:NAME` reads the secret `<prefix>NAME` (default `postwatch/`). */
  readonly secretPrefix?: string;
  /** How often the outbox sweep runs (default 5 minutes). */
  readonly sweepEvery?: Duration;
  /** Team subscriptions to the alert topics (each with a DLQ and an optional filter policy). */
  readonly subscriptions?: readonly TeamSubscription[];
  /** Slack/Teams channels for the chat topic (default: from CDK context, see chatChannelsFromContext). */
  readonly chat?: ChatChannels;
}

/** DynamoDB actions the analyze function needs: conditional put, consistent get, alert-state update. */
// BatchGetItem: one consistent lookup per batch of what exists; Put/Update inside TransactWriteItems.
// Query: the impersonator records' indicator lookup (one partition, no index; shared/store/impersonators.ts).
export const ANALYZE_TABLE_ACTIONS = ['BatchGetItem', 'PutItem', 'GetItem', 'UpdateItem', 'Query'] as const;
/** Poll: the lease and cursor (UpdateItem), seen versions (BatchGetItem, BatchWriteItem). */
export const POLL_TABLE_ACTIONS = ['UpdateItem', 'BatchGetItem', 'BatchWriteItem'] as const;
/** Sweep: the byAlert index (Query), the consistent lookup and the commit that marks alerts sent. */
export const SWEEP_TABLE_ACTIONS = ['Query', 'BatchGetItem', 'UpdateItem', 'PutItem'] as const;

/** Environment variables Lambda allows in total; the watch list must leave room for the rest. */
export const WATCH_LIST_MAX_BYTES = 3 * 1024;
/** The sk of the brand profile item (pk BRAND#<name>); other sk values belong to the overrides. */
export const BRAND_PROFILE_SK = 'PROFILE';
export const METRICS_NAMESPACE = 'Postwatch';

// AWS asks for a visibility timeout of at least six times the function timeout, so that
// retries of a throttled or slow batch do not make messages visible again mid-flight.
const VISIBILITY_FACTOR = 6;
const POLL_TIMEOUT = Duration.minutes(2);

/** A watched account's `every` as a schedule rate in whole minutes (Scheduler's smallest is 1). */
export function scheduleMinutes(every: string): number {
  return Math.max(1, Math.ceil(durationToMs(every) / 60_000));
}

/** Every `env:NAME` in the watched accounts' credentials and the webhook sections, by name. */
function secretNames(config: MonitorConfig): { poll: Set<string>; webhook: Set<string> } {
  const poll = new Set<string>();
  const webhook = new Set<string>();
  for (const account of config.watch) {
    for (const ref of Object.values(account.credentials)) {
      const name = envRefName(ref);
      if (name) poll.add(name);
    }
  }
  for (const section of Object.values(config.webhooks)) {
    for (const ref of Object.values(section ?? {})) {
      const name = envRefName(ref as string);
      if (name) webhook.add(name);
    }
  }
  return { poll, webhook };
}

const TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/;

/** Topic ARNs from the config's `sns` alert sink; a value that is not an ARN fails synth, naming its field. */
export function configuredTopics(config: MonitorConfig | undefined): {
  takedown?: string;
  correction?: string;
} {
  const index = config?.alerts.findIndex((a) => a.type === 'sns') ?? -1;
  const sink = index >= 0 ? config?.alerts[index] : undefined;
  if (sink?.type !== 'sns') return {};
  const out: { takedown?: string; correction?: string } = {};
  for (const name of ['takedown', 'correction'] as const) {
    const arn = sink.topics[name];
    if (arn === undefined) continue;
    if (!TOPIC_ARN.test(arn)) {
      throw new Error(
        `alerts[${index}].topics.${name}: expected an SNS topic ARN (arn:aws:sns:<region>:<account>:<name>)`,
      );
    }
    out[name] = arn;
  }
  if (sink.topics.review !== undefined) {
    throw new Error(
      `alerts[${index}].topics.review: not supported on AWS; review alerts go to the correction topic`,
    );
  }
  return out;
}

/**
 * The whole pipeline: pollers (one EventBridge schedule per watched account) and the webhook
 * Function URL put items on the ingest queue (+ DLQ) → analyze Lambda → findings table,
 * alerts to one topic per action, an outbox sweep re-publishing what is still pending.
 * One customer-managed key (rotation on) encrypts the table, the queues, the topics and the
 * secrets; alarms go to an operations topic; a dashboard shows the flow.
 */
export class PostwatchStack extends Stack {
  readonly dataKey: Key;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly subscriptionDeadLetterQueue: Queue;
  readonly table: Table;
  readonly topics: { readonly takedown: ITopic; readonly correction: ITopic };
  /** Operational alarms (not findings): kept apart so finding subscribers only get AlertDocuments. */
  readonly operationsTopic: Topic;
  /** Every finding as an AWS Chatbot custom notification, for Slack and Teams channels (when asked for). */
  readonly chatTopic?: Topic;
  readonly slackChannel?: SlackChannelConfiguration;
  readonly teamsChannel?: CfnMicrosoftTeamsChannelConfiguration;
  readonly analyze: PostwatchFunction;
  readonly sweep: PostwatchFunction;
  readonly poll?: PostwatchFunction;
  readonly webhook?: PostwatchFunction;
  readonly secrets = new Map<string, Secret>();
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: PostwatchStackProps) {
    super(scope, id, props);
    const timeout = props.analyzeTimeout ?? Duration.seconds(30);
    const maxReceiveCount = props.maxReceiveCount ?? 5;
    if (!Number.isInteger(maxReceiveCount) || maxReceiveCount < 5 || maxReceiveCount > 1000) {
      throw new Error('maxReceiveCount must be an integer between 5 and 1000');
    }
    const secretPrefix = props.secretPrefix ?? 'postwatch/';
    const config = props.config;

    // One customer-managed key for everything that holds other people's words or our tokens.
    this.dataKey = new Key(this, 'DataKey', {
      enableKeyRotation: true,
      description: 'postwatch: findings table, queues, alert topics, secrets',
    });
    // CloudWatch alarms and SNS (into subscription DLQs) act as the services themselves;
    // without this an encrypted topic or queue drops their messages silently.
    this.dataKey.grant(
      new ServicePrincipal('cloudwatch.amazonaws.com'),
      'kms:Decrypt',
      'kms:GenerateDataKey*',
    );
    this.dataKey.grant(new ServicePrincipal('sns.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    this.deadLetterQueue = new Queue(this, 'AnalyzeDlq', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.dataKey,
      enforceSSL: true,
      // The longest SQS allows: time for someone to look at what kept failing.
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'AnalyzeQueue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.dataKey,
      // One data key per 5 minutes instead of one KMS call per message.
      dataKeyReuse: Duration.minutes(5),
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(timeout.toSeconds() * VISIBILITY_FACTOR),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount },
    });
    // Alerts SNS could not deliver to a subscriber (after its retry policy) wait here.
    this.subscriptionDeadLetterQueue = new Queue(this, 'AlertDeliveryDlq', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.dataKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });

    const { partitionKey, sortKey, timeToLiveAttribute, globalSecondaryIndexes } = TABLE_DEFINITION;
    this.table = new Table(this, 'Findings', {
      partitionKey: { name: partitionKey.name, type: AttributeType.STRING },
      sortKey: { name: sortKey.name, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.dataKey,
      timeToLiveAttribute,
      // Findings are the record of what was flagged and decided; never lost by a stack change.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const gsi of globalSecondaryIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: gsi.indexName,
        partitionKey: { name: gsi.partitionKey.name, type: AttributeType.STRING },
        sortKey: { name: gsi.sortKey.name, type: AttributeType.STRING },
        ...(gsi.projection.type === 'INCLUDE'
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...gsi.projection.attributes] }
          : { projectionType: ProjectionType.KEYS_ONLY }),
      });
    }

    // Topics named in the config's `sns` sink are used as they are; the others are created here.
    const configured = configuredTopics(config);
    const topic = (name: 'takedown' | 'correction', id: string): ITopic => {
      const arn = configured[name];
      return arn
        ? Topic.fromTopicArn(this, id, arn)
        : new Topic(this, id, { masterKey: this.dataKey, enforceSSL: true });
    };
    this.topics = {
      takedown: topic('takedown', 'TakedownTopic'),
      correction: topic('correction', 'CorrectionTopic'),
    };
    this.operationsTopic = new Topic(this, 'OperationsTopic', { masterKey: this.dataKey, enforceSSL: true });
    // The chat topic only when a channel (or the topic alone) is asked for: no publish per
    // finding to a topic nobody reads.
    const chat = props.chat ?? chatChannelsFromContext((key) => this.node.tryGetContext(key));
    if (chat.topic || chat.slack || chat.teams) {
      this.chatTopic = new Topic(this, 'ChatTopic', { masterKey: this.dataKey, enforceSSL: true });
    }

    // The brand profile is a table item, not an environment variable (Lambda allows 4 KB of
    // those; a brand with 50 partners needs more). Written at every deploy that changes it;
    // the functions re-read it within a minute, so `put-item` changes it without a redeploy.
    const brandItem = {
      service: 'DynamoDB',
      action: 'putItem',
      parameters: {
        TableName: this.table.tableName,
        Item: {
          pk: { S: `BRAND#${props.brandProfile.name}` },
          sk: { S: BRAND_PROFILE_SK },
          type: { S: 'brandProfile' },
          profile: { S: JSON.stringify(props.brandProfile) },
        },
      },
      physicalResourceId: PhysicalResourceId.of(`BRAND#${props.brandProfile.name}#${BRAND_PROFILE_SK}`),
    };
    const brandWriter = new AwsCustomResource(this, 'BrandProfileItem', {
      onCreate: brandItem,
      onUpdate: brandItem,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [this.table.tableArn] }),
      ]),
      installLatestAwsSdk: false,
      logGroup: new LogGroup(this, 'BrandProfileItemLogs', {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
    });
    this.dataKey.grant(brandWriter.grantPrincipal, ...TABLE_KEY_ACTIONS);

    this.analyze = new PostwatchFunction(this, 'Analyze', {
      entry: `${props.projectRoot}/functions/analyze/handler.ts`,
      projectRoot: props.projectRoot,
      serviceName: 'postwatch-analyze',
      timeout,
      environment: { BRAND_NAME: props.brandProfile.name },
    })
      .useTable('TABLE_NAME', this.table, ANALYZE_TABLE_ACTIONS)
      .useTopic('TAKEDOWN_TOPIC_ARN', this.topics.takedown)
      // Review findings go to the correction topic (see shared/alerts/sns.ts), so no third topic.
      .useTopic('CORRECTION_TOPIC_ARN', this.topics.correction);
    if (this.chatTopic) this.analyze.useTopic('CHAT_TOPIC_ARN', this.chatTopic);
    this.analyze.node.addDependency(brandWriter);
    this.analyze.handler.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(2),
        reportBatchItemFailures: true,
      }),
    );

    // The outbox: findings stored `pending` (a failed publish, a crash before the commit).
    this.sweep = new PostwatchFunction(this, 'Sweep', {
      entry: `${props.projectRoot}/functions/sweep/handler.ts`,
      projectRoot: props.projectRoot,
      serviceName: 'postwatch-sweep',
      timeout: Duration.minutes(2),
      memorySize: 256,
    })
      .useTable('TABLE_NAME', this.table, SWEEP_TABLE_ACTIONS, { indexes: ['byAlert'] })
      .useTopic('TAKEDOWN_TOPIC_ARN', this.topics.takedown)
      .useTopic('CORRECTION_TOPIC_ARN', this.topics.correction);
    if (this.chatTopic) this.sweep.useTopic('CHAT_TOPIC_ARN', this.chatTopic);
    new Schedule(this, 'SweepSchedule', {
      description: 'postwatch: re-publish alerts still pending',
      schedule: ScheduleExpression.rate(props.sweepEvery ?? Duration.minutes(5)),
      target: new LambdaInvoke(this.sweep.function, { retryAttempts: 0 }),
    });

    if (config) {
      const names = secretNames(config);
      const secretFor = (name: string): Secret => {
        let secret = this.secrets.get(name);
        if (!secret) {
          // Created with a random placeholder; the operator puts the platform's value
          // (`aws secretsmanager put-secret-value`), never written in code or config.
          secret = new Secret(this, `Secret${name}`, {
            secretName: `${secretPrefix}${name}`,
            description: `postwatch: value of env:${name} in postwatch.config.json`,
            encryptionKey: this.dataKey,
          });
          this.secrets.set(name, secret);
        }
        return secret;
      };
      if (config.watch.length > 0)
        this.poll = this.addPollers(props, config, [...names.poll].map(secretFor), secretPrefix);
      if (Object.values(config.webhooks).some((s) => s !== undefined)) {
        this.webhook = this.addWebhook(props, config, [...names.webhook].map(secretFor), secretPrefix);
      }
    }

    for (const [i, sub] of (props.subscriptions ?? []).entries()) this.subscribe(i, sub);

    if (this.chatTopic) {
      const channels = this.addChatChannels(chat, this.chatTopic);
      this.slackChannel = channels.slack;
      this.teamsChannel = channels.teams;
    }

    this.dashboard = this.addMonitoring(props.brandProfile.name);
    applyNagSuppressions(this);
  }

  /** Slack and Teams channel configurations subscribed to the chat topic, read-only. */
  private addChatChannels(
    chat: ChatChannels,
    topic: Topic,
  ): { slack?: SlackChannelConfiguration; teams?: CfnMicrosoftTeamsChannelConfiguration } {
    // Read-only guardrail: a channel member can look, never change anything, from the chat.
    const guardrail = ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess');
    const slack = chat.slack
      ? new SlackChannelConfiguration(this, 'SlackChannel', {
          slackChannelConfigurationName: `${this.stackName}-alerts`.slice(0, 128),
          slackWorkspaceId: chat.slack.workspaceId,
          slackChannelId: chat.slack.channelId,
          notificationTopics: [topic],
          guardrailPolicies: [guardrail],
        })
      : undefined;
    let teams: CfnMicrosoftTeamsChannelConfiguration | undefined;
    if (chat.teams) {
      // aws-cdk-lib has no L2 for Teams: the CloudFormation resource, with a role of its own
      // that holds no permission (notifications need none; the guardrail caps any command).
      const role = new Role(this, 'TeamsChannelRole', {
        assumedBy: new ServicePrincipal('chatbot.amazonaws.com'),
        description: 'postwatch: AWS Chatbot Teams channel (notifications only)',
      });
      teams = new CfnMicrosoftTeamsChannelConfiguration(this, 'TeamsChannel', {
        configurationName: `${this.stackName}-alerts-teams`.slice(0, 128),
        teamsTenantId: chat.teams.tenantId,
        teamId: chat.teams.teamId,
        teamsChannelId: chat.teams.channelId,
        iamRoleArn: role.roleArn,
        snsTopicArns: [topic.topicArn],
        guardrailPolicies: [guardrail.managedPolicyArn],
      });
    }
    new CfnOutput(this, 'ChatTopicArn', {
      value: topic.topicArn,
      description: 'AWS Chatbot custom notifications of every finding: map it to a Slack or Teams channel',
    });
    return { ...(slack ? { slack } : {}), ...(teams ? { teams } : {}) };
  }

  private addPollers(
    props: PostwatchStackProps,
    config: MonitorConfig,
    secrets: readonly Secret[],
    secretPrefix: string,
  ): PostwatchFunction {
    const keys = new Set<string>();
    const watch = config.watch.map((account, i) => {
      const key = cursorKey(account);
      if (keys.has(key)) throw new Error(`watch[${i}]: ${account.platform} account watched twice`);
      keys.add(key);
      return account;
    });
    const watchList = JSON.stringify(watch);
    const bytes = Buffer.byteLength(watchList, 'utf8');
    if (bytes > WATCH_LIST_MAX_BYTES) {
      throw new Error(
        `the watch list is ${bytes} bytes as JSON; the poll function takes at most ${WATCH_LIST_MAX_BYTES} (Lambda allows 4 KB of environment variables in all): deploy the accounts as two stacks, or shorten apiBase/credential names`,
      );
    }
    const poll = new PostwatchFunction(this, 'Poll', {
      entry: `${props.projectRoot}/functions/poll/handler.ts`,
      projectRoot: props.projectRoot,
      serviceName: 'postwatch-poll',
      timeout: POLL_TIMEOUT,
      memorySize: 256,
      environment: {
        WATCH_LIST: watchList,
        // Longer than the timeout: a lease never ends while its poll still runs.
        LEASE_MS: String(POLL_TIMEOUT.toMilliseconds() + 30_000),
        SECRET_PREFIX: secretPrefix,
      },
      // A failed poll is retried by the next schedule from the same cursor, not by Lambda.
      retryAttempts: 0,
    })
      .useTable('TABLE_NAME', this.table, POLL_TABLE_ACTIONS)
      .useQueue('QUEUE_URL', this.queue)
      .useSecrets(secrets);
    watch.forEach((account, i) => {
      const minutes = scheduleMinutes(account.every);
      new Schedule(this, `PollSchedule${i}`, {
        description: `postwatch: poll watch[${i}] (${account.platform}) every ${minutes} min`,
        schedule: ScheduleExpression.rate(Duration.minutes(minutes)),
        target: new LambdaInvoke(poll.function, {
          // Only the key: the account's settings are in the function's WATCH_LIST.
          input: ScheduleTargetInput.fromObject({ account: cursorKey(account) }),
          retryAttempts: 0,
          maxEventAge: Duration.minutes(Math.max(1, minutes)),
        }),
      });
    });
    return poll;
  }

  private addWebhook(
    props: PostwatchStackProps,
    config: MonitorConfig,
    secrets: readonly Secret[],
    secretPrefix: string,
  ): PostwatchFunction {
    // Only the ids that Meta and WebSub deliveries name their authors by.
    const accounts = config.watch
      .filter((w) => w.accountId && (w.platform === 'facebook' || w.platform === 'youtube'))
      .map(({ platform, handle, accountId }) => ({ platform, handle, accountId }));
    const webhook = new PostwatchFunction(this, 'Webhook', {
      entry: `${props.projectRoot}/functions/webhook/handler.ts`,
      projectRoot: props.projectRoot,
      serviceName: 'postwatch-webhook',
      // Platforms expect an answer within seconds (Meta 20 s, X 3 s for the CRC).
      timeout: Duration.seconds(10),
      memorySize: 256,
      environment: {
        WEBHOOK_SECRETS: JSON.stringify(config.webhooks),
        WEBHOOK_ACCOUNTS: JSON.stringify(accounts),
        SECRET_PREFIX: secretPrefix,
      },
    })
      .useQueue('QUEUE_URL', this.queue)
      .useSecrets(secrets);
    // auth NONE: the platforms cannot sign with SigV4; each delivery's HMAC is the authentication.
    const url = webhook.function.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });
    new CfnOutput(this, 'WebhookUrl', {
      value: url.url,
      description: 'Base URL of the webhooks: append webhooks/<platform>',
    });
    return webhook;
  }

  private subscribe(index: number, sub: TeamSubscription): void {
    const topic =
      sub.topic === 'operations'
        ? this.operationsTopic
        : sub.topic === 'takedown'
          ? this.topics.takedown
          : this.topics.correction;
    const filterPolicy = sub.filterPolicy
      ? Object.fromEntries(
          Object.entries(sub.filterPolicy).map(([k, values]) => [
            k,
            SubscriptionFilter.stringFilter({ allowlist: [...values] }),
          ]),
        )
      : undefined;
    const common = {
      deadLetterQueue: this.subscriptionDeadLetterQueue,
      ...(filterPolicy ? { filterPolicy } : {}),
    };
    let subscription: ITopicSubscription;
    if (sub.protocol === 'email') subscription = new EmailSubscription(sub.endpoint, common);
    else if (sub.protocol === 'https') subscription = new UrlSubscription(sub.endpoint, common);
    else {
      const queue = Queue.fromQueueArn(this, `SubscriberQueue${index}`, sub.endpoint);
      // The JSON AlertDocument as the body (the `sqs` member of the message), attributes kept.
      subscription = new SqsSubscription(queue, common);
    }
    topic.addSubscription(subscription);
  }

  private addMonitoring(brand: string): Dashboard {
    const action = new SnsAction(this.operationsTopic);
    const alarm = (id: string, metric: IMetric, threshold: number, description: string, periods = 1) =>
      new Alarm(this, id, {
        metric,
        threshold,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: periods,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(action);
    const five = Duration.minutes(5);
    const custom = (name: string, service: string) =>
      new Metric({
        namespace: METRICS_NAMESPACE,
        metricName: name,
        dimensionsMap: { service },
        statistic: 'Sum',
        period: five,
      });

    // Anything in the DLQ is an item that was never analyzed: someone must look.
    alarm(
      'DlqNotEmpty',
      this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: five }),
      0,
      'Content items failed analysis repeatedly and are waiting in the DLQ.',
    );
    alarm(
      'AlertDeliveryDlqNotEmpty',
      this.subscriptionDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: five }),
      0,
      'SNS could not deliver alerts to a subscriber; they wait in the alert delivery DLQ.',
    );
    alarm(
      'QueueOldestMessage',
      this.queue.metricApproximateAgeOfOldestMessage({ period: five, statistic: 'Maximum' }),
      600,
      'Items have waited more than 10 minutes for analysis: analyze is failing, throttled or too slow.',
    );
    const functions: [string, PostwatchFunction | undefined][] = [
      ['Analyze', this.analyze],
      ['Sweep', this.sweep],
      ['Poll', this.poll],
      ['Webhook', this.webhook],
    ];
    for (const [name, fn] of functions) {
      if (!fn) continue;
      alarm(`${name}Errors`, fn.function.metricErrors({ period: five }), 0, `The ${name} function failed.`);
      alarm(
        `${name}Throttles`,
        fn.function.metricThrottles({ period: five }),
        0,
        `The ${name} function was throttled.`,
      );
    }
    if (this.poll) {
      // Two failed polls in a row (any account) mean a platform, token or queue problem.
      alarm(
        'PollFailures',
        custom('PollErrors', 'postwatch-poll'),
        1,
        'Polls of watched accounts are failing.',
        2,
      );
    }
    if (this.webhook) {
      alarm(
        'WebhookRefusalSpike',
        custom('WebhookRefusals', 'postwatch-webhook'),
        50,
        'More than 50 webhook deliveries refused in 5 minutes: a rotated secret, or someone probing the endpoint.',
      );
    }

    const dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.hours(6) });
    dashboard.addWidgets(
      new TextWidget({
        markdown: `# postwatch: ${brand}\nIngest → analyze → findings → alerts`,
        width: 24,
        height: 1,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({
        title: 'Ingest queue',
        left: [
          this.queue.metricNumberOfMessagesSent({ period: five }),
          this.queue.metricApproximateNumberOfMessagesVisible({ period: five }),
          this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: five }),
        ],
        right: [this.queue.metricApproximateAgeOfOldestMessage({ period: five, statistic: 'Maximum' })],
        width: 12,
      }),
      new GraphWidget({
        title: 'Pipeline',
        left: [
          custom('ItemsQueued', 'postwatch-poll'),
          custom('WebhookItems', 'postwatch-webhook'),
          custom('ItemsAnalyzed', 'postwatch-analyze'),
          custom('Findings', 'postwatch-analyze'),
          new MathExpression({
            expression: 'a + b',
            usingMetrics: {
              a: custom('AlertsSent', 'postwatch-analyze'),
              b: custom('AlertsSent', 'postwatch-sweep'),
            },
            label: 'AlertsSent',
            period: five,
          }),
        ],
        width: 12,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({
        title: 'Errors and refusals',
        left: [
          custom('PollErrors', 'postwatch-poll'),
          custom('WebhookRefusals', 'postwatch-webhook'),
          custom('AlertFailures', 'postwatch-analyze'),
          custom('AlertFailures', 'postwatch-sweep'),
        ],
        width: 12,
      }),
      new GraphWidget({
        title: 'Functions: errors and duration (p99)',
        left: functions.flatMap(([, fn]) => (fn ? [fn.function.metricErrors({ period: five })] : [])),
        right: functions.flatMap(([, fn]) =>
          fn ? [fn.function.metricDuration({ period: five, statistic: 'p99' })] : [],
        ),
        width: 12,
      }),
    );
    return dashboard;
  }
}
