import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SnsAlertSink, topicFor } from '../../../shared/alerts/sns.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

const topics = {
  takedown: 'arn:aws:sns:eu-west-1:123456789012:takedown',
  correction: 'arn:aws:sns:eu-west-1:123456789012:correction',
};
const finding: StoredFinding = {
  id: 'a1b2c3',
  check: 'spam',
  severity: 'low',
  action: 'review',
  reason: 'Self-promotion: "check out my channel".',
  evidence: [{ field: 'text', start: 0, end: 20, match: 'check out my channel' }],
  brand: 'Acme Bank',
  platform: 'youtube',
  itemId: 'UgzX1',
  itemKind: 'comment',
  contentHash: 'h',
  authorHandle: 'promo.guy',
  createdAt: '2026-11-20T09:20:00.000Z',
  status: 'open',
  history: [],
  alertState: 'pending',
};

describe('topicFor', () => {
  it('routes takedowns and corrections to their topics, review to correction unless a review topic exists', () => {
    expect(topicFor(topics, 'takedown')).toBe(topics.takedown);
    expect(topicFor(topics, 'correction')).toBe(topics.correction);
    expect(topicFor(topics, 'review')).toBe(topics.correction);
    expect(topicFor({ ...topics, review: 'arn:aws:sns:eu-west-1:123456789012:review' }, 'review')).toMatch(
      /:review$/,
    );
  });
});

describe('SnsAlertSink', () => {
  const sns = mockClient(SNSClient);
  beforeEach(() => {
    sns.reset();
    sns.on(PublishCommand).resolves({ MessageId: 'm1' });
  });

  it('publishes text for people and JSON for queues and functions, with filterable attributes', async () => {
    await new SnsAlertSink({ client: new SNSClient({ region: 'eu-west-1' }), topics }).publish(finding);

    const input = sns.commandCalls(PublishCommand)[0]!.args[0].input;
    expect(input.TopicArn).toBe(topics.correction);
    expect(input.MessageStructure).toBe('json');
    const perProtocol = JSON.parse(input.Message!) as Record<string, string>;
    expect(perProtocol.default).toContain('Review: spam (low) on youtube');
    expect(JSON.parse(perProtocol.sqs!)).toMatchObject({ findingId: 'a1b2c3', check: 'spam' });
    expect(perProtocol.lambda).toBe(perProtocol.sqs);
    expect(input.MessageAttributes).toEqual({
      severity: { DataType: 'String', StringValue: 'low' },
      check: { DataType: 'String', StringValue: 'spam' },
      platform: { DataType: 'String', StringValue: 'youtube' },
      brand: { DataType: 'String', StringValue: 'Acme Bank' },
      action: { DataType: 'String', StringValue: 'review' },
      findingId: { DataType: 'String', StringValue: 'a1b2c3' },
    });
    expect(input.MessageDeduplicationId).toBeUndefined();
  });

  it('lets a FIFO topic drop a repeated alert by using the finding id as deduplication id', async () => {
    const fifo = { takedown: `${topics.takedown}.fifo`, correction: `${topics.correction}.fifo` };
    await new SnsAlertSink({ client: new SNSClient({ region: 'eu-west-1' }), topics: fifo }).publish(finding);

    const input = sns.commandCalls(PublishCommand)[0]!.args[0].input;
    expect(input).toMatchObject({ MessageDeduplicationId: 'a1b2c3', MessageGroupId: 'youtube:UgzX1' });
  });

  it('lets a publish error through so the caller keeps the alert pending', async () => {
    sns.on(PublishCommand).rejects(new Error('throttled'));
    const sink = new SnsAlertSink({ client: new SNSClient({ region: 'eu-west-1' }), topics });
    await expect(sink.publish(finding)).rejects.toThrow('throttled');
  });
});
