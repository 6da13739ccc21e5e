import { type MessageAttributeValue, PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Action } from '../model/index.ts';
import type { StoredFinding } from '../store/types.ts';
import { formatChatbotNotification } from './chatbot.ts';
import { formatAlert } from './format.ts';
import type { AlertSink } from './types.ts';

/**
 * Topic ARNs by action (CONTRACTS.md §5 `topics: { takedown, correction }`).
 *
 * `review` findings (unvetted partner, spam) go to the correction topic unless a review
 * topic is given: they are judgement calls about the brand's presence, which the social
 * media team that owns corrections makes; teams that want only some of them subscribe with
 * a filter policy on the `action` attribute.
 */
export interface SnsTopics {
  readonly takedown: string;
  readonly correction: string;
  readonly review?: string;
  /**
   * Every finding, whatever its action, as an AWS Chatbot custom notification (the topic a
   * Slack or Teams channel configuration subscribes to); filter policies on the same
   * attributes pick what a channel sees.
   */
  readonly chat?: string;
}

/** Options of the SNS sink. */
export interface SnsAlertSinkOptions {
  readonly client: SNSClient;
  readonly topics: SnsTopics;
}

/** The topic an action's alerts go to. */
export function topicFor(topics: SnsTopics, action: Action): string {
  if (action === 'takedown') return topics.takedown;
  if (action === 'review') return topics.review ?? topics.correction;
  return topics.correction;
}

function attribute(value: string): MessageAttributeValue {
  return { DataType: 'String', StringValue: value };
}

/**
 * Publishes one message per finding (two with a chat topic). Message attributes (severity, check, platform, brand,
 * action, findingId) let each team subscribe with a filter policy. The body is
 * per-protocol: readable text for email and SMS, the JSON AlertDocument for queues,
 * functions and HTTPS endpoints. On a FIFO topic the finding id is the deduplication id,
 * so a retry after a crash is dropped by SNS itself; on a standard topic receivers
 * deduplicate on the findingId attribute.
 */
export class SnsAlertSink implements AlertSink {
  private readonly client: SNSClient;
  private readonly topics: SnsTopics;

  constructor(options: SnsAlertSinkOptions) {
    this.client = options.client;
    this.topics = options.topics;
  }

  async publish(finding: StoredFinding): Promise<void> {
    const { subject, body, document } = formatAlert(finding);
    const json = JSON.stringify(document);
    const sends = [
      this.send(finding, topicFor(this.topics, finding.action), {
        Subject: subject,
        MessageStructure: 'json',
        Message: JSON.stringify({
          default: body,
          email: body,
          sms: subject,
          sqs: json,
          lambda: json,
          https: json,
        }),
      }),
    ];
    // Chatbot reads the raw message as its custom notification (no per-protocol structure).
    if (this.topics.chat) {
      sends.push(
        this.send(finding, this.topics.chat, { Message: JSON.stringify(formatChatbotNotification(finding)) }),
      );
    }
    // Both are attempted; if either fails the alert stays pending and the sweep sends both
    // again, with the same finding id (and, on chat, the same thread).
    await Promise.all(sends);
  }

  private async send(
    finding: StoredFinding,
    topicArn: string,
    message: { Message: string; Subject?: string; MessageStructure?: string },
  ): Promise<void> {
    const fifo = topicArn.endsWith('.fifo');
    await this.client.send(
      new PublishCommand({
        TopicArn: topicArn,
        ...message,
        MessageAttributes: {
          severity: attribute(finding.severity),
          check: attribute(finding.check),
          platform: attribute(finding.platform),
          brand: attribute(finding.brand),
          action: attribute(finding.action),
          findingId: attribute(finding.id),
        },
        ...(fifo
          ? { MessageGroupId: `${finding.platform}:${finding.itemId}`, MessageDeduplicationId: finding.id }
          : {}),
      }),
    );
  }
}
