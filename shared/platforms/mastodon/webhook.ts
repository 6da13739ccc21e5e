import type { ContentItemInput } from '../../model/index.ts';
import { type MastodonStatus, mapMastodonStatus } from '../mastodon/map.ts';
import { accept, obj } from '../webhooks/payload.ts';
import type {
  MastodonWebhookSecrets,
  WebhookOptions,
  WebhookRequest,
  WebhookResult,
} from '../webhooks/types.ts';
import { isTooLarge, parseJsonBody, refuse, verifyPrefixedHex } from '../webhooks/verify.ts';

/** Events whose `object` is a Status; account.* and report.* carry nothing we analyze. */
const STATUS_EVENTS = new Set(['status.created', 'status.updated']);

/** Handles `/webhooks/mastodon`: admin webhooks signed with `X-Hub-Signature: sha256=<hex>`. */
export function handle(
  req: WebhookRequest,
  secrets: MastodonWebhookSecrets,
  _now: Date,
  options?: WebhookOptions,
): WebhookResult {
  // Mastodon has no handshake: only POST is served.
  if (req.method !== 'POST') return refuse('method-not-allowed', 'use POST for events');
  if (isTooLarge(req.rawBody, options)) return refuse('too-large', 'body over the size limit');
  if (!verifyPrefixedHex(req.headers['x-hub-signature'], 'sha256', secrets.secret, req.rawBody)) {
    return refuse('bad-signature', 'signature mismatch');
  }
  const body = obj(parseJsonBody(req.rawBody));
  if (!body || typeof body.event !== 'string')
    return refuse('malformed', 'expected {event, created_at, object}');
  if (!STATUS_EVENTS.has(body.event)) return accept([]);
  // The object is the same Status entity the REST API returns, so the polling mapper applies;
  // accept() validates it, since a webhook body is not typed by anything but its signature.
  const status = obj(body.object);
  // A Status whose content is not HTML text cannot be read; count it rather than throw.
  if (status && status.content !== undefined && typeof status.content !== 'string') return accept([], 1);
  const mapped: ContentItemInput | undefined = status
    ? mapMastodonStatus(status as unknown as MastodonStatus)
    : undefined;
  if (mapped) return accept([mapped]);
  // A reblog is skipped on purpose; anything else unmappable is counted.
  return accept([], status && obj(status.reblog) ? 0 : 1);
}
