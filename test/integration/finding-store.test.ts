import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/model/index.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { FindingNotFoundError, StoreConflictError } from '../../shared/store/errors.ts';
import { InMemoryFindingStore } from '../../shared/store/memory.ts';
import { addMissingIndexes } from '../../shared/store/migrate.ts';
import { createTableInput } from '../../shared/store/table.ts';
import type { FindingStore, StoredFinding } from '../../shared/store/types.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';

function finding(id: string, createdAt: string, overrides: Partial<StoredFinding> = {}): StoredFinding {
  return {
    id,
    check: 'offplatform-contact',
    severity: 'high',
    action: 'takedown',
    reason: 'Sends people to WhatsApp, which is not a support channel of the brand.',
    evidence: [{ field: 'text', start: 31, end: 39, match: 'WhatsApp' }],
    brand: 'Acme Bank',
    platform: 'instagram',
    itemId: `item-${id}`,
    itemKind: 'comment',
    contentHash: 'c0ffee',
    authorId: '5512',
    authorHandle: 'acme.support_help',
    createdAt,
    status: 'open',
    history: [{ status: 'open', at: createdAt, by: 'postwatch' }],
    alertState: 'pending',
    ...overrides,
  };
}

let db: DynamoDbLocal;
let tables = 0;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

async function dynamoStore(
  commitWith: 'transactions' | 'single-writes' = 'transactions',
): Promise<DynamoFindingStore> {
  const tableName = `store-${++tables}`;
  await db.createTable(tableName);
  return new DynamoFindingStore({ client: createDocumentClient(db.client), tableName, commitWith });
}

