import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ANALYZE_TABLE_ACTIONS,
  METRICS_NAMESPACE,
  POLL_TABLE_ACTIONS,
  PostwatchStack,
  type PostwatchStackProps,
  SWEEP_TABLE_ACTIONS,
  scheduleMinutes,
} from '../../infra/postwatch-stack.ts';
import { type MonitorConfig, parseBrandProfile, parseMonitorConfig } from '../../shared/model/index.ts';
import { METRICS_NAMESPACE as EMITTED_NAMESPACE, METRIC } from '../../shared/observability/index.ts';
import { cursorKey } from '../../shared/platforms/runner.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const brandProfile = parseBrandProfile(
  JSON.parse(readFileSync(resolve(projectRoot, 'infra/sample-brand.json'), 'utf8')),
);
const config = parseMonitorConfig(
  JSON.parse(readFileSync(resolve(projectRoot, 'infra/sample.config.json'), 'utf8')),
);
const SUBSCRIPTION = {
  topic: 'takedown',
  protocol: 'email',
  endpoint: 'security-team@acmebank.example',
  filterPolicy: { severity: ['critical', 'high'], brand: ['Acme Bank'] },
} as const;

type Resource = { Type: string; Properties: Record<string, unknown>; DeletionPolicy?: string };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

const asList = <T>(a: T | T[]) => (Array.isArray(a) ? a : [a]);
/** Synth without bundling: the template is the subject here; bundle.test.ts runs the assets. */
const noBundling = () => new App({ context: { 'aws:cdk:bundling-stacks': [] } });

function synth(props: Partial<PostwatchStackProps> = {}) {
  const app = noBundling();
  const stack = new PostwatchStack(app, 'Test', {
    brandProfile,
    projectRoot,
    config,
    subscriptions: [SUBSCRIPTION],
    ...props,
  });
  return { app, stack, template: Template.fromStack(stack) };
}

let app: App;
let template: Template;
let resources: Record<string, Resource>;

function only(type: string, props: Record<string, unknown> = {}): [string, Resource] {
  const found = Object.entries(template.findResources(type, { Properties: props })) as [string, Resource][];
  expect(found, `${type} ${JSON.stringify(props)}`).toHaveLength(1);
  return found[0]!;
}
const fnId = (service: string) =>
  only('AWS::Lambda::Function', {
    Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: service }) },
  })[0];
const fnOf = (service: string) => resources[fnId(service)]!;
const envOf = (service: string) =>
  (fnOf(service).Properties.Environment as { Variables: Record<string, unknown> }).Variables;
const tableId = () => only('AWS::DynamoDB::Table')[0];
const keyArn = () => ({ 'Fn::GetAtt': [only('AWS::KMS::Key')[0], 'Arn'] });
const queueId = () => only('AWS::SQS::Queue', { VisibilityTimeout: Match.anyValue() })[0];

/** Every IAM statement attached to the role of the function of `service`. */
function statementsOf(service: string): Statement[] {
  const role = (fnOf(service).Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: role }]))
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}
function actionsOf(service: string, prefix: string): string[] {
  return [
    ...new Set(
      statementsOf(service)
        .flatMap((s) => asList(s.Action))
        .filter((a) => a.startsWith(prefix)),
    ),
  ].sort();
}
function resourcesOf(service: string, action: string): unknown[] {
  return statementsOf(service)
    .filter((s) => asList(s.Action).includes(action))
    .flatMap((s) => asList(s.Resource));
}
const secretId = (name: string) => only('AWS::SecretsManager::Secret', { Name: `postwatch/${name}` })[0];

beforeAll(() => {
  ({ app, template } = synth());
  resources = template.toJSON().Resources as Record<string, Resource>;
}, 120_000);

