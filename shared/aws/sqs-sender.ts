import {
  SendMessageBatchCommand,
  type SendMessageBatchRequestEntry,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { type ContentItem, clipUnits } from '../model/index.ts';

/**
 * The engine's text cap (shared/checks/engine.ts TEXT_CAP; a test keeps the two equal).
 * Not imported: that would pull the whole engine into the poll and webhook bundles.
 */
export const ENGINE_TEXT_CAP = 20_000;

/** SQS limits: 10 entries per SendMessageBatch, 256 KiB per message and per batch request. */
export const SQS_BATCH_ENTRIES = 10;
export const SQS_MAX_BYTES = 256 * 1024;
// Room for the message attributes (their names, types and values count towards the size).
const ATTRIBUTE_ROOM = 1024;
const BODY_BUDGET = SQS_MAX_BYTES - ATTRIBUTE_ROOM;

/** One item as an SQS message: its JSON body and whether anything was cut to fit. */
export interface ItemMessage {
  readonly body: string;
  readonly truncated: boolean;
}

/**
 * The SQS message for an item. A text longer than the engine reads (ENGINE_TEXT_CAP) is cut to
 * ENGINE_TEXT_CAP + 1 units: the engine scans only TEXT_CAP anyway, and the one unit past the cap
 * makes it mark the findings `truncated` as it would for the whole text. If the body is still
 * over the SQS limit (a hundred 2 KB links), links are dropped from the end until it fits.
 * Either cut sets `truncated`, sent as a message attribute (the item schema has no such field).
 */
export function encodeItemMessage(item: ContentItem): ItemMessage {
  let truncated = false;
  let out = item;
  if (item.text.length > ENGINE_TEXT_CAP + 1) {
    out = { ...out, text: clipUnits(item.text, ENGINE_TEXT_CAP + 1) };
    truncated = true;
  }
  let body = JSON.stringify(out);
  if (Buffer.byteLength(body, 'utf8') > BODY_BUDGET && out.links && out.links.length > 0) {
    const links = [...out.links];
    while (links.length > 0 && Buffer.byteLength(body, 'utf8') > BODY_BUDGET) {
      links.pop();
      body = JSON.stringify({ ...out, links });
    }
    truncated = true;
  }
  if (Buffer.byteLength(body, 'utf8') > BODY_BUDGET) {
    // Only possible with fields over their bounds (boundItem not applied): refuse, do not send half.
    throw new RangeError(`item message is ${Buffer.byteLength(body, 'utf8')} bytes, over the SQS limit`);
  }
  return { body, truncated };
}

/** What the sender needs of an SQS client. */
export type SqsClientLike = Pick<SQSClient, 'send'>;

/** Options of the SQS item sender. */
export interface SqsItemSenderOptions {
  readonly client: SqsClientLike;
  readonly queueUrl: string;
  /** Rounds in which the failed entries of a partial batch are sent again (default 4). */
  readonly maxRounds?: number;
  /** Waits between rounds. Default: a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Outcome of sending items: the indices (into the given array) that SQS did not accept. */
export interface SendOutcome {
  readonly failed: readonly number[];
  /** The last error code SQS gave for a failed entry, or the error name of a failed call. */
  readonly lastError?: string;
}

/** Something that puts items on the analyze queue (SQS, or a test double). */
export interface ItemSender {
  send(items: readonly ContentItem[]): Promise<SendOutcome>;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Groups messages into requests of at most 10 entries and 256 KiB in total (SQS counts the
 * whole request against the same limit as one message).
 */
export function packBatches(sizes: readonly number[]): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  sizes.forEach((size, i) => {
    if (current.length === SQS_BATCH_ENTRIES || (current.length > 0 && bytes + size > SQS_MAX_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += size;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Sends content items to the analyze queue with SendMessageBatch. SQS may accept part of a
 * batch: the failed entries (the ones SQS says are not the sender's fault, and throttled or
 * unreachable calls) are sent again, with backoff, for `maxRounds`; what is still not accepted
 * is reported by index so the caller keeps it (a poller does not advance its cursor, a
 * webhook answers 5xx so the platform redelivers).
 */
export class SqsItemSender implements ItemSender {
  private readonly client: SqsClientLike;
  private readonly queueUrl: string;
  private readonly maxRounds: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: SqsItemSenderOptions) {
    this.client = options.client;
    this.queueUrl = options.queueUrl;
    this.maxRounds = options.maxRounds ?? 4;
    this.sleep = options.sleep ?? realSleep;
  }

  async send(items: readonly ContentItem[]): Promise<SendOutcome> {
    const messages = items.map(encodeItemMessage);
    let pending = messages.map((_, i) => i);
    const permanent: number[] = [];
    let lastError: string | undefined;
    for (let round = 0; round < this.maxRounds && pending.length > 0; round++) {
      if (round > 0) await this.sleep(Math.min(100 * 2 ** round, 2_000));
      const retry: number[] = [];
      const sizes = pending.map(
        (i) => Buffer.byteLength((messages[i] as ItemMessage).body, 'utf8') + ATTRIBUTE_ROOM,
      );
      for (const batch of packBatches(sizes)) {
        const indices = batch.map((k) => pending[k] as number);
        const entries: SendMessageBatchRequestEntry[] = indices.map((i) => {
          const m = messages[i] as ItemMessage;
          return {
            Id: String(i),
            MessageBody: m.body,
            ...(m.truncated
              ? { MessageAttributes: { truncated: { DataType: 'String', StringValue: 'true' } } }
              : {}),
          };
        });
        try {
          const out = await this.client.send(
            new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }),
          );
          const accepted = new Set((out.Successful ?? []).map((s) => s.Id));
          const failedById = new Map((out.Failed ?? []).map((f) => [f.Id, f]));
          for (const i of indices) {
            if (accepted.has(String(i))) continue;
            const failure = failedById.get(String(i));
            lastError = failure?.Code ?? 'NotAcknowledged';
            // A sender fault (a malformed entry) fails the same way every time: do not retry it.
            if (failure?.SenderFault) permanent.push(i);
            else retry.push(i);
          }
        } catch (error) {
          lastError = error instanceof Error ? error.name : 'error';
          retry.push(...indices);
        }
      }
      pending = retry;
    }
    const failed = [...permanent, ...pending].sort((a, b) => a - b);
    return { failed, ...(failed.length > 0 && lastError ? { lastError } : {}) };
  }
}
