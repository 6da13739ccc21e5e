import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RefusalReason, WebhookOptions, WebhookResponse, WebhookResult } from './types.ts';

/** Default body cap: far above any single delivery the platforms document, far below Lambda's 6 MB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
/** Default replay window for signed timestamps (TikTok documents no value; 5 minutes is customary). */
export const DEFAULT_TOLERANCE_SECONDS = 300;

type HmacAlgorithm = 'sha1' | 'sha256';

/** HMAC of `data` under `key`, as lower-case hex. */
export function hmacHex(algorithm: HmacAlgorithm, key: string, data: Buffer | string): string {
  return createHmac(algorithm, key).update(data).digest('hex');
}

/** HMAC of `data` under `key`, as standard base64. */
export function hmacBase64(algorithm: HmacAlgorithm, key: string, data: Buffer | string): string {
  return createHmac(algorithm, key).update(data).digest('base64');
}

/**
 * Constant-time string comparison. The length check comes first because timingSafeEqual
 * throws on unequal lengths; the length of a signature is public anyway.
 */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  if (left.length !== right.length) return false;
  return timingSafeEqual(left, right);
}

/**
 * Checks a `<prefix>=<hex digest>` header (Meta, WebSub, Mastodon) against the HMAC of the
 * raw body. Hex is compared in lower case since senders may use either case.
 */
export function verifyPrefixedHex(
  header: string | undefined,
  algorithm: HmacAlgorithm,
  secret: string,
  rawBody: Buffer,
): boolean {
  if (!header) return false;
  const prefix = `${algorithm}=`;
  const trimmed = header.trim();
  if (!trimmed.toLowerCase().startsWith(prefix)) return false;
  const given = trimmed.slice(prefix.length).toLowerCase();
  return safeEqual(given, hmacHex(algorithm, secret, rawBody));
}

/** The body cap in force. */
export function maxBodyBytes(options: WebhookOptions | undefined): number {
  return options?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
}

/** True when the body is over the cap; checked before any HMAC or parsing work. */
export function isTooLarge(rawBody: Buffer, options: WebhookOptions | undefined): boolean {
  return rawBody.length > maxBodyBytes(options);
}

const STATUS: Record<RefusalReason, 400 | 401 | 403 | 404 | 405 | 413> = {
  'bad-signature': 401,
  stale: 401,
  malformed: 400,
  'too-large': 413,
  'unknown-platform': 404,
  'bad-verify-token': 403,
  'unknown-topic': 404,
  'method-not-allowed': 405,
};

/** A refusal with the status the HTTP edge answers. */
export function refuse(reason: RefusalReason, message: string): WebhookResult {
  return { kind: 'refused', reason, status: STATUS[reason], message };
}

/**
 * Characters a handshake token may hold (X's crc_token is base64-ish). None of `{`, `[`, `"`,
 * `<` or whitespace: a token can never be a JSON, XML or HTML document.
 */
export const TOKEN_CHARS = /^[A-Za-z0-9_=+/-]+$/;

/**
 * True when a handshake value (crc_token, hub.challenge) is short and made of `chars` only.
 * A handshake that signs or echoes what it is given must not take a delivery body: X's CRC
 * answer is exactly the signature of a POST over the same bytes, and an echo is reflected
 * content. The length is tested first so a long value costs nothing.
 */
export function isHandshakeToken(
  value: string | undefined,
  maxLength: number,
  chars: RegExp = TOKEN_CHARS,
): value is string {
  return value !== undefined && value.length > 0 && value.length <= maxLength && chars.test(value);
}

/** A plain-text response; `nosniff` so a browser never reads an echoed token as HTML or script. */
export function textResponse(status: number, body: string): WebhookResponse {
  return {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
    body,
  };
}

/** A JSON response. */
export function jsonResponse(status: number, value: unknown): WebhookResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  };
}

/** The empty 200 that acknowledges an accepted delivery. */
export const ACCEPTED: WebhookResponse = { status: 200, headers: {}, body: '' };

/** Parses a JSON body without throwing: the value, or undefined when it is not JSON. */
export function parseJsonBody(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Turns any result into the response to send (refusals get a short JSON error). */
export function toResponse(result: WebhookResult): WebhookResponse {
  if (result.kind !== 'refused') return result.response;
  if (result.status === 200) return ACCEPTED;
  return jsonResponse(result.status, { error: result.reason, message: result.message });
}
