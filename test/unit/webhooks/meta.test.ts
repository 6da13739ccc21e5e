import { describe, expect, it } from 'vitest';
import { handleWebhook } from '../../../shared/platforms/webhooks/index.ts';
import { fixture, itemsOf, NOW, request, sign } from './helpers.ts';

const APP_SECRET = 'meta-app-secret-test';
const SECRETS = { meta: { appSecret: APP_SECRET, verifyToken: 'my-verify-token' } };
const path = '/webhooks/meta';

function signedPost(rawBody: Buffer, secrets: object = SECRETS) {
  const headers = { 'x-hub-signature-256': `sha256=${sign('sha256', APP_SECRET, rawBody, 'hex')}` };
  return handleWebhook(request({ path, rawBody, headers }), secrets, NOW);
}

describe('Meta webhook verification (GET)', () => {
  const verify = (query: Record<string, string>) =>
    handleWebhook(request({ method: 'GET', path, query }), SECRETS, NOW);

  it('echoes hub.challenge byte for byte when the verify token matches', () => {
    const result = verify({
      'hub.mode': 'subscribe',
      'hub.verify_token': 'my-verify-token',
      'hub.challenge': '1158201444',
    });
    expect(result.kind).toBe('handshake');
    if (result.kind !== 'handshake') return;
    expect(result.response.status).toBe(200);
    expect(result.response.body).toBe('1158201444');
  });

  it('answers 403 for a wrong token or mode', () => {
    expect(
      verify({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }),
    ).toMatchObject({
      reason: 'bad-verify-token',
      status: 403,
    });
    expect(
      verify({ 'hub.mode': 'unsubscribe', 'hub.verify_token': 'my-verify-token', 'hub.challenge': '1' }),
    ).toMatchObject({
      status: 403,
    });
  });
});

describe('Meta webhook events (POST)', () => {
  it('accepts the GitHub sha256 vector as a signature, then refuses the non-JSON body as malformed', () => {
    const headers = {
      'x-hub-signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    };
    const secrets = { meta: { appSecret: "It's a Secret to Everybody", verifyToken: 't' } };
    const result = handleWebhook(
      request({ path, rawBody: Buffer.from('Hello, World!'), headers }),
      secrets,
      NOW,
    );
    expect(result).toMatchObject({ kind: 'refused', reason: 'malformed', status: 400 });
  });

  it('accepts its own known-answer vector (openssl dgst -sha256 -hmac)', () => {
    const rawBody = Buffer.from('{"object":"page","entry":[]}');
    const headers = {
      'x-hub-signature-256': 'sha256=a640857104c26792672030181213abaae320160ed46595388acd4348f80b8978',
    };
    expect(itemsOf(handleWebhook(request({ path, rawBody, headers }), SECRETS, NOW)).items).toEqual([]);
  });

  it('verifies the escaped bytes as sent: the same JSON re-serialized does not match', () => {
    const raw = fixture('facebook/webhook-feed.json');
    expect(itemsOf(signedPost(raw)).items.length).toBeGreaterThan(0);
    const reserialized = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))));
    const headers = { 'x-hub-signature-256': `sha256=${sign('sha256', APP_SECRET, reserialized, 'hex')}` };
    expect(handleWebhook(request({ path, rawBody: raw, headers }), SECRETS, NOW)).toMatchObject({
      reason: 'bad-signature',
      status: 401,
    });
  });

  it('refuses the legacy sha1 header alone, a wrong signature and an oversize body', () => {
    const raw = fixture('facebook/webhook-feed.json');
    const sha1 = { 'x-hub-signature': `sha1=${sign('sha1', APP_SECRET, raw, 'hex')}` };
    expect(handleWebhook(request({ path, rawBody: raw, headers: sha1 }), SECRETS, NOW)).toMatchObject({
      status: 401,
    });
    const wrong = { 'x-hub-signature-256': `sha256=${sign('sha256', 'nope', raw, 'hex')}` };
    expect(handleWebhook(request({ path, rawBody: raw, headers: wrong }), SECRETS, NOW)).toMatchObject({
      status: 401,
    });
    expect(handleWebhook(request({ path, rawBody: raw }), SECRETS, NOW, { maxBodyBytes: 100 })).toMatchObject(
      {
        reason: 'too-large',
        status: 413,
      },
    );
  });

  it('maps a batched page feed: comments and posts added or edited, Unix created_time, missing from', () => {
    const secrets = { meta: { ...SECRETS.meta, accountHandles: { '104000000000001': 'acmebank' } } };
    const result = itemsOf(signedPost(fixture('facebook/webhook-feed.json'), secrets));
    expect(result.dropped).toBe(0);
    // reaction and remove are ignored; 3 comments + the added post + its edit remain.
    expect(result.items.map((i) => [i.kind, i.id])).toEqual([
      ['comment', '880000000000001_990000000000001'],
      ['comment', '880000000000001_990000000000002'],
      ['comment', '880000000000001_990000000000003'],
      ['post', '104000000000001_880000000000002'],
      ['post', '104000000000001_880000000000002'],
    ]);
    const [scam, reply, anonymous, post] = result.items;
    expect(scam).toEqual({
      platform: 'facebook',
      kind: 'comment',
      id: '880000000000001_990000000000001',
      author: { id: '7010000000000042', handle: 'Acme Bank Refunds', displayName: 'Acme Bank Refunds' },
      text: 'Café owners: your refund is waiting 😀 claim it at https://acme-refunds.help/claim',
      createdAt: '2026-11-29T11:58:10.000Z',
      parentId: '104000000000001_880000000000001',
    });
    expect(reply?.parentId).toBe('880000000000001_990000000000001');
    expect(anonymous?.author).toEqual({ handle: '' });
    expect(post).toMatchObject({
      author: { id: '104000000000001', handle: 'acmebank', displayName: 'Acme Bank' },
      url: 'https://www.facebook.com/104000000000001_880000000000002',
      links: ['https://acmebank.com/savings'],
      createdAt: '2026-11-29T11:56:40.000Z',
    });
  });

  it('maps Instagram comments from changes[], ignoring mentions', () => {
    const result = itemsOf(signedPost(fixture('instagram/webhook-comments.json')));
    expect(result.items).toEqual([
      {
        platform: 'instagram',
        kind: 'comment',
        id: '17890455012345678',
        author: { id: '5512000000000001', handle: 'acme.support_help' },
        text: 'Sorry for the trouble! DM us on WhatsApp +44 7700 900123 to get your refund',
        parentId: '17890000000000001',
      },
      expect.objectContaining({ id: '17890455012345679', parentId: '17890455012345678' }),
    ]);
  });

  it('maps Instagram comments with field/value directly on the entry', () => {
    const result = itemsOf(signedPost(fixture('instagram/webhook-comments-entry-field.json')));
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({
      id: '17890455012345690',
      author: { handle: 'crypto.giveaway.acme' },
      parentId: '17890000000000001',
    });
  });

  it('counts a wanted change it cannot map instead of refusing the batch', () => {
    const raw = Buffer.from(
      '{"object":"page","entry":[{"id":"1","time":1,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","message":"no id"}}]}]}',
    );
    const result = itemsOf(signedPost(raw));
    expect(result.items).toEqual([]);
    expect(result.dropped).toBe(1);
  });
});
