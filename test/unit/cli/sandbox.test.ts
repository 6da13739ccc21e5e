/**
 * The sandbox's parts that need no monitor: the demo script (every seeded problem fires its
 * checks, the ordinary comments fire nothing, on the real engine and the demo brand), the
 * signed deliveries (accepted by the real verifiers and mapped to the ids the summary expects)
 * and the summary text.
 */

import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatSummary, SANDBOX_BRAND, type SandboxSummary } from '../../../functions/cli/sandbox/sandbox.ts';
import { demoCycle, OWNERS, SCENARIOS } from '../../../functions/cli/sandbox/script.ts';
import {
  instagramComment,
  pageFeedComment,
  v11Date,
  xReply,
} from '../../../functions/cli/sandbox/webhooks.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { type ContentItem, parseBrandProfile } from '../../../shared/model/index.ts';
import { handleWebhook } from '../../../shared/platforms/webhooks/index.ts';

const brand = parseBrandProfile(JSON.parse(readFileSync(SANDBOX_BRAND, 'utf8')));
const engine = createEngine(brand);

/** The demo events as content items, authored as the fakes and webhooks present them. */
function asItem(event: ReturnType<typeof demoCycle>[number], platformOf: Map<string, string>): ContentItem {
  if (event.type === 'post') {
    return {
      platform: event.platform,
      kind: 'post',
      id: 'p',
      author: { handle: OWNERS[event.platform].handle },
      text: event.text,
    };
  }
  const platform =
    event.type === 'webhook'
      ? event.via === 'x'
        ? 'x'
        : event.via === 'meta-page'
          ? 'facebook'
          : 'instagram'
      : (platformOf.get(event.on) as ContentItem['platform']);
  // Facebook shows no handle: the author's name stands in for it, as the mappers do.
  const handle = platform === 'facebook' ? event.author.name : event.author.handle;
  return {
    platform,
    kind: 'comment',
    id: 'c',
    author: { id: event.author.id, handle, displayName: event.author.name },
    text: event.text,
  };
}

describe('the sandbox demo script', () => {
  const events = demoCycle(0);
  const platformOf = new Map<string, string>();
  for (const e of events) if (e.type === 'post') platformOf.set(e.ref, e.platform);

  it('seeds every scenario, and each fires at least the checks it promises', () => {
    for (const scenario of Object.values(SCENARIOS)) {
      const seeded = events.filter((e) => e.scenario?.key === scenario.key);
      expect(seeded, scenario.key).toHaveLength(1);
      const checks = engine
        .analyze(asItem(seeded[0] as (typeof events)[number], platformOf))
        .map((f) => f.check);
      for (const check of scenario.expect) expect(checks, scenario.key).toContain(check);
    }
  });

  it('the ordinary posts and comments fire nothing, in every --watch cycle', () => {
    for (const cycle of [0, 1, 2]) {
      const ordinary = demoCycle(cycle).filter((e) => !e.scenario);
      expect(ordinary.length).toBeGreaterThanOrEqual(40);
      for (const e of ordinary) {
        expect(engine.analyze(asItem(e, platformOf)), e.text).toEqual([]);
      }
    }
  });

  it('is in time order within the cycle, every comment after the post it is under', () => {
    const at = events.map((e) => e.at);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(Math.min(...at)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...at)).toBeLessThan(1);
    const postAt = new Map(events.flatMap((e) => (e.type === 'post' ? [[e.ref, e.at] as const] : [])));
    for (const e of events) {
      if (e.type === 'post') continue;
      expect(postAt.get(e.on), e.text).toBeDefined();
      expect(e.at, e.text).toBeGreaterThan(postAt.get(e.on) as number);
    }
  });
});

