import type { WatchedAccountRef } from '../../shared/platforms/webhooks/config.ts';
import { WEBHOOK_PLATFORMS } from '../../shared/platforms/webhooks/index.ts';
import { jsonSetting, requiredSetting, SettingError } from '../poll/config.ts';

/** The webhook function's settings, read once per cold start. */
export interface WebhookConfig {
  readonly queueUrl: string;
  /** The config's `webhooks` section as written: per platform, key → `env:NAME` (a secret's name). */
  readonly webhooks: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Page and channel ids with their handles (Meta and WebSub name authors by id). */
  readonly accounts: readonly WatchedAccountRef[];
  readonly secretPrefix?: string;
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/**
 * Reads QUEUE_URL, WEBHOOK_SECRETS (`{ "meta": { "appSecret": "env:META_APP_SECRET", ... } }`:
 * secret names, never values) and WEBHOOK_ACCOUNTS (`[{ platform, handle, accountId }]`).
 */
export function readWebhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  const queueUrl = requiredSetting(env, 'QUEUE_URL');
  const webhooks = jsonSetting(env, 'WEBHOOK_SECRETS');
  if (typeof webhooks !== 'object' || webhooks === null || Array.isArray(webhooks)) {
    throw new SettingError('setting WEBHOOK_SECRETS: expected a JSON object');
  }
  const sections = webhooks as Record<string, unknown>;
  for (const [platform, section] of Object.entries(sections)) {
    if (!(WEBHOOK_PLATFORMS as readonly string[]).includes(platform)) {
      throw new SettingError(`setting WEBHOOK_SECRETS.${platform}: not a webhook platform`);
    }
    if (!isStringRecord(section)) {
      throw new SettingError(`setting WEBHOOK_SECRETS.${platform}: expected an object of secret names`);
    }
  }
  const accounts = env.WEBHOOK_ACCOUNTS ? jsonSetting(env, 'WEBHOOK_ACCOUNTS') : [];
  if (
    !Array.isArray(accounts) ||
    !accounts.every((a) => typeof a?.platform === 'string' && typeof a?.handle === 'string')
  ) {
    throw new SettingError('setting WEBHOOK_ACCOUNTS: expected an array of { platform, handle, accountId }');
  }
  const prefix = env.SECRET_PREFIX;
  return {
    queueUrl,
    webhooks: sections as Record<string, Record<string, string>>,
    accounts: accounts as WatchedAccountRef[],
    ...(prefix !== undefined ? { secretPrefix: prefix } : {}),
  };
}
