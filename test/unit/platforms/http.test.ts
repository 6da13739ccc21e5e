import { describe, expect, it } from 'vitest';
import type { ContentItem } from '../../../shared/model/index.ts';
import { contentHash, selectUnseen, versionKey } from '../../../shared/platforms/dedupe.ts';
import { PlatformUnavailableError, RateLimitedError } from '../../../shared/platforms/errors.ts';
import { HttpClient, type PlatformHttpPolicy } from '../../../shared/platforms/http.ts';
import { linkRel } from '../../../shared/platforms/mastodon/poll.ts';
import { metaUsage } from '../../../shared/platforms/meta/poll.ts';

const policy: PlatformHttpPolicy = {
  label: 'Test',
  readRateLimit: (h) => {
    const remaining = h.get('x-remaining');
    return remaining === null
      ? undefined
      : { remaining: Number(remaining), resetAt: Number(h.get('x-reset')) };
  },
  classify: () => undefined,
};

function scripted(responses: Array<() => Response>) {
  const calls: string[] = [];
  const fetchFn: typeof fetch = async (input) => {
    calls.push(String(input));
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next();
  };
  return { calls, fetchFn };
}

describe('HttpClient', () => {
  it('retries 5xx with exponential backoff and full jitter, then gives up as unavailable', async () => {
    const { fetchFn, calls } = scripted(
      Array.from({ length: 4 }, () => () => new Response('oops', { status: 502 })),
    );
    const sleeps: number[] = [];
    const http = new HttpClient(policy, {
      fetch: fetchFn,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => 0.999,
      baseDelayMs: 100,
      maxDelayMs: 300,
    });
    await expect(http.json({ url: 'http://api.test/a' })).rejects.toBeInstanceOf(PlatformUnavailableError);
    expect(calls).toHaveLength(4);
    // Capped: 100, 200, then 300 instead of 400; random() scales within [0, cap).
    expect(sleeps).toEqual([99, 199, 299]);
  });

  it('refuses to send once the window is spent, naming when to come back', async () => {
    const reset = Date.parse('2026-11-20T10:00:00Z');
    const { fetchFn, calls } = scripted([
      () => new Response('{}', { headers: { 'x-remaining': '0', 'x-reset': String(reset) } }),
    ]);
    const http = new HttpClient(policy, { fetch: fetchFn, now: () => reset - 60_000 });
    await http.json({ url: 'http://api.test/a' });
    const error = await http.json({ url: 'http://api.test/b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAt).toBe(reset);
    expect(calls).toHaveLength(1);
  });

  it('turns an unclassified 429 into a deferral using Retry-After', async () => {
    const now = Date.parse('2026-11-20T10:00:00Z');
    const { fetchFn } = scripted([
      () => new Response('{}', { status: 429, headers: { 'retry-after': '30' } }),
    ]);
    const error = await new HttpClient(policy, { fetch: fetchFn, now: () => now })
      .json({ url: 'http://api.test/a' })
      .catch((e: unknown) => e);
    expect((error as RateLimitedError).retryAt).toBe(now + 30_000);
  });

  it('aborts a request that takes longer than the timeout and retries it', async () => {
    let attempt = 0;
    const fetchFn: typeof fetch = (_input, init) =>
      new Promise((resolve, reject) => {
        if (++attempt === 2) return resolve(new Response('{"ok":true}'));
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      });
    const http = new HttpClient(policy, { fetch: fetchFn, timeoutMs: 20, sleep: async () => {} });
    const res = await http.json<{ ok: boolean }>({ url: 'http://api.test/slow' });
    expect(res.body.ok).toBe(true);
    expect(attempt).toBe(2);
  });
});

describe('Meta usage headers', () => {
  it('takes the highest percentage and the regain time from the BUC header', () => {
    const headers = new Headers({
      'x-app-usage': '{"call_count":12,"total_cputime":3,"total_time":5}',
      'x-business-use-case-usage':
        '{"104857600000001":[{"type":"pages","call_count":97,"total_cputime":10,"total_time":20,"estimated_time_to_regain_access":7}]}',
    });
    expect(metaUsage(headers, 1_000)).toEqual({ usagePercent: 97, resetAt: 1_000 + 7 * 60_000 });
    expect(metaUsage(new Headers({ 'x-app-usage': 'not json' }), 0)).toBeUndefined();
  });
});

describe('dedupe', () => {
  const item = (id: string, text: string, links?: string[]): ContentItem => ({
    platform: 'instagram',
    kind: 'comment',
    id,
    author: { handle: 'a' },
    text,
    ...(links ? { links } : {}),
  });

  it('gives an edited text or link a new version and a re-read the same one', () => {
    expect(versionKey(item('1', 'hello'))).toBe(versionKey(item('1', 'hello')));
    expect(versionKey(item('1', 'hello'))).not.toBe(versionKey(item('1', 'hello!')));
    expect(contentHash(item('1', 'hi', ['https://a.example']))).not.toBe(
      contentHash(item('1', 'hi', ['https://b.example'])),
    );
    expect(versionKey(item('1', 'x'))).toMatch(/^instagram:1:[0-9a-f]{64}$/);
  });

  it('drops seen versions and repeats inside one batch', () => {
    const seen = new Set([versionKey(item('1', 'old'))]);
    const out = selectUnseen(
      [item('1', 'old'), item('2', 'new'), item('2', 'new'), item('1', 'edited')],
      (v) => seen.has(v),
    );
    expect(out.map((o) => `${o.item.id}:${o.item.text}`)).toEqual(['2:new', '1:edited']);
  });
});

describe('Mastodon Link header', () => {
  it('follows rel="prev" on the configured instance only', () => {
    const header =
      '<https://evil.example/api/v1/accounts/1/statuses?max_id=5>; rel="next", <https://social.example/api/v1/accounts/1/statuses?min_id=9>; rel="prev"';
    expect(linkRel(header, 'prev', 'https://social.example')).toBe(
      'https://social.example/api/v1/accounts/1/statuses?min_id=9',
    );
    expect(linkRel(header, 'next', 'https://social.example')).toBe(
      'https://social.example/api/v1/accounts/1/statuses?max_id=5',
    );
    expect(linkRel(null, 'prev', 'https://social.example')).toBeUndefined();
  });
});
