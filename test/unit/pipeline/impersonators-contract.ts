/**
 * The impersonator behaviour, run against the in-memory stores (unit) and against DynamoDB
 * Local (test/integration/impersonators.test.ts), so the two cannot drift.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentItem } from '../../../shared/model/index.ts';
import { analyzeAndRecord, analyzeAndRecordBatch } from '../../../shared/pipeline/analyze-and-record.ts';
import {
  buildTakedownPackage,
  ImpersonatorNotFoundError,
  ImpersonatorStatusError,
  ImpersonatorUpdateError,
  listImpersonators,
  setImpersonatorStatus,
} from '../../../shared/pipeline/impersonators.ts';
import { mapInstagramComment } from '../../../shared/platforms/meta/map.ts';
import {
  type ImpersonatorSave,
  type ImpersonatorStore,
  impersonatorId,
} from '../../../shared/store/impersonators.ts';
import type { FindingStore } from '../../../shared/store/types.ts';
import {
  BRAND,
  customerReply,
  engine,
  instagramComment,
  phishingReply,
  RecordingSink,
  reusedNumber,
  walletReply,
  whatsappReply,
} from './impersonators-fixtures.ts';

export interface Stores {
  readonly findings: FindingStore;
  readonly impersonators: ImpersonatorStore;
}

const NOW = new Date('2026-12-01T09:00:00.000Z');
const HELP = impersonatorId('x', '1580000000000000042');
const brand = BRAND.name;

/** Fails the first `n` saves, then behaves. */
function failingSaves(store: ImpersonatorStore, n: number): ImpersonatorStore {
  let left = n;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'save') {
        return async (change: ImpersonatorSave) => {
          if (left > 0) {
            left--;
            throw new Error('throttled');
          }
          return target.save(change);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function impersonatorContract(name: string, makeStores: () => Promise<Stores>): void {
  describe(name, () => {
    let stores: Stores;
    let sink: RecordingSink;
    const deps = (impersonators: ImpersonatorStore = stores.impersonators) => ({
      engine,
      store: stores.findings,
      sink,
      impersonators,
    });
    const record = (item: ContentItem) => analyzeAndRecord(item, deps(), NOW);

    beforeEach(async () => {
      stores = await makeStores();
      sink = new RecordingSink();
    });

    it('opens a record on an impersonation finding and counts the scam findings of the item', async () => {
      const result = await record(whatsappReply);
      expect(result.findings.map((f) => f.check).sort()).toEqual(['impersonation', 'offplatform-contact']);

      const r = await stores.impersonators.get(brand, 'x', '1580000000000000042');
      expect(r).toMatchObject({
        id: HELP,
        brand,
        platform: 'x',
        account: '1580000000000000042',
        authorId: '1580000000000000042',
        handles: ['halvard_help'],
        displayNames: ['Halvard Support'],
        firstSeen: '2026-11-28T10:02:11.000Z',
        lastSeen: '2026-11-28T10:02:11.000Z',
        scamFindings: 2,
        findingsByCheck: { impersonation: 1, 'offplatform-contact': 1 },
        indicators: [{ kind: 'phone', value: '+447700900481' }],
        status: 'watching',
        linkedTo: [],
        version: 1,
      });
      expect(r?.history).toEqual([
        { status: 'watching', at: NOW.toISOString(), by: 'postwatch', note: 'first impersonation finding' },
      ]);
    });

    it('adds later items of the account: count, last seen, new domain, no X link wrapper', async () => {
      await record(whatsappReply);
      await record(phishingReply);
      const r = await stores.impersonators.get(brand, 'x', '1580000000000000042');
      expect(r?.scamFindings).toBe(5);
      expect(r?.findingsByCheck).toEqual({
        impersonation: 2,
        'offplatform-contact': 1,
        'phishing-link': 1,
        'credential-request': 1,
      });
      expect(r?.lastSeen).toBe('2026-11-28T10:09:40.000Z');
      expect(r?.firstSeen).toBe('2026-11-28T10:02:11.000Z');
      expect(r?.indicators).toEqual([
        { kind: 'phone', value: '+447700900481' },
        { kind: 'domain', value: 'halvard-refunds.com' },
      ]);
      expect(r?.version).toBe(2);
    });

    it('counts nothing twice when an item is delivered again, alone or in one batch', async () => {
      await record(whatsappReply);
      await record(whatsappReply);
      await analyzeAndRecordBatch([whatsappReply, whatsappReply, phishingReply], deps(), NOW);
      const r = await stores.impersonators.get(brand, 'x', '1580000000000000042');
      expect(r?.scamFindings).toBe(5);
      expect(r?.version).toBe(2);
    });

    it('keeps the finding when the record cannot be updated, and counts it on the retry', async () => {
      const flaky = failingSaves(stores.impersonators, 1);
      const [first] = await analyzeAndRecordBatch([whatsappReply], deps(flaky), NOW);
      expect(first?.ok).toBe(false);
      expect(first && !first.ok && first.error).toBeInstanceOf(ImpersonatorUpdateError);
      // The findings are stored and alerted all the same.
      expect(sink.published.map((f) => f.check).sort()).toEqual(['impersonation', 'offplatform-contact']);
      expect(await stores.impersonators.get(brand, 'x', '1580000000000000042')).toBeUndefined();

      const [retry] = await analyzeAndRecordBatch([whatsappReply], deps(flaky), NOW);
      expect(retry?.ok).toBe(true);
      expect((await stores.impersonators.get(brand, 'x', '1580000000000000042'))?.scamFindings).toBe(2);
      expect(sink.published).toHaveLength(2);
    });

    it('keeps no record for scams by accounts that do not impersonate, nor for customers', async () => {
      const scammer = instagramComment(
        '17900000000000302',
        '17841400000000777',
        'quick.cash.rita',
        'Message me on WhatsApp +44 7700 900555 for investment tips, 300% returns guaranteed',
        '2026-11-30T12:00:00+0000',
      );
      const out = await analyzeAndRecordBatch([scammer, customerReply], deps(), NOW);
      expect(out.every((o) => o.ok)).toBe(true);
      expect((await stores.findings.listFindingsByStatus('open')).items.length).toBeGreaterThan(0);
      expect((await stores.impersonators.list(brand)).items).toEqual([]);
    });

    it('counts scam findings of a known impersonator under a handle that no longer imitates', async () => {
      await record(whatsappReply);
      const renamed = {
        ...whatsappReply,
        id: '1861000000000000109',
        author: { id: '1580000000000000042', handle: 'refund_desk_247', displayName: 'Refund Desk' },
        text: '@mkowalski still waiting? WhatsApp +44 7700 900482 now, we refund in 10 minutes',
      };
      const result = await record(renamed);
      expect(result.findings.map((f) => f.check)).toEqual(['offplatform-contact']);
      const r = await stores.impersonators.get(brand, 'x', '1580000000000000042');
      expect(r?.handles).toEqual(['halvard_help', 'refund_desk_247']);
      expect(r?.displayNames).toEqual(['Halvard Support', 'Refund Desk']);
      expect(r?.scamFindings).toBe(3);
      expect(r?.indicators.map((i) => i.value)).toEqual(['+447700900481', '+447700900482']);
    });

    it('links a new account that reuses a taken-down account’s number and alerts it as re-emerged', async () => {
      await record(whatsappReply);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'reported', { by: 'sec-oncall' }, NOW);
      const down = await setImpersonatorStatus(
        stores.impersonators,
        brand,
        HELP,
        'taken-down',
        { by: 'sec-oncall', note: 'X removed it, case 0042' },
        NOW,
      );
      expect(down.history.map((h) => h.status)).toEqual(['watching', 'reported', 'taken-down']);
      const before = sink.published.length;

      await record(reusedNumber);
      const r = await stores.impersonators.get(brand, 'instagram', '17841400000000555');
      expect(r?.status).toBe('re-emerged');
      expect(r?.linkedTo).toEqual([
        {
          id: HELP,
          platform: 'x',
          account: '1580000000000000042',
          handle: 'halvard_help',
          via: { kind: 'phone', value: '+447700900481' },
          at: NOW.toISOString(),
        },
      ]);
      expect(r?.history.at(-1)).toMatchObject({ status: 're-emerged', by: 'postwatch' });
      const alerts = sink.published.slice(before);
      const reemerged = alerts.filter((f) => f.reason.startsWith('Re-emerged'));
      expect(reemerged).toHaveLength(1);
      expect(reemerged[0]).toMatchObject({
        check: 'impersonation',
        severity: 'critical',
        action: 'takedown',
        platform: 'instagram',
        itemId: '17900000000000301',
        authorHandle: 'h4lvard.support',
        alertState: 'pending',
      });
      expect(reemerged[0]?.evidence[0]).toMatchObject({ field: 'text', match: '+44 7700 900481' });
      // It is a finding of its own in the triage queue, alerted once: a redelivery adds nothing.
      const stored = await stores.findings.getFinding(reemerged[0]!.id);
      expect(stored?.alertState).toBe('sent');
      await record(reusedNumber);
      expect(sink.published.filter((f) => f.reason.startsWith('Re-emerged'))).toHaveLength(1);
      expect(r?.reemergenceFindingIds).toEqual([reemerged[0]!.id]);
    });

    it('points the re-emergence finding at the item that reused the number, not the newest one', async () => {
      await record(whatsappReply);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'taken-down', { by: 'sec' }, NOW);
      const later = instagramComment(
        '17900000000000309',
        '17841400000000555',
        'h4lvard.support',
        'Our refunds desk answers every message in minutes, DM us',
        '2026-12-01T08:40:00+0000',
      );
      await analyzeAndRecordBatch([reusedNumber, later], deps(), NOW);
      const alert = sink.published.find((f) => f.reason.startsWith('Re-emerged'));
      expect(alert?.itemId).toBe('17900000000000301');
      expect(alert?.evidence[0]).toMatchObject({ field: 'text', match: '+44 7700 900481' });
      expect(reusedNumber.text.slice(alert!.evidence[0]!.start, alert!.evidence[0]!.end)).toBe(
        '+44 7700 900481',
      );
    });

    it('does not link to an account that is still only watched or reported', async () => {
      await record(whatsappReply);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'reported', { by: 'sec' }, NOW);
      await record(reusedNumber);
      const r = await stores.impersonators.get(brand, 'instagram', '17841400000000555');
      expect(r?.status).toBe('watching');
      expect(r?.linkedTo).toEqual([]);
      expect(sink.published.some((f) => f.reason.startsWith('Re-emerged'))).toBe(false);
    });

    it('sends a re-emergence alert that failed on the next delivery', async () => {
      await record(whatsappReply);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'taken-down', { by: 'sec' }, NOW);
      sink.failNext = 3; // the item's two findings and the re-emergence alert
      const [first] = await analyzeAndRecordBatch([reusedNumber], deps(), NOW);
      expect(first?.ok).toBe(false);
      const [second] = await analyzeAndRecordBatch([reusedNumber], deps(), NOW);
      expect(second?.ok).toBe(true);
      const reemerged = sink.published.filter((f) => f.reason.startsWith('Re-emerged'));
      expect(reemerged).toHaveLength(1);
      expect((await stores.findings.getFinding(reemerged[0]!.id))?.alertState).toBe('sent');
    });

    it('marks a taken-down account that posts again as re-emerged', async () => {
      await record(whatsappReply);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'taken-down', { by: 'sec' }, NOW);
      await record(phishingReply);
      const r = await stores.impersonators.get(brand, 'x', '1580000000000000042');
      expect(r?.status).toBe('re-emerged');
      expect(r?.history.at(-1)?.note).toBe('posting again after it was marked taken down');
      const alert = sink.published.find((f) => f.reason.startsWith('Re-emerged'));
      expect(alert?.reason).toContain('was marked taken down on 2026-12-01');
    });

    it('refuses status changes that make no sense and unknown ids', async () => {
      await record(whatsappReply);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'taken-down', { by: 'sec' }, NOW);
      await expect(
        setImpersonatorStatus(stores.impersonators, brand, HELP, 'reported', { by: 'sec' }, NOW),
      ).rejects.toBeInstanceOf(ImpersonatorStatusError);
      await expect(
        setImpersonatorStatus(stores.impersonators, brand, 'x:404', 'reported', { by: 'sec' }, NOW),
      ).rejects.toBeInstanceOf(ImpersonatorNotFoundError);
      await expect(
        setImpersonatorStatus(stores.impersonators, brand, 'myspace:1', 'reported', { by: 'sec' }, NOW),
      ).rejects.toThrow(/PLATFORM:ACCOUNT/);
    });

    it('lists a brand’s records, latest seen first, filtered by status', async () => {
      await analyzeAndRecordBatch([whatsappReply, walletReply, reusedNumber], deps(), NOW);
      const all = await listImpersonators(stores.impersonators, brand);
      expect(all.map((r) => r.id)).toEqual(['instagram:17841400000000555', 'x:1580000000000000077', HELP]);
      expect(all.find((r) => r.id === 'x:1580000000000000077')?.indicators).toEqual([
        { kind: 'wallet', value: '0x8f3a2b7c9d1e4f5a6b7c8d9e0f1a2b3c4d5e6f70' },
      ]);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'reported', { by: 'sec' }, NOW);
      expect(
        (await listImpersonators(stores.impersonators, brand, { status: 'reported' })).map((r) => r.id),
      ).toEqual([HELP]);
      expect(await listImpersonators(stores.impersonators, 'Another Brand')).toEqual([]);
    });

    it('erases one author everywhere: record, markers, indicators, and links to it', async () => {
      await record(whatsappReply);
      await setImpersonatorStatus(stores.impersonators, brand, HELP, 'taken-down', { by: 'sec' }, NOW);
      await record(reusedNumber);
      const erased = await stores.impersonators.eraseAuthor('x', '1580000000000000042');
      expect(erased).toEqual({
        records: 1,
        findingMarkers: 2,
        indicators: 1,
        links: 1,
        linkedRecordsUpdated: 1,
      });
      expect(await stores.impersonators.get(brand, 'x', '1580000000000000042')).toBeUndefined();
      expect((await stores.impersonators.findingsOf('x', '1580000000000000042')).items).toEqual([]);
      const uses = await stores.impersonators.usesOf({ kind: 'phone', value: '+447700900481' });
      expect(uses.map((u) => `${u.platform}:${u.account}`)).toEqual(['instagram:17841400000000555']);
      const other = await stores.impersonators.get(brand, 'instagram', '17841400000000555');
      expect(other?.linkedTo).toEqual([]);
      expect(JSON.stringify(other)).not.toContain('1580000000000000042');
      expect(JSON.stringify(other)).not.toContain('halvard_help');
      // Erasing again finds nothing.
      expect((await stores.impersonators.eraseAuthor('x', '1580000000000000042')).records).toBe(0);
      const erasedNew = await stores.impersonators.eraseAuthor('instagram', '17841400000000555');
      expect(erasedNew).toMatchObject({ records: 1, findingMarkers: 2, indicators: 1 });
      expect((await stores.impersonators.list(brand)).items).toEqual([]);
    });

    it('keys an author the platform gave no id by its handle, and erases it by @handle only', async () => {
      // A Graph API comment without `from` (as some webhook deliveries come): no stable id.
      const anonymous = mapInstagramComment(
        {
          id: '17900000000000320',
          text: 'Refund desk here: WhatsApp +44 7700 900333 with your card number',
          timestamp: '2026-11-30T10:00:00+0000',
          username: 'halvard.refunds',
        },
        { id: '18012345678901234', permalink: 'https://www.instagram.com/p/DAbc123xyz/' },
      )!;
      await record(anonymous);
      const r = await stores.impersonators.get(brand, 'instagram', '@halvard.refunds');
      expect(r).toMatchObject({ id: 'instagram:@halvard.refunds', handles: ['halvard.refunds'] });
      expect(r?.authorId).toBeUndefined();
      // A bare value is an id: it never erases a handle-keyed record.
      expect((await stores.impersonators.eraseAuthor('instagram', 'halvard.refunds')).records).toBe(0);
      expect((await stores.impersonators.eraseAuthor('instagram', '@halvard.refunds')).records).toBe(1);
      expect(await stores.impersonators.get(brand, 'instagram', '@halvard.refunds')).toBeUndefined();
    });

    it('builds a takedown package: account, characters, items with times, official accounts', async () => {
      await record(whatsappReply);
      await record(phishingReply);
      const r = (await stores.impersonators.get(brand, 'x', '1580000000000000042'))!;
      const pkg = await buildTakedownPackage(
        r,
        { store: stores.impersonators, findings: stores.findings, brand: engine.brand },
        NOW,
      );
      expect(pkg.account).toMatchObject({
        id: HELP,
        platform: 'x',
        accountId: '1580000000000000042',
        handles: ['halvard_help'],
        profileUrl: 'https://x.com/halvard_help',
        scamFindings: 5,
      });
      expect(pkg.items.map((i) => [i.itemId, i.url, i.publishedAt])).toEqual([
        [
          '1861000000000000101',
          'https://x.com/halvard_help/status/1861000000000000101',
          '2026-11-28T10:02:11.000Z',
        ],
        [
          '1861000000000000102',
          'https://x.com/halvard_help/status/1861000000000000102',
          '2026-11-28T10:09:40.000Z',
        ],
      ]);
      expect(pkg.items[0]?.evidence.map((e) => e.match)).toContain('+44 7700 900481');
      expect([...(pkg.items[1]?.checks ?? [])].sort()).toEqual([
        'credential-request',
        'impersonation',
        'phishing-link',
      ]);
      expect(pkg.impersonates.officialAccounts).toContainEqual({
        platform: 'x',
        handle: 'halvardbank',
        url: 'https://x.com/halvardbank',
      });
      expect(pkg.lookalikes.map((l) => [l.field, l.name, l.notes])).toEqual([
        ['author.handle', 'halvard_help', ["with 'help'"]],
        ['author.displayName', 'Halvard Support', ["with 'Support'"]],
      ]);
    });
  });
}