describe('PostwatchStack functions', () => {
  const services = ['postwatch-analyze', 'postwatch-poll', 'postwatch-webhook', 'postwatch-sweep'];

  it('has the four functions, each on Node.js 22 arm64 with source maps, its own log group and role', () => {
    expect(
      Object.keys(
        template.findResources('AWS::Lambda::Function', {
          Properties: {
            Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: Match.anyValue() }) },
          },
        }),
      ),
    ).toHaveLength(4);
    const roles = new Set<string>();
    for (const service of services) {
      const fn = fnOf(service).Properties;
      expect(fn.Runtime).toBe('nodejs22.x');
      expect(fn.Architectures).toEqual(['arm64']);
      expect(fn.Handler).toBe('index.handler');
      expect(envOf(service).NODE_OPTIONS).toBe('--enable-source-maps');
      const logGroup = (fn.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resources[logGroup]!.Properties.RetentionInDays).toBe(30);
      const role = (fn.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0]!;
      roles.add(role);
      // No managed policy (AWSLambdaBasicExecutionRole writes to every log group): its own log group only.
      expect(resources[role]!.Properties.ManagedPolicyArns).toBeUndefined();
      const logs = statementsOf(service).filter((s) => asList(s.Action).some((a) => a.startsWith('logs:')));
      expect(logs.flatMap((s) => asList(s.Resource))).toEqual([{ 'Fn::GetAtt': [logGroup, 'Arn'] }]);
    }
    expect(roles.size).toBe(4);
  });

  it('gives no function a wildcard action or a * resource', () => {
    for (const service of services) {
      for (const s of statementsOf(service)) {
        for (const a of asList(s.Action)) expect(a.endsWith('*'), `${service}: ${a}`).toBe(false);
        expect(asList(s.Resource)).not.toContain('*');
      }
    }
  });

  describe('analyze', () => {
    it('reads its brand profile from the table (not a 4 KB environment variable), topics by ARN', () => {
      const vars = envOf('postwatch-analyze');
      expect(vars.BRAND_PROFILE).toBeUndefined();
      expect(vars.BRAND_NAME).toBe(brandProfile.name);
      expect(vars.TABLE_NAME).toEqual({ Ref: tableId() });
      const topicId = (prefix: string) =>
        Object.keys(template.findResources('AWS::SNS::Topic')).find((id) => id.startsWith(prefix));
      expect(vars.TAKEDOWN_TOPIC_ARN).toEqual({ Ref: topicId('TakedownTopic') });
      expect(vars.CORRECTION_TOPIC_ARN).toEqual({ Ref: topicId('CorrectionTopic') });
      // No chat channel asked for: no chat topic, no publish to it.
      expect(vars.CHAT_TOPIC_ARN).toBeUndefined();
    });

    it('consumes the queue in batches of 10 with partial batch responses', () => {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: fnId('postwatch-analyze') },
        EventSourceArn: { 'Fn::GetAtt': [queueId(), 'Arn'] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BatchSize: 10,
      });
    });

    it('may batch-get, put, get and update table items, publish to the two alert topics, consume the queue', () => {
      expect(actionsOf('postwatch-analyze', 'dynamodb:')).toEqual(
        ANALYZE_TABLE_ACTIONS.map((a) => `dynamodb:${a}`).sort(),
      );
      expect(resourcesOf('postwatch-analyze', 'dynamodb:PutItem')).toEqual([
        { 'Fn::GetAtt': [tableId(), 'Arn'] },
      ]);
      expect(actionsOf('postwatch-analyze', 'sns:')).toEqual(['sns:Publish']);
      const topics = resourcesOf('postwatch-analyze', 'sns:Publish');
      expect(topics).toHaveLength(2);
      expect(topics).not.toContainEqual({ Ref: Match.stringLikeRegexp('Operations') });
      expect(JSON.stringify(topics)).not.toContain('Operations');
      expect(actionsOf('postwatch-analyze', 'sqs:')).toEqual([
        'sqs:ChangeMessageVisibility',
        'sqs:DeleteMessage',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:ReceiveMessage',
      ]);
      expect(actionsOf('postwatch-analyze', 'secretsmanager:')).toEqual([]);
    });
  });

  describe('poll', () => {
    it('gets the watch list (secret names only) and a lease longer than its timeout', () => {
      const vars = envOf('postwatch-poll');
      const watch = JSON.parse(String(vars.WATCH_LIST));
      expect(watch).toEqual(JSON.parse(JSON.stringify(config.watch)));
      expect(String(vars.WATCH_LIST)).not.toMatch(/"bearerToken":"(?!env:)/);
      expect(Number(vars.LEASE_MS)).toBeGreaterThan(
        (fnOf('postwatch-poll').Properties.Timeout as number) * 1000,
      );
      expect(vars.SECRET_PREFIX).toBe('postwatch/');
      expect(vars.QUEUE_URL).toEqual({ Ref: queueId() });
    });

    it('is not retried by Lambda: the next schedule retries from the same cursor', () => {
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: fnId('postwatch-poll') },
        MaximumRetryAttempts: 0,
      });
    });

    it('may update (lease, cursor) and batch-read/write (seen) table items, send to the queue, read its own secrets', () => {
      expect(actionsOf('postwatch-poll', 'dynamodb:')).toEqual(
        POLL_TABLE_ACTIONS.map((a) => `dynamodb:${a}`).sort(),
      );
      for (const a of POLL_TABLE_ACTIONS) {
        expect(resourcesOf('postwatch-poll', `dynamodb:${a}`)).toEqual([
          { 'Fn::GetAtt': [tableId(), 'Arn'] },
        ]);
      }
      expect(actionsOf('postwatch-poll', 'sqs:')).toEqual(['sqs:SendMessage']);
      expect(resourcesOf('postwatch-poll', 'sqs:SendMessage')).toEqual([
        { 'Fn::GetAtt': [queueId(), 'Arn'] },
      ]);
      expect(actionsOf('postwatch-poll', 'secretsmanager:')).toEqual([
        'secretsmanager:DescribeSecret',
        'secretsmanager:GetSecretValue',
      ]);
      expect(resourcesOf('postwatch-poll', 'secretsmanager:GetSecretValue').sort()).toEqual(
        [{ Ref: secretId('X_BEARER_TOKEN') }, { Ref: secretId('META_TOKEN') }].sort(),
      );
      expect(actionsOf('postwatch-poll', 'sns:')).toEqual([]);
      expect(actionsOf('postwatch-poll', 'kms:')).toEqual([
        'kms:Decrypt',
        'kms:DescribeKey',
        'kms:Encrypt',
        'kms:GenerateDataKey',
      ]);
    });

    it('has one schedule per watched account at its `every` (at least a minute), input only its key', () => {
      const schedules = Object.values(
        template.findResources('AWS::Scheduler::Schedule', {
          Properties: { Target: { Arn: { 'Fn::GetAtt': [fnId('postwatch-poll'), 'Arn'] } } },
        }),
      ) as Resource[];
      expect(schedules).toHaveLength(config.watch.length);
      const byInput = new Map(
        schedules.map((s) => {
          const target = s.Properties.Target as {
            Input: string;
            RetryPolicy: { MaximumRetryAttempts: number };
          };
          expect(target.RetryPolicy.MaximumRetryAttempts).toBe(0);
          return [target.Input, s.Properties.ScheduleExpression];
        }),
      );
      for (const account of config.watch) {
        const input = JSON.stringify({ account: cursorKey(account) });
        const minutes = scheduleMinutes(account.every);
        expect(byInput.get(input)).toBe(`rate(${minutes} minute${minutes === 1 ? '' : 's'})`);
      }
      expect(scheduleMinutes('90s')).toBe(2);
      expect(scheduleMinutes('10s')).toBe(1);
    });
  });

  describe('webhook', () => {
    it('is a Function URL with auth NONE (the signature is the auth), its URL an output', () => {
      template.hasResourceProperties('AWS::Lambda::Url', {
        AuthType: 'NONE',
        TargetFunctionArn: { 'Fn::GetAtt': [fnId('postwatch-webhook'), 'Arn'] },
      });
      template.hasOutput('WebhookUrl', {
        Value: { 'Fn::GetAtt': [Match.stringLikeRegexp('WebhookFunctionFunctionUrl'), 'FunctionUrl'] },
      });
    });

    it('knows the secret names of each platform and the page ids, never a value', () => {
      const vars = envOf('postwatch-webhook');
      expect(JSON.parse(String(vars.WEBHOOK_SECRETS))).toEqual(config.webhooks);
      expect(JSON.parse(String(vars.WEBHOOK_ACCOUNTS))).toEqual([
        { platform: 'facebook', handle: 'acmebank', accountId: '104857600000001' },
      ]);
    });

    it('may send to the queue and read the webhook secrets, nothing on the table or topics', () => {
      expect(actionsOf('postwatch-webhook', 'sqs:')).toEqual(['sqs:SendMessage']);
      expect(actionsOf('postwatch-webhook', 'dynamodb:')).toEqual([]);
      expect(actionsOf('postwatch-webhook', 'sns:')).toEqual([]);
      const read = resourcesOf('postwatch-webhook', 'secretsmanager:GetSecretValue');
      expect(read).toHaveLength(3);
      for (const name of ['META_APP_SECRET', 'META_VERIFY_TOKEN', 'X_CONSUMER_SECRET']) {
        expect(read).toContainEqual({ Ref: secretId(name) });
      }
      expect(actionsOf('postwatch-webhook', 'kms:')).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
    });
  });

  describe('sweep', () => {
    it('runs every 5 minutes and may query only the byAlert index', () => {
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: 'rate(5 minutes)',
        Target: { Arn: { 'Fn::GetAtt': [fnId('postwatch-sweep'), 'Arn'] } },
      });
      expect(actionsOf('postwatch-sweep', 'dynamodb:')).toEqual(
        SWEEP_TABLE_ACTIONS.map((a) => `dynamodb:${a}`).sort(),
      );
      expect(resourcesOf('postwatch-sweep', 'dynamodb:Query')).toEqual([
        { 'Fn::GetAtt': [tableId(), 'Arn'] },
        { 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId(), 'Arn'] }, '/index/byAlert']] },
      ]);
      expect(actionsOf('postwatch-sweep', 'sns:')).toEqual(['sns:Publish']);
      expect(actionsOf('postwatch-sweep', 'sqs:')).toEqual([]);
      expect(actionsOf('postwatch-sweep', 'secretsmanager:')).toEqual([]);
    });
  });
});

