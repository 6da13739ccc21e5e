import { once } from 'node:events';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import { InMemoryFindingStore } from '../../../shared/store/memory.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';
import {
  CONTENT_SECURITY_POLICY,
  createUiHandler,
  handleUiRequest,
  UI_BODY_LIMIT,
  type UiRequest,
} from '../../../shared/ui/server.ts';
import { createUiServices, type UiServices } from '../../../shared/ui/services.ts';

const PORT = 48123;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BRAND = parseBrandProfile({
  name: 'Acme Bank',
  partners: [{ platform: 'instagram', handle: 'jane.runs', status: 'approved' }],
});

function finding(overrides: Partial<StoredFinding> & Pick<StoredFinding, 'id'>): StoredFinding {
  const createdAt = overrides.createdAt ?? '2026-11-30T10:00:00.000Z';
  return {
    check: 'offplatform-contact',
    severity: 'high',
    action: 'takedown',
    reason: "asks people to continue on WhatsApp: 'DM us on WhatsApp'",
    evidence: [{ field: 'text', start: 24, end: 41, match: 'DM us on WhatsApp' }],
    brand: 'Acme Bank',
    platform: 'x',
    itemId: `item-${overrides.id}`,
    itemKind: 'comment',
    contentHash: 'h',
    authorHandle: 'acme_help_desk',
    createdAt,
    status: 'open',
    history: [{ status: 'open', at: createdAt, by: 'postwatch' }],
    alertState: 'sent',
    ...overrides,
  };
}

async function seeded(): Promise<{ store: InMemoryFindingStore; services: UiServices }> {
  const store = new InMemoryFindingStore();
  await store.putFindingIfAbsent(finding({ id: 'f1', createdAt: '2026-11-30T10:00:00.000Z' }));
  await store.putFindingIfAbsent(
    finding({
      id: 'f2',
      check: 'phishing-link',
      severity: 'critical',
      platform: 'facebook',
      createdAt: '2026-11-30T11:00:00.000Z',
    }),
  );
  await store.putFindingIfAbsent(
    finding({
      id: 'f3',
      check: 'spam',
      severity: 'low',
      status: 'dismissed',
      createdAt: '2026-11-30T09:00:00.000Z',
    }),
  );
  return { store, services: createUiServices({ store, brand: BRAND }) };
}

function req(method: string, path: string, init: Partial<UiRequest> & { json?: unknown } = {}): UiRequest {
  const url = new URL(path, ORIGIN);
  const body =
    init.json !== undefined ? Buffer.from(JSON.stringify(init.json)) : (init.body ?? Buffer.alloc(0));
  return {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { host: `127.0.0.1:${PORT}`, ...init.headers },
    body,
    localPort: PORT,
  };
}

const post = (path: string, json: unknown, headers: Record<string, string | undefined> = {}) =>
  req('POST', path, {
    json,
    headers: { host: `127.0.0.1:${PORT}`, origin: ORIGIN, 'content-type': 'application/json', ...headers },
  });

