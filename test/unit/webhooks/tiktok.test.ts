import { describe, expect, it } from 'vitest';
import { parseTikTokSignature } from '../../../shared/platforms/tiktok/webhook.ts';
import { handleWebhook } from '../../../shared/platforms/webhooks/index.ts';
import { fixture, itemsOf, NOW, request, sign } from './helpers.ts';

const SECRET = 'tiktok-client-secret-test';
const SECRETS = { tiktok: { clientSecret: SECRET } };
const path = '/webhooks/tiktok';
const T = Math.floor(NOW.getTime() / 1000) - 10;

function post(rawBody: Buffer, header: string | undefined, now = NOW) {
  const headers: Record<string, string> = header ? { 'tiktok-signature': header } : {};
  return handleWebhook(request({ path, rawBody, headers }), SECRETS, now);
}

function signature(rawBody: Buffer, t = T, secret = SECRET) {
  return `t=${t},s=${sign('sha256', secret, Buffer.concat([Buffer.from(`${t}.`), rawBody]), 'hex')}`;
}

describe('TikTok webhook', () => {
  it('accepts the known-answer vector (openssl over "t.body") and yields no item', () => {
    const rawBody = Buffer.from('{"event":"video.publish.completed"}');
    const header = 't=1795953590,s=7bf3f45c2bc829b5db3910b774963b266dd767c555d647aae5b910245d9e3f94';
    const result = itemsOf(post(rawBody, header));
    expect(result.items).toEqual([]);
    expect(result.response.status).toBe(200);
  });

  it('verifies and acknowledges a real event shape without producing items', () => {
    const rawBody = fixture('tiktok/webhook-video-publish.json');
    const result = itemsOf(post(rawBody, signature(rawBody)));
    expect(result).toMatchObject({ items: [], dropped: 0 });
  });

  it('refuses a wrong, missing or unreadable signature with 401', () => {
    const rawBody = fixture('tiktok/webhook-video-publish.json');
    expect(post(rawBody, signature(rawBody, T, 'other'))).toMatchObject({
      reason: 'bad-signature',
      status: 401,
    });
    expect(post(rawBody, undefined)).toMatchObject({ reason: 'bad-signature', status: 401 });
    expect(post(rawBody, 's=abc')).toMatchObject({ reason: 'bad-signature', status: 401 });
    // The timestamp is signed: moving it invalidates the signature.
    const moved = signature(rawBody).replace(`t=${T}`, `t=${T + 1}`);
    expect(post(rawBody, moved)).toMatchObject({ reason: 'bad-signature' });
  });

  it('refuses a correctly signed but stale timestamp, either side of the 300 s window', () => {
    const rawBody = fixture('tiktok/webhook-video-publish.json');
    const nowSeconds = NOW.getTime() / 1000;
    expect(post(rawBody, signature(rawBody, nowSeconds - 300))).toMatchObject({ kind: 'items' });
    expect(post(rawBody, signature(rawBody, nowSeconds - 301))).toMatchObject({
      reason: 'stale',
      status: 401,
    });
    expect(post(rawBody, signature(rawBody, nowSeconds + 301))).toMatchObject({
      reason: 'stale',
      status: 401,
    });
  });

  it('refuses a signed non-JSON body (400) and an oversize body (413)', () => {
    const bad = Buffer.from('event=video.publish.completed');
    expect(post(bad, signature(bad))).toMatchObject({ reason: 'malformed', status: 400 });
    const big = Buffer.alloc(4096, 0x20);
    const result = handleWebhook(
      request({ path, rawBody: big, headers: { 'tiktok-signature': signature(big) } }),
      SECRETS,
      NOW,
      { maxBodyBytes: 1024 },
    );
    expect(result).toMatchObject({ reason: 'too-large', status: 413 });
  });
});

describe('parseTikTokSignature', () => {
  it('reads t and every s, tolerating spaces', () => {
    expect(parseTikTokSignature('t=1633174587, s=AB12,s=cd34')).toEqual({
      t: 1633174587,
      s: ['ab12', 'cd34'],
    });
    expect(parseTikTokSignature('t=soon,s=ab')).toBeUndefined();
  });
});
