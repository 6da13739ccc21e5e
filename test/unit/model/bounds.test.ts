import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/checks/engine.ts';
import { FINDING_BOUNDS } from '../../../shared/checks/evidence.ts';
import type { CheckDefinition } from '../../../shared/checks/types.ts';
import {
  boundId,
  boundItem,
  type ContentItem,
  clipUnits,
  FIELD_BOUNDS,
  parseBrandProfile,
  parseContentItem,
} from '../../../shared/model/index.ts';
import { pollAccount } from '../../../shared/platforms/runner.ts';

/** The CONTRACTS.md §1 example, as published. */
const CONTRACT_ITEM = {
  platform: 'instagram',
  kind: 'comment',
  id: '17890455012345678',
  url: 'https://www.instagram.com/p/Cx1/c/17890455012345678/',
  author: { id: '5512', handle: 'acme.support_help', displayName: 'Acme Support' },
  text: 'Sorry for the trouble! DM us on WhatsApp +44 7700 900123 to get your refund',
  createdAt: '2026-11-20T09:14:02Z',
  parentId: 'Cx1',
  links: ['https://acme-refunds.help/claim'],
};

const sha = (s: string) => `sha256:${createHash('sha256').update(s, 'utf8').digest('hex')}`;
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
/** No lone surrogate (String.prototype.isWellFormed is newer than the project's lib). */
const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('clipUnits and boundId', () => {
  it('cuts to the bound without splitting a surrogate pair', () => {
    expect(clipUnits('abcdef', 4)).toBe('abcd');
    expect(clipUnits('abc😀', 5)).toBe('abc😀');
    // The cut would fall inside 😀 (two units at 3-4): the whole pair goes.
    expect(clipUnits('abc😀d', 4)).toBe('abc');
    expect(clipUnits('ab😀d', 4)).toBe('ab😀');
    const cut = clipUnits('😀'.repeat(300), 257);
    expect(cut.length).toBe(256);
    expect(wellFormed(cut)).toBe(true);
    expect(wellFormed('a\uD83D')).toBe(false);
  });

  it('keeps ids up to 256 units and replaces longer ones by a stable sha256 digest', () => {
    expect(boundId('1'.repeat(256))).toBe('1'.repeat(256));
    const long = '9'.repeat(3000);
    expect(boundId(long)).toBe(sha(long));
    expect(boundId(long)).toBe(boundId(`${'9'.repeat(2999)}9`));
    expect(boundId(boundId(long))).toBe(boundId(long));
    expect(boundId(`${'9'.repeat(2999)}8`)).not.toBe(boundId(long));
  });
});

