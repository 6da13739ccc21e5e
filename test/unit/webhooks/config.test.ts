import { describe, expect, it } from 'vitest';
import { buildWebhookSecrets } from '../../../shared/platforms/webhooks/index.ts';

describe('buildWebhookSecrets', () => {
  it('keeps only configured platforms and derives handle maps from watched accounts', () => {
    const secrets = buildWebhookSecrets(
      { meta: { appSecret: 'a', verifyToken: 'v' }, youtube: { secret: 's' } },
      [
        { platform: 'facebook', handle: 'acmebank', accountId: '104000000000001' },
        { platform: 'youtube', handle: 'acmebank', accountId: 'UCacme' },
        { platform: 'x', handle: 'acmebank', accountId: '2244994945' },
      ],
    );
    expect(secrets).toEqual({
      meta: { appSecret: 'a', verifyToken: 'v', accountHandles: { '104000000000001': 'acmebank' } },
      youtube: { secret: 's', accountHandles: { UCacme: 'acmebank' } },
    });
  });

  it('fails at start-up naming every missing key', () => {
    expect(() => buildWebhookSecrets({ meta: { appSecret: 'a' }, tiktok: { secret: 'wrong-key' } })).toThrow(
      /webhooks\.meta\.verifyToken.*webhooks\.tiktok\.clientSecret/,
    );
  });
});
