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
  const chat = 'arn:aws:sns:eu-west-1:123456789012:chat';
  const chatSink = () =>
    new SnsAlertSink({ client: new SNSClient({ region: 'eu-west-1' }), topics: { ...topics, chat } });
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

  it('publishes every finding to the chat topic as a Chatbot custom notification, same attributes', async () => {
    const sink = chatSink();
    await sink.publish(finding);
    await sink.publish({ ...finding, action: 'takedown', severity: 'high', check: 'impersonation' });

    const calls = sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
    expect(calls.map((c) => c.TopicArn)).toEqual([topics.correction, chat, topics.takedown, chat]);
    const [action, chatFirst, , chatSecond] = calls;
    expect(chatFirst!.MessageStructure).toBeUndefined();
    expect(chatFirst!.Subject).toBeUndefined();
    const notification = JSON.parse(chatFirst!.Message!);
    expect(notification).toMatchObject({
      version: '1.0',
      source: 'custom',
      id: 'a1b2c3',
      content: { textType: 'client-markdown' },
      metadata: { threadId: 'a1b2c3' },
    });
    expect(chatFirst!.MessageAttributes).toEqual(action!.MessageAttributes);
    expect(chatSecond!.MessageAttributes).toMatchObject({
      action: { DataType: 'String', StringValue: 'takedown' },
      severity: { DataType: 'String', StringValue: 'high' },
      check: { DataType: 'String', StringValue: 'impersonation' },
      findingId: { DataType: 'String', StringValue: 'a1b2c3' },
    });
  });

  it('sends a duplicate to chat with the same finding id and thread, byte for byte', async () => {
    const sink = chatSink();
    await sink.publish(finding);
    await sink.publish({ ...finding, alertState: 'pending' });
    const toChat = sns
      .commandCalls(PublishCommand)
      .map((c) => c.args[0].input)
      .filter((c) => c.TopicArn === chat);
    expect(toChat).toHaveLength(2);
    expect(toChat[1]!.Message).toBe(toChat[0]!.Message);
    expect(toChat[1]!.MessageAttributes?.findingId).toEqual(toChat[0]!.MessageAttributes?.findingId);
  });

  it('lets a failed chat publish through, so the alert stays pending and is sent again', async () => {
    const chat = 'arn:aws:sns:eu-west-1:123456789012:chat';
    sns.on(PublishCommand, { TopicArn: chat }).rejects(new Error('chat topic throttled'));
    const sink = new SnsAlertSink({
      client: new SNSClient({ region: 'eu-west-1' }),
      topics: { ...topics, chat },
    });
    await expect(sink.publish(finding)).rejects.toThrow('chat topic throttled');
  });

  it('publishes nothing to chat without a chat topic', async () => {
    await new SnsAlertSink({ client: new SNSClient({ region: 'eu-west-1' }), topics }).publish(finding);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(1);
  });

  it('lets a publish error through so the caller keeps the alert pending', async () => {
    sns.on(PublishCommand).rejects(new Error('throttled'));
    const sink = new SnsAlertSink({ client: new SNSClient({ region: 'eu-west-1' }), topics });
    await expect(sink.publish(finding)).rejects.toThrow('throttled');
  });
});
