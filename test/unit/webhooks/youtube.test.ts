import { describe, expect, it } from 'vitest';
import { handleWebhook } from '../../../shared/platforms/webhooks/index.ts';
import { fixture, itemsOf, NOW, request, sign } from './helpers.ts';

const SECRET = 'websub-secret-test';
const CHANNEL = 'UCacmeBankOfficial000001';
const TOPIC = `https://www.youtube.com/xml/feeds/videos.xml?channel_id=${CHANNEL}`;
const SECRETS = { youtube: { secret: SECRET, accountHandles: { [CHANNEL]: 'acmebank' } } };
const path = '/webhooks/youtube';

function signedPost(rawBody: Buffer) {
  const headers = { 'x-hub-signature': `sha1=${sign('sha1', SECRET, rawBody, 'hex')}` };
  return handleWebhook(request({ path, rawBody, headers }), SECRETS, NOW);
}

describe('YouTube WebSub verification of intent (GET)', () => {
  const verify = (query: Record<string, string>) =>
    handleWebhook(request({ method: 'GET', path, query }), SECRETS, NOW);

  it('echoes hub.challenge as plain text for a watched channel', () => {
    const result = verify({
      'hub.mode': 'subscribe',
      'hub.topic': TOPIC,
      'hub.challenge': 'a1b2-c3d4_e5',
      'hub.lease_seconds': '432000',
    });
    expect(result.kind).toBe('handshake');
    if (result.kind !== 'handshake') return;
    expect(result.response).toEqual({
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
      body: 'a1b2-c3d4_e5',
    });
  });

  it('refuses (404) a subscription to an unknown channel and a forged unsubscribe of a watched one', () => {
    const other = 'https://www.youtube.com/xml/feeds/videos.xml?channel_id=UCsomeoneElse';
    expect(verify({ 'hub.mode': 'subscribe', 'hub.topic': other, 'hub.challenge': 'x' })).toMatchObject({
      reason: 'unknown-topic',
      status: 404,
    });
    expect(verify({ 'hub.mode': 'unsubscribe', 'hub.topic': TOPIC, 'hub.challenge': 'x' })).toMatchObject({
      status: 404,
    });
    expect(verify({ 'hub.mode': 'unsubscribe', 'hub.topic': other, 'hub.challenge': 'x' })).toMatchObject({
      kind: 'handshake',
    });
  });
});

describe('YouTube WebSub notifications (POST)', () => {
  it('accepts a body signed with the known-answer vector (openssl dgst -sha1 -hmac)', () => {
    const rawBody = Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom"></feed>');
    const headers = { 'x-hub-signature': 'sha1=38231c13347c5ac78553950f697edf27b93cc327' };
    expect(itemsOf(handleWebhook(request({ path, rawBody, headers }), SECRETS, NOW)).items).toEqual([]);
  });

  it('acknowledges a bad or missing signature with 200 but yields nothing (WebSub spec)', () => {
    const rawBody = fixture('youtube/webhook-video.xml');
    const wrong = { 'x-hub-signature': `sha1=${sign('sha1', 'not-the-secret', rawBody, 'hex')}` };
    const results = [
      handleWebhook(request({ path, rawBody, headers: wrong }), SECRETS, NOW),
      handleWebhook(request({ path, rawBody }), SECRETS, NOW),
    ];
    for (const result of results) {
      expect(result).toMatchObject({ kind: 'refused', reason: 'bad-signature', status: 200 });
      expect(result).not.toHaveProperty('items');
    }
  });

  it('refuses malformed XML, a DTD, and an oversize body', () => {
    expect(signedPost(Buffer.from('<feed><entry></feed>'))).toMatchObject({
      reason: 'malformed',
      status: 400,
    });
    const dtd = Buffer.from('<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaa">]><feed>&a;</feed>');
    expect(signedPost(dtd)).toMatchObject({ reason: 'malformed', status: 400 });
    const big = fixture('youtube/webhook-video.xml');
    const headers = { 'x-hub-signature': `sha1=${sign('sha1', SECRET, big, 'hex')}` };
    expect(
      handleWebhook(request({ path, rawBody: big, headers }), SECRETS, NOW, { maxBodyBytes: 256 }),
    ).toMatchObject({
      reason: 'too-large',
      status: 413,
    });
  });

  it('maps an upload to a post carrying the title, with the configured handle', () => {
    const result = itemsOf(signedPost(fixture('youtube/webhook-video.xml')));
    expect(result.items).toEqual([
      {
        platform: 'youtube',
        kind: 'post',
        id: 'dQw4acmeV01',
        url: 'https://www.youtube.com/watch?v=dQw4acmeV01',
        author: { id: CHANNEL, handle: 'acmebank', displayName: 'Acme Bank' },
        text: "Clinically proven: our savings plan cures money stress & it's 100% risk-free",
        createdAt: '2026-11-29T11:55:00.000Z',
      },
    ]);
  });

  it('falls back to the channel id as handle when the channel is not configured', () => {
    const secrets = { youtube: { secret: SECRET } };
    const rawBody = fixture('youtube/webhook-video.xml');
    const headers = { 'x-hub-signature': `sha1=${sign('sha1', SECRET, rawBody, 'hex')}` };
    const result = itemsOf(handleWebhook(request({ path, rawBody, headers }), secrets, NOW));
    expect(result.items[0]?.author.handle).toBe(CHANNEL);
  });

  it('maps a deletion to no item', () => {
    const result = itemsOf(signedPost(fixture('youtube/webhook-deleted.xml')));
    expect(result.items).toEqual([]);
    expect(result.dropped).toBe(0);
  });
});
