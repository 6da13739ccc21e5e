import { accept, obj } from '../webhooks/payload.ts';
import type {
  TikTokWebhookSecrets,
  WebhookOptions,
  WebhookRequest,
  WebhookResult,
} from '../webhooks/types.ts';
import {
  DEFAULT_TOLERANCE_SECONDS,
  hmacHex,
  isTooLarge,
  parseJsonBody,
  refuse,
  safeEqual,
} from '../webhooks/verify.ts';

/** The parts of `TikTok-Signature: t=<unix seconds>,s=<hex>`; several `s` are kept (secret rotation). */
export function parseTikTokSignature(header: string | undefined): { t: number; s: string[] } | undefined {
  if (!header) return undefined;
  let t: number | undefined;
  const s: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) t = Number(value);
    else if (key === 's' && value !== '') s.push(value.toLowerCase());
  }
  return t === undefined || s.length === 0 ? undefined : { t, s };
}

/** The signature TikTok sends: hex HMAC-SHA256(client secret, `${t}.${raw body}`). */
export function tiktokSignature(clientSecret: string, t: number, rawBody: Buffer): string {
  return hmacHex('sha256', clientSecret, Buffer.concat([Buffer.from(`${t}.`, 'utf8'), rawBody]));
}

/**
 * Handles `/webhooks/tiktok`. TikTok's events are app-level (authorization.removed,
 * video.upload.failed, video.publish.completed...): none carries a comment or the post's
 * text, so a verified delivery is acknowledged and yields no item; videos reach analysis
 * through polling. The signature is checked first, then the timestamp, so that `stale`
 * is only reported for deliveries TikTok really signed.
 */
export function handle(
  req: WebhookRequest,
  secrets: TikTokWebhookSecrets,
  now: Date,
  options?: WebhookOptions,
): WebhookResult {
  if (req.method !== 'POST') return refuse('method-not-allowed', 'use POST for events');
  if (isTooLarge(req.rawBody, options)) return refuse('too-large', 'body over the size limit');
  const signature = parseTikTokSignature(req.headers['tiktok-signature']);
  if (!signature) return refuse('bad-signature', 'missing or unreadable TikTok-Signature');
  const expected = tiktokSignature(secrets.clientSecret, signature.t, req.rawBody);
  if (!signature.s.some((s) => safeEqual(s, expected))) return refuse('bad-signature', 'signature mismatch');
  const tolerance = options?.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(now.getTime() / 1000 - signature.t) > tolerance) {
    return refuse('stale', 'signed timestamp outside the accepted window');
  }
  const body = obj(parseJsonBody(req.rawBody));
  if (!body || typeof body.event !== 'string') return refuse('malformed', 'expected a JSON event object');
  return accept([]);
}
