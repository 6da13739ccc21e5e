/** The AWS edge helpers the poll, webhook and analyze functions share (shared/aws/). */
import type { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrandProfileUnavailableError, tableProfileEngine } from '../../shared/aws/brand-profile.ts';
import { collectEnvRefs, SecretsCache, SecretUnavailableError } from '../../shared/aws/secrets.ts';
import {
  ENGINE_TEXT_CAP,
  encodeItemMessage,
  packBatches,
  SQS_MAX_BYTES,
  SqsItemSender,
} from '../../shared/aws/sqs-sender.ts';
import { createEngine, TEXT_CAP } from '../../shared/checks/engine.ts';
import { type BrandProfile, type ContentItem, parseBrandProfile } from '../../shared/model/index.ts';
import { createDocumentClient } from '../../shared/store/dynamodb.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../integration/dynamodb-local.ts';

const item = (id: string, text = 'hello'): ContentItem => ({
  platform: 'x',
  kind: 'comment',
  id,
  author: { handle: 'someone' },
  text,
});

describe('encodeItemMessage', () => {
  it('keeps the engine cap in step with the engine', () => {
    expect(ENGINE_TEXT_CAP).toBe(TEXT_CAP);
  });

  it('leaves an ordinary item as its JSON', () => {
    const m = encodeItemMessage(item('1'));
    expect(m).toEqual({ body: JSON.stringify(item('1')), truncated: false });
  });

  it('cuts a text past the cap so the engine still marks its findings truncated', () => {
    const long = `${'a'.repeat(30_000)} DM us on WhatsApp +1 415 555 0100`;
    const m = encodeItemMessage(item('2', long));
    expect(m.truncated).toBe(true);
    const sent = JSON.parse(m.body) as ContentItem;
    expect(sent.text).toHaveLength(ENGINE_TEXT_CAP + 1);
    const profile = parseBrandProfile({ name: 'Acme', domains: ['acme.example'] });
    const scam = {
      ...item(
        '3',
        `Acme support here: DM us on WhatsApp +1 415 555 0100 to get your refund. ${'x '.repeat(ENGINE_TEXT_CAP)}`,
      ),
      author: { handle: 'acme_support_help' },
    };
    const findings = createEngine(profile).analyze(JSON.parse(encodeItemMessage(scam).body));
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(f.truncated).toBe(true);
  });

  it('drops links from the end until a message fits in 256 KiB', () => {
    const links = Array.from({ length: 100 }, (_, i) => `https://example.com/${i}/${'p'.repeat(2_030)}`);
    const m = encodeItemMessage({ ...item('4', '\u0001'.repeat(ENGINE_TEXT_CAP)), links });
    expect(Buffer.byteLength(m.body)).toBeLessThanOrEqual(SQS_MAX_BYTES);
    expect(m.truncated).toBe(true);
    expect((JSON.parse(m.body) as ContentItem).links?.length).toBeLessThan(100);
  });
});

describe('packBatches', () => {
  it('puts at most 10 entries and 256 KiB in one request', () => {
    expect(packBatches(Array(25).fill(100)).map((b) => b.length)).toEqual([10, 10, 5]);
    expect(packBatches([200_000, 200_000, 50_000]).map((b) => b.length)).toEqual([1, 2]);
  });
});

describe('SqsItemSender', () => {
  /** A fake SQS client at the SDK boundary: answers each SendMessageBatch with `answer`. */
  function fakeSqs(answer: (entries: { Id: string }[], call: number) => unknown) {
    const calls: { Id: string; MessageBody: string }[][] = [];
    return {
      calls,
      client: {
        send: async (command: SendMessageBatchCommand) => {
          const entries = command.input.Entries as { Id: string; MessageBody: string }[];
          calls.push(entries);
          const out = answer(entries, calls.length);
          if (out instanceof Error) throw out;
          return out;
        },
      } as never,
    };
  }
  const ok = (entries: { Id: string }[]) => ({ Successful: entries.map((e) => ({ Id: e.Id })), Failed: [] });

  it('sends 23 items in three requests', async () => {
    const sqs = fakeSqs(ok);
    const sender = new SqsItemSender({ client: sqs.client, queueUrl: 'q', sleep: async () => {} });
    const out = await sender.send(Array.from({ length: 23 }, (_, i) => item(String(i))));
    expect(out.failed).toEqual([]);
    expect(sqs.calls.map((c) => c.length)).toEqual([10, 10, 3]);
  });

  it('re-sends only the failed entries of a partial batch, never a sender fault', async () => {
    const sqs = fakeSqs((entries, call) =>
      call === 1
        ? {
            Successful: entries.slice(2).map((e) => ({ Id: e.Id })),
            Failed: [
              { Id: entries[0]?.Id, Code: 'InternalError', SenderFault: false },
              { Id: entries[1]?.Id, Code: 'InvalidMessageContents', SenderFault: true },
            ],
          }
        : ok(entries),
    );
    const sender = new SqsItemSender({ client: sqs.client, queueUrl: 'q', sleep: async () => {} });
    const out = await sender.send([item('a'), item('b'), item('c')]);
    expect(sqs.calls[1]?.map((e) => e.Id)).toEqual(['0']);
    expect(out).toEqual({ failed: [1], lastError: 'InvalidMessageContents' });
  });

  it('reports every item when SQS keeps failing, after its rounds', async () => {
    const sqs = fakeSqs(() => Object.assign(new Error('down'), { name: 'ServiceUnavailable' }));
    const sender = new SqsItemSender({
      client: sqs.client,
      queueUrl: 'q',
      maxRounds: 3,
      sleep: async () => {},
    });
    const out = await sender.send([item('a'), item('b')]);
    expect(out).toEqual({ failed: [0, 1], lastError: 'ServiceUnavailable' });
    expect(sqs.calls).toHaveLength(3);
  });
});

