import * as mastodon from '../mastodon/webhook.ts';
import * as meta from '../meta/webhook.ts';
import * as tiktok from '../tiktok/webhook.ts';
import * as x from '../x/webhook.ts';
import * as youtube from '../youtube/webhook.ts';
import {
  WEBHOOK_PLATFORMS,
  type WebhookOptions,
  type WebhookPlatform,
  type WebhookRequest,
  type WebhookResult,
  type WebhookSecrets,
} from './types.ts';
import { refuse } from './verify.ts';

export { buildWebhookSecrets, type ResolvedWebhooksConfig } from './config.ts';
export * from './types.ts';
export { DEFAULT_MAX_BODY_BYTES, DEFAULT_TOLERANCE_SECONDS, toResponse } from './verify.ts';

// The suffix is matched so that an API Gateway stage prefix (`/prod/webhooks/x`) routes too.
const ROUTE = /\/webhooks\/([a-z]+)\/?$/;

/** The platform named by a `/webhooks/<platform>` path, or undefined. */
export function routePlatform(path: string): WebhookPlatform | undefined {
  const name = ROUTE.exec(path)?.[1];
  return (WEBHOOK_PLATFORMS as readonly string[]).includes(name ?? '')
    ? (name as WebhookPlatform)
    : undefined;
}

/**
 * Verifies and parses one request to `/webhooks/<platform>` (CONTRACTS.md §6). A platform
 * without secrets is not served (404): unsigned events are never accepted.
 */
export function handleWebhook(
  req: WebhookRequest,
  secrets: WebhookSecrets,
  now: Date,
  options?: WebhookOptions,
): WebhookResult {
  const platform = routePlatform(req.path);
  if (!platform) return refuse('unknown-platform', 'no webhook at this path');
  switch (platform) {
    case 'x':
      return secrets.x ? x.handle(req, secrets.x, now, options) : notServed();
    case 'meta':
      return secrets.meta ? meta.handle(req, secrets.meta, now, options) : notServed();
    case 'youtube':
      return secrets.youtube ? youtube.handle(req, secrets.youtube, now, options) : notServed();
    case 'mastodon':
      return secrets.mastodon ? mastodon.handle(req, secrets.mastodon, now, options) : notServed();
    case 'tiktok':
      return secrets.tiktok ? tiktok.handle(req, secrets.tiktok, now, options) : notServed();
  }
}

function notServed(): WebhookResult {
  return refuse('unknown-platform', 'webhook not configured');
}
