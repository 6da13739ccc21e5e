import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { PostwatchStack } from '../../infra/postwatch-stack.ts';
import { parseBrandProfile } from '../../shared/model/index.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const brandProfile = parseBrandProfile(
  JSON.parse(readFileSync(resolve(projectRoot, 'infra/sample-brand.json'), 'utf8')),
);

type Resource = { Type: string; Properties: Record<string, unknown> };
type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

// One synth (with real esbuild bundling) shared by every test: bundling is the slow part.
let template: Template;
let resources: Record<string, Resource>;

function logicalId(type: string, props: Record<string, unknown> = {}): string {
  const found = Object.keys(template.findResources(type, { Properties: props }));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function analyzeFunction(): [string, Resource] {
  const functions = template.findResources('AWS::Lambda::Function', {
    Properties: { Environment: { Variables: { BRAND_PROFILE: Match.anyValue() } } },
  });
  const entries = Object.entries(functions) as [string, Resource][];
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

function statementsOfRole(roleRef: unknown): Statement[] {
  return Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .filter((r) => JSON.stringify(r.Properties.Roles) === JSON.stringify([roleRef]))
    .flatMap((r) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

const asList = (a: string | string[]) => (Array.isArray(a) ? a : [a]);

describe('PostwatchStack', () => {
  beforeAll(() => {
    const app = new App();
    const stack = new PostwatchStack(app, 'Test', { brandProfile, projectRoot });
    template = Template.fromStack(stack);
    resources = template.toJSON().Resources as Record<string, Resource>;
  });

  describe('analyze function', () => {
    it('runs on Node.js 22, arm64, from a bundled ESM handler with source maps', () => {
      const [, fn] = analyzeFunction();
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      expect(fn.Properties.Architectures).toEqual(['arm64']);
      expect(fn.Properties.Handler).toBe('index.handler');
      const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(vars.NODE_OPTIONS).toBe('--enable-source-maps');
    });

    it('gets its table, topics and brand profile through environment variables', () => {
      const [, fn] = analyzeFunction();
      const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(vars.TABLE_NAME).toEqual({ Ref: logicalId('AWS::DynamoDB::Table') });
      const topicIds = Object.keys(template.findResources('AWS::SNS::Topic'));
      expect(topicIds).toHaveLength(3);
      expect([vars.TAKEDOWN_TOPIC_ARN, vars.CORRECTION_TOPIC_ARN]).toEqual([
        { Ref: topicIds.find((id) => id.startsWith('Takedown')) },
        { Ref: topicIds.find((id) => id.startsWith('Correction')) },
      ]);
      expect(parseBrandProfile(JSON.parse(String(vars.BRAND_PROFILE)))).toEqual(brandProfile);
    });

    it('logs to its own log group with a retention', () => {
      const [, fn] = analyzeFunction();
      const logGroupRef = (fn.Properties.LoggingConfig as { LogGroup: unknown }).LogGroup;
      const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
      expect(logGroupRef).toEqual({ Ref: logGroupId });
      expect(resources[logGroupId!]!.Properties.RetentionInDays).toBe(30);
    });

    it('consumes the queue with partial batch responses', () => {
      const [fnId] = analyzeFunction();
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: fnId },
        EventSourceArn: {
          'Fn::GetAtt': [logicalId('AWS::SQS::Queue', { RedrivePolicy: Match.anyValue() }), 'Arn'],
        },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        BatchSize: 10,
      });
    });
  });

  describe('queue', () => {
    it('sends messages that keep failing to an encrypted DLQ after 5 receives', () => {
      const dlqId = logicalId('AWS::SQS::Queue', { RedrivePolicy: Match.absent() });
      template.hasResourceProperties('AWS::SQS::Queue', {
        RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 5 },
        SqsManagedSseEnabled: true,
      });
      expect(resources[dlqId]!.Properties).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 14 * 24 * 3600,
      });
    });

    it('has a visibility timeout of at least six times the function timeout', () => {
      const [, fn] = analyzeFunction();
      const queueId = logicalId('AWS::SQS::Queue', { RedrivePolicy: Match.anyValue() });
      const visibility = resources[queueId]!.Properties.VisibilityTimeout as number;
      expect(visibility).toBeGreaterThanOrEqual(6 * (fn.Properties.Timeout as number));
    });

    it('refuses plain HTTP on both queues', () => {
      const policies = template.findResources('AWS::SQS::QueuePolicy');
      expect(Object.keys(policies)).toHaveLength(2);
      for (const policy of Object.values(policies)) {
        expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
      }
    });

    it('raises an alarm to the operations topic when the DLQ holds messages', () => {
      const dlqId = logicalId('AWS::SQS::Queue', { RedrivePolicy: Match.absent() });
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } }],
        Threshold: 0,
        ComparisonOperator: 'GreaterThanThreshold',
        AlarmActions: [{ Ref: Match.stringLikeRegexp('^OperationsTopic') }],
      });
    });

    it('lets CloudWatch use the topics key, so alarm notifications are not dropped', () => {
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'cloudwatch.amazonaws.com' },
              Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            }),
          ]),
        },
      });
    });

    it('refuses a maxReceiveCount SQS would not accept, at synth time', () => {
      const app = new App();
      expect(() => new PostwatchStack(app, 'Bad', { brandProfile, projectRoot, maxReceiveCount: 0 })).toThrow(
        /maxReceiveCount/,
      );
    });
  });

  describe('table', () => {
    it('is on-demand, encrypted, point-in-time recoverable and expires records by TTL', () => {
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: { SSEEnabled: true },
        TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
      });
      template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain' });
    });

    it('has the keys and indexes of the shared table definition', () => {
      const table = resources[logicalId('AWS::DynamoDB::Table')]!.Properties;
      expect(table.KeySchema).toEqual([
        { AttributeName: TABLE_DEFINITION.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey.name, KeyType: 'RANGE' },
      ]);
      const gsis = table.GlobalSecondaryIndexes as { IndexName: string; KeySchema: unknown }[];
      expect(gsis.map((g) => [g.IndexName, g.KeySchema])).toEqual(
        TABLE_DEFINITION.globalSecondaryIndexes.map((g) => [
          g.indexName,
          [
            { AttributeName: g.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: g.sortKey.name, KeyType: 'RANGE' },
          ],
        ]),
      );
    });
  });

  describe('topics', () => {
    it('encrypts every topic with a rotating customer-managed key', () => {
      const keyId = logicalId('AWS::KMS::Key', { EnableKeyRotation: true });
      const topics = template.findResources('AWS::SNS::Topic');
      expect(Object.keys(topics)).toHaveLength(3);
      for (const topic of Object.values(topics)) {
        expect((topic as Resource).Properties.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
      }
    });
  });

  describe('analyze function permissions', () => {
    let statements: Statement[];
    beforeAll(() => {
      const [, fn] = analyzeFunction();
      statements = statementsOfRole(
        fn.Properties.Role && { Ref: (fn.Properties.Role as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0] },
      );
    });

    it('may only batch-get, put, get and update items of the findings table itself', () => {
      const dynamo = statements.filter((s) => asList(s.Action).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo).toHaveLength(1);
      expect([...asList(dynamo[0]!.Action)].sort()).toEqual([
        'dynamodb:BatchGetItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
      ]);
      expect(dynamo[0]!.Resource).toEqual({ 'Fn::GetAtt': [logicalId('AWS::DynamoDB::Table'), 'Arn'] });
    });

    it('may publish to the two alert topics and use their key, nothing else on SNS or KMS', () => {
      const sns = statements.filter((s) => asList(s.Action).some((a) => a.startsWith('sns:')));
      expect(new Set(sns.flatMap((s) => asList(s.Action)))).toEqual(new Set(['sns:Publish']));
      const topicRefs = Object.keys(template.findResources('AWS::SNS::Topic'))
        .filter((id) => !id.startsWith('Operations'))
        .map((id) => ({ Ref: id }));
      const published = sns.flatMap((s) => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]));
      expect(published).toHaveLength(2);
      expect(published).toEqual(expect.arrayContaining(topicRefs));
      const kms = statements.filter((s) => asList(s.Action).some((a) => a.startsWith('kms:')));
      expect(new Set(kms.flatMap((s) => asList(s.Action)))).toEqual(
        new Set(['kms:Decrypt', 'kms:GenerateDataKey*']),
      );
      const keyId = logicalId('AWS::KMS::Key');
      for (const s of kms) expect(s.Resource).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    });

    it('has no wildcard action or resource', () => {
      for (const s of statements) {
        expect(asList(s.Action).every((a) => !a.endsWith(':*') && a !== '*')).toBe(true);
        expect(s.Resource).not.toBe('*');
      }
    });
  });
});

describe('PostwatchStack defaults', () => {
  it('derives the queue visibility timeout from a custom function timeout', () => {
    // Synth without bundling: this test is about queue math, not the asset.
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new PostwatchStack(app, 'Slow', {
      brandProfile,
      projectRoot,
      analyzeTimeout: Duration.minutes(2),
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::Lambda::Function', { Timeout: 120 });
    t.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: Match.anyValue(), VisibilityTimeout: 720 });
  });
});