describe('SecretsCache', () => {
  function fakeSecrets(values: Record<string, string | undefined>) {
    const reads: string[] = [];
    let fail = false;
    return {
      reads,
      setFail: (v: boolean) => {
        fail = v;
      },
      client: {
        send: async (command: GetSecretValueCommand) => {
          const id = String(command.input.SecretId);
          reads.push(id);
          if (fail) throw Object.assign(new Error('boom'), { name: 'InternalServiceError' });
          if (!(id in values)) throw Object.assign(new Error('nope'), { name: 'ResourceNotFoundException' });
          return { SecretString: values[id] };
        },
      } as never,
    };
  }

  it('reads a secret once per TTL, under the postwatch/ prefix, and resolves env refs', async () => {
    let now = 0;
    const sm = fakeSecrets({ 'postwatch/TOKEN': 's3cret', 'postwatch/OTHER': 'o' });
    const cache = new SecretsCache({ client: sm.client, ttlMs: 1_000, now: () => now });
    expect(await Promise.all([cache.get('TOKEN'), cache.get('TOKEN')])).toEqual(['s3cret', 's3cret']);
    expect(sm.reads).toEqual(['postwatch/TOKEN']);
    now = 1_500;
    await cache.get('TOKEN');
    expect(sm.reads).toHaveLength(2);
    expect(await cache.resolveEnv({ a: 'env:TOKEN', b: ['env:OTHER', 'literal'] })).toEqual({
      TOKEN: 's3cret',
      OTHER: 'o',
    });
    expect(collectEnvRefs({ x: 'env:A', y: { z: 'env:B' }, w: 'plain' })).toEqual(['A', 'B']);
  });

  it('does not cache a failure, and names the secret (never a value) in its errors', async () => {
    const sm = fakeSecrets({ 'postwatch/EMPTY': '' });
    const cache = new SecretsCache({ client: sm.client });
    sm.setFail(true);
    await expect(cache.get('TOKEN')).rejects.toThrow(
      /secret postwatch\/TOKEN could not be read \(InternalServiceError\)/,
    );
    sm.setFail(false);
    await expect(cache.get('TOKEN')).rejects.toThrow(SecretUnavailableError);
    expect(sm.reads).toEqual(['postwatch/TOKEN', 'postwatch/TOKEN']);
    await expect(cache.get('EMPTY')).rejects.toThrow(/postwatch\/EMPTY has no string value/);
  });
});

describe('tableProfileEngine (DynamoDB Local)', () => {
  let db: DynamoDbLocal;
  const TABLE = 'profiles';
  const profile = (domains: string[]): BrandProfile => parseBrandProfile({ name: 'Acme Bank', domains });
  const put = (p: BrandProfile) =>
    createDocumentClient(db.client).send(
      new PutCommand({
        TableName: TABLE,
        Item: { pk: 'BRAND#Acme Bank', sk: 'PROFILE', profile: JSON.stringify(p) },
      }),
    );
  beforeAll(async () => {
    db = await startDynamoDbLocal();
    await db.createTable(TABLE);
  }, 120_000);
  afterAll(async () => {
    await db?.stop();
  });

  it('fails before a profile exists, then loads it, re-reads after the TTL, rebuilds only on change', async () => {
    let now = 0;
    const built: BrandProfile[] = [];
    const errors: unknown[] = [];
    const engine = tableProfileEngine({
      client: createDocumentClient(db.client),
      tableName: TABLE,
      brand: 'Acme Bank',
      build: (p) => {
        built.push(p);
        return createEngine(p);
      },
      ttlMs: 60_000,
      now: () => now,
      onError: (e) => errors.push(e),
    });
    await expect(engine.refresh()).rejects.toThrow(BrandProfileUnavailableError);
    expect(() => engine.analyze(item('1'))).toThrow(/not loaded/);
    await put(profile(['acmebank.com']));
    await engine.refresh();
    expect(engine.brand.profile.domains).toEqual(['acmebank.com']);
    await put(profile(['acmebank.com', 'acme.example']));
    now = 59_000;
    await engine.refresh();
    expect(built).toHaveLength(1);
    now = 61_000;
    await engine.refresh();
    expect(built).toHaveLength(2);
    expect(engine.brand.profile.domains).toEqual(['acmebank.com', 'acme.example']);
    now = 130_000;
    await engine.refresh();
    expect(built).toHaveLength(2);
    // A failed re-read keeps the last good engine.
    await createDocumentClient(db.client).send(
      new DeleteCommand({ TableName: TABLE, Key: { pk: 'BRAND#Acme Bank', sk: 'PROFILE' } }),
    );
    now = 200_000;
    await engine.refresh();
    expect(errors).toHaveLength(1);
    expect(engine.analyze(item('2', 'hello')).length).toBeGreaterThanOrEqual(0);
  });
});
