/**
 * A handshake must not be an oracle: X's CRC answer is HMAC(consumer secret, crc_token), the
 * very signature X puts on a POST over the same bytes, and the Meta and WebSub challenges are
 * echoed back. Each test tries to forge a delivery through a handshake.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/checks/engine.ts';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import { createMonitor, type Monitor } from '../../../shared/pipeline/monitor.ts';
import { handleWebhook, toResponse, type WebhookResult } from '../../../shared/platforms/webhooks/index.ts';
import { crcResponseToken } from '../../../shared/platforms/x/webhook.ts';
import { InMemoryFindingStore } from '../../../shared/store/memory.ts';
import { MemoryPollStateStore } from '../../../shared/store/poll-state.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';
import { fixture, NOW, request, sign } from './helpers.ts';

const X_SECRET = 'x-consumer-secret-test';
const META = { appSecret: 'meta-app-secret-test', verifyToken: 'my-verify-token' };
const CHANNEL = 'UCacmeBankOfficial000001';
const TOPIC = `https://www.youtube.com/xml/feeds/videos.xml?channel_id=${CHANNEL}`;
const YT = { secret: 'websub-secret-test', accountHandles: { [CHANNEL]: 'acmebank' } };
const SECRETS = {
  x: { consumerSecret: X_SECRET },
  meta: META,
  youtube: YT,
  mastodon: { secret: 'mastodon-secret-test' },
  tiktok: { clientSecret: 'tiktok-secret-test' },
};

const xDelivery = fixture('x/webhook-tweet-create.json');
const metaDelivery = fixture('instagram/webhook-comments.json');
const atomDelivery = fixture('youtube/webhook-video.xml');

const get = (path: string, query: Record<string, string>) =>
  handleWebhook(request({ method: 'GET', path, query }), SECRETS, NOW);
const post = (path: string, rawBody: Buffer, headers: Record<string, string>) =>
  handleWebhook(request({ path, rawBody, headers }), SECRETS, NOW);

/** The response body a handshake gave, failing the test when it was not a handshake. */
function handshakeBody(result: WebhookResult): string {
  if (result.kind !== 'handshake') throw new Error(`expected a handshake, got ${JSON.stringify(result)}`);
  return result.response.body;
}

/** A refusal with 400 whose answer leaks neither the value nor anything signed. */
function expectRefused400(result: WebhookResult, value: string) {
  expect(result).toMatchObject({ kind: 'refused', reason: 'malformed', status: 400 });
  const answer = toResponse(result).body;
  expect(answer).not.toContain('sha256=');
  expect(answer).not.toContain(value.slice(0, 12));
}

describe('X CRC is not a signing oracle', () => {
  const crc = (token: string) => get('/webhooks/x', { crc_token: token });

  it('refuses a delivery body as crc_token (the oracle would have signed it)', () => {
    const body = xDelivery.toString('utf8');
    // What the old handler answered is a valid signature of the forged POST:
    const forged = crcResponseToken(X_SECRET, body);
    expect(post('/webhooks/x', xDelivery, { 'x-twitter-webhooks-signature': forged }).kind).toBe('items');
    // ...so the handshake must refuse to compute it.
    expectRefused400(crc(body), body);
    expectRefused400(crc('{"tweet_create_events":[]}'), '{"tweet_create_events":[]}');
    expectRefused400(crc('[1]'), '[1]');
  });

  it('bounds the token: 128 base64 characters pass, 129 or any other character do not', () => {
    expect(handshakeBody(crc('A'.repeat(128)))).toContain('response_token');
    expect(handshakeBody(crc('aZ09_-+/='))).toContain('response_token');
    expectRefused400(crc('A'.repeat(129)), 'A'.repeat(129));
    for (const bad of ['crc token', 'crc"token', 'crc<token>', 'crc\ntoken', 'crc.token', 'crc\u00e9token']) {
      expect(crc(bad)).toMatchObject({ reason: 'malformed', status: 400 });
    }
  });

  it('an accepted token signs only itself: its answer over a delivery body is refused 401', () => {
    const { response_token } = JSON.parse(handshakeBody(crc('crc-token-123'))) as { response_token: string };
    expect(post('/webhooks/x', xDelivery, { 'x-twitter-webhooks-signature': response_token })).toMatchObject({
      kind: 'refused',
      reason: 'bad-signature',
      status: 401,
    });
    // Even the token's own bytes as a body carry nothing: not a JSON object, refused, no items.
    expect(
      post('/webhooks/x', Buffer.from('crc-token-123'), { 'x-twitter-webhooks-signature': response_token }),
    ).toMatchObject({ kind: 'refused', reason: 'malformed' });
  });
});

describe('Meta hub.challenge echoes only a number', () => {
  const verify = (challenge: string) =>
    get('/webhooks/meta', {
      'hub.mode': 'subscribe',
      'hub.verify_token': META.verifyToken,
      'hub.challenge': challenge,
    });

  it('refuses a delivery body, markup or anything but up to 64 digits, even with the right verify token', () => {
    expectRefused400(verify(metaDelivery.toString('utf8')), metaDelivery.toString('utf8'));
    expectRefused400(verify('<script>alert(1)</script>'), '<script>alert(1)</script>');
    expectRefused400(verify('1'.repeat(65)), '1'.repeat(65));
    expect(verify('12ab')).toMatchObject({ reason: 'malformed', status: 400 });
    expect(handshakeBody(verify('9'.repeat(64)))).toBe('9'.repeat(64));
  });

  it('answers as text/plain with nosniff, and the echo is no signature for a POST (401)', () => {
    const result = verify('1158201444');
    if (result.kind !== 'handshake') throw new Error('expected a handshake');
    expect(result.response.headers).toMatchObject({
      'content-type': 'text/plain; charset=utf-8',
      'x-content-type-options': 'nosniff',
    });
    for (const header of [result.response.body, `sha256=${result.response.body}`]) {
      expect(post('/webhooks/meta', metaDelivery, { 'x-hub-signature-256': header })).toMatchObject({
        kind: 'refused',
        reason: 'bad-signature',
        status: 401,
      });
    }
  });
});