describe('PostwatchStack data', () => {
  it('one customer-managed key with rotation encrypts the table, the queues, the topics and the secrets', () => {
    template.resourceCountIs('AWS::KMS::Key', 1);
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: keyArn() },
    });
    const queues = Object.values(template.findResources('AWS::SQS::Queue')) as Resource[];
    expect(queues).toHaveLength(3);
    for (const q of queues) expect(q.Properties.KmsMasterKeyId).toEqual(keyArn());
    const topics = Object.values(template.findResources('AWS::SNS::Topic')) as Resource[];
    expect(topics).toHaveLength(3);
    for (const t of topics) expect(t.Properties.KmsMasterKeyId).toEqual(keyArn());
    const secrets = Object.values(template.findResources('AWS::SecretsManager::Secret')) as Resource[];
    expect(secrets.map((s) => s.Properties.Name).sort()).toEqual(
      ['META_APP_SECRET', 'META_TOKEN', 'META_VERIFY_TOKEN', 'X_BEARER_TOKEN', 'X_CONSUMER_SECRET'].map(
        (n) => `postwatch/${n}`,
      ),
    );
    for (const s of secrets) expect(s.Properties.KmsKeyId).toEqual(keyArn());
  });

  it('lets CloudWatch (alarms) and SNS (subscription DLQ) use the key, so their messages are not dropped', () => {
    const [, key] = only('AWS::KMS::Key');
    const statements = (key.Properties.KeyPolicy as { Statement: Statement[] }).Statement;
    for (const service of ['cloudwatch.amazonaws.com', 'sns.amazonaws.com']) {
      const granted = statements
        .filter((s) =>
          asList((s as { Principal?: { Service?: string | string[] } }).Principal?.Service ?? []).includes(
            service,
          ),
        )
        .flatMap((s) => asList(s.Action));
      expect(granted, service).toContain('kms:Decrypt');
      expect(
        granted.some((a) => a.startsWith('kms:GenerateDataKey')),
        service,
      ).toBe(true);
      // Nothing more than encrypting a message for the topic or queue.
      expect(
        granted.every((a) => a === 'kms:Decrypt' || a.startsWith('kms:GenerateDataKey')),
        service,
      ).toBe(true);
    }
  });

  it('the table is on-demand, point-in-time recoverable, retained, expires by TTL, with the shared keys and indexes', () => {
    const [id, table] = only('AWS::DynamoDB::Table');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
      ],
    });
    const gsis = table.Properties.GlobalSecondaryIndexes as { IndexName: string }[];
    expect(gsis.map((g) => g.IndexName)).toEqual(
      TABLE_DEFINITION.globalSecondaryIndexes.map((g) => g.indexName),
    );
    // Keys, not records (docs/cost.md): a finding is written once at full size.
    expect((gsis as unknown as { Projection: unknown }[]).map((g) => g.Projection)).toEqual([
      { ProjectionType: 'KEYS_ONLY' },
      { ProjectionType: 'INCLUDE', NonKeyAttributes: ['type', 'id', 'platform', 'itemId', 'contentHash'] },
      { ProjectionType: 'KEYS_ONLY' },
    ]);
    expect(id).toMatch(/^Findings/);
  });

  it('writes the brand profile as the table item BRAND#<name> / PROFILE at deploy', () => {
    const [, cr] = only('Custom::AWS');
    // The SDK call is a JSON string with the table name as a token: join it with a stand-in.
    const joined = (cr.Properties.Create as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
      .map((part) => (typeof part === 'string' ? part : 'TABLE'))
      .join('');
    const call = JSON.parse(joined);
    expect(call).toMatchObject({
      service: 'DynamoDB',
      action: 'putItem',
      parameters: { TableName: 'TABLE' },
    });
    const item = call.parameters.Item;
    expect(item.pk).toEqual({ S: `BRAND#${brandProfile.name}` });
    expect(item.sk).toEqual({ S: 'PROFILE' });
    expect(parseBrandProfile(JSON.parse(item.profile.S))).toEqual(brandProfile);
    const providerPolicy = Object.values(resources).find(
      (r) =>
        r.Type === 'AWS::IAM::Policy' &&
        JSON.stringify(r.Properties.PolicyDocument).includes('dynamodb:PutItem') &&
        JSON.stringify(r.Properties.Roles).includes('AWS679f53fac002430cb0da5b7982bd2287'),
    );
    const document = providerPolicy?.Properties.PolicyDocument as { Statement: Statement[] } | undefined;
    const actions = (document?.Statement ?? []).flatMap((s) => asList(s.Action));
    expect(actions.filter((a) => a.startsWith('dynamodb:'))).toEqual(['dynamodb:PutItem']);
  });
});