describe('the triage page server', () => {
  it('serves the page, its script and its style with a strict CSP and no-sniff', async () => {
    const { services } = await seeded();
    const page = await handleUiRequest(req('GET', '/'), services);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<script src="/app.js" defer></script>');
    // No inline script or style, and nothing fetched from anywhere else.
    expect(page.body).not.toMatch(/<script>|style=|https?:\/\//);
    const js = await handleUiRequest(req('GET', '/app.js'), services);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.body).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|eval\(/);
    const css = await handleUiRequest(req('GET', '/style.css'), services);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.body).not.toMatch(/@import|url\(/);
  });

  it('answers 421 to a Host that is not its loopback address (DNS rebinding)', async () => {
    const { services } = await seeded();
    for (const host of [
      'evil.example',
      `evil.example:${PORT}`,
      '127.0.0.1:1',
      '',
      `127.0.0.1.evil.example:${PORT}`,
    ]) {
      const res = await handleUiRequest(req('GET', '/api/findings', { headers: { host } }), services);
      expect(res.status, host).toBe(421);
      expect(res.body).not.toContain('acme');
    }
    for (const host of [`localhost:${PORT}`, `[::1]:${PORT}`, `LOCALHOST:${PORT}`]) {
      const res = await handleUiRequest(req('GET', '/api/findings', { headers: { host } }), services);
      expect(res.status, host).toBe(200);
    }
  });

  it('lists open findings most severe first and filters by status, severity, check and platform', async () => {
    const { services } = await seeded();
    const ids = async (q: string) => {
      const res = await handleUiRequest(req('GET', `/api/findings${q}`), services);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      return (JSON.parse(res.body).findings as StoredFinding[]).map((f) => f.id);
    };
    expect(await ids('?status=open')).toEqual(['f2', 'f1']);
    expect(await ids('?status=dismissed')).toEqual(['f3']);
    // No status: every status, most severe first.
    expect(await ids('?status=')).toEqual(['f2', 'f1', 'f3']);
    expect(await ids('?severity=critical')).toEqual(['f2']);
    expect(await ids('?check=offplatform-contact')).toEqual(['f1']);
    expect(await ids('?platform=facebook')).toEqual(['f2']);
    expect(await ids('?platform=x&severity=critical')).toEqual([]);
    // Empty values (the page's "any") are no filter.
    expect(await ids('?status=open&check=&platform=')).toEqual(['f2', 'f1']);
    expect(await ids('')).toEqual(['f2', 'f1', 'f3']);
  });

  it('refuses an unknown filter value with 400 naming the parameter', async () => {
    const { services } = await seeded();
    const res = await handleUiRequest(req('GET', '/api/findings?severity=extreme'), services);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error).toMatch(/^severity: /);
  });

  it('shows one finding, and 404 for an unknown id', async () => {
    const { services } = await seeded();
    const res = await handleUiRequest(req('GET', '/api/findings/f1'), services);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ id: 'f1', status: 'open', history: [{ status: 'open' }] });
    expect((await handleUiRequest(req('GET', '/api/findings/nope'), services)).status).toBe(404);
    const long = await handleUiRequest(req('GET', `/api/findings/${'a'.repeat(301)}`), services);
    expect(long.status).toBe(400);
  });

  it('acknowledges, resolves and dismisses with a note and appends each step to the history', async () => {
    const { store, services } = await seeded();
    const ack = await handleUiRequest(post('/api/findings/f1/ack', { note: 'looking', by: 'sam' }), services);
    expect(ack.status).toBe(200);
    expect(JSON.parse(ack.body).finding).toMatchObject({ id: 'f1', status: 'acknowledged' });
    const resolved = await handleUiRequest(post('/api/findings/f1/resolve', { note: 'reported' }), services);
    expect(resolved.status).toBe(200);
    const dismissed = await handleUiRequest(post('/api/findings/f2/dismiss', { note: 'ours' }), services);
    expect(JSON.parse(dismissed.body).finding.status).toBe('dismissed');
    // The same step twice is a state conflict, said as such.
    const again = await handleUiRequest(post('/api/findings/f2/dismiss', { note: 'ours' }), services);
    expect(again.status).toBe(409);
    expect(JSON.parse(again.body).error).toMatch(/already dismissed/);
    const f1 = await store.getFinding('f1');
    expect(f1?.status).toBe('resolved');
    expect(f1?.history.map((h) => [h.status, h.by, h.note])).toEqual([
      ['open', 'postwatch', undefined],
      ['acknowledged', 'sam', 'looking'],
      ['resolved', 'triage page', 'reported'],
    ]);
  });

  it('dismisses with allow: the impersonating account joins the brand allowlist; allow elsewhere is 400', async () => {
    const { store, services } = await seeded();
    await store.putFindingIfAbsent(
      finding({ id: 'f4', check: 'impersonation', authorId: '990001', authorHandle: 'acme_help_desk' }),
    );
    const onAck = await handleUiRequest(post('/api/findings/f4/ack', { note: 'x', allow: true }), services);
    expect(onAck.status).toBe(400);
    const onSpam = await handleUiRequest(post('/api/findings/f3/resolve', { note: 'x' }), services);
    expect(onSpam.status).toBe(200);
    const res = await handleUiRequest(
      post('/api/findings/f4/dismiss', { note: 'our new help account', allow: true, by: 'sam' }),
      services,
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.finding.status).toBe('dismissed');
    expect(body.allowed.accounts).toMatchObject([
      { platform: 'x', handle: 'acme_help_desk', authorId: '990001' },
    ]);
    const overrides = await store.getBrandOverrides('Acme Bank');
    expect(overrides?.accounts?.map((a) => a.handle)).toEqual(['acme_help_desk']);
    const wrongCheck = await handleUiRequest(
      post('/api/findings/f2/dismiss', { note: 'x', allow: true }),
      services,
    );
    expect(wrongCheck.status).toBe(400);
  });

  it('refuses a state change without our Origin, from another site, or not as JSON', async () => {
    const { store, services } = await seeded();
    const cases: Array<[Record<string, string | undefined>, number]> = [
      [{ origin: undefined }, 403],
      [{ origin: 'http://evil.example' }, 403],
      [{ origin: 'null' }, 403],
      [{ origin: `http://localhost:${PORT}` }, 403], // Host says 127.0.0.1: not the same origin
      [{ 'sec-fetch-site': 'cross-site' }, 403],
      [{ 'content-type': 'text/plain' }, 415],
      [{ 'content-type': 'application/x-www-form-urlencoded' }, 415],
      [{ 'content-type': 'multipart/form-data; boundary=x' }, 415],
    ];
    for (const [headers, status] of cases) {
      const res = await handleUiRequest(post('/api/findings/f1/ack', { note: 'x' }, headers), services);
      expect(res.status, JSON.stringify(headers)).toBe(status);
    }
    expect((await store.getFinding('f1'))?.status).toBe('open');
    const ok = await handleUiRequest(
      post('/api/findings/f1/ack', { note: 'x' }, { 'content-type': 'application/json; charset=utf-8' }),
      services,
    );
    expect(ok.status).toBe(200);
  });

  it('requires a note and valid JSON', async () => {
    const { services } = await seeded();
    const empty = await handleUiRequest(post('/api/findings/f1/ack', { note: '   ' }), services);
    expect(empty.status).toBe(400);
    expect(JSON.parse(empty.body).error).toBe('note: a note is required');
    const bad = post('/api/findings/f1/ack', {});
    const broken = await handleUiRequest({ ...bad, body: Buffer.from('{"note":') }, services);
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error).toBe('body is not valid JSON');
    const unknown = await handleUiRequest(post('/api/findings/nope/ack', { note: 'x' }), services);
    expect(unknown.status).toBe(404);
  });

  it('answers 405 to a wrong method and 404 to an unknown path', async () => {
    const { services } = await seeded();
    expect((await handleUiRequest(req('DELETE', '/api/findings/f1'), services)).status).toBe(405);
    expect((await handleUiRequest(req('GET', '/api/findings/f1/ack'), services)).status).toBe(405);
    expect((await handleUiRequest(post('/api/findings', {}), services)).status).toBe(405);
    expect((await handleUiRequest(post('/', {}), services)).status).toBe(405);
    expect((await handleUiRequest(req('GET', '/api/nothing'), services)).status).toBe(404);
    expect((await handleUiRequest(req('GET', '/etc/passwd'), services)).status).toBe(404);
    expect((await handleUiRequest(req('GET', '/../server.ts'), services)).status).toBe(404);
  });

  it('says "not available" (501) for the impersonator list when no record store is wired', async () => {
    const { services } = await seeded();
    const meta = JSON.parse((await handleUiRequest(req('GET', '/api/meta'), services)).body);
    expect(meta).toMatchObject({
      brand: 'Acme Bank',
      partners: [{ platform: 'instagram', handle: 'jane.runs' }],
      features: { impersonators: false, precheck: true },
    });
    expect((await handleUiRequest(req('GET', '/api/impersonators'), services)).status).toBe(501);
  });

  it('checks a draft as a partner and returns each finding with its fix; an unknown partner is 400', async () => {
    const { services } = await seeded();
    const res = await handleUiRequest(
      post('/api/check', {
        text: 'Loving my new Acme Bank card, use code JANE20 for a bonus!',
        as: 'jane.runs',
      }),
      services,
    );
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body);
    const sponsorship = body.findings.find((f: { check: string }) => f.check === 'undisclosed-sponsorship');
    expect(sponsorship?.fix).toMatch(/#ad/);
    const clean = await handleUiRequest(
      post('/api/check', { text: 'Our branches close at 5pm today.' }),
      services,
    );
    expect(JSON.parse(clean.body).findings).toEqual([]);
    const unknown = await handleUiRequest(post('/api/check', { text: 'hi', as: 'nobody' }), services);
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).error).toMatch(/not a partner/);
    const empty = await handleUiRequest(post('/api/check', { text: '' }), services);
    expect(empty.status).toBe(400);
  });

  it('answers an unexpected failure with an opaque 500 and logs only the error name', async () => {
    const { services } = await seeded();
    const lines: string[] = [];
    const failing: UiServices = {
      ...services,
      triage: {
        ...services.triage,
        list: async () => {
          throw new TypeError('token=sk-live-123 for @someone');
        },
      },
    };
    const res = await handleUiRequest(req('GET', '/api/findings'), failing, (l) => lines.push(l));
    expect(res.status).toBe(500);
    expect(res.body).toBe('{"error":"internal error"}');
    expect(lines).toEqual(['ui: TypeError while answering']);
  });
});

describe('createUiHandler on a loopback server', () => {
  it('caps the body (413) and answers HEAD without a body', async () => {
    const { services } = await seeded();
    const server = createServer(createUiHandler(services));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const big = JSON.stringify({ note: 'x'.repeat(UI_BODY_LIMIT) });
      const status = await new Promise<number>((resolve, reject) => {
        const r = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/findings/f1/ack',
            headers: {
              origin: `http://127.0.0.1:${port}`,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(big),
            },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        r.on('error', reject);
        r.end(big);
      });
      expect(status).toBe(413);
      const head = await fetch(`http://127.0.0.1:${port}/`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      const ok = await fetch(`http://127.0.0.1:${port}/api/findings/f1/ack`, {
        method: 'POST',
        headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' },
        body: JSON.stringify({ note: 'on it' }),
      });
      expect(ok.status).toBe(200);
    } finally {
      server.close();
    }
  });
});
