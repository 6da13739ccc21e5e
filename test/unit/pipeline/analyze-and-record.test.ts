import { describe, expect, it } from 'vitest';
import type { AlertSink } from '../../../shared/alerts/types.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { spanEvidence } from '../../../shared/checks/evidence.ts';
import type { CheckDefinition } from '../../../shared/checks/types.ts';
import { parseBrandProfile, parseContentItem } from '../../../shared/model/index.ts';
import { AlertDeliveryError, analyzeAndRecord } from '../../../shared/pipeline/analyze-and-record.ts';
import { contentHash, findingId } from '../../../shared/pipeline/finding-id.ts';
import { InMemoryFindingStore } from '../../../shared/store/memory.ts';
import type { StoredFinding } from '../../../shared/store/types.ts';

// Reports every occurrence of a phone-like number: several findings of one check per item.
const phoneCheck: CheckDefinition = {
  id: 'pii-exposure',
  description: 'test: phone numbers',
  severity: 'high',
  action: 'takedown',
  appliesTo: ['brand', 'partner', 'public'],
  build: () => (input) =>
    [...input.text.text.matchAll(/\+\d[\d ]{8,}\d/g)].map((m) => ({
      reason: 'Shows a phone number.',
      evidence: [spanEvidence('text', input.text, m.index, m.index + m[0].length)],
    })),
};
const engine = createEngine(parseBrandProfile({ name: 'Acme Bank' }), { checks: [phoneCheck] });
const item = parseContentItem({
  platform: 'facebook',
  kind: 'comment',
  id: '1029384756_5647382910',
  author: { id: '100077', handle: 'jo.p' },
  text: 'Call me on +44 7700 900123 or +44 7700 900456',
});
const NOW = new Date('2026-11-20T09:20:00.000Z');

class RecordingSink implements AlertSink {
  readonly published: string[] = [];
  failNext = 0;
  async publish(finding: StoredFinding): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('sink down');
    }
    this.published.push(finding.id);
  }
}

