import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { JsonlAlertSink } from '../../../shared/alerts/jsonl.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { type ContentItem, parseBrandProfile, parseContentItem } from '../../../shared/model/index.ts';
import { analyzeAndRecordBatch } from '../../../shared/pipeline/analyze-and-record.ts';
import { liveEngine } from '../../../shared/pipeline/brand-overrides.ts';
import {
  alertLineAbout,
  changeStatus,
  computeStats,
  csvField,
  csvLine,
  deadLetterLineAbout,
  forgetAuthor,
  listFindings,
  parseAuthor,
  parseQuery,
  periodOf,
  showFinding,
  TriageError,
} from '../../../shared/pipeline/triage.ts';
import { FindingNotFoundError, StoreConflictError } from '../../../shared/store/errors.ts';
import { InMemoryFindingStore } from '../../../shared/store/memory.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

const profile = parseBrandProfile(JSON.parse(readFileSync(resolve('examples/brand.json'), 'utf8')));
const examples: ContentItem[] = readFileSync(resolve('examples/items.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => parseContentItem(JSON.parse(l)));
const byId = (id: string) => examples.find((i) => i.id === id) as ContentItem;
/** The WhatsApp "refund" reply from acmebank_supp0rt (x author 201): impersonation + offplatform-contact. */
const SCAM = byId('1900000000000000002');
/** A card number in a customer's complaint (x author 202): pii-exposure, critical or high. */
const CARD = byId('1900000000000000003');
/** A phishing reply from acme_rewards_club (x author 203). */
const PHISH = byId('1900000000000000004');

const nullSink = { publish: async () => {} };

async function record(
  store: InMemoryFindingStore,
  items: ContentItem[],
  at: string,
  engine = createEngine(profile),
) {
  await analyzeAndRecordBatch(items, { engine, store, sink: nullSink }, new Date(at));
}

const checksOf = (fs: readonly StoredFinding[]) => fs.map((f) => `${f.itemId.slice(-2)}:${f.check}`);

describe('triage use-cases on the memory store', () => {
  let store: InMemoryFindingStore;
  beforeEach(async () => {
    store = new InMemoryFindingStore();
    await record(store, [SCAM], '2026-11-20T09:15:00.000Z');
    await record(store, [CARD], '2026-11-20T09:21:00.000Z');
    await record(store, [PHISH], '2026-11-21T10:00:00.000Z');
  });

  it('lists every status, most severe first and newest first within a severity', async () => {
    const { findings, more } = await listFindings(store, {});
    expect(more).toBe(false);
    expect(findings).toHaveLength(6);
    const rank = { critical: 0, high: 1, medium: 2, low: 3 };
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1] as StoredFinding;
      const b = findings[i] as StoredFinding;
      expect(
        rank[a.severity] < rank[b.severity] || (a.severity === b.severity && a.createdAt >= b.createdAt),
      ).toBe(true);
    }
    const limited = await listFindings(store, {}, 2);
    expect(limited.findings).toEqual(findings.slice(0, 2));
    expect(limited.more).toBe(true);
  });

  it('filters by status, severity, check, platform, brand and time', async () => {
    const all = (await listFindings(store, {})).findings;
    const target = all.find((f) => f.check === 'impersonation' && f.itemId === SCAM.id) as StoredFinding;
    await changeStatus(store, target.id, {
      verb: 'ack',
      note: 'reported',
      by: 'alice',
      now: new Date('2026-11-22T00:00:00Z'),
    });

    const open = (await listFindings(store, parseQuery({ status: 'open' }))).findings;
    expect(open.map((f) => f.id)).not.toContain(target.id);
    expect(open).toHaveLength(5);
    const acked = (await listFindings(store, parseQuery({ status: ['acknowledged'] }))).findings;
    expect(acked.map((f) => f.id)).toEqual([target.id]);
    const imp = (await listFindings(store, parseQuery({ check: 'impersonation' }))).findings;
    expect(checksOf(imp).sort()).toEqual(['02:impersonation', '04:impersonation']);
    const twoChecks = (await listFindings(store, parseQuery({ check: 'impersonation,pii-exposure' })))
      .findings;
    expect(twoChecks).toHaveLength(3);
    const sev = parseQuery({ severity: ['critical', 'high'] });
    for (const f of (await listFindings(store, sev)).findings)
      expect(['critical', 'high']).toContain(f.severity);
    expect((await listFindings(store, parseQuery({ platform: 'instagram' }))).findings).toEqual([]);
    expect((await listFindings(store, parseQuery({ brand: 'Acme Bank' }))).findings).toHaveLength(6);
    expect((await listFindings(store, parseQuery({ brand: 'Other' }))).findings).toEqual([]);
    const day2 = (await listFindings(store, parseQuery({ since: '2026-11-21' }))).findings;
    expect(new Set(day2.map((f) => f.itemId))).toEqual(new Set([PHISH.id]));
    const day1 = (await listFindings(store, parseQuery({ until: '2026-11-20' }))).findings;
    expect(new Set(day1.map((f) => f.itemId))).toEqual(new Set([SCAM.id, CARD.id]));
    const window = parseQuery({ since: '2026-11-20T09:20:00Z', until: '2026-11-20T09:30:00Z' });
    expect(new Set((await listFindings(store, window)).findings.map((f) => f.itemId))).toEqual(
      new Set([CARD.id]),
    );
  });

  it('refuses bad filters naming the field', () => {
    expect(() => parseQuery({ status: 'closed', check: 'nope', since: 'yesterday-ish' })).toThrowError(
      /status: expected one of open, acknowledged, resolved, dismissed, not "closed".*check: expected one of .*since: expected an ISO-8601 time/,
    );
    expect(() => parseQuery({ since: '2026-11-22', until: '2026-11-21' })).toThrowError(
      /since: is after until/,
    );
    const now = new Date('2026-11-22T12:00:00.000Z');
    expect(parseQuery({ since: '24h' }, now).since).toBe('2026-11-21T12:00:00.000Z');
    expect(parseQuery({ since: '2w' }, now).since).toBe('2026-11-08T12:00:00.000Z');
  });

  it('shows a finding by id or unique prefix; unknown ids and ambiguous prefixes are errors', async () => {
    const [first] = (await listFindings(store, {})).findings;
    const f = first as StoredFinding;
    expect((await showFinding(store, f.id)).id).toBe(f.id);
    expect((await showFinding(store, f.id.slice(0, 8))).id).toBe(f.id);
    await expect(showFinding(store, 'ffffffffffff')).rejects.toBeInstanceOf(FindingNotFoundError);
    await expect(showFinding(store, 'no-such-finding')).rejects.toBeInstanceOf(FindingNotFoundError);
    // An ambiguous prefix: two findings whose ids share the first characters.
    const twin = { ...f, id: `${f.id.slice(0, 10)}${'0'.repeat(54)}` };
    await store.putFindingIfAbsent(twin);
    await expect(showFinding(store, f.id.slice(0, 8))).rejects.toThrowError(/ambiguous/);
  });

  it('changes status conditionally and appends who, when and the note to the history', async () => {
    const f = (await listFindings(store, parseQuery({ check: 'pii-exposure' }))).findings[0] as StoredFinding;
    const now = new Date('2026-11-22T08:00:00.000Z');
    const acked = await changeStatus(store, f.id.slice(0, 10), {
      verb: 'ack',
      note: 'on it',
      by: 'alice',
      now,
    });
    expect(acked.finding.status).toBe('acknowledged');
    expect(acked.finding.history.map((h) => [h.status, h.by, h.note])).toEqual([
      ['open', 'postwatch', undefined],
      ['acknowledged', 'alice', 'on it'],
    ]);
    expect(acked.finding.history[1]?.at).toBe(now.toISOString());
    const resolved = await changeStatus(store, f.id, {
      verb: 'resolve',
      note: 'removed by X',
      by: 'bob',
      now,
    });
    expect(resolved.finding.history).toHaveLength(3);
    await expect(
      changeStatus(store, f.id, { verb: 'resolve', note: 'again', by: 'bob', now }),
    ).rejects.toThrowError(/already resolved/);
    await expect(
      changeStatus(store, f.id, { verb: 'dismiss', note: ' ', by: 'bob', now }),
    ).rejects.toBeInstanceOf(TriageError);
    await expect(
      changeStatus(store, 'abcdef0123', { verb: 'ack', note: 'x', by: 'a', now }),
    ).rejects.toBeInstanceOf(FindingNotFoundError);
  });

  it('fails a change that lost against a concurrent one, and writes nothing', async () => {
    const f = (await listFindings(store, parseQuery({ check: 'pii-exposure' }))).findings[0] as StoredFinding;
    // Someone else acknowledges it between our read and our write.
    const racing = Object.create(store) as InMemoryFindingStore;
    racing.getFinding = async (id) => {
      const read = await store.getFinding(id);
      await store.updateStatus(id, { status: 'acknowledged', at: '2026-11-22T00:00:00Z', by: 'carol' });
      return read;
    };
    await expect(
      changeStatus(racing, f.id, { verb: 'dismiss', note: 'noise', by: 'dave', now: new Date() }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    const after = await store.getFinding(f.id);
    expect(after?.history.map((h) => h.by)).toEqual(['postwatch', 'carol']);
  });

  it('dismiss --allow on an impersonation: the account is allowlisted and the next analysis stops reporting it', async () => {
    const imp = (await listFindings(store, parseQuery({ check: 'impersonation' }))).findings.find(
      (f) => f.itemId === SCAM.id,
    ) as StoredFinding;
    let clock = 0;
    const engine = liveEngine({ profile, store, ttlMs: 1_000, clock: () => clock });
    await engine.refresh();
    const next = { ...SCAM, id: '1900000000000000099', text: 'Thanks for your patience, the team is on it.' };
    expect(engine.analyze(next).map((f) => f.check)).toContain('impersonation');

    const out = await changeStatus(store, imp.id, {
      verb: 'dismiss',
      note: 'our new regional account',
      by: 'alice',
      now: new Date('2026-11-22T00:00:00Z'),
      allow: true,
    });
    expect(out.allowed?.accounts).toEqual([
      expect.objectContaining({
        platform: 'x',
        handle: SCAM.author.handle,
        authorId: SCAM.author.id,
        findingId: imp.id,
      }),
    ]);
    expect((await store.getBrandOverrides(profile.name))?.version).toBe(1);
    expect(out.finding.history.at(-1)?.note).toBe('our new regional account (allowlisted)');

    // Within the TTL the engine is still the old one; after it, the next batch uses the allowlist.
    await engine.refresh();
    expect(engine.analyze(next).map((f) => f.check)).toContain('impersonation');
    clock = 1_001;
    await engine.refresh();
    expect(engine.version).toBe(1);
    expect(engine.analyze(next).map((f) => f.check)).not.toContain('impersonation');
    // Another impersonator is still caught.
    expect(engine.analyze(PHISH).map((f) => f.check)).toContain('impersonation');
    // Allowing the same account again adds nothing.
    const again = await store.addBrandAllowances(profile.name, { accounts: out.allowed?.accounts ?? [] });
    expect(again.version).toBe(1);
  });

  it('dismiss --allow on an off-platform contact allowlists the contact; other checks have nothing to allow', async () => {
    const off = (await listFindings(store, parseQuery({ check: 'offplatform-contact' })))
      .findings[0] as StoredFinding;
    const engine = liveEngine({ profile, store, ttlMs: 0 });
    // The same words from someone who is no impersonator: only the off-platform check fires.
    const sameNumber = { ...SCAM, id: '1900000000000000098', author: { id: '777', handle: 'dana_k' } };
    const otherNumber = {
      ...sameNumber,
      id: '1900000000000000097',
      text: SCAM.text.replace('900123', '900999'),
    };
    await engine.refresh();
    expect(engine.analyze(sameNumber).map((f) => f.check)).toContain('offplatform-contact');
    const out = await changeStatus(store, off.id, {
      verb: 'dismiss',
      note: 'our WhatsApp line',
      by: 'a',
      now: new Date(),
      allow: true,
    });
    expect(out.allowed?.contacts.map((c) => c.contact).join(' ')).toMatch(/7700 900123/);
    await engine.refresh();
    expect(engine.analyze(sameNumber).map((f) => f.check)).not.toContain('offplatform-contact');
    expect(out.allowed?.contacts.map((c) => c.contact)).not.toContain('on WhatsApp');
    // Another number in the same words is still reported.
    expect(engine.analyze(otherNumber).map((f) => f.check)).toContain('offplatform-contact');

    const pii = (await listFindings(store, parseQuery({ check: 'pii-exposure' })))
      .findings[0] as StoredFinding;
    await expect(
      changeStatus(store, pii.id, { verb: 'dismiss', note: 'x', by: 'a', now: new Date(), allow: true }),
    ).rejects.toThrowError(/only impersonation and offplatform-contact/);
    expect((await store.getFinding(pii.id))?.status).toBe('open');
    await expect(
      changeStatus(store, pii.id, { verb: 'ack', note: 'x', by: 'a', now: new Date(), allow: true }),
    ).rejects.toThrowError(/only with dismiss/);
  });

  it("counts each check's findings and dismissals per day and per week", async () => {
    const imp = (await listFindings(store, parseQuery({ check: 'impersonation' }))).findings;
    for (const f of imp)
      await changeStatus(store, f.id, { verb: 'dismiss', note: 'fan', by: 'a', now: new Date() });
    const days = await computeStats(store, {}, 'day');
    expect(days.find((r) => r.period === '2026-11-20' && r.check === 'impersonation')).toEqual({
      period: '2026-11-20',
      check: 'impersonation',
      findings: 1,
      dismissed: 1,
      dismissalRate: 1,
    });
    expect(days.find((r) => r.period === '2026-11-20' && r.check === 'pii-exposure')?.dismissalRate).toBe(0);
    expect(days[0]?.period).toBe('2026-11-21');
    const weeks = await computeStats(store, {}, 'week');
    // 2026-11-20 is a Friday and 11-21 a Saturday: one ISO week, starting Monday 11-16.
    expect(weeks.find((r) => r.check === 'impersonation')).toMatchObject({
      period: '2026-11-16',
      findings: 2,
      dismissed: 2,
    });
    expect(periodOf('2026-11-23T01:00:00Z', 'week')).toBe('2026-11-23');
    expect(periodOf('2026-11-22T23:59:00Z', 'week')).toBe('2026-11-16');
  });

  it('writes CSV with quoting and without spreadsheet formulas', async () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+44 7700')).toBe("'+44 7700");
    const f = (await listFindings(store, parseQuery({ check: 'offplatform-contact' })))
      .findings[0] as StoredFinding;
    const cells = csvLine(f);
    expect(cells.startsWith(`${f.id},${f.createdAt},open,offplatform-contact,`)).toBe(true);
  });

  it('forgets an author: findings, item versions, allowances and alert/dead-letter lines; others untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-forget-'));
    const alerts = join(dir, 'alerts.jsonl');
    const sink = new JsonlAlertSink(alerts);
    for (const f of (await listFindings(store, {})).findings) await sink.publish(f);
    const imp = (await listFindings(store, parseQuery({ check: 'impersonation' }))).findings.find(
      (f) => f.itemId === SCAM.id,
    ) as StoredFinding;
    await changeStatus(store, imp.id, { verb: 'dismiss', note: 'x', by: 'a', now: new Date(), allow: true });
    // Now allowed, a harmless comment by the same author leaves only an item-version record.
    const engine = liveEngine({ profile, store });
    await engine.refresh();
    await record(
      store,
      [{ ...SCAM, id: '1900000000000000050', text: 'ok, thanks' }],
      '2026-11-22T00:00:00Z',
      engine,
    );
    expect(store.itemVersions().map((v) => v.itemId)).toContain('1900000000000000050');
    const deadLetter = join(dir, 'dead-letter.jsonl');
    writeFileSync(
      deadLetter,
      `${JSON.stringify({ at: 'x', attempts: 4, error: 'E', job: SCAM })}\n${JSON.stringify({ at: 'x', attempts: 4, error: 'E', job: CARD })}\nnot json\n`,
    );

    const report = await forgetAuthor(store, parseAuthor('x:201'), {
      brands: [profile.name],
      files: [
        { path: alerts, about: alertLineAbout },
        { path: deadLetter, about: deadLetterLineAbout },
        { path: join(dir, 'missing.jsonl'), about: alertLineAbout },
      ],
    });
    expect(report.store.findingIds).toHaveLength(2);
    expect(report.store.itemVersions).toBe(1);
    expect(report.store.allowances).toBe(1);
    expect(report.files.map((f) => f.lines)).toEqual([2, 1, 0]);

    const left = (await listFindings(store, {})).findings;
    expect(left.every((f) => f.authorId !== '201')).toBe(true);
    expect(left).toHaveLength(4);
    expect(store.itemVersions().map((v) => v.itemId)).not.toContain('1900000000000000050');
    expect((await store.getBrandOverrides(profile.name))?.accounts).toEqual([]);
    const alertText = readFileSync(alerts, 'utf8');
    expect(alertText).not.toContain(SCAM.author.handle);
    expect(alertText.trim().split('\n')).toHaveLength(4);
    const dl = readFileSync(deadLetter, 'utf8');
    expect(dl).not.toContain(SCAM.author.handle);
    expect(dl).toContain(CARD.author.handle);
    expect(dl).toContain('not json');

    const second = await forgetAuthor(store, parseAuthor('x:201'), {
      brands: [profile.name],
      files: [{ path: alerts, about: alertLineAbout }],
    });
    expect(second.store.findingIds).toEqual([]);
    expect(second.files[0]?.lines).toBe(0);
  });

  it('parses PLATFORM:AUTHOR_ID and PLATFORM:@handle, refusing anything else', () => {
    expect(parseAuthor('instagram:5512')).toEqual({
      platform: 'instagram',
      authorId: '5512',
      authorHandle: '',
    });
    expect(parseAuthor('mastodon:@someone@example.social')).toEqual({
      platform: 'mastodon',
      authorHandle: 'someone@example.social',
    });
    for (const bad of ['5512', 'myspace:1', 'x:', ':1'])
      expect(() => parseAuthor(bad)).toThrowError(/PLATFORM:AUTHOR_ID/);
  });
});
