/**
 * A store seeded the way the monitor fills it: items analyzed and recorded by the real
 * engine and pipeline against the demo brand, plus one finding whose every text field is
 * hostile markup (as a comment, a handle or a display name can be).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../shared/checks/engine.ts';
import { type BrandProfile, parseBrandProfile, parseContentItem } from '../../shared/model/index.ts';
import { analyzeAndRecordBatch } from '../../shared/pipeline/analyze-and-record.ts';
import { InMemoryImpersonatorStore } from '../../shared/store/impersonators.ts';
import { InMemoryFindingStore } from '../../shared/store/memory.ts';
import type { StoredFinding } from '../../shared/store/types.ts';

const ROOT = resolve(import.meta.dirname, '../..');
export const BRAND: BrandProfile = parseBrandProfile(
  JSON.parse(readFileSync(resolve(ROOT, 'examples/brand.json'), 'utf8')),
);

/** Markup that would run, load or restyle something if it were ever parsed as HTML. */
export const SCRIPT_TEXT = '<script>window.__pwned = "script"</script>';
export const IMG_TEXT = '<img src=x onerror="window.__pwned=\'img\'">';

export const WHATSAPP_SCAM = `Sorry for the trouble! DM us on WhatsApp +44 7700 900123 to get your refund ${SCRIPT_TEXT}`;
export const PHISHING =
  'Claim your loyalty bonus now at acmebank-rewards.help/claim and confirm the one-time code we text you';

const ITEMS = [
  {
    platform: 'x',
    kind: 'comment',
    id: '1790000000000001001',
    parentId: '1790000000000000001',
    url: 'https://x.com/acme_help_desk/status/1790000000000001001',
    author: { id: '990001', handle: 'acme_help_desk', displayName: 'Acme Bank Support' },
    text: WHATSAPP_SCAM,
    createdAt: '2026-11-30T10:00:00.000Z',
  },
  {
    platform: 'facebook',
    kind: 'comment',
    id: '880000000000001_990000000000001',
    parentId: '104000000000001_880000000000001',
    author: { id: '7010000000000042', handle: 'Acme Rewards' },
    text: PHISHING,
    createdAt: '2026-11-30T10:05:00.000Z',
  },
];

/** The hand-made hostile finding: markup in the reason, handle, evidence, note and URL. */
export const HOSTILE: StoredFinding = {
  id: 'hostile-markup-finding',
  check: 'spam',
  severity: 'medium',
  action: 'review',
  reason: `Repeats a promotion: ${IMG_TEXT}`,
  evidence: [
    { field: 'text', start: 6, end: 6 + SCRIPT_TEXT.length, match: SCRIPT_TEXT, note: '<b>bold?</b>' },
    { field: 'author.displayName', start: 0, end: IMG_TEXT.length, match: IMG_TEXT },
  ],
  brand: BRAND.name,
  platform: 'instagram',
  itemId: '17900000000000001',
  itemKind: 'comment',
  itemUrl: 'javascript:window.__pwned="link"',
  contentHash: 'seeded',
  authorHandle: '<i>handle</i>',
  createdAt: '2026-11-29T08:00:00.000Z',
  status: 'open',
  history: [{ status: 'open', at: '2026-11-29T08:00:00.000Z', by: '<u>postwatch</u>' }],
  alertState: 'sent',
};

/** Memory stores holding the seeded findings and the impersonator records the pipeline kept. */
export async function seedStore(): Promise<{
  store: InMemoryFindingStore;
  impersonators: InMemoryImpersonatorStore;
  findings: StoredFinding[];
}> {
  const store = new InMemoryFindingStore();
  const impersonators = new InMemoryImpersonatorStore();
  const engine = createEngine(BRAND);
  const items = ITEMS.map((i) => parseContentItem(i));
  const outcomes = await analyzeAndRecordBatch(
    items,
    { engine, store, impersonators, sink: { publish: async () => {} } },
    new Date('2026-11-30T10:10:00.000Z'),
  );
  for (const o of outcomes) if (!o.ok) throw o.error;
  await store.putFindingIfAbsent(HOSTILE);
  const findings = (await store.listFindingsByStatus('open', { limit: 100 })).items.slice();
  return { store, impersonators, findings };
}
