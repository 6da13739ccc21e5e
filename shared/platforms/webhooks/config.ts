import { ValidationError } from '../../model/index.ts';
import type { WebhookSecrets } from './types.ts';

/** `webhooks` from the monitor config with every `env:NAME` already resolved to its value. */
export type ResolvedWebhooksConfig = Readonly<Partial<Record<string, Readonly<Record<string, string>>>>>;

/** The part of a watched account that says which native id belongs to which handle. */
export interface WatchedAccountRef {
  readonly platform: string;
  readonly handle: string;
  readonly accountId?: string | undefined;
}

/** The keys each platform's verifier needs (config.webhooks.<platform>.<key>). */
const REQUIRED: Readonly<Record<keyof WebhookSecrets, readonly string[]>> = {
  x: ['consumerSecret'],
  meta: ['appSecret', 'verifyToken'],
  youtube: ['secret'],
  mastodon: ['secret'],
  tiktok: ['clientSecret'],
};

function handlesFor(
  watch: readonly WatchedAccountRef[],
  platforms: readonly string[],
): Record<string, string> {
  const map: Record<string, string> = {};
  for (const w of watch) if (w.accountId && platforms.includes(w.platform)) map[w.accountId] = w.handle;
  return map;
}

/**
 * Builds the webhook secrets from the resolved config, once at start-up. A configured
 * platform missing a key fails here, naming it, instead of refusing every delivery later.
 * Page and channel ids in `watch[]` become the handle maps that Meta and WebSub need.
 */
export function buildWebhookSecrets(
  resolved: ResolvedWebhooksConfig,
  watch: readonly WatchedAccountRef[] = [],
): WebhookSecrets {
  const problems: string[] = [];
  const get = (platform: keyof WebhookSecrets): Record<string, string> | undefined => {
    const section = resolved[platform];
    if (!section) return undefined;
    for (const key of REQUIRED[platform]) {
      if (!section[key]) problems.push(`webhooks.${platform}.${key}: required value is missing or empty`);
    }
    return { ...section };
  };
  const x = get('x');
  const meta = get('meta');
  const youtube = get('youtube');
  const mastodon = get('mastodon');
  const tiktok = get('tiktok');
  if (problems.length > 0) throw new ValidationError('webhooks config', problems);
  const youtubeHandles = handlesFor(watch, ['youtube']);
  const pageHandles = handlesFor(watch, ['facebook']);
  return {
    ...(x && { x: { consumerSecret: x.consumerSecret as string } }),
    ...(meta && {
      meta: {
        appSecret: meta.appSecret as string,
        verifyToken: meta.verifyToken as string,
        accountHandles: pageHandles,
      },
    }),
    ...(youtube && {
      youtube: {
        secret: youtube.secret as string,
        // Without watched channels there is nothing to restrict verification to.
        ...(Object.keys(youtubeHandles).length > 0 && { accountHandles: youtubeHandles }),
      },
    }),
    ...(mastodon && { mastodon: { secret: mastodon.secret as string } }),
    ...(tiktok && { tiktok: { clientSecret: tiktok.clientSecret as string } }),
  };
}
