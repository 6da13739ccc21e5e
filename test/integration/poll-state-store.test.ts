import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/store/dynamodb.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from '../../shared/store/dynamodb-local.ts';
import { DynamoPollStateStore } from '../../shared/store/poll-state.ts';

const TABLE = 'postwatch';
const dir = mkdtempSync(join(tmpdir(), 'pw-pollstate-'));
let db: DynamoDbLocal | undefined;

afterAll(async () => {
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<DynamoPollStateStore> {
  db = await startDynamoDbLocal({ path: join(dir, 'data') });
  await db.ensureTable(TABLE);
  return new DynamoPollStateStore({ client: createDocumentClient(db.client), tableName: TABLE });
}

describe('DynamoPollStateStore on a persistent DynamoDB Local', () => {
  // More versions than one BatchGet (100) or BatchWrite (25) takes.
  const versions = Array.from({ length: 130 }, (_, i) => `x:${1790000000000000000n + BigInt(i)}:h${i}`);
  const cursor = { userId: '1001', sinceId: '1790000000000000129', posts: [{ id: '1', at: 5, sinceId: '' }] };

  it('stores cursors and seen versions, batching past the DynamoDB limits', async () => {
    const store = await open();
    expect(await store.load('x:1001')).toBeUndefined();
    await store.save('x:1001', cursor);
    await store.save('mastodon:acmebank', { minId: '9' });
    await store.markSeen(versions);
    const asked = [...versions, 'x:1:unseen', 'x:2:unseen'];
    const seen = await store.seen(asked);
    expect(seen.size).toBe(130);
    expect(seen.has('x:1:unseen')).toBe(false);
    expect(await store.load('x:1001')).toEqual(cursor);
  });

  it('finds them again after DynamoDB Local restarts on the same path', async () => {
    await db?.stop();
    db = undefined;
    const store = await open();
    expect(await store.load('x:1001')).toEqual(cursor);
    expect(await store.load('mastodon:acmebank')).toEqual({ minId: '9' });
    expect((await store.seen(versions)).size).toBe(130);
  });
});
