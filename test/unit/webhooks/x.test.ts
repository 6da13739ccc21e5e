import { describe, expect, it } from 'vitest';
import { handleWebhook } from '../../../shared/platforms/webhooks/index.ts';
import { parseV11Date } from '../../../shared/platforms/x/webhook.ts';
import { fixture, itemsOf, NOW, request, sign } from './helpers.ts';

const SECRETS = { x: { consumerSecret: 'x-consumer-secret-test' } };
const path = '/webhooks/x';

function signedPost(
  rawBody: Buffer,
  signature = `sha256=${sign('sha256', 'x-consumer-secret-test', rawBody, 'base64')}`,
) {
  return request({ path, rawBody, headers: { 'x-twitter-webhooks-signature': signature } });
}

describe('X Account Activity webhook', () => {
  it('answers the CRC byte for byte (vector from openssl)', () => {
    const result = handleWebhook(
      request({ method: 'GET', path, query: { crc_token: 'crc-token-123' } }),
      SECRETS,
      NOW,
    );
    expect(result.kind).toBe('handshake');
    if (result.kind !== 'handshake') return;
    expect(result.response.status).toBe(200);
    expect(result.response.headers['content-type']).toMatch(/^application\/json/);
    expect(result.response.body).toBe(
      '{"response_token":"sha256=jXcpjScNYAmcFTYzi6mtsSqTtMMnYKSQP56uBkdO1U8="}',
    );
  });

  it('refuses a CRC without a token', () => {
    const result = handleWebhook(request({ method: 'GET', path }), SECRETS, NOW);
    expect(result).toMatchObject({ kind: 'refused', reason: 'malformed', status: 400 });
  });

  it('accepts a POST signed with the known-answer vector', () => {
    const body = Buffer.from('{"for_user_id":"2244994945","tweet_create_events":[]}');
    const result = handleWebhook(
      signedPost(body, 'sha256=lVye2+1QzhAXmmQQ/TdSC5r6nLbQ2i8KcXQxUINhRbU='),
      SECRETS,
      NOW,
    );
    expect(itemsOf(result).items).toEqual([]);
  });

  it('refuses a wrong or missing signature with 401', () => {
    const body = fixture('x/webhook-tweet-create.json');
    const wrong = handleWebhook(
      signedPost(body, `sha256=${sign('sha256', 'other', body, 'base64')}`),
      SECRETS,
      NOW,
    );
    expect(wrong).toMatchObject({ kind: 'refused', reason: 'bad-signature', status: 401 });
    const missing = handleWebhook(request({ path, rawBody: body }), SECRETS, NOW);
    expect(missing).toMatchObject({ kind: 'refused', reason: 'bad-signature', status: 401 });
    // Hex instead of base64 is a different encoding of the same MAC and must not pass.
    const hex = handleWebhook(
      signedPost(body, `sha256=${sign('sha256', 'x-consumer-secret-test', body, 'hex')}`),
      SECRETS,
      NOW,
    );
    expect(hex).toMatchObject({ reason: 'bad-signature' });
  });

  it('refuses a signed body that is not JSON with 400, and an oversize body with 413', () => {
    expect(handleWebhook(signedPost(Buffer.from('{"for_user_id":')), SECRETS, NOW)).toMatchObject({
      reason: 'malformed',
      status: 400,
    });
    const big = Buffer.alloc(2048, 0x20);
    expect(handleWebhook(signedPost(big), SECRETS, NOW, { maxBodyBytes: 1024 })).toMatchObject({
      reason: 'too-large',
      status: 413,
    });
  });

  it('maps v1.1 tweets: full text of truncated tweets, expanded links, reply parent, skips retweets', () => {
    const result = itemsOf(handleWebhook(signedPost(fixture('x/webhook-tweet-create.json')), SECRETS, NOW));
    expect(result.dropped).toBe(0);
    expect(result.items).toHaveLength(2);
    const [reply, post] = result.items;
    expect(reply).toEqual({
      platform: 'x',
      kind: 'comment',
      id: '1995000000000000002',
      url: 'https://x.com/acmebank_helpdesk/status/1995000000000000002',
      author: { id: '1480000000000000077', handle: 'acmebank_helpdesk', displayName: 'Acme Bank Help Desk' },
      text: '@acmebank Sorry for the trouble with your account! Our refunds team can sort this out today, just DM us on WhatsApp or fill in the short form here https://t.co/AbCdEf1234 and we will call you back within the hour.',
      createdAt: '2026-11-29T11:58:12.000Z',
      parentId: '1995000000000000001',
      links: ['https://acme-refunds.help/claim'],
    });
    expect(post).toMatchObject({
      kind: 'post',
      id: '1995000000000000001',
      author: { handle: 'acmebank' },
      links: ['https://acmebank.com/savings'],
    });
    expect(post?.parentId).toBeUndefined();
  });

  it('acknowledges events without tweets (likes) with no items', () => {
    const result = itemsOf(handleWebhook(signedPost(fixture('x/webhook-favorite.json')), SECRETS, NOW));
    expect(result.items).toEqual([]);
    expect(result.response.status).toBe(200);
  });
});

describe('parseV11Date', () => {
  it('reads the documented form and applies the offset', () => {
    expect(parseV11Date('Wed Oct 10 20:19:24 +0000 2018')).toBe('2018-10-10T20:19:24.000Z');
    expect(parseV11Date('Wed Oct 10 22:19:24 +0200 2018')).toBe('2018-10-10T20:19:24.000Z');
    expect(parseV11Date('2018-10-10T20:19:24Z')).toBeUndefined();
  });
});
