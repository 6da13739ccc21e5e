/**
 * A loopback stand-in for the AWS services the functions call besides DynamoDB (which is
 * DynamoDB Local): SQS (AWS JSON 1.0: SendMessageBatch), Secrets Manager (AWS JSON 1.1:
 * GetSecretValue) and SNS (query protocol: Publish). The SDK clients reach it through
 * AWS_ENDPOINT_URL_SQS / _SECRETS_MANAGER / _SNS; it answers in each protocol's shape and
 * records every call, so tests assert at the SDK boundary.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One SendMessageBatch entry as received. */
export interface SqsEntry {
  readonly Id: string;
  readonly MessageBody: string;
  readonly MessageAttributes?: Record<string, { DataType: string; StringValue?: string }>;
}

export class AwsLoopback {
  /** Every SendMessageBatch call, in order. */
  readonly batches: { QueueUrl: string; Entries: SqsEntry[] }[] = [];
  /** Accepted SQS messages, in order. */
  readonly messages: SqsEntry[] = [];
  /** Every Publish call's form parameters. */
  readonly published: URLSearchParams[] = [];
  /** Secret values by SecretId (name). */
  readonly secrets = new Map<string, string>();
  readonly secretReads: string[] = [];
  /** When true, Publish answers 500 (SNS outage). */
  snsDown = false;
  /** How many of the next SendMessageBatch entries to refuse as a service fault (partial batch). */
  refuseNextEntries = 0;
  private server: Server | undefined;
  url = '';

  async listen(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    const s = this.server;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }

  /** The content items the functions put on the queue. */
  items(): Record<string, unknown>[] {
    return this.messages.map((m) => JSON.parse(m.MessageBody));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const target = String(req.headers['x-amz-target'] ?? '');
    const json = (status: number, value: unknown, type: string) => {
      res.writeHead(status, { 'content-type': type });
      res.end(JSON.stringify(value));
    };
    if (target.startsWith('AmazonSQS.')) {
      const input = JSON.parse(body) as { QueueUrl: string; Entries: SqsEntry[] };
      if (target !== 'AmazonSQS.SendMessageBatch') {
        return json(
          400,
          { __type: 'com.amazon.coral.service#UnsupportedOperation', message: target },
          'application/x-amz-json-1.0',
        );
      }
      this.batches.push(input);
      const successful: unknown[] = [];
      const failed: unknown[] = [];
      for (const entry of input.Entries) {
        if (this.refuseNextEntries > 0) {
          this.refuseNextEntries--;
          failed.push({ Id: entry.Id, Code: 'InternalError', SenderFault: false, Message: 'try again' });
          continue;
        }
        this.messages.push(entry);
        successful.push({
          Id: entry.Id,
          MessageId: `msg-${this.messages.length}`,
          MD5OfMessageBody: createHash('md5').update(entry.MessageBody, 'utf8').digest('hex'),
        });
      }
      return json(200, { Successful: successful, Failed: failed }, 'application/x-amz-json-1.0');
    }
    if (target.startsWith('secretsmanager.')) {
      const { SecretId } = JSON.parse(body) as { SecretId: string };
      this.secretReads.push(SecretId);
      const value = this.secrets.get(SecretId);
      if (value === undefined) {
        return json(
          400,
          {
            __type: 'ResourceNotFoundException',
            message: 'Secrets Manager can’t find the specified secret.',
          },
          'application/x-amz-json-1.1',
        );
      }
      return json(
        200,
        {
          ARN: `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${SecretId}-AbCdEf`,
          Name: SecretId,
          SecretString: value,
          VersionId: 'v1',
        },
        'application/x-amz-json-1.1',
      );
    }
    const params = new URLSearchParams(body);
    if (params.get('Action') === 'Publish') {
      if (this.snsDown) {
        res.writeHead(500, { 'content-type': 'text/xml' });
        res.end(
          '<ErrorResponse><Error><Type>Receiver</Type><Code>InternalError</Code><Message>down</Message></Error><RequestId>r</RequestId></ErrorResponse>',
        );
        return;
      }
      this.published.push(params);
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-${this.published.length}</MessageId></PublishResult><ResponseMetadata><RequestId>r-${this.published.length}</RequestId></ResponseMetadata></PublishResponse>`,
      );
      return;
    }
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end('unsupported call');
  }
}

/** The value of a Publish message attribute by name. */
export function publishAttribute(params: URLSearchParams, name: string): string | undefined {
  for (const [key, value] of params) {
    const m = /^MessageAttributes\.entry\.(\d+)\.Name$/.exec(key);
    if (m && value === name)
      return params.get(`MessageAttributes.entry.${m[1]}.Value.StringValue`) ?? undefined;
  }
  return undefined;
}
