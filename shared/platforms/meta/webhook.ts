import type { ContentItemInput } from '../../model/index.ts';
import { accept, arr, type JsonObject, obj, str, unixToIso } from '../webhooks/payload.ts';
import type { MetaWebhookSecrets, WebhookOptions, WebhookRequest, WebhookResult } from '../webhooks/types.ts';
import {
  isHandshakeToken,
  isTooLarge,
  parseJsonBody,
  refuse,
  safeEqual,
  textResponse,
  verifyPrefixedHex,
} from '../webhooks/verify.ts';

/** Page feed `item` values that are a publication with text (reactions, likes... are not). */
const FEED_POST_ITEMS = new Set(['post', 'status', 'photo', 'video', 'share']);
/** Only new and edited content is analyzed; remove/hide/unhide change nothing to check. */
const FEED_VERBS = new Set(['add', 'edited']);
/** Instagram fields that carry a comment `value`; `mentions` carries only ids. */
const IG_COMMENT_FIELDS = new Set(['comments', 'live_comments']);

/** Meta's hub.challenge is a number; a bounded run of digits is all the echo ever returns. */
export const CHALLENGE_MAX = 64;
const CHALLENGE_CHARS = /^[0-9]+$/;

type Handles = Readonly<Record<string, string>> | undefined;

/** Facebook authors have no handle in webhooks: a known Page id maps to its handle, else the name. */
function facebookAuthor(from: JsonObject | undefined, handles: Handles): ContentItemInput['author'] {
  const id = str(from?.id);
  const name = str(from?.name);
  const known = id ? handles?.[id] : undefined;
  return { id, handle: known ?? name ?? '', displayName: name };
}

/** Maps one Page `feed` change value (Unix-int `created_time`, optional `from`). */
export function mapPageFeedChange(value: JsonObject, handles?: Handles): ContentItemInput | undefined {
  const item = str(value.item);
  const verb = str(value.verb);
  if (!item || !verb || !FEED_VERBS.has(verb)) return undefined;
  const from = obj(value.from);
  const text = typeof value.message === 'string' ? value.message : '';
  const createdAt = unixToIso(value.created_time);
  if (item === 'comment') {
    const id = str(value.comment_id);
    if (!id) return undefined;
    return {
      platform: 'facebook',
      kind: 'comment',
      id,
      author: facebookAuthor(from, handles),
      text,
      createdAt,
      // parent_id is the post for a top-level comment and the parent comment for a reply.
      parentId: str(value.parent_id) ?? str(value.post_id),
    };
  }
  if (!FEED_POST_ITEMS.has(item)) return undefined;
  const id = str(value.post_id);
  if (!id) return undefined;
  const link = str(value.link);
  return {
    platform: 'facebook',
    kind: 'post',
    id,
    url: str(obj(value.post)?.permalink_url) ?? `https://www.facebook.com/${id}`,
    author: facebookAuthor(from, handles),
    text,
    createdAt,
    links: link ? [link] : undefined,
  };
}

/** Maps one Instagram `comments` / `live_comments` value. Its payload carries no timestamp. */
export function mapInstagramComment(value: JsonObject): ContentItemInput | undefined {
  const id = str(value.id);
  if (!id) return undefined;
  const from = obj(value.from);
  return {
    platform: 'instagram',
    kind: 'comment',
    id,
    author: { id: str(from?.id), handle: str(from?.username) ?? '' },
    text: typeof value.text === 'string' ? value.text : '',
    parentId: str(value.parent_id) ?? str(obj(value.media)?.id),
  };
}

/**
 * The `{field, value}` changes of one entry. Instagram's Business Login examples put
 * `field`/`value` directly on the entry instead of in `changes[]`, so both are read.
 */
function changesOf(entry: JsonObject): JsonObject[] {
  const listed = arr(entry.changes)
    .map(obj)
    .filter((c): c is JsonObject => c !== undefined);
  if (typeof entry.field === 'string' && obj(entry.value)) listed.push(entry);
  return listed;
}

/** Maps every change of a verified delivery (batched entries, page or instagram). */
export function mapMetaDelivery(
  body: JsonObject,
  handles?: Handles,
): { candidates: ContentItemInput[]; unmappable: number } {
  const candidates: ContentItemInput[] = [];
  let unmappable = 0;
  for (const rawEntry of arr(body.entry)) {
    const entry = obj(rawEntry);
    if (!entry) {
      unmappable += 1;
      continue;
    }
    for (const change of changesOf(entry)) {
      const field = str(change.field);
      const value = obj(change.value);
      if (!value) continue;
      let mapped: ContentItemInput | undefined;
      if (body.object === 'page' && field === 'feed') {
        mapped = mapPageFeedChange(value, handles);
        // A comment/post add or edit we could not map is a real loss; other events are ignored on purpose.
        const wanted = FEED_VERBS.has(str(value.verb) ?? '') && isTextItem(str(value.item));
        if (!mapped && wanted) unmappable += 1;
      } else if (body.object === 'instagram' && field && IG_COMMENT_FIELDS.has(field)) {
        mapped = mapInstagramComment(value);
        if (!mapped) unmappable += 1;
      }
      if (mapped) candidates.push(mapped);
    }
  }
  return { candidates, unmappable };
}

function isTextItem(item: string | undefined): boolean {
  return item === 'comment' || (item !== undefined && FEED_POST_ITEMS.has(item));
}

/** Handles `/webhooks/meta`: the hub.verify_token GET and `X-Hub-Signature-256` POSTs. */
export function handle(
  req: WebhookRequest,
  secrets: MetaWebhookSecrets,
  _now: Date,
  options?: WebhookOptions,
): WebhookResult {
  if (req.method === 'GET') {
    const challenge = req.query['hub.challenge'];
    const token = req.query['hub.verify_token'];
    if (req.query['hub.mode'] !== 'subscribe' || !token || !safeEqual(token, secrets.verifyToken)) {
      return refuse('bad-verify-token', 'verify token mismatch');
    }
    if (challenge === undefined) return refuse('malformed', 'missing hub.challenge');
    // Echo only what Meta sends (digits): never a caller's document, whatever the token.
    if (!isHandshakeToken(challenge, CHALLENGE_MAX, CHALLENGE_CHARS)) {
      return refuse('malformed', 'hub.challenge is not a challenge');
    }
    return { kind: 'handshake', response: textResponse(200, challenge) };
  }
  if (req.method !== 'POST') return refuse('method-not-allowed', 'use GET to verify or POST for events');
  if (isTooLarge(req.rawBody, options)) return refuse('too-large', 'body over the size limit');
  // Only the sha256 header counts; the legacy sha1 X-Hub-Signature alone is not enough.
  if (!verifyPrefixedHex(req.headers['x-hub-signature-256'], 'sha256', secrets.appSecret, req.rawBody)) {
    return refuse('bad-signature', 'signature mismatch');
  }
  const parsed = parseJsonBody(req.rawBody);
  // One documentation example wraps the notification in an array; real deliveries are one object.
  const bodies = Array.isArray(parsed) ? parsed.map(obj) : [obj(parsed)];
  if (bodies.length === 0 || bodies.some((b) => b === undefined)) {
    return refuse('malformed', 'body is not a JSON object');
  }
  const candidates: ContentItemInput[] = [];
  let unmappable = 0;
  for (const body of bodies as JsonObject[]) {
    const mapped = mapMetaDelivery(body, secrets.accountHandles);
    candidates.push(...mapped.candidates);
    unmappable += mapped.unmappable;
  }
  return accept(candidates, unmappable);
}