describe('PostwatchStack queue and alerts', () => {
  it('moves messages that keep failing to a DLQ after 5 receives; visibility is 6× the analyze timeout', () => {
    const queue = resources[queueId()]!.Properties;
    const dlq = queue.RedrivePolicy as {
      deadLetterTargetArn: { 'Fn::GetAtt': string[] };
      maxReceiveCount: number;
    };
    expect(dlq.maxReceiveCount).toBeGreaterThanOrEqual(5);
    expect(resources[dlq.deadLetterTargetArn['Fn::GetAtt'][0]!]!.Properties.MessageRetentionPeriod).toBe(
      14 * 86_400,
    );
    expect(queue.VisibilityTimeout as number).toBeGreaterThanOrEqual(
      6 * (fnOf('postwatch-analyze').Properties.Timeout as number),
    );
  });

  it('refuses plain HTTP on every queue and topic', () => {
    const policies = [
      ...Object.values(template.findResources('AWS::SQS::QueuePolicy')),
      ...Object.values(template.findResources('AWS::SNS::TopicPolicy')),
    ];
    expect(policies).toHaveLength(6);
    for (const p of policies) expect(JSON.stringify(p)).toContain('"aws:SecureTransport":"false"');
  });

  it('subscribes a team with its filter policy and a DLQ for what SNS could not deliver', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: SUBSCRIPTION.endpoint,
      TopicArn: { Ref: Match.stringLikeRegexp('^TakedownTopic') },
      FilterPolicy: { severity: ['critical', 'high'], brand: ['Acme Bank'] },
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^AlertDeliveryDlq'), 'Arn'] },
      },
    });
  });

  it('alarms to the operations topic on DLQs, message age, errors, throttles, poll failures and webhook refusals', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    const ops = Object.keys(template.findResources('AWS::SNS::Topic')).find((id) =>
      id.startsWith('OperationsTopic'),
    );
    expect(alarms.length).toBeGreaterThanOrEqual(13);
    for (const a of alarms) expect(a.Properties.AlarmActions).toEqual([{ Ref: ops }]);
    const find = (props: Record<string, unknown>) =>
      alarms.filter((a) =>
        Object.entries(props).every(([k, v]) => JSON.stringify(a.Properties[k]) === JSON.stringify(v)),
      );
    expect(find({ MetricName: 'ApproximateNumberOfMessagesVisible' })).toHaveLength(2);
    expect(find({ MetricName: 'ApproximateAgeOfOldestMessage', Threshold: 600 })).toHaveLength(1);
    for (const service of ['postwatch-analyze', 'postwatch-poll', 'postwatch-webhook', 'postwatch-sweep']) {
      const dims = [{ Name: 'FunctionName', Value: { Ref: fnId(service) } }];
      expect(find({ MetricName: 'Errors', Dimensions: dims })).toHaveLength(1);
      expect(find({ MetricName: 'Throttles', Dimensions: dims })).toHaveLength(1);
    }
    expect(
      find({
        Namespace: 'Postwatch',
        MetricName: 'PollErrors',
        Dimensions: [{ Name: 'service', Value: 'postwatch-poll' }],
      }),
    ).toHaveLength(1);
    expect(
      find({
        Namespace: 'Postwatch',
        MetricName: 'WebhookRefusals',
        Dimensions: [{ Name: 'service', Value: 'postwatch-webhook' }],
      }),
    ).toHaveLength(1);
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    // The names the functions emit (shared/observability) are the names the alarms watch.
    expect(METRICS_NAMESPACE).toBe(EMITTED_NAMESPACE);
    expect([METRIC.pollErrors, METRIC.webhookRefusals]).toEqual(['PollErrors', 'WebhookRefusals']);
  });
});

