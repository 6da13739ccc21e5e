import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ContentItemInput } from '../../model/index.ts';
import { accept, arr, type JsonObject, obj, str, toIso } from '../webhooks/payload.ts';
import type {
  WebhookOptions,
  WebhookRequest,
  WebhookResult,
  YouTubeWebhookSecrets,
} from '../webhooks/types.ts';
import {
  ACCEPTED,
  isHandshakeToken,
  isTooLarge,
  refuse,
  textResponse,
  verifyPrefixedHex,
} from '../webhooks/verify.ts';

/** WebSub hubs send short random challenges; URL-safe and base64 characters, bounded. */
export const CHALLENGE_MAX = 200;
const CHALLENGE_CHARS = /^[A-Za-z0-9._~=+/-]+$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep titles like "2024" as text, and decode numeric references (&#39;) the feed uses.
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'entry' || name === 'link',
});

/** The channel id in a WebSub topic URL (`...videos.xml?channel_id=UC...`), if any. */
export function topicChannelId(topic: string | undefined): string | undefined {
  if (!topic) return undefined;
  try {
    return new URL(topic).searchParams.get('channel_id') ?? undefined;
  } catch {
    return undefined;
  }
}

/** Text content of an Atom element that may carry attributes (`{'#text': ...}`). */
function text(node: unknown): string | undefined {
  return str(node) ?? str(obj(node)?.['#text']);
}

/**
 * Maps one Atom `entry` of a YouTube upload notification. It carries only video metadata:
 * the title is the only text (descriptions and comments must be polled). Atom has no
 * handle, so a known channel maps to its configured handle and otherwise the channel id.
 */
export function mapAtomEntry(
  entry: JsonObject,
  handles?: Readonly<Record<string, string>>,
): ContentItemInput | undefined {
  const videoId = text(entry['yt:videoId']);
  const channelId = text(entry['yt:channelId']);
  if (!videoId || !channelId) return undefined;
  const author = obj(entry.author);
  return {
    platform: 'youtube',
    kind: 'post',
    id: videoId,
    url: `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`,
    author: { id: channelId, handle: handles?.[channelId] ?? channelId, displayName: text(author?.name) },
    text: text(entry.title) ?? '',
    createdAt: toIso(text(entry.published)),
  };
}

/** Parses a notification body; undefined when it is not a well-formed Atom feed. */
export function parseAtom(xml: string): JsonObject | undefined {
  // The hub never sends a DTD; refusing one rules out entity-expansion tricks.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return undefined;
  if (XMLValidator.validate(xml) !== true) return undefined;
  return obj(obj(parser.parse(xml))?.feed);
}

/** The GET verification of intent: echo `hub.challenge` for subscriptions we want. */
function verifyIntent(req: WebhookRequest, secrets: YouTubeWebhookSecrets): WebhookResult {
  const mode = req.query['hub.mode'];
  // The hub tells us a subscription was refused; nothing to confirm, just acknowledge.
  if (mode === 'denied') return { kind: 'handshake', response: ACCEPTED };
  const challenge = req.query['hub.challenge'];
  if ((mode !== 'subscribe' && mode !== 'unsubscribe') || challenge === undefined) {
    return refuse('malformed', 'expected hub.mode and hub.challenge');
  }
  // The hub has no shared token on this GET: anyone can ask for the echo, so it must never
  // reflect a document (markup, JSON); the message does not echo the value either.
  if (!isHandshakeToken(challenge, CHALLENGE_MAX, CHALLENGE_CHARS)) {
    return refuse('malformed', 'hub.challenge is not a challenge');
  }
  const known = secrets.accountHandles;
  const channel = topicChannelId(req.query['hub.topic']);
  const watched = known === undefined || (channel !== undefined && channel in known);
  // Confirm subscriptions to watched channels only, and unsubscriptions only from channels we
  // no longer watch: a forged unsubscribe would otherwise silence a watched channel.
  const agree = mode === 'subscribe' ? watched : known !== undefined && !watched;
  if (!agree) return refuse('unknown-topic', 'not a subscription this endpoint agrees to');
  return { kind: 'handshake', response: textResponse(200, challenge) };
}

/**
 * Handles `/webhooks/youtube` (WebSub). A bad or missing `X-Hub-Signature` is refused with
 * status 200, not 401: the WebSub spec requires a 2xx so the hub does not retry a forgery,
 * and the message is dropped.
 */
export function handle(
  req: WebhookRequest,
  secrets: YouTubeWebhookSecrets,
  _now: Date,
  options?: WebhookOptions,
): WebhookResult {
  if (req.method === 'GET') return verifyIntent(req, secrets);
  if (req.method !== 'POST') return refuse('method-not-allowed', 'use GET to verify or POST for events');
  if (isTooLarge(req.rawBody, options)) return refuse('too-large', 'body over the size limit');
  if (!verifyPrefixedHex(req.headers['x-hub-signature'], 'sha1', secrets.secret, req.rawBody)) {
    return { kind: 'refused', reason: 'bad-signature', status: 200, message: 'signature mismatch; dropped' };
  }
  const feed = parseAtom(req.rawBody.toString('utf8'));
  if (!feed) return refuse('malformed', 'body is not an Atom feed');
  // Deletions arrive as at:deleted-entry, which has no text to check; they map to nothing.
  const entries = arr(feed.entry);
  const candidates: ContentItemInput[] = [];
  let unmappable = 0;
  for (const rawEntry of entries) {
    const entry = obj(rawEntry);
    const mapped = entry ? mapAtomEntry(entry, secrets.accountHandles) : undefined;
    if (mapped) candidates.push(mapped);
    else unmappable += 1;
  }
  return accept(candidates, unmappable);
}
