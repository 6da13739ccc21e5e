import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ContentItemSchema } from '../../../shared/model/index.ts';
import type { WebhookRequest, WebhookResult } from '../../../shared/platforms/webhooks/index.ts';

/** The frozen clock every webhook test runs at (Unix 1795953600). */
export const NOW = new Date('2026-11-29T12:00:00Z');

/** The raw bytes of a fixture under test/events/. */
export function fixture(path: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../events/${path}`, import.meta.url)));
}

/** A webhook request with sensible defaults. */
export function request(partial: Partial<WebhookRequest> & { path: string }): WebhookRequest {
  return { method: 'POST', query: {}, headers: {}, rawBody: Buffer.alloc(0), ...partial };
}

/** HMAC computed with node:crypto directly, as the sending platform would. */
export function sign(
  algorithm: 'sha1' | 'sha256',
  key: string,
  data: Buffer | string,
  encoding: 'hex' | 'base64',
) {
  return createHmac(algorithm, key).update(data).digest(encoding);
}

/** Narrows to an `items` result (fails the test otherwise) and checks each item against the contract. */
export function itemsOf(result: WebhookResult) {
  if (result.kind !== 'items') throw new Error(`expected items, got ${JSON.stringify(result)}`);
  for (const item of result.items) ContentItemSchema.parse(item);
  return result;
}
