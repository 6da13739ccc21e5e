import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAndRecord } from '../../shared/pipeline/analyze-and-record.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { DynamoImpersonatorStore } from '../../shared/store/impersonators.ts';
import { impersonatorContract } from '../unit/pipeline/impersonators-contract.ts';
import { engine, RecordingSink, whatsappReply } from '../unit/pipeline/impersonators-fixtures.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';

let db: DynamoDbLocal;
let tables = 0;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

async function table() {
  const tableName = `impersonators-${++tables}`;
  await db.createTable(tableName);
  const client = createDocumentClient(db.client);
  return {
    client,
    tableName,
    findings: new DynamoFindingStore({ client, tableName }),
    impersonators: new DynamoImpersonatorStore({ client, tableName }),
  };
}

// The same behaviour as the in-memory stores (test/unit/pipeline/impersonators.test.ts).
impersonatorContract('impersonator records (DynamoDB Local)', table);

describe('DynamoImpersonatorStore layout', () => {
  it('keeps the records on the findings table under their own prefixes, and an erasure leaves none', async () => {
    const t = await table();
    await analyzeAndRecord(whatsappReply, {
      engine,
      store: t.findings,
      sink: new RecordingSink(),
      impersonators: t.impersonators,
    });
    const all = (await t.client.send(new ScanCommand({ TableName: t.tableName }))).Items ?? [];
    const mine = all.filter((i) => String(i.type).startsWith('impersonator')).map((i) => `${i.pk} | ${i.sk}`);
    expect(mine.sort()).toEqual(
      [
        'IMPERSONATORS#Halvard Bank | ACCOUNT#x#1580000000000000042',
        'IMPERSONATOR#x#1580000000000000042 | BRAND#Halvard Bank',
        'INDICATOR#phone#+447700900481 | ACCOUNT#Halvard Bank#x#1580000000000000042',
        ...all
          .filter((i) => i.type === 'finding')
          .map((i) => `IMPERSONATOR#x#1580000000000000042 | FINDING#${i.id}`),
      ].sort(),
    );
    // The re-emergence lookup is a Query on the indicator's partition, no index needed.
    const uses = await t.client.send(
      new QueryCommand({
        TableName: t.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'INDICATOR#phone#+447700900481' },
      }),
    );
    expect(uses.Items).toHaveLength(1);

    await t.impersonators.eraseAuthor('x', '1580000000000000042');
    const after = (await t.client.send(new ScanCommand({ TableName: t.tableName }))).Items ?? [];
    expect(after.filter((i) => String(i.type).startsWith('impersonator'))).toEqual([]);
    expect(JSON.stringify(after.filter((i) => i.type !== 'finding'))).not.toContain('1580000000000000042');
  });

  it('escapes # in key parts so brands and accounts cannot collide', async () => {
    const t = await table();
    const base = {
      brand: 'A#x',
      platform: 'x' as const,
      account: 'acc',
      handles: ['acc'],
      displayNames: [],
      firstSeen: '2026-12-01T00:00:00.000Z',
      lastSeen: '2026-12-01T00:00:00.000Z',
      scamFindings: 1,
      findingsByCheck: { impersonation: 1 },
      indicators: [],
      status: 'watching' as const,
      history: [],
      linkedTo: [],
      reemergenceFindingIds: [],
      version: 1,
    };
    await t.impersonators.save({
      record: { ...base, id: 'x:acc' },
      expectedVersion: 0,
      findings: [],
      indicators: [],
      links: [],
    });
    await t.impersonators.save({
      record: { ...base, brand: 'A', account: 'x#acc', id: 'x:x#acc' },
      expectedVersion: 0,
      findings: [],
      indicators: [],
      links: [],
    });
    expect((await t.impersonators.list('A#x')).items.map((r) => r.account)).toEqual(['acc']);
    expect((await t.impersonators.list('A')).items.map((r) => r.account)).toEqual(['x#acc']);
  });
});