describe('YouTube WebSub hub.challenge echoes only a short token', () => {
  const verify = (challenge: string) =>
    get('/webhooks/youtube', { 'hub.mode': 'subscribe', 'hub.topic': TOPIC, 'hub.challenge': challenge });

  it('refuses an Atom or JSON delivery, markup, or more than 200 characters', () => {
    expectRefused400(verify(atomDelivery.toString('utf8')), atomDelivery.toString('utf8'));
    expectRefused400(verify(metaDelivery.toString('utf8')), metaDelivery.toString('utf8'));
    expectRefused400(verify('a'.repeat(201)), 'a'.repeat(201));
    expect(verify('tok en')).toMatchObject({ reason: 'malformed', status: 400 });
    expect(handshakeBody(verify('a'.repeat(200)))).toBe('a'.repeat(200));
    expect(handshakeBody(verify('Ab9._~-+/='))).toBe('Ab9._~-+/=');
  });

  it('answers with nosniff, and the echo is no signature: the POST drops it (bad-signature, no items)', () => {
    const result = verify('a1b2-c3d4_e5');
    if (result.kind !== 'handshake') throw new Error('expected a handshake');
    expect(result.response.headers['x-content-type-options']).toBe('nosniff');
    // WebSub acknowledges a forgery with 200 so the hub does not retry; it is still refused.
    expect(
      post('/webhooks/youtube', atomDelivery, { 'x-hub-signature': `sha1=${result.response.body}` }),
    ).toEqual({
      kind: 'refused',
      reason: 'bad-signature',
      status: 200,
      message: 'signature mismatch; dropped',
    });
  });
});

describe('TikTok and Mastodon have no GET handshake', () => {
  it.each([
    ['/webhooks/tiktok', 'tiktok-secret-test'],
    ['/webhooks/mastodon', 'mastodon-secret-test'],
  ])('%s answers any GET 405 and computes nothing with the secret', (path, secret) => {
    const token = 'crc-token-123';
    const result = get(path, { crc_token: token, 'hub.challenge': token, 'hub.mode': 'subscribe' });
    expect(result).toMatchObject({ kind: 'refused', reason: 'method-not-allowed', status: 405 });
    const answer = toResponse(result).body;
    for (const encoding of ['hex', 'base64'] as const) {
      expect(answer).not.toContain(sign('sha256', secret, token, encoding));
    }
    expect(answer).not.toContain(token);
  });
});

describe('through the monitor HTTP edge', () => {
  const brand = parseBrandProfile(JSON.parse(readFileSync('examples/brand.json', 'utf8')));
  const store = new InMemoryFindingStore();
  const published: StoredFinding[] = [];
  let monitor: Monitor;
  let dir: string;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-handshake-'));
    // Asserted to the options type: the monitor's options grow (a durable inbox directory is
    // on its way), and this test only needs the HTTP edge in front of them.
    monitor = createMonitor({
      inboxDir: join(dir, 'inbox'),
      engine: createEngine(brand),
      store,
      pollState: new MemoryPollStateStore(),
      sink: { publish: async (f) => void published.push(f) },
      watch: [],
      secrets: SECRETS,
      deadLetterPath: join(dir, 'dead-letter.jsonl'),
      log: () => {},
    } as Parameters<typeof createMonitor>[0]);
    base = `http://127.0.0.1:${await monitor.start(0)}`;
  });

  afterAll(async () => {
    await monitor?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a delivery as crc_token or hub.challenge (400), and a forged POST gets 401 and no alert', async () => {
    const crc = await fetch(`${base}/webhooks/x?crc_token=${encodeURIComponent(xDelivery.toString('utf8'))}`);
    expect(crc.status).toBe(400);
    expect(await crc.text()).not.toContain('sha256=');
    const challenge = await fetch(
      `${base}/webhooks/meta?hub.mode=subscribe&hub.verify_token=${META.verifyToken}&hub.challenge=${encodeURIComponent(metaDelivery.toString('utf8'))}`,
    );
    expect(challenge.status).toBe(400);
    expect(await challenge.text()).not.toContain('entry');

    const ok = await fetch(`${base}/webhooks/x?crc_token=crc-token-123`);
    expect(ok.status).toBe(200);
    const { response_token } = (await ok.json()) as { response_token: string };
    const forged = await fetch(`${base}/webhooks/x`, {
      method: 'POST',
      headers: { 'x-twitter-webhooks-signature': response_token },
      body: xDelivery,
    });
    expect(forged.status).toBe(401);

    const echo = await fetch(
      `${base}/webhooks/meta?hub.mode=subscribe&hub.verify_token=${META.verifyToken}&hub.challenge=1158201444`,
    );
    expect(echo.headers.get('x-content-type-options')).toBe('nosniff');
    const forgedMeta = await fetch(`${base}/webhooks/meta`, {
      method: 'POST',
      headers: { 'x-hub-signature-256': `sha256=${await echo.text()}` },
      body: metaDelivery,
    });
    expect(forgedMeta.status).toBe(401);

    await monitor.stop();
    expect(published).toEqual([]);
    expect((await store.listFindingsByStatus('open')).items).toEqual([]);
  });
});