describe('PostwatchStack chat (AWS Chatbot)', () => {
  const SLACK = { slackWorkspaceId: 'T07ABCDEF12', slackChannelId: 'C07ABCDEF34' };
  const TEAMS = {
    teamsTenantId: '11111111-2222-3333-4444-555555555555',
    teamsTeamId: '66666666-7777-8888-9999-000000000000',
    teamsChannelId: '19%3aabcdef0123456789%40thread.tacv2',
  };
  function synthWithContext(context: Record<string, string>) {
    const chatApp = new App({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
    const stack = new PostwatchStack(chatApp, 'Chat', { brandProfile, projectRoot, config });
    return { chatApp, t: Template.fromStack(stack) };
  }
  let withChat: ReturnType<typeof synthWithContext>;
  beforeAll(() => {
    withChat = synthWithContext({ ...SLACK, ...TEAMS });
  }, 120_000);

  it('has a KMS-encrypted chat topic, its ARN an output, that analyze and sweep (only) may publish to', () => {
    const { t } = withChat;
    const res = t.toJSON().Resources as Record<string, Resource>;
    const id = Object.keys(t.findResources('AWS::SNS::Topic')).find((k) => k.startsWith('ChatTopic'))!;
    const key = { 'Fn::GetAtt': [Object.keys(t.findResources('AWS::KMS::Key'))[0], 'Arn'] };
    expect(res[id]!.Properties.KmsMasterKeyId).toEqual(key);
    t.hasOutput('ChatTopicArn', { Value: { Ref: id } });
    // The topic refuses plain HTTP, as the others do.
    t.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: id }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny' })]) },
    });
    const fn = (service: string) =>
      Object.entries(res).find(
        ([, r]) =>
          r.Type === 'AWS::Lambda::Function' &&
          JSON.stringify(r.Properties.Environment ?? {}).includes(`"POWERTOOLS_SERVICE_NAME":"${service}"`),
      )![1];
    const publishTargets = (service: string) => {
      const role = (fn(service).Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0];
      return Object.values(res)
        .filter(
          (r) =>
            r.Type === 'AWS::IAM::Policy' &&
            JSON.stringify(r.Properties.Roles) === JSON.stringify([{ Ref: role }]),
        )
        .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
        .filter((st) => asList(st.Action).includes('sns:Publish'))
        .flatMap((st) => asList(st.Resource));
    };
    for (const service of ['postwatch-analyze', 'postwatch-sweep']) {
      expect(publishTargets(service), service).toContainEqual({ Ref: id });
      expect(publishTargets(service), service).toHaveLength(3);
      const vars = (fn(service).Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(vars.CHAT_TOPIC_ARN, service).toEqual({ Ref: id });
    }
    for (const service of ['postwatch-poll', 'postwatch-webhook']) {
      expect(publishTargets(service), service).toEqual([]);
    }
  });

  it('with -c chatTopic=true has the topic alone, for a channel mapped to it by hand', () => {
    const { t } = synthWithContext({ chatTopic: 'true' });
    expect(
      Object.keys(t.findResources('AWS::SNS::Topic')).filter((k) => k.startsWith('ChatTopic')),
    ).toHaveLength(1);
    t.resourceCountIs('AWS::Chatbot::SlackChannelConfiguration', 0);
    t.resourceCountIs('AWS::Chatbot::MicrosoftTeamsChannelConfiguration', 0);
  });

  it('without context has no chat topic and no chat channel configuration', () => {
    expect(
      Object.keys(template.findResources('AWS::SNS::Topic')).some((k) => k.startsWith('ChatTopic')),
    ).toBe(false);
    expect(Object.keys(template.findOutputs('*'))).not.toContain('ChatTopicArn');
    template.resourceCountIs('AWS::Chatbot::SlackChannelConfiguration', 0);
    template.resourceCountIs('AWS::Chatbot::MicrosoftTeamsChannelConfiguration', 0);
  });

  it('with Slack and Teams context subscribes both channels to the chat topic with a read-only guardrail', () => {
    const { t } = withChat;
    const chatTopic = Object.keys(t.findResources('AWS::SNS::Topic')).find((id) =>
      id.startsWith('ChatTopic'),
    );
    const readOnly = {
      'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/ReadOnlyAccess']],
    };
    t.resourceCountIs('AWS::Chatbot::SlackChannelConfiguration', 1);
    t.hasResourceProperties('AWS::Chatbot::SlackChannelConfiguration', {
      SlackWorkspaceId: SLACK.slackWorkspaceId,
      SlackChannelId: SLACK.slackChannelId,
      SnsTopicArns: [{ Ref: chatTopic }],
      GuardrailPolicies: [readOnly],
    });
    t.resourceCountIs('AWS::Chatbot::MicrosoftTeamsChannelConfiguration', 1);
    t.hasResourceProperties('AWS::Chatbot::MicrosoftTeamsChannelConfiguration', {
      TeamsTenantId: TEAMS.teamsTenantId,
      TeamId: TEAMS.teamsTeamId,
      TeamsChannelId: TEAMS.teamsChannelId,
      SnsTopicArns: [{ Ref: chatTopic }],
      GuardrailPolicies: [readOnly],
      IamRoleArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TeamsChannelRole'), 'Arn'] },
    });
    // The channels' roles are Chatbot's and hold no permission: notifications need none.
    const chatRoles = Object.entries(t.findResources('AWS::IAM::Role')).filter(([, r]) =>
      JSON.stringify(r.Properties.AssumeRolePolicyDocument).includes('chatbot.amazonaws.com'),
    );
    expect(chatRoles).toHaveLength(2);
    for (const [id, role] of chatRoles) {
      expect(role.Properties.ManagedPolicyArns, id).toBeUndefined();
      expect(role.Properties.Policies, id).toBeUndefined();
      const attached = Object.values(t.findResources('AWS::IAM::Policy')).filter((p) =>
        JSON.stringify(p.Properties.Roles).includes(id),
      );
      expect(attached, id).toEqual([]);
    }
  });

  it('refuses half a Slack or Teams channel in the context, naming what is missing', () => {
    expect(() => synthWithContext({ slackWorkspaceId: 'T07ABCDEF12' })).toThrow(
      /chat channel: context slackChannelId missing/,
    );
    expect(() => synthWithContext({ teamsTeamId: 'x', teamsChannelId: 'y' })).toThrow(
      /context teamsTenantId missing/,
    );
  });

  it('takes a Teams channel id decoded too, and gives CloudFormation the encoded form', () => {
    const { t } = synthWithContext({ ...TEAMS, teamsChannelId: '19:abcdef0123456789@thread.tacv2' });
    t.hasResourceProperties('AWS::Chatbot::MicrosoftTeamsChannelConfiguration', {
      TeamsChannelId: '19%3Aabcdef0123456789%40thread.tacv2',
    });
  });

  it('keeps cdk-nag at zero unacknowledged violations with the channels', () => {
    const report = new AwsSolutionsChecks(withChat.chatApp).validateScope(withChat.chatApp);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no violation that is not acknowledged with a reason', () => {
    const report = new AwsSolutionsChecks(app).validateScope(app);
    const open = report.violations.map(
      (v) =>
        `${v.ruleName}: ${v.violatingResources.map((r) => (r as { constructPath?: string }).constructPath).join(', ')}`,
    );
    expect(open).toEqual([]);
    expect(report.success).toBe(true);
  });
});

