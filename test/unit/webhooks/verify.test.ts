import { describe, expect, it } from 'vitest';
import {
  hmacBase64,
  hmacHex,
  isTooLarge,
  safeEqual,
  toResponse,
  verifyPrefixedHex,
} from '../../../shared/platforms/webhooks/verify.ts';

// GitHub's published X-Hub-Signature-256 example; Meta and Mastodon use the same scheme.
const GITHUB_SECRET = "It's a Secret to Everybody";
const GITHUB_PAYLOAD = Buffer.from('Hello, World!', 'utf8');
const GITHUB_SIGNATURE = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

describe('hmac helpers', () => {
  it('reproduce the GitHub sha256 test vector', () => {
    expect(`sha256=${hmacHex('sha256', GITHUB_SECRET, GITHUB_PAYLOAD)}`).toBe(GITHUB_SIGNATURE);
  });

  it('encode base64 as X expects (vector from openssl dgst -sha256 -hmac ... -binary | base64)', () => {
    expect(hmacBase64('sha256', 'x-consumer-secret-test', 'crc-token-123')).toBe(
      'jXcpjScNYAmcFTYzi6mtsSqTtMMnYKSQP56uBkdO1U8=',
    );
  });
});

describe('verifyPrefixedHex', () => {
  it('accepts the GitHub vector, in either hex case', () => {
    expect(verifyPrefixedHex(GITHUB_SIGNATURE, 'sha256', GITHUB_SECRET, GITHUB_PAYLOAD)).toBe(true);
    expect(verifyPrefixedHex(GITHUB_SIGNATURE.toUpperCase(), 'sha256', GITHUB_SECRET, GITHUB_PAYLOAD)).toBe(
      true,
    );
  });

  it('refuses a changed body, a wrong secret, a wrong algorithm prefix, a truncated or missing header', () => {
    expect(verifyPrefixedHex(GITHUB_SIGNATURE, 'sha256', GITHUB_SECRET, Buffer.from('Hello, World?'))).toBe(
      false,
    );
    expect(verifyPrefixedHex(GITHUB_SIGNATURE, 'sha256', 'another secret', GITHUB_PAYLOAD)).toBe(false);
    expect(verifyPrefixedHex(GITHUB_SIGNATURE, 'sha1', GITHUB_SECRET, GITHUB_PAYLOAD)).toBe(false);
    expect(verifyPrefixedHex(GITHUB_SIGNATURE.slice(0, -2), 'sha256', GITHUB_SECRET, GITHUB_PAYLOAD)).toBe(
      false,
    );
    expect(verifyPrefixedHex(undefined, 'sha256', GITHUB_SECRET, GITHUB_PAYLOAD)).toBe(false);
  });
});

describe('safeEqual', () => {
  it('compares strings of different lengths without throwing', () => {
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
  });
});

describe('isTooLarge', () => {
  it('allows exactly the cap and refuses one byte more (default 1 MiB)', () => {
    expect(isTooLarge(Buffer.alloc(1024 * 1024), undefined)).toBe(false);
    expect(isTooLarge(Buffer.alloc(1024 * 1024 + 1), undefined)).toBe(true);
    expect(isTooLarge(Buffer.alloc(11), { maxBodyBytes: 10 })).toBe(true);
  });
});

describe('toResponse', () => {
  it('maps a refusal to its status and a JSON error that names the reason only', () => {
    const response = toResponse({
      kind: 'refused',
      reason: 'bad-signature',
      status: 401,
      message: 'signature mismatch',
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual({ error: 'bad-signature', message: 'signature mismatch' });
  });

  it('acknowledges a dropped WebSub message with an empty 200', () => {
    const response = toResponse({
      kind: 'refused',
      reason: 'bad-signature',
      status: 200,
      message: 'dropped',
    });
    expect(response).toEqual({ status: 200, headers: {}, body: '' });
  });
});
