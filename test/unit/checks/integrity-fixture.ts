import { createEngine } from '../../../shared/checks/engine.ts';
import type { CheckDefinition } from '../../../shared/checks/types.ts';
import {
  type BrandProfileInput,
  type ContentItem,
  type ContentItemInput,
  ContentItemSchema,
  type Finding,
  parseBrandProfile,
} from '../../../shared/model/index.ts';

/** A fictional oral-care and supplements brand for the integrity-check tests (not an eval brand). */
export const SUNMEADOW_INPUT: BrandProfileInput = {
  name: 'Sunmeadow',
  aliases: ['Sunmeadow Labs'],
  accounts: [
    { platform: 'instagram', handle: 'sunmeadow' },
    { platform: 'x', handle: 'sunmeadow_help' },
    { platform: 'tiktok', handle: 'sunmeadow' },
  ],
  domains: ['sunmeadow.com'],
  supportContacts: ['hello@sunmeadow.com', '+1 800 555 0123'],
  partners: [
    { platform: 'instagram', handle: 'dentist.dana', status: 'approved', vettedUntil: '2027-12-31' },
    { platform: 'tiktok', handle: 'runwithraj', status: 'approved', vettedUntil: '2026-03-31' },
    { platform: 'instagram', handle: 'mila.moves', status: 'pending' },
    { platform: 'x', handle: 'budgetbeauty_kim', status: 'suspended' },
  ],
  evidenceDomains: ['evidence.sunmeadow-research.org'],
  bannedTerms: ['miracle', 'detox'],
};
export const SUNMEADOW = parseBrandProfile(SUNMEADOW_INPUT);

/** Who writes: the brand's Instagram account, an approved partner, or a member of the public. */
export const BRAND = { handle: 'sunmeadow', platform: 'instagram' } as const;
export const PARTNER = { handle: 'dentist.dana', platform: 'instagram' } as const;
export const PUBLIC = { handle: 'lena.k', platform: 'instagram' } as const;

/** An item as a platform adapter hands it in. */
export function item(
  text: string,
  who: { handle: string; platform: ContentItemInput['platform'] } = BRAND,
  extra: Partial<ContentItemInput> = {},
): ContentItem {
  return ContentItemSchema.parse({
    platform: who.platform,
    kind: 'post',
    id: 'p1',
    author: { handle: who.handle },
    text,
    createdAt: '2026-11-20T10:00:00Z',
    ...extra,
  });
}

/** A reply by the given author. */
export function reply(text: string, who: { handle: string; platform: ContentItemInput['platform'] } = BRAND) {
  return item(text, who, { kind: 'comment', parentId: 'p0' });
}

/** Runs the given checks with the Sunmeadow profile (or another) and returns their findings. */
export function runner(checks: CheckDefinition[], profile = SUNMEADOW) {
  const engine = createEngine(profile, { checks });
  const now = new Date('2026-11-20T10:00:00Z');
  return {
    findings: (i: ContentItem): Finding[] => engine.analyze(i, now),
    fires: (i: ContentItem): boolean => engine.analyze(i, now).length > 0,
  };
}