describe('item bounds at the schema', () => {
  it('leaves the contract example and ordinary items exactly as published', () => {
    expect(parseContentItem(CONTRACT_ITEM)).toEqual(CONTRACT_ITEM);
    expect(parseContentItem({ ...CONTRACT_ITEM, id: 42, author: { handle: '@acme' } })).toMatchObject({
      id: '42',
      author: { handle: 'acme' },
    });
  });

  it('hashes long item, parent and author ids and cuts names, url and links', () => {
    const longId = '1'.repeat(3000);
    const item = parseContentItem({
      ...CONTRACT_ITEM,
      id: longId,
      parentId: `p${longId}`,
      url: `https://example.com/${'u'.repeat(5000)}`,
      author: { id: `a${longId}`, handle: `@${'h'.repeat(300_000)}`, displayName: '名'.repeat(100_000) },
      links: Array.from({ length: 150 }, (_, i) => `https://l${i}.example/${'x'.repeat(3000)}`),
    });
    expect(item.id).toBe(sha(longId));
    expect(item.parentId).toBe(sha(`p${longId}`));
    expect(item.author.id).toBe(sha(`a${longId}`));
    expect(item.author.handle).toBe('h'.repeat(FIELD_BOUNDS.handle));
    expect(item.author.displayName).toBe('名'.repeat(FIELD_BOUNDS.displayName));
    expect(item.url).toHaveLength(FIELD_BOUNDS.url);
    expect(item.links).toHaveLength(FIELD_BOUNDS.links);
    expect(item.links?.[0]).toBe(`https://l0.example/${'x'.repeat(3000)}`.slice(0, FIELD_BOUNDS.url));
    // The text is the engine's to cap (TEXT_CAP), never cut here.
    expect(item.text).toBe(CONTRACT_ITEM.text);
    // Everything that goes into a store key is far below DynamoDB's 2 KB.
    for (const key of [item.id, item.parentId, item.author.id, item.author.handle]) {
      expect(utf8(key ?? '')).toBeLessThanOrEqual(1024);
    }
  });

  it('bounds polled items (mapped without the schema) the same way, and passes ordinary ones through', async () => {
    const ordinary = parseContentItem(CONTRACT_ITEM);
    expect(boundItem(ordinary)).toBe(ordinary);
    const huge: ContentItem = { ...ordinary, id: 'x'.repeat(3000), author: { handle: 'h'.repeat(9000) } };
    const queued: ContentItem[] = [];
    await pollAccount({
      adapter: { platforms: ['instagram'], poll: async () => ({ items: [huge, ordinary], nextCursor: {} }) },
      account: {
        platform: 'instagram',
        handle: 'acmebank',
        role: 'brand',
        credentials: {},
        every: '5m',
        commentsDays: 7,
      },
      cursors: { load: async () => undefined, save: async () => {} },
      seen: { seen: async () => new Set(), markSeen: async () => {} },
      enqueue: async (items) => void queued.push(...items),
    });
    expect(queued[0]).toEqual(parseContentItem(huge));
    expect(queued[0]?.id).toBe(sha('x'.repeat(3000)));
    expect(queued[0]?.author.handle).toHaveLength(FIELD_BOUNDS.handle);
    expect(queued[1]).toBe(ordinary);
  });
});

describe('finding bounds in the engine', () => {
  const brand = parseBrandProfile({ name: 'Acme Bank' });
  const noisy: CheckDefinition = {
    id: 'spam',
    description: 'test: reports far too much',
    severity: 'low',
    action: 'review',
    appliesTo: ['brand', 'partner', 'public'],
    build: () => (input) => ({
      reason: 'r'.repeat(5000),
      evidence: Array.from({ length: 80 }, () => ({
        field: 'text' as const,
        start: 0,
        end: input.item.text.length,
        match: input.item.text,
        note: 'n'.repeat(2000),
      })),
    }),
  };

  it('keeps at most 50 evidence spans with bounded match, note and reason', () => {
    const text = `${'😀'.repeat(999)}${'a'.repeat(10_000)}`;
    const [finding] = createEngine(brand, { checks: [noisy] }).analyze(
      parseContentItem({ ...CONTRACT_ITEM, text }),
    );
    expect(finding?.evidence).toHaveLength(FINDING_BOUNDS.evidence);
    for (const e of finding?.evidence ?? []) {
      expect(e.match.length).toBeLessThanOrEqual(FINDING_BOUNDS.match);
      expect(e.match.endsWith('…')).toBe(true);
      expect(wellFormed(e.match)).toBe(true);
      expect(e.note?.length).toBeLessThanOrEqual(FINDING_BOUNDS.note);
      expect(e.end).toBe(text.length);
    }
    expect(finding?.reason.length).toBeLessThanOrEqual(FINDING_BOUNDS.reason);
    expect(utf8(JSON.stringify(finding))).toBeLessThan(300_000);
  });

  it('leaves ordinary evidence untouched', () => {
    const [finding] = createEngine(brand).analyze(parseContentItem(CONTRACT_ITEM));
    expect(finding?.evidence.some((e) => e.match === 'WhatsApp' || e.match.includes('7700'))).toBe(true);
  });
});
