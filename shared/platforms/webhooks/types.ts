import type { ContentItem } from '../../model/index.ts';

/** Platforms that push events to `/webhooks/<platform>` (CONTRACTS.md §6). */
export const WEBHOOK_PLATFORMS = ['x', 'meta', 'youtube', 'mastodon', 'tiktok'] as const;
export type WebhookPlatform = (typeof WEBHOOK_PLATFORMS)[number];

/**
 * One HTTP request as the webhook code sees it, independent of the server that received it.
 * `rawBody` holds the bytes exactly as sent: signatures are computed over them.
 */
export interface WebhookRequest {
  readonly method: string;
  readonly path: string;
  /** Decoded query parameters; the first value wins when a name repeats. */
  readonly query: Readonly<Record<string, string>>;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: Buffer;
}

/** What to send back to the platform. */
export interface WebhookResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * Why a request was not accepted. Beyond the list: `unknown-topic` (a WebSub
 * verification for a channel we did not ask for, 404 as the WebSub spec says) and
 * `method-not-allowed` (405).
 */
export type RefusalReason =
  | 'bad-signature'
  | 'stale'
  | 'malformed'
  | 'too-large'
  | 'unknown-platform'
  | 'bad-verify-token'
  | 'unknown-topic'
  | 'method-not-allowed';

/**
 * The outcome of one webhook request.
 *
 * - `handshake`: a verification GET (X CRC, Meta and WebSub challenges), answered by `response`.
 * - `items`: a verified POST; `items` (possibly empty) go to the queue, `response` acknowledges;
 *   events that carry nothing to analyze (likes, deletions, TikTok app events) map to no item.
 * - `refused`: nothing is processed; `status` is what the HTTP edge answers. YouTube WebSub
 *   is the one case with `status: 200`: its spec says a bad signature is still acknowledged
 *   with 2xx (so the hub does not retry) and the message is dropped.
 */
export type WebhookResult =
  | { readonly kind: 'handshake'; readonly response: WebhookResponse }
  | {
      readonly kind: 'items';
      readonly items: ContentItem[];
      /** Elements of a verified delivery that could not be mapped to a valid item (counted, skipped). */
      readonly dropped: number;
      readonly response: WebhookResponse;
    }
  | {
      readonly kind: 'refused';
      readonly reason: RefusalReason;
      readonly status: 200 | 400 | 401 | 403 | 404 | 405 | 413;
      /** Safe to show to the caller: never contains secrets or body content. */
      readonly message: string;
    };

/** Limits applied before any parsing. */
export interface WebhookOptions {
  /** Largest accepted body in bytes; larger bodies are refused with 413. Default 1 MiB. */
  readonly maxBodyBytes?: number;
  /** Largest accepted distance between a signed timestamp and now (TikTok). Default 300 s. */
  readonly toleranceSeconds?: number;
}

/** X Account Activity API: the app's consumer secret signs CRC answers and events. */
export interface XWebhookSecrets {
  readonly consumerSecret: string;
}

/**
 * Meta (Facebook Pages, Instagram): app secret for signatures, our own verify token for the
 * GET. `accountHandles` maps Page ids onto the handles the brand profile uses, because a
 * Page feed event names its author only by id and display name.
 */
export interface MetaWebhookSecrets {
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly accountHandles?: Readonly<Record<string, string>>;
}

/**
 * YouTube WebSub: the `hub.secret` sent when subscribing. `accountHandles` maps the channel
 * ids we subscribed to onto the handles the brand profile uses (Atom carries no handle);
 * when given, verification requests for other channels are refused.
 */
export interface YouTubeWebhookSecrets {
  readonly secret: string;
  readonly accountHandles?: Readonly<Record<string, string>>;
}

/** Mastodon admin webhook secret. */
export interface MastodonWebhookSecrets {
  readonly secret: string;
}

/** TikTok app client secret. */
export interface TikTokWebhookSecrets {
  readonly clientSecret: string;
}

/** Resolved secrets per platform (the caller resolves `env:NAME` / Secrets Manager). Absent = not served. */
export interface WebhookSecrets {
  readonly x?: XWebhookSecrets;
  readonly meta?: MetaWebhookSecrets;
  readonly youtube?: YouTubeWebhookSecrets;
  readonly mastodon?: MastodonWebhookSecrets;
  readonly tiktok?: TikTokWebhookSecrets;
}
