import type { Evidence } from '../model/index.ts';
import { quote } from './evidence.ts';
import { brandNamePattern, findPromotion } from './patterns/promotion.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

const DAY_MS = 86_400_000;

/**
 * The end of a `vettedUntil` value: a date without a time covers that whole day (UTC).
 */
function vettingEnds(vettedUntil: string): number {
  const t = Date.parse(vettedUntil);
  return /^\d{4}-\d{2}-\d{2}$/.test(vettedUntil.trim()) ? t + DAY_MS : t;
}

/**
 * `unvetted-partner`: a partner whose status is `pending` or `suspended`, or whose
 * `vettedUntil` had passed when the item was published, promotes the brand. The publication
 * time (`createdAt`) decides; without one, the analysis time does.
 */
export const unvettedPartner: CheckDefinition = {
  id: 'unvetted-partner',
  description:
    'Content promoting the brand from a partner whose status is not approved or whose vetting has lapsed',
  severity: 'medium',
  action: 'review',
  appliesTo: ['partner'],
  build(brand) {
    const names = brandNamePattern(brand.names);
    return (input): FindingDraft | null => {
      const partner = brand.partner(input.item.platform, input.item.author.handle);
      if (!partner) return null;
      const published = input.item.createdAt ? Date.parse(input.item.createdAt) : Number.NaN;
      const at = Number.isNaN(published) ? input.now.getTime() : published;
      const lapsed = partner.vettedUntil !== undefined && vettingEnds(partner.vettedUntil) <= at;
      if (partner.status === 'approved' && !lapsed) return null;
      const promotion = findPromotion(input, names);
      if (!promotion) return null;
      const why =
        partner.status !== 'approved'
          ? `whose partner status is '${partner.status}'`
          : `whose vetting lapsed on ${partner.vettedUntil}`;
      const handle: Evidence = {
        field: 'author.handle',
        start: 0,
        end: input.item.author.handle.length,
        match: input.item.author.handle,
        note: why,
      };
      return {
        reason: `@${input.item.author.handle}, ${why}, promotes ${brand.profile.name} (${quote(promotion.evidence.match)}): hold the content until the partner is vetted again.`,
        evidence: [handle, promotion.evidence],
      };
    };
  },
};