describe('analyzeAndRecord', () => {
  it('stores each finding open with its evidence and alerts each once', async () => {
    const store = new InMemoryFindingStore();
    const sink = new RecordingSink();

    const result = await analyzeAndRecord(item, { engine, store, sink }, NOW);

    const hash = contentHash(item);
    expect(result).toMatchObject({
      itemKey: 'facebook:1029384756_5647382910',
      contentHash: hash,
      newVersion: true,
    });
    expect(result.findings.map((f) => [f.id, f.created, f.alert])).toEqual([
      [findingId(item, hash, 'pii-exposure'), true, 'sent'],
      [findingId(item, hash, 'pii-exposure', 1), true, 'sent'],
    ]);
    expect(sink.published).toEqual(result.findings.map((f) => f.id));
    const stored = await store.getFinding(result.findings[0]!.id);
    expect(stored).toMatchObject({
      status: 'open',
      alertState: 'sent',
      createdAt: NOW.toISOString(),
      authorId: '100077',
      evidence: [{ field: 'text', start: 11, end: 26, match: '+44 7700 900123' }],
    });
    // The findings record this version; only a version with no finding gets a record of its own.
    expect(store.itemVersions()).toEqual([]);
  });

  it('does nothing new for the same item version analyzed again', async () => {
    const store = new InMemoryFindingStore();
    const sink = new RecordingSink();
    await analyzeAndRecord(item, { engine, store, sink }, NOW);

    const again = await analyzeAndRecord(item, { engine, store, sink }, new Date('2026-11-21T00:00:00.000Z'));

    expect(again.newVersion).toBe(false);
    expect(again.findings.map((f) => [f.created, f.alert])).toEqual([
      [false, 'already-sent'],
      [false, 'already-sent'],
    ]);
    expect(sink.published).toHaveLength(2);
    expect((await store.listFindingsByStatus('open')).items.map((f) => f.createdAt)).toEqual([
      NOW.toISOString(),
      NOW.toISOString(),
    ]);
  });

  it('tries every alert, keeps the failed one pending, and throws so the item is retried', async () => {
    const store = new InMemoryFindingStore();
    const sink = new RecordingSink();
    sink.failNext = 1;

    const error = await analyzeAndRecord(item, { engine, store, sink }, NOW).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AlertDeliveryError);
    const failed = (error as AlertDeliveryError).failedFindingIds;
    expect(failed).toHaveLength(1);
    expect((await store.getFinding(failed[0]!))?.alertState).toBe('pending');
    expect(sink.published).toHaveLength(1);

    const retry = await analyzeAndRecord(item, { engine, store, sink }, NOW);
    expect(retry.findings.filter((f) => f.alert === 'sent').map((f) => f.id)).toEqual(failed);
    expect(new Set(sink.published).size).toBe(2);
  });

  it('re-publishes under the same id, and stores each finding once, when the commit failed after publishing', async () => {
    const store = new InMemoryFindingStore();
    const sink = new RecordingSink();
    const original = store.commitAnalyses.bind(store);
    let crash = true;
    // Simulates a crash between the publish and the write that records it.
    store.commitAnalyses = async (commit) => {
      if (crash) throw new Error('timeout');
      return original(commit);
    };

    await expect(analyzeAndRecord(item, { engine, store, sink }, NOW)).rejects.toThrow('timeout');
    expect((await store.listFindingsByStatus('open')).items).toHaveLength(0);
    crash = false;
    const retry = await analyzeAndRecord(item, { engine, store, sink }, NOW);

    expect(sink.published).toHaveLength(4);
    expect(new Set(sink.published).size).toBe(2);
    expect(retry.findings.every((f) => f.created && f.alert === 'sent')).toBe(true);
    const stored = (await store.listFindingsByStatus('open')).items;
    expect(stored.map((f) => f.id).sort()).toEqual([...new Set(sink.published)].sort());
    expect(stored.every((f) => f.alertState === 'sent' && f.alertedAt !== undefined)).toBe(true);
  });

  it('records an item without findings as seen and alerts nothing', async () => {
    const store = new InMemoryFindingStore();
    const sink = new RecordingSink();

    const result = await analyzeAndRecord({ ...item, text: 'Thanks, sorted!' }, { engine, store, sink }, NOW);

    expect(result.findings).toEqual([]);
    expect(result.newVersion).toBe(true);
    expect(sink.published).toEqual([]);
    expect(store.itemVersions()).toEqual([
      expect.objectContaining({ itemId: item.id, contentHash: result.contentHash, findingIds: [] }),
    ]);
    const again = await analyzeAndRecord({ ...item, text: 'Thanks, sorted!' }, { engine, store, sink }, NOW);
    expect(again.newVersion).toBe(false);
    expect(store.itemVersions()).toHaveLength(1);
  });

  it('with recordCleanVersions off, a clean item makes no store call and flagged ones still dedupe', async () => {
    const store = new InMemoryFindingStore();
    const calls: string[] = [];
    const counted = new Proxy(store, {
      get(target, name, receiver) {
        const value = Reflect.get(target, name, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(String(name));
          return value.apply(target, args);
        };
      },
    });
    const sink = new RecordingSink();
    const deps = { engine, store: counted, sink, recordCleanVersions: false };

    const clean = await analyzeAndRecord({ ...item, text: 'Thanks, sorted!' }, deps, NOW);
    expect(clean.findings).toEqual([]);
    expect(clean.newVersion).toBeUndefined();
    expect(calls).toEqual([]);
    expect(store.itemVersions()).toEqual([]);

    const first = await analyzeAndRecord(item, deps, NOW);
    const again = await analyzeAndRecord(item, deps, NOW);
    expect(first.newVersion).toBe(true);
    expect(again.newVersion).toBe(false);
    expect(again.findings.every((f) => !f.created && f.alert === 'already-sent')).toBe(true);
    expect(sink.published).toHaveLength(2);
    expect(store.itemVersions()).toEqual([]);
  });
});
