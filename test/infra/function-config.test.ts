/** The poll, webhook and sweep functions' settings: a missing or bad one fails naming it. */
import { describe, expect, it } from 'vitest';
import { readPollConfig, SettingError } from '../../functions/poll/config.ts';
import { parsePollEvent } from '../../functions/poll/create-handler.ts';
import { readSweepConfig } from '../../functions/sweep/config.ts';
import { readWebhookConfig } from '../../functions/webhook/config.ts';
import { ValidationError } from '../../shared/model/index.ts';

const watch = [
  {
    platform: 'mastodon',
    handle: 'acmebank',
    accountId: '1001',
    credentials: { accessToken: 'env:MASTODON_TOKEN' },
  },
  { platform: 'x', handle: '@acmebank', every: '2m' },
];

describe('poll settings', () => {
  const env = { TABLE_NAME: 't', QUEUE_URL: 'https://sqs.example/q', WATCH_LIST: JSON.stringify(watch) };

  it('reads the watch list by cursor key, with the config defaults applied', () => {
    const config = readPollConfig(env);
    expect([...config.accounts.keys()]).toEqual(['mastodon:1001', 'x:acmebank']);
    expect(config.accounts.get('x:acmebank')).toMatchObject({
      index: 1,
      account: { handle: 'acmebank', every: '2m', role: 'brand' },
    });
    expect(config.leaseMs).toBe(300_000);
  });

  it('names the missing or bad setting', () => {
    expect(() => readPollConfig({ ...env, TABLE_NAME: '' })).toThrow(/missing setting TABLE_NAME/);
    expect(() => readPollConfig({ ...env, WATCH_LIST: '{' })).toThrow(/setting WATCH_LIST is not valid JSON/);
    expect(() => readPollConfig({ ...env, WATCH_LIST: '{}' })).toThrow(/WATCH_LIST: expected a JSON array/);
    expect(() =>
      readPollConfig({ ...env, WATCH_LIST: JSON.stringify([{ platform: 'myspace', handle: 'a' }]) }),
    ).toThrow(/WATCH_LIST\[0\]: .*platform/);
    expect(() => readPollConfig({ ...env, LEASE_MS: '5' })).toThrow(SettingError);
  });

  it('accepts only a schedule input naming an account', () => {
    expect(parsePollEvent({ account: 'x:acmebank' })).toEqual({ account: 'x:acmebank' });
    for (const bad of [{}, null, { account: 3 }, { account: '' }]) {
      expect(() => parsePollEvent(bad)).toThrow(ValidationError);
    }
  });
});

describe('webhook settings', () => {
  const env = {
    QUEUE_URL: 'https://sqs.example/q',
    WEBHOOK_SECRETS: JSON.stringify({ x: { consumerSecret: 'env:X_CONSUMER_SECRET' } }),
    WEBHOOK_ACCOUNTS: JSON.stringify([{ platform: 'facebook', handle: 'acmebank', accountId: '1048' }]),
  };

  it('reads secret names per platform and the page ids', () => {
    expect(readWebhookConfig(env)).toMatchObject({
      webhooks: { x: { consumerSecret: 'env:X_CONSUMER_SECRET' } },
      accounts: [{ platform: 'facebook', handle: 'acmebank', accountId: '1048' }],
    });
  });

  it('refuses an unknown platform, a section that is not names, or accounts that are not a list', () => {
    expect(() => readWebhookConfig({ ...env, WEBHOOK_SECRETS: '{"myspace":{}}' })).toThrow(
      /WEBHOOK_SECRETS.myspace: not a webhook platform/,
    );
    expect(() => readWebhookConfig({ ...env, WEBHOOK_SECRETS: '{"x":{"consumerSecret":1}}' })).toThrow(
      /WEBHOOK_SECRETS.x/,
    );
    expect(() => readWebhookConfig({ ...env, WEBHOOK_SECRETS: '[]' })).toThrow(/expected a JSON object/);
    expect(() => readWebhookConfig({ ...env, WEBHOOK_ACCOUNTS: '{}' })).toThrow(/WEBHOOK_ACCOUNTS/);
    expect(() => readWebhookConfig({ ...env, QUEUE_URL: undefined })).toThrow(/missing setting QUEUE_URL/);
  });
});

describe('sweep settings', () => {
  it('needs the table and both topics', () => {
    expect(readSweepConfig({ TABLE_NAME: 't', TAKEDOWN_TOPIC_ARN: 'a', CORRECTION_TOPIC_ARN: 'b' })).toEqual({
      tableName: 't',
      topics: { takedown: 'a', correction: 'b' },
    });
    expect(() => readSweepConfig({ TABLE_NAME: 't', TAKEDOWN_TOPIC_ARN: 'a' })).toThrow(
      /CORRECTION_TOPIC_ARN/,
    );
  });
});