// The same contract for both implementations, so the in-memory store used by unit tests
// and `scan` cannot drift from the real one.
describe.each([
  ['DynamoFindingStore', () => dynamoStore('transactions')],
  // What the analyze Lambda uses (half the write units): the same contract.
  ['DynamoFindingStore, single writes', () => dynamoStore('single-writes')],
  ['InMemoryFindingStore', async () => new InMemoryFindingStore()],
] as const)('%s', (_name, makeStore) => {
  let store: FindingStore;
  beforeEach(async () => {
    store = await makeStore();
  });

  it('inserts a finding once and returns the stored one on a second insert', async () => {
    const original = finding('f1', '2026-11-20T09:00:00.000Z');
    expect(await store.putFindingIfAbsent(original)).toEqual({ created: true });

    const again = await store.putFindingIfAbsent({ ...original, reason: 'a different reason' });

    expect(again).toEqual({ created: false, existing: original });
    expect(await store.getFinding('f1')).toEqual(original);
    expect(await store.getFinding('missing')).toBeUndefined();
  });

  it('records an item version once', async () => {
    const version = {
      platform: 'instagram' as const,
      itemId: '17890455012345678',
      contentHash: 'c0ffee',
      analyzedAt: '2026-11-20T09:00:00.000Z',
      findingIds: ['f1'],
    };
    expect(await store.recordItemVersion(version)).toBe(true);
    expect(await store.recordItemVersion(version)).toBe(false);
    expect(await store.recordItemVersion({ ...version, contentHash: 'edited' })).toBe(true);
  });

  it('lists findings by status newest first, page by page', async () => {
    for (const [id, at] of [
      ['a', '2026-11-20T09:00:00.000Z'],
      ['b', '2026-11-20T10:00:00.000Z'],
      ['c', '2026-11-20T11:00:00.000Z'],
    ] as const) {
      await store.putFindingIfAbsent(finding(id, at));
    }
    await store.putFindingIfAbsent(finding('d', '2026-11-20T12:00:00.000Z', { status: 'dismissed' }));

    const first = await store.listFindingsByStatus('open', { limit: 2 });
    expect(first.items.map((f) => f.id)).toEqual(['c', 'b']);
    expect(first.cursor).toBeDefined();
    const second = await store.listFindingsByStatus('open', { limit: 2, cursor: first.cursor });
    expect(second.items.map((f) => f.id)).toEqual(['a']);
    expect((await store.listFindingsByStatus('dismissed')).items.map((f) => f.id)).toEqual(['d']);
  });

  it('refuses a cursor it did not issue', async () => {
    await expect(store.listFindingsByStatus('open', { cursor: '%%%not-a-cursor' })).rejects.toThrow(
      ValidationError,
    );
  });

  it('moves a finding between statuses and keeps every step in its history', async () => {
    await store.putFindingIfAbsent(finding('f1', '2026-11-20T09:00:00.000Z'));
    const ack = {
      status: 'acknowledged' as const,
      at: '2026-11-20T09:05:00.000Z',
      by: 'sam',
      note: 'looking',
    };
    const done = {
      status: 'resolved' as const,
      at: '2026-11-20T09:30:00.000Z',
      by: 'sam',
      note: 'removed by platform',
    };

    await store.updateStatus('f1', ack, 'open');
    const resolved = await store.updateStatus('f1', done, 'acknowledged');

    expect(resolved.status).toBe('resolved');
    expect(resolved.history.map((h) => h.status)).toEqual(['open', 'acknowledged', 'resolved']);
    expect(resolved.history[2]).toEqual(done);
    expect((await store.listFindingsByStatus('open')).items).toEqual([]);
    expect((await store.listFindingsByStatus('resolved')).items.map((f) => f.id)).toEqual(['f1']);
  });

  it('refuses a status change made from a stale status, and one for an unknown finding', async () => {
    await store.putFindingIfAbsent(finding('f1', '2026-11-20T09:00:00.000Z'));
    const change = { status: 'dismissed' as const, at: '2026-11-20T09:05:00.000Z', by: 'sam' };

    await expect(store.updateStatus('f1', change, 'acknowledged')).rejects.toThrow(StoreConflictError);
    await expect(store.updateStatus('nope', change)).rejects.toThrow(FindingNotFoundError);
    expect((await store.getFinding('f1'))?.status).toBe('open');
  });

  it('marks an alert sent once and keeps the first time', async () => {
    await store.putFindingIfAbsent(finding('f1', '2026-11-20T09:00:00.000Z'));

    await store.markAlertSent('f1', '2026-11-20T09:00:01.000Z');
    await store.markAlertSent('f1', '2026-11-20T09:10:00.000Z');

    expect(await store.getFinding('f1')).toMatchObject({
      alertState: 'sent',
      alertedAt: '2026-11-20T09:00:01.000Z',
    });
    await expect(store.markAlertSent('nope', '2026-11-20T09:00:01.000Z')).rejects.toThrow(
      FindingNotFoundError,
    );
  });

  it('looks up many findings and item versions at once, telling which exist', async () => {
    await store.putFindingIfAbsent(finding('a1', '2026-11-20T09:00:00.000Z'));
    await store.recordItemVersion({
      platform: 'instagram',
      itemId: 'item-a1',
      contentHash: 'c0ffee',
      analyzedAt: '2026-11-20T09:00:00.000Z',
      findingIds: ['a1'],
    });
    // Past BatchGetItem's 100 keys, so the store must split the request.
    const ids = ['a1', ...Array.from({ length: 120 }, (_, i) => `missing-${i}`)];
    const versions = [
      { platform: 'instagram' as const, itemId: 'item-a1', contentHash: 'c0ffee' },
      { platform: 'instagram' as const, itemId: 'item-a1', contentHash: 'edited' },
    ];

    const found = await store.lookup(ids, versions);

    expect([...found.findings.keys()]).toEqual(['a1']);
    expect(found.findings.get('a1')).toEqual(finding('a1', '2026-11-20T09:00:00.000Z'));
    expect([...found.versions]).toEqual(['instagram#item-a1#c0ffee']);
  });

  it('commits a batch: inserts only absent findings, marks sent, records versions, reports who was first', async () => {
    const first = finding('c1', '2026-11-20T09:00:00.000Z', { reason: 'first writer' });
    await store.putFindingIfAbsent(first);
    await store.putFindingIfAbsent(finding('c2', '2026-11-20T09:01:00.000Z'));
    // 130 new findings: more than one transaction of 100 actions.
    const created = [
      finding('c1', '2026-11-20T09:05:00.000Z', { reason: 'second writer' }),
      ...Array.from({ length: 130 }, (_, i) =>
        finding(`n${i}`, '2026-11-20T09:05:00.000Z', {
          alertState: 'sent',
          alertedAt: '2026-11-20T09:05:01.000Z',
        }),
      ),
    ];
    const version = {
      platform: 'instagram' as const,
      itemId: 'item-n0',
      contentHash: 'c0ffee',
      analyzedAt: '2026-11-20T09:05:00.000Z',
      findingIds: ['n0'],
    };

    const result = await store.commitAnalyses({
      created,
      sent: [{ id: 'c2', at: '2026-11-20T09:05:02.000Z' }],
      versions: [version],
    });

    expect(result.alreadyPresent).toEqual(['c1']);
    expect((await store.getFinding('c1'))?.reason).toBe('first writer');
    expect(await store.getFinding('n129')).toMatchObject({ alertState: 'sent', status: 'open' });
    expect(await store.getFinding('c2')).toMatchObject({
      alertState: 'sent',
      alertedAt: '2026-11-20T09:05:02.000Z',
    });
    expect(await store.recordItemVersion(version)).toBe(false);
  });

  it('lists pending alerts oldest first, and no longer once marked sent', async () => {
    await store.putFindingIfAbsent(finding('p2', '2026-11-20T09:02:00.000Z'));
    await store.putFindingIfAbsent(finding('p1', '2026-11-20T09:01:00.000Z'));
    await store.putFindingIfAbsent(finding('s1', '2026-11-20T09:00:00.000Z', { alertState: 'sent' }));
    await store.commitAnalyses({
      created: [finding('p3', '2026-11-20T09:03:00.000Z')],
      sent: [],
      versions: [],
    });

    expect((await store.listPendingAlerts()).items.map((f) => f.id)).toEqual(['p1', 'p2', 'p3']);
    await store.markAlertSent('p1', '2026-11-20T09:10:00.000Z');
    await store.commitAnalyses({
      created: [],
      sent: [{ id: 'p3', at: '2026-11-20T09:10:00.000Z' }],
      versions: [],
    });
    const left = await store.listPendingAlerts({ limit: 1 });
    expect(left.items.map((f) => f.id)).toEqual(['p2']);
    // DynamoDB may hand out a cursor at a full page even when nothing follows: it leads to nothing.
    if (left.cursor) expect((await store.listPendingAlerts({ cursor: left.cursor })).items).toEqual([]);
  });

  it('lists findings about one author by stable id, or by handle when there is none', async () => {
    await store.putFindingIfAbsent(finding('x1', '2026-11-20T09:00:00.000Z'));
    await store.putFindingIfAbsent(
      finding('x2', '2026-11-20T09:01:00.000Z', { authorId: '9999', authorHandle: 'other' }),
    );
    await store.putFindingIfAbsent(
      finding('x3', '2026-11-20T09:02:00.000Z', {
        platform: 'reddit',
        authorId: undefined,
        authorHandle: 'throwaway1',
      }),
    );

    const byId = await store.listFindingsByAuthor({
      platform: 'instagram',
      authorId: '5512',
      authorHandle: 'renamed',
    });
    const byHandle = await store.listFindingsByAuthor({ platform: 'reddit', authorHandle: 'throwaway1' });

    expect(byId.items.map((f) => f.id)).toEqual(['x1']);
    expect(byHandle.items.map((f) => f.id)).toEqual(['x3']);
  });
});

