/**
 * The store methods triage added (time-bounded listings, brand overrides, erasing an
 * author), as one contract for the DynamoDB store on DynamoDB Local and the memory store;
 * and on DynamoDB a Scan proving an erased author leaves no trace in the table.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { changeStatus, listFindings, parseQuery } from '../../shared/pipeline/triage.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { InMemoryFindingStore } from '../../shared/store/memory.ts';
import { DynamoPollStateStore } from '../../shared/store/poll-state.ts';
import type { AllowedAccount, FindingStore, StoredFinding } from '../../shared/store/types.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';

function finding(id: string, createdAt: string, overrides: Partial<StoredFinding> = {}): StoredFinding {
  return {
    id,
    check: 'impersonation',
    severity: 'high',
    action: 'takedown',
    reason: 'The handle imitates Acme Bank with a lookalike character.',
    evidence: [{ field: 'author.handle', start: 0, end: 16, match: 'acmebank_supp0rt' }],
    brand: 'Acme Bank',
    platform: 'x',
    itemId: `19000000000000000${id}`,
    itemKind: 'comment',
    contentHash: `hash-${id}`,
    authorId: '201',
    authorHandle: 'acmebank_supp0rt',
    createdAt,
    status: 'open',
    history: [{ status: 'open', at: createdAt, by: 'postwatch' }],
    alertState: 'sent',
    ...overrides,
  };
}

const allowance = (handle: string, at: string, authorId?: string): AllowedAccount => ({
  platform: 'x',
  handle,
  ...(authorId ? { authorId } : {}),
  findingId: 'f',
  by: 'alice',
  at,
});

let db: DynamoDbLocal;
let tables = 0;
beforeAll(async () => {
  db = await startDynamoDbLocal();
});
afterAll(async () => {
  await db?.stop();
});

interface Made {
  readonly store: FindingStore;
  readonly tableName?: string;
}

async function dynamo(): Promise<Made> {
  const tableName = `triage-${++tables}`;
  await db.createTable(tableName);
  return { store: new DynamoFindingStore({ client: createDocumentClient(db.client), tableName }), tableName };
}

describe.each([
  ['DynamoFindingStore', dynamo],
  ['InMemoryFindingStore', async (): Promise<Made> => ({ store: new InMemoryFindingStore() })],
] as const)('%s (triage methods)', (_name, make) => {
  let store: FindingStore;
  beforeEach(async () => {
    ({ store } = await make());
  });

  it('bounds a status listing by creation time, inclusive, newest first', async () => {
    for (const [id, at] of [
      ['01', '2026-11-19T23:59:59.999Z'],
      ['02', '2026-11-20T00:00:00.000Z'],
      ['03', '2026-11-20T12:00:00.000Z'],
      ['04', '2026-11-21T00:00:00.000Z'],
    ] as const) {
      await store.putFindingIfAbsent(finding(id, at));
    }
    const ids = async (since?: string, until?: string) =>
      (
        await store.listFindingsByStatus('open', {
          ...(since ? { since } : {}),
          ...(until ? { until } : {}),
        })
      ).items.map((f) => f.id);
    expect(await ids('2026-11-20T00:00:00.000Z', '2026-11-20T23:59:59.999Z')).toEqual(['03', '02']);
    expect(await ids('2026-11-20T12:00:00.000Z')).toEqual(['04', '03']);
    expect(await ids(undefined, '2026-11-20T00:00:00.000Z')).toEqual(['02', '01']);
    // Paging keeps the bounds.
    const first = await store.listFindingsByStatus('open', { since: '2026-11-20T00:00:00.000Z', limit: 1 });
    expect(first.items.map((f) => f.id)).toEqual(['04']);
    const second = await store.listFindingsByStatus('open', {
      since: '2026-11-20T00:00:00.000Z',
      limit: 5,
      ...(first.cursor ? { cursor: first.cursor } : {}),
    });
    expect(second.items.map((f) => f.id)).toEqual(['03', '02']);
  });

  it('lists across statuses in triage order and changes status conditionally', async () => {
    await store.putFindingIfAbsent(
      finding('01', '2026-11-20T09:00:00.000Z', { severity: 'low', check: 'spam' }),
    );
    await store.putFindingIfAbsent(finding('02', '2026-11-20T08:00:00.000Z', { severity: 'critical' }));
    await store.putFindingIfAbsent(finding('03', '2026-11-20T10:00:00.000Z'));
    const out = await changeStatus(store, '03', {
      verb: 'ack',
      note: 'reported',
      by: 'alice',
      now: new Date(),
    });
    expect(out.finding.history.map((h) => h.by)).toEqual(['postwatch', 'alice']);
    expect((await listFindings(store, {})).findings.map((f) => [f.id, f.status])).toEqual([
      ['02', 'open'],
      ['03', 'acknowledged'],
      ['01', 'open'],
    ]);
    expect(
      (await listFindings(store, parseQuery({ status: 'acknowledged' }))).findings.map((f) => f.id),
    ).toEqual(['03']);
  });

  it('keeps brand overrides: new entries appended once, a version per change, concurrent adds both kept', async () => {
    expect(await store.getBrandOverrides('Acme Bank')).toBeUndefined();
    const first = await store.addBrandAllowances('Acme Bank', {
      accounts: [allowance('acme_uk', '2026-11-20T09:00:00.000Z', '901')],
    });
    expect(first.version).toBe(1);
    // The same account (by id, whatever the handle now) and the same contact in other case: nothing new.
    const same = await store.addBrandAllowances('Acme Bank', {
      accounts: [allowance('acme_uk_renamed', '2026-11-21T00:00:00.000Z', '901')],
    });
    expect(same.version).toBe(1);
    await Promise.all([
      store.addBrandAllowances('Acme Bank', { accounts: [allowance('acme_de', '2026-11-20T10:00:00.000Z')] }),
      store.addBrandAllowances('Acme Bank', {
        contacts: [{ contact: '+44 7700 900123', findingId: 'g', by: 'bob', at: '2026-11-20T10:00:01.000Z' }],
      }),
    ]);
    const stored = await store.getBrandOverrides('Acme Bank');
    expect(stored?.version).toBe(3);
    expect(stored?.accounts.map((a) => a.handle)).toEqual(['acme_uk', 'acme_de']);
    expect(stored?.contacts.map((c) => c.contact)).toEqual(['+44 7700 900123']);
    expect(stored?.updatedAt).toBe('2026-11-20T10:00:01.000Z');
    expect(await store.getBrandOverrides('Other Brand')).toBeUndefined();
  });

  it("erases one author's findings, item versions and allowances, and nobody else's", async () => {
    await store.putFindingIfAbsent(finding('01', '2026-11-20T09:00:00.000Z'));
    await store.putFindingIfAbsent(
      finding('02', '2026-11-20T09:05:00.000Z', { check: 'offplatform-contact' }),
    );
    await store.putFindingIfAbsent(
      finding('03', '2026-11-20T09:10:00.000Z', {
        authorId: '202',
        authorHandle: 'tom_w',
        check: 'pii-exposure',
      }),
    );
    const author = { platform: 'x' as const, authorId: '201', authorHandle: 'acmebank_supp0rt' };
    // A clean version of one of the author's items, and a clean item of theirs.
    await store.commitAnalyses({
      created: [],
      sent: [],
      versions: [
        {
          platform: 'x',
          itemId: '1900000000000000001',
          contentHash: 'edited',
          analyzedAt: '2026-11-20T09:30:00.000Z',
          findingIds: [],
          author,
        },
        {
          platform: 'x',
          itemId: '1900000000000000077',
          contentHash: 'clean',
          analyzedAt: '2026-11-20T09:31:00.000Z',
          findingIds: [],
          author,
        },
        {
          platform: 'x',
          itemId: '1900000000000000078',
          contentHash: 'clean',
          analyzedAt: '2026-11-20T09:32:00.000Z',
          findingIds: [],
          author: { platform: 'x', authorId: '202', authorHandle: 'tom_w' },
        },
      ],
    });
    await store.addBrandAllowances('Acme Bank', {
      accounts: [
        allowance('acmebank_supp0rt', '2026-11-20T10:00:00.000Z', '201'),
        allowance('acme_uk', '2026-11-20T10:00:00.000Z'),
      ],
    });
    // Item versions by author are only in the listing of findings when they are findings.
    expect((await store.listFindingsByAuthor(author)).items.map((f) => f.id)).toEqual(['02', '01']);

    const erased = await store.eraseAuthor(author, { brands: ['Acme Bank'] });
    expect([...erased.findingIds].sort()).toEqual(['01', '02']);
    expect(erased.itemVersions).toBe(2);
    expect(erased.allowances).toBe(1);

    expect(await store.getFinding('01')).toBeUndefined();
    expect((await store.getFinding('03'))?.authorHandle).toBe('tom_w');
    expect((await store.listFindingsByAuthor(author)).items).toEqual([]);
    const lookup = await store.lookup(
      [],
      [
        { platform: 'x', itemId: '1900000000000000077', contentHash: 'clean' },
        { platform: 'x', itemId: '1900000000000000078', contentHash: 'clean' },
      ],
    );
    expect([...lookup.versions]).toEqual(['x#1900000000000000078#clean']);
    expect((await store.getBrandOverrides('Acme Bank'))?.accounts.map((a) => a.handle)).toEqual(['acme_uk']);
    const again = await store.eraseAuthor(author, { brands: ['Acme Bank'] });
    expect(again).toEqual({ findingIds: [], itemVersions: 0, seenMarks: 0, allowances: 0 });
  });
});

describe('DynamoFindingStore.eraseAuthor on the table', () => {
  it('leaves no record naming the author: a full Scan finds neither id nor handle', async () => {
    const { store, tableName } = await dynamo();
    const doc = createDocumentClient(db.client);
    const pollState = new DynamoPollStateStore({ client: doc, tableName: tableName as string });
    await store.putFindingIfAbsent(finding('01', '2026-11-20T09:00:00.000Z'));
    await store.putFindingIfAbsent(
      finding('02', '2026-11-20T09:00:00.000Z', {
        authorId: '202',
        authorHandle: 'tom_w',
        check: 'spam',
        evidence: [{ field: 'text', start: 0, end: 8, match: 'sub 2 me' }],
      }),
    );
    // The poller marked both versions seen (poll-state.ts's version key: platform:itemId:hash).
    await pollState.markSeen(['x:1900000000000000001:hash-01', 'x:1900000000000000002:hash-02']);
    const erased = await store.eraseAuthor({ platform: 'x', authorId: '201', authorHandle: '' });
    expect(erased.findingIds).toEqual(['01']);
    expect(erased.seenMarks).toBe(1);

    const all = await doc.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }));
    const text = JSON.stringify(all.Items);
    expect(text).not.toContain('acmebank_supp0rt');
    expect(text).not.toContain('"201"');
    expect(text).not.toContain('1900000000000000001');
    expect(text).toContain('tom_w');
    expect(await pollState.seen(['x:1900000000000000002:hash-02'])).toEqual(
      new Set(['x:1900000000000000002:hash-02']),
    );
  });
});
