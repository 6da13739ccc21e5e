import type { ContentItemInput } from '../../model/index.ts';
import { accept, arr, type JsonObject, obj, str, uniqueStrings } from '../webhooks/payload.ts';
import type { WebhookOptions, WebhookRequest, WebhookResult, XWebhookSecrets } from '../webhooks/types.ts';
import {
  hmacBase64,
  isHandshakeToken,
  isTooLarge,
  jsonResponse,
  parseJsonBody,
  refuse,
  safeEqual,
} from '../webhooks/verify.ts';

/** X's crc_tokens are short base64-ish strings; anything longer is not one. */
export const CRC_TOKEN_MAX = 128;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const V11_DATE =
  /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

/**
 * Parses the v1.1 `created_at` form `Wed Oct 10 20:19:24 +0000 2018` to ISO-8601. Parsed by
 * hand because `Date.parse` support for this legacy form is engine-specific.
 */
export function parseV11Date(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = V11_DATE.exec(value);
  if (!m) return undefined;
  const [, mon, day, hh, mm, ss, sign, offH, offM, year] = m;
  const month = MONTHS.indexOf(mon ?? '');
  if (month < 0) return undefined;
  const utc = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss));
  const offset = (Number(offH) * 60 + Number(offM)) * 60_000 * (sign === '-' ? -1 : 1);
  const ms = utc - offset;
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The CRC answer: `sha256=` + base64 HMAC-SHA256(consumer secret, crc_token). */
export function crcResponseToken(consumerSecret: string, crcToken: string): string {
  return `sha256=${hmacBase64('sha256', consumerSecret, crcToken)}`;
}

/**
 * Maps one Account Activity tweet (v1.1 shape) to a content item candidate. Retweets are
 * skipped: their text is someone else's post, which arrives as its own item when relevant.
 */
export function mapV11Tweet(tweet: JsonObject): ContentItemInput | undefined {
  if (obj(tweet.retweeted_status)) return undefined;
  const id = str(tweet.id_str);
  const user = obj(tweet.user);
  const handle = str(user?.screen_name);
  if (!id || !user || !handle) return undefined;
  // Over 140/280 characters the top-level text is cut and the full one sits in extended_tweet.
  const extended = obj(tweet.extended_tweet);
  const useExtended = tweet.truncated === true && extended !== undefined;
  const text = useExtended
    ? str(extended.full_text)
    : (str(tweet.full_text) ?? (typeof tweet.text === 'string' ? tweet.text : undefined));
  const entities = obj(useExtended ? extended.entities : tweet.entities);
  const links = uniqueStrings(arr(entities?.urls).map((u) => str(obj(u)?.expanded_url)));
  const parentId = str(tweet.in_reply_to_status_id_str);
  return {
    platform: 'x',
    kind: parentId ? 'comment' : 'post',
    id,
    url: `https://x.com/${handle}/status/${id}`,
    author: { id: str(user.id_str), handle, displayName: str(user.name) },
    text: text ?? '',
    createdAt: parseV11Date(tweet.created_at),
    parentId,
    links: links.length > 0 ? links : undefined,
  };
}

/** Handles `/webhooks/x`: the CRC GET and signed Account Activity POSTs. */
export function handle(
  req: WebhookRequest,
  secrets: XWebhookSecrets,
  _now: Date,
  options?: WebhookOptions,
): WebhookResult {
  if (req.method === 'GET') {
    const token = req.query.crc_token;
    if (!token) return refuse('malformed', 'missing crc_token');
    // The CRC answer is HMAC(consumer secret, token), which is exactly the signature of a POST
    // whose body is the token: signing any value would sign forged deliveries. A bounded token
    // of base64 characters can never be a JSON body. The message does not echo the token.
    if (!isHandshakeToken(token, CRC_TOKEN_MAX)) return refuse('malformed', 'crc_token is not a token');
    return {
      kind: 'handshake',
      response: jsonResponse(200, { response_token: crcResponseToken(secrets.consumerSecret, token) }),
    };
  }
  if (req.method !== 'POST') return refuse('method-not-allowed', 'use GET for CRC or POST for events');
  if (isTooLarge(req.rawBody, options)) return refuse('too-large', 'body over the size limit');
  const given = req.headers['x-twitter-webhooks-signature'];
  const expected = `sha256=${hmacBase64('sha256', secrets.consumerSecret, req.rawBody)}`;
  if (!given || !safeEqual(given.trim(), expected)) return refuse('bad-signature', 'signature mismatch');
  const body = obj(parseJsonBody(req.rawBody));
  if (!body) return refuse('malformed', 'body is not a JSON object');
  // Other event keys (favorite_events, tweet_delete_events, follow_events...) carry no text to check.
  const events = arr(body.tweet_create_events);
  const candidates: ContentItemInput[] = [];
  let unmappable = 0;
  for (const event of events) {
    const tweet = obj(event);
    const mapped = tweet ? mapV11Tweet(tweet) : undefined;
    if (mapped) candidates.push(mapped);
    else if (!tweet || !obj(tweet.retweeted_status)) unmappable += 1;
  }
  return accept(candidates, unmappable);
}