describe('DynamoFindingStore retention (TTL attribute)', () => {
  let store: DynamoFindingStore;
  let tableName: string;
  const raw = async (pk: string, sk: string) =>
    (await createDocumentClient(db.client).send(new GetCommand({ TableName: tableName, Key: { pk, sk } })))
      .Item;

  beforeEach(async () => {
    tableName = `retention-${++tables}`;
    await db.createTable(tableName);
    store = new DynamoFindingStore({
      client: createDocumentClient(db.client),
      tableName,
      itemVersionRetentionDays: 7,
      closedFindingRetentionDays: 30,
    });
  });

  it('expires item versions after their retention', async () => {
    await store.recordItemVersion({
      platform: 'x',
      itemId: '186',
      contentHash: 'h1',
      analyzedAt: '2026-11-20T00:00:00.000Z',
      findingIds: [],
    });

    const item = await raw('ITEM#x#186', 'VERSION#h1');
    expect(item?.expiresAt).toBe(Date.parse('2026-11-27T00:00:00.000Z') / 1000);
  });

  it('keeps open findings forever, expires closed ones, and un-expires a reopened one', async () => {
    await store.putFindingIfAbsent(finding('f1', '2026-11-20T00:00:00.000Z'));
    expect((await raw('FINDING#f1', 'FINDING'))?.expiresAt).toBeUndefined();

    await store.updateStatus('f1', { status: 'dismissed', at: '2026-11-21T00:00:00.000Z', by: 'sam' });
    expect((await raw('FINDING#f1', 'FINDING'))?.expiresAt).toBe(
      Date.parse('2026-12-21T00:00:00.000Z') / 1000,
    );

    await store.updateStatus('f1', {
      status: 'open',
      at: '2026-11-22T00:00:00.000Z',
      by: 'sam',
      note: 'not a false positive',
    });
    expect((await raw('FINDING#f1', 'FINDING'))?.expiresAt).toBeUndefined();
  });

  it('returns findings without the table keys', async () => {
    await store.putFindingIfAbsent(finding('f1', '2026-11-20T00:00:00.000Z'));

    const stored = await store.getFinding('f1');

    expect(Object.keys(stored ?? {})).not.toEqual(expect.arrayContaining(['pk']));
    expect(stored).toEqual(finding('f1', '2026-11-20T00:00:00.000Z'));
  });
});

describe('addMissingIndexes (a table made by an earlier version)', () => {
  it('adds the indexes the table lacks, so the outbox query works, and is a no-op afterwards', async () => {
    const tableName = 'older-table';
    const input = createTableInput(tableName);
    await db.client.send(
      new CreateTableCommand({
        ...input,
        GlobalSecondaryIndexes: input.GlobalSecondaryIndexes?.filter((g) => g.IndexName !== 'byAlert'),
        AttributeDefinitions: input.AttributeDefinitions?.filter((a) => !a.AttributeName?.startsWith('gsi3')),
      }),
    );
    const store = new DynamoFindingStore({ client: createDocumentClient(db.client), tableName });
    await store.putFindingIfAbsent(finding('old1', '2026-11-20T09:00:00.000Z'));
    await expect(store.listPendingAlerts()).rejects.toThrow();

    expect(await addMissingIndexes(db.client, tableName)).toEqual(['byAlert']);
    await store.putFindingIfAbsent(finding('new1', '2026-11-20T09:01:00.000Z'));

    expect((await store.listPendingAlerts()).items.map((f) => f.id)).toContain('new1');
    expect(await addMissingIndexes(db.client, tableName)).toEqual([]);
  });
});