describe('PostwatchStack from the config', () => {
  const withWatch = (watch: MonitorConfig['watch']): MonitorConfig => ({ ...config, watch });

  it('fails synth when the watch list would not fit in the environment', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      ...config.watch[0]!,
      accountId: String(1_000_000 + i),
      apiBase: 'https://api.sandbox.example/very/long/base/path',
    }));
    expect(() => synth({ config: withWatch(many) })).toThrow(/watch list is \d+ bytes.*at most 3072/);
  });

  it('fails synth when one account is watched twice', () => {
    expect(() => synth({ config: withWatch([config.watch[0]!, config.watch[0]!]) })).toThrow(
      /watch\[1\]: x account watched twice/,
    );
  });

  it('uses the topics the config names, and refuses one that is not an ARN', () => {
    const arn = 'arn:aws:sns:eu-west-1:123456789012:acme-takedown';
    const { template: t } = synth({
      config: { ...config, alerts: [{ type: 'sns', topics: { takedown: arn } }] },
      subscriptions: [],
    });
    expect(Object.keys(t.findResources('AWS::SNS::Topic')).some((id) => id.startsWith('Takedown'))).toBe(
      false,
    );
    expect(JSON.stringify(t.toJSON())).toContain(arn);
    expect(() =>
      synth({ config: { ...config, alerts: [{ type: 'sns', topics: { takedown: 'arn:aws:sns:...' } }] } }),
    ).toThrow(/alerts\[0\]\.topics\.takedown: expected an SNS topic ARN/);
  });

  it('without a config has no pollers, no webhook endpoint and no secrets, and refuses maxReceiveCount < 5', () => {
    const { template: t } = synth({ config: undefined, subscriptions: [] });
    t.resourceCountIs('AWS::Lambda::Url', 0);
    t.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(Object.keys(t.findResources('AWS::Scheduler::Schedule'))).toHaveLength(1);
    expect(() => synth({ maxReceiveCount: 3 })).toThrow(/maxReceiveCount/);
  });

  it('derives the queue visibility timeout from a custom analyze timeout', () => {
    const { template: t } = synth({ analyzeTimeout: Duration.minutes(2) });
    t.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.anyValue(), VisibilityTimeout: 720 });
  });
});