describe('the sandbox webhooks', () => {
  const secrets = {
    meta: { appSecret: 'meta-app-secret', verifyToken: 'verify', accountHandles: {} },
    x: { consumerSecret: 'x-consumer-secret' },
  };
  const author = { id: '7730000999', handle: 'someone', name: 'Some One' };
  const at = Date.parse('2026-12-02T09:15:00Z');
  const post = (d: { path: string; body: string; headers: Readonly<Record<string, string>> }) =>
    handleWebhook(
      {
        method: 'POST',
        path: `/webhooks/${d.path}`,
        query: {},
        headers: d.headers,
        rawBody: Buffer.from(d.body),
      },
      secrets,
      new Date(at),
    );

  it('signs as each platform does: the verifiers accept them and map the one comment to its id', () => {
    const deliveries = [
      pageFeedComment({
        appSecret: 'meta-app-secret',
        pageId: '104857600000001',
        postId: '104857600000001_100001',
        serial: 7,
        author,
        text: 'hello page',
        at,
      }),
      instagramComment({
        appSecret: 'meta-app-secret',
        accountId: '17841400000000001',
        mediaId: '17900000000000001',
        serial: 8,
        author,
        text: 'hello media',
        at,
      }),
      xReply({
        consumerSecret: 'x-consumer-secret',
        forUserId: '1598765432',
        ownerHandle: 'fernhill',
        inReplyTo: '1790000000000000001',
        serial: 9,
        author,
        text: 'hello x',
        at,
      }),
    ];
    for (const d of deliveries) {
      const result = post(d);
      expect(result.kind, d.path).toBe('items');
      if (result.kind !== 'items') continue;
      expect(result.items).toHaveLength(1);
      expect(result.items[0]).toMatchObject({ platform: d.platform, id: d.itemId, kind: 'comment' });
    }
    // The X reply keeps its time and its parent.
    const x = post(deliveries[2] as (typeof deliveries)[number]);
    if (x.kind === 'items') {
      expect(x.items[0]).toMatchObject({
        createdAt: '2026-12-02T09:15:00.000Z',
        parentId: '1790000000000000001',
      });
    }
  });

  it('a delivery signed with another secret is refused', () => {
    const forged = xReply({
      consumerSecret: 'not-the-secret',
      forUserId: '1',
      ownerHandle: 'fernhill',
      inReplyTo: '1',
      serial: 1,
      author,
      text: 'x',
      at,
    });
    expect(post(forged)).toMatchObject({ kind: 'refused', status: 401 });
  });

  it('writes X v1.1 dates', () => {
    expect(v11Date(Date.parse('2026-12-02T09:05:03Z'))).toBe('Wed Dec 02 09:05:03 +0000 2026');
  });
});

describe('the sandbox summary', () => {
  const stream = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream;
  const summary: SandboxSummary = {
    seconds: 70,
    items: { published: 12, polled: 10, webhooks: 2 },
    analyzed: 10,
    findings: 3,
    findingsByCheck: { impersonation: 2, 'phishing-link': 1 },
    alerts: 3,
    alertsByCheck: { impersonation: 2, 'phishing-link': 1 },
    scenarios: [
      {
        key: 'impersonator-reply',
        title: 'an impersonator replies to a complaint',
        platform: 'x',
        via: 'polled',
        itemIds: ['1'],
        expected: ['impersonation', 'phishing-link'],
        found: ['impersonation', 'phishing-link'],
        ok: true,
      },
      {
        key: 'health-claim',
        title: "a health claim in the brand's own post",
        platform: 'facebook',
        via: 'polled',
        itemIds: ['2'],
        expected: ['health-claim'],
        found: [],
        ok: false,
      },
    ],
    ordinary: 9,
    ordinaryWithFindings: 1,
    paths: { config: 'c.json', brand: 'b.json', store: 'data', alerts: 'a.jsonl', summary: 's.json' },
    monitor: 'http://127.0.0.1:4000',
    page: null,
  };

  it('says what was found and what was missed, and offers only the commands that exist', () => {
    const text = formatSummary(summary, stream, new Set(['scan', 'check', 'findings']));
    expect(text).toContain('12 published: 10 polled from the fake APIs, 2 by signed webhook; 10 analyzed');
    expect(text).toContain('(2 not yet polled when it stopped)');
    expect(text).toContain('findings   3: impersonation 2, phishing-link 1');
    expect(text).toContain(
      '✓ an impersonator replies to a complaint (x, polled): impersonation, phishing-link',
    );
    expect(text).toContain(
      "✗ a health claim in the brand's own post (facebook, polled): expected health-claim; nothing found",
    );
    expect(text).toContain('✗ 9 ordinary posts and comments: 1 with findings');
    expect(text).toContain('findings list --config c.json');
    expect(text).not.toContain('impersonators list');
    expect(text).toContain('served at http://127.0.0.1:4000/ by postwatch run once it is built in');
    const withPage = formatSummary({ ...summary, page: 'http://127.0.0.1:4000/' }, stream, new Set(['ui']));
    expect(withPage).toContain('http://127.0.0.1:4000/ was the triage page while the monitor ran');
    expect(withPage).toContain('open it again: npm run -s postwatch -- ui --config c.json');
    expect(withPage).not.toContain('findings list');
  });
});
