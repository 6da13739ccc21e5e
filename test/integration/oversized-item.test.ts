/**
 * A signed delivery with fields far past what a platform publishes (a 3,000-character comment
 * id, a 300 KB username) must still become a stored finding and an alert: unbounded, its
 * DynamoDB writes fail (key over 2 KB, item over 400 KB) and it ends in the dead letter.
 */
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../shared/checks/engine.ts';
import { parseBrandProfile } from '../../shared/model/index.ts';
import { analyzeAndRecord } from '../../shared/pipeline/analyze-and-record.ts';
import { handleWebhook } from '../../shared/platforms/webhooks/index.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';

const APP_SECRET = 'meta-app-secret-integration';
const SCAM = 'Sorry for the trouble! DM us on WhatsApp +44 7700 900123 to get your refund';
const brand = parseBrandProfile(JSON.parse(readFileSync('examples/brand.json', 'utf8')));

/** An Instagram `comments` delivery in Meta's shape (as test/events/instagram/webhook-comments.json). */
function delivery(commentId: string, username: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      object: 'instagram',
      entry: [
        {
          id: '17841400000000001',
          time: 1795953500,
          changes: [
            {
              field: 'comments',
              value: {
                from: { id: '5512000000000001', username },
                media: { id: '17890000000000001', media_product_type: 'FEED' },
                id: commentId,
                text: SCAM,
              },
            },
          ],
        },
      ],
    }),
  );
}

let db: DynamoDbLocal;
beforeAll(async () => {
  db = await startDynamoDbLocal();
  await db.createTable('oversized');
});
afterAll(async () => {
  await db?.stop();
});

describe('an oversized signed delivery', () => {
  it('is stored and alerted, with its id hashed and its author name cut', async () => {
    const commentId = `1789${'0'.repeat(2996)}`;
    const username = `acmebank.support.help${'_'.repeat(300 * 1024)}`;
    const rawBody = delivery(commentId, username);
    const signature = `sha256=${createHmac('sha256', APP_SECRET).update(rawBody).digest('hex')}`;
    const result = handleWebhook(
      {
        method: 'POST',
        path: '/webhooks/meta',
        query: {},
        headers: { 'x-hub-signature-256': signature },
        rawBody,
      },
      { meta: { appSecret: APP_SECRET, verifyToken: 'unused' } },
      new Date('2026-11-29T12:00:00Z'),
    );
    if (result.kind !== 'items') throw new Error(`expected items, got ${JSON.stringify(result)}`);
    expect(result.items).toHaveLength(1);
    const item = result.items[0]!;
    expect(item.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(item.author.handle.length).toBeLessThanOrEqual(256);

    const store = new DynamoFindingStore({ client: createDocumentClient(db.client), tableName: 'oversized' });
    const alerts: StoredFinding[] = [];
    const recorded = await analyzeAndRecord(
      item,
      { engine: createEngine(brand), store, sink: { publish: async (f) => void alerts.push(f) } },
      new Date('2026-11-29T12:00:00Z'),
    );

    expect(recorded.findings.map((f) => f.check)).toContain('offplatform-contact');
    expect(recorded.findings.every((f) => f.alert === 'sent')).toBe(true);
    expect(alerts.map((a) => a.id).sort()).toEqual(recorded.findings.map((f) => f.id).sort());
    for (const f of recorded.findings) {
      const stored = await store.getFinding(f.id);
      expect(stored).toMatchObject({ itemId: item.id, alertState: 'sent', platform: 'instagram' });
      expect(stored?.authorHandle).toBe(item.author.handle);
    }
    // The same delivery again is the same item (stable id): nothing new, nothing alerted twice.
    const again = await analyzeAndRecord(
      item,
      { engine: createEngine(brand), store, sink: { publish: async (f) => void alerts.push(f) } },
      new Date('2026-11-29T12:05:00Z'),
    );
    expect(again.newVersion).toBe(false);
    expect(alerts).toHaveLength(recorded.findings.length);
  });
});
