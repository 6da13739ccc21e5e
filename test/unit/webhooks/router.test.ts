import { describe, expect, it } from 'vitest';
import {
  fromProxyEventV2,
  type ProxyEventV2,
  toProxyResultV2,
} from '../../../shared/platforms/webhooks/api-gateway.ts';
import { handleWebhook, routePlatform } from '../../../shared/platforms/webhooks/index.ts';
import { fixture, itemsOf, NOW, request, sign } from './helpers.ts';

describe('routePlatform', () => {
  it('routes /webhooks/<platform>, with a stage prefix or trailing slash, and nothing else', () => {
    expect(routePlatform('/webhooks/x')).toBe('x');
    expect(routePlatform('/prod/webhooks/meta/')).toBe('meta');
    expect(routePlatform('/webhooks/bluesky')).toBeUndefined();
    expect(routePlatform('/webhooks/x/extra')).toBeUndefined();
  });
});

describe('handleWebhook', () => {
  it('answers 404 for an unknown platform and for a platform without secrets (never unsigned)', () => {
    expect(handleWebhook(request({ path: '/webhooks/reddit' }), {}, NOW)).toMatchObject({
      reason: 'unknown-platform',
      status: 404,
    });
    expect(
      handleWebhook(request({ path: '/webhooks/tiktok' }), { x: { consumerSecret: 's' } }, NOW),
    ).toMatchObject({
      reason: 'unknown-platform',
      status: 404,
    });
  });
});

function event(partial: Partial<ProxyEventV2>): ProxyEventV2 {
  return {
    rawPath: '/webhooks/meta',
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST' } },
    ...partial,
  };
}

describe('API Gateway v2 / Function URL adapter', () => {
  const secrets = { meta: { appSecret: 'meta-app-secret-test', verifyToken: 'tok en+1' } };

  it('keeps the exact bytes of a base64-encoded body, so the signature still verifies', () => {
    const raw = fixture('facebook/webhook-feed.json');
    const req = fromProxyEventV2(
      event({
        body: raw.toString('base64'),
        isBase64Encoded: true,
        headers: { 'X-Hub-Signature-256': `sha256=${sign('sha256', 'meta-app-secret-test', raw, 'hex')}` },
      }),
    );
    expect(req.rawBody.equals(raw)).toBe(true);
    expect(req.headers['x-hub-signature-256']).toMatch(/^sha256=/);
    const result = handleWebhook(req, secrets, NOW);
    expect(itemsOf(result).items.length).toBeGreaterThan(0);
    expect(toProxyResultV2(result)).toEqual({
      statusCode: 200,
      headers: {},
      body: '',
      isBase64Encoded: false,
    });
  });

  it('encodes a text body back to its UTF-8 bytes', () => {
    const req = fromProxyEventV2(event({ body: '{"message":"Café 😀"}' }));
    expect(req.rawBody.equals(Buffer.from('{"message":"Café 😀"}', 'utf8'))).toBe(true);
  });

  it('decodes the query string and answers the Meta challenge as the proxy response', () => {
    const req = fromProxyEventV2(
      event({
        rawQueryString: 'hub.mode=subscribe&hub.verify_token=tok%20en%2B1&hub.challenge=987654321',
        requestContext: { http: { method: 'GET' } },
      }),
    );
    expect(req.query['hub.verify_token']).toBe('tok en+1');
    expect(toProxyResultV2(handleWebhook(req, secrets, NOW))).toMatchObject({
      statusCode: 200,
      body: '987654321',
    });
  });

  it('maps a refusal to its status with a body that names the reason only', () => {
    const result = handleWebhook(fromProxyEventV2(event({ body: '{}' })), secrets, NOW);
    const response = toProxyResultV2(result);
    expect(response.statusCode).toBe(401);
    expect(JSON.parse(String(response.body))).toEqual({
      error: 'bad-signature',
      message: 'signature mismatch',
    });
  });
});
