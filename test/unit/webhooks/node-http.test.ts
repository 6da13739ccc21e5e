import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookRequest } from '../../../shared/platforms/webhooks/index.ts';
import { readWebhookRequest, writeWebhookResponse } from '../../../shared/platforms/webhooks/node-http.ts';

describe('Node HTTP adapter', () => {
  let server: Server;
  let base = '';
  const seen: (WebhookRequest | undefined)[] = [];

  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const request = await readWebhookRequest(req, { maxBodyBytes: 64 });
      seen.push(request);
      if (!request) {
        res.setHeader('connection', 'close');
        writeWebhookResponse(res, { status: 413, headers: {}, body: 'too large' });
        return;
      }
      writeWebhookResponse(res, { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads path, decoded query, lower-cased headers and the exact body bytes', async () => {
    const body = Buffer.from('{"a":"caf\\u00e9 é"}', 'utf8');
    const response = await fetch(`${base}/webhooks/meta?hub.challenge=12%2B3&x=1&x=2`, {
      method: 'POST',
      headers: { 'X-Hub-Signature-256': 'sha256=00' },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    const req = seen.at(-1);
    expect(req).toMatchObject({
      method: 'POST',
      path: '/webhooks/meta',
      query: { 'hub.challenge': '12+3', x: '1' },
      headers: { 'x-hub-signature-256': 'sha256=00' },
    });
    expect(req?.rawBody.equals(body)).toBe(true);
  });

  it('stops reading past the cap and lets the caller answer 413', async () => {
    const response = await fetch(`${base}/webhooks/x`, { method: 'POST', body: 'x'.repeat(65) });
    expect(response.status).toBe(413);
    expect(seen.at(-1)).toBeUndefined();
  });
});
