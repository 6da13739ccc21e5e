import { quote } from './evidence.ts';
import { brandNamePattern, findDisclosure, findPromotion } from './patterns/promotion.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

/**
 * `undisclosed-sponsorship`: a partner promotes the brand (tags or names it, links to it, or
 * replies with a discount code) with no clear ad disclosure. As the FTC asks, the disclosure
 * must be where people see it: near the start, or anywhere in a short post; `#ad` after a run
 * of hashtags, past the "more" fold of a long caption, or next to "this is not an ad" is
 * missing.
 */
export const undisclosedSponsorship: CheckDefinition = {
  id: 'undisclosed-sponsorship',
  description:
    'Partner content promoting the brand with no clear ad disclosure (#ad, "paid partnership", "ad:")',
  severity: 'medium',
  action: 'correction',
  appliesTo: ['partner'],
  build(brand) {
    const names = brandNamePattern(brand.names);
    return (input): FindingDraft | null => {
      const promotion = findPromotion(input, names);
      if (!promotion) return null;
      if (findDisclosure(input.text.text)) return null;
      return {
        reason: `Promotes ${brand.profile.name} (${quote(promotion.evidence.match)}) with no clear ad disclosure: put "#ad" or "Paid partnership with ${brand.profile.name}" at the start of the text.`,
        evidence: [promotion.evidence],
      };
    };
  },
};
