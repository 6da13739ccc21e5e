import { createEngine } from '../../../shared/checks/engine.ts';
import type { CheckDefinition } from '../../../shared/checks/types.ts';
import {
  type ContentItem,
  type ContentItemInput,
  ContentItemSchema,
  type Finding,
  parseBrandProfile,
} from '../../../shared/model/index.ts';

/** A fictional brand for the scam-check tests (not one of the eval brands). */
export const PINECREST = parseBrandProfile({
  name: 'Pinecrest Bank',
  aliases: ['Pinecrest', 'PinecrestBank'],
  accounts: [
    { platform: 'x', handle: 'pinecrestbank' },
    { platform: 'x', handle: 'pinecrest_care' },
    { platform: 'instagram', handle: 'pinecrestbank' },
    { platform: 'bluesky', handle: 'pinecrestbank.com' },
  ],
  domains: ['pinecrestbank.com', 'pinecrest.bank'],
  supportContacts: ['+1 800 555 0177', 'care@pinecrestbank.com', 'https://pinecrestbank.com/help'],
  partners: [{ platform: 'instagram', handle: 'savvy.sam', status: 'approved', vettedUntil: '2030-01-01' }],
});

/** An item as a platform adapter would hand it in (defaults applied by the schema). */
export function item(
  text: string,
  author: { handle?: string; displayName?: string } = {},
  extra: Partial<ContentItemInput> = {},
): ContentItem {
  return ContentItemSchema.parse({
    platform: 'instagram',
    kind: 'comment',
    id: 'c1',
    author: { handle: author.handle ?? 'maya.reads', displayName: author.displayName ?? 'Maya' },
    text,
    ...extra,
  });
}

/** Runs one check (or all when none given) and returns its findings. */
export function runner(...checks: CheckDefinition[]) {
  const engine = createEngine(PINECREST, checks.length ? { checks } : {});
  const now = new Date('2026-11-20T10:00:00Z');
  return {
    findings: (i: ContentItem): Finding[] => engine.analyze(i, now),
    fired: (i: ContentItem): string[] => engine.analyze(i, now).map((f) => f.check),
  };
}
