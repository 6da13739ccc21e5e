import { describe, expect, it } from 'vitest';
import { handleWebhook } from '../../../shared/platforms/webhooks/index.ts';
import { fixture, itemsOf, NOW, request, sign } from './helpers.ts';

const SECRET = 'mastodon-secret-test';
const SECRETS = { mastodon: { secret: SECRET } };
const path = '/webhooks/mastodon';

function signedPost(rawBody: Buffer) {
  const headers = { 'x-hub-signature': `sha256=${sign('sha256', SECRET, rawBody, 'hex')}` };
  return handleWebhook(request({ path, rawBody, headers }), SECRETS, NOW);
}

describe('Mastodon admin webhook', () => {
  it('accepts the GitHub sha256 vector as a signature, then refuses the non-JSON body', () => {
    const headers = {
      'x-hub-signature': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17',
    };
    const secrets = { mastodon: { secret: "It's a Secret to Everybody" } };
    const result = handleWebhook(
      request({ path, rawBody: Buffer.from('Hello, World!'), headers }),
      secrets,
      NOW,
    );
    expect(result).toMatchObject({ reason: 'malformed', status: 400 });
  });

  it('accepts its own known-answer vector and ignores non-status events', () => {
    const rawBody = Buffer.from(
      '{"event":"account.approved","created_at":"2026-11-29T11:59:00.000Z","object":{}}',
    );
    const headers = {
      'x-hub-signature': 'sha256=101be150cfbfd1b714a5a666ebcb2846ab8832b5cb7b53b78fea9b04e9ac8fcd',
    };
    expect(itemsOf(handleWebhook(request({ path, rawBody, headers }), SECRETS, NOW)).items).toEqual([]);
    expect(itemsOf(signedPost(fixture('mastodon/webhook-account-created.json'))).items).toEqual([]);
  });

  it('refuses a wrong signature (401), a GET (405) and an oversize body (413)', () => {
    const rawBody = fixture('mastodon/webhook-status-created.json');
    const wrong = { 'x-hub-signature': `sha256=${sign('sha256', 'nope', rawBody, 'hex')}` };
    expect(handleWebhook(request({ path, rawBody, headers: wrong }), SECRETS, NOW)).toMatchObject({
      status: 401,
    });
    expect(handleWebhook(request({ path, method: 'GET' }), SECRETS, NOW)).toMatchObject({ status: 405 });
    expect(handleWebhook(request({ path, rawBody }), SECRETS, NOW, { maxBodyBytes: 64 })).toMatchObject({
      status: 413,
    });
  });

  it('maps status.created: HTML stripped, full link text, links without mentions and hashtags', () => {
    const result = itemsOf(signedPost(fixture('mastodon/webhook-status-created.json')));
    expect(result.items).toEqual([
      {
        platform: 'mastodon',
        kind: 'comment',
        id: '113560000000000002',
        url: 'https://social.acme.example/@acme_support_team/113560000000000002',
        author: { id: '109000000000000077', handle: 'acme_support_team', displayName: 'Acme Bank Support' },
        text:
          '@acmebank Refunds are open & fast! Claim yours at https://acme-refunds.help/claim/very/long/path?ref=masto' +
          '\n\nQuestions? Email us\nhelp@acme-refunds.help #refund',
        createdAt: '2026-11-29T11:58:40.000Z',
        parentId: '113560000000000001',
        links: ['https://acme-refunds.help/claim/very/long/path?ref=masto'],
      },
    ]);
  });

  it('skips reblogs and puts the content warning before the text', () => {
    const status = JSON.parse(fixture('mastodon/webhook-status-created.json').toString('utf8'));
    const reblog = { ...status, object: { ...status.object, reblog: { id: '1' } } };
    expect(itemsOf(signedPost(Buffer.from(JSON.stringify(reblog)))).items).toEqual([]);
    const cw = { ...status, object: { ...status.object, spoiler_text: 'refund info', content: '<p>hi</p>' } };
    expect(itemsOf(signedPost(Buffer.from(JSON.stringify(cw)))).items[0]?.text).toBe('refund info\n\nhi');
  });

  it('counts a status it cannot read (no id, or content that is not text) instead of failing', () => {
    const status = JSON.parse(fixture('mastodon/webhook-status-created.json').toString('utf8'));
    for (const object of [
      { ...status.object, id: undefined },
      { ...status.object, content: 42 },
    ]) {
      const result = itemsOf(signedPost(Buffer.from(JSON.stringify({ ...status, object }))));
      expect(result).toMatchObject({ items: [], dropped: 1 });
    }
  });
});
