import type { PhraseGroups } from '../types.ts';

/** `undisclosed-sponsorship` phrases in English (also read by `unvetted-partner` through shared/checks/lexicon/promotion.ts), one per line. */
export default {
  /** Words that introduce a discount code: "code LU50", "cupón: MAMA10", "Gutscheincode X". */
  codeWord: ['code', 'codes', 'coupon', 'promo ?code', 'discount code'],
  /** Affiliate and referral pitches: "link in bio", "use my code", "20% off". */
  affiliatePitch: [
    'link in (?:my |the )?(?:bio|description)',
    'my link',
    'use my (?:code|link)',
    'link (?:below|pinned|in comments)',
    '\\d{1,2} ?% off',
    'discount',
    'referral',
    'affiliate',
    'sign up with my',
    '(?:gets?|get) you (?:[$€£]\\s?\\d|\\d+k? (?:bonus|miles|points))',
  ],
  /** Ad disclosures as hashtags, without the "#": "#ad", "#werbung". */
  disclosureHashtag: [
    'ad',
    'ads',
    'advert',
    'advertisement',
    'advertising',
    'sponsored',
    'sponsor',
    'paidpartnership',
    'paidpartner',
    'gifted',
  ],
  /** Ad disclosures as a label before ":" or "|": "ad:", "AD |", "Anzeige:". */
  disclosureLabel: ['ad', 'advert'],
  /** Ad disclosures as phrases: "paid partnership", "sponsored by". */
  disclosure: [
    'paid (?:partnership|promotion|post)',
    'sponsored by',
    '(?:this|video|post|reel) (?:is )?sponsored',
    "for sponsoring (?:this|my|today's|the)",
    '(?:in )?partnership with',
    'gifted by',
    'my sponsor',
  ],
  /** A negation right before a disclosure takes it back: "this is not an ad". */
  disclosureNegator: ['not', 'no', 'never', "isn't", 'is not'],
  /** Words that may sit between that negation and the disclosure: "not a sponsored post". */
  disclosureNegatorFiller: ['an?', 'sponsored'],
} satisfies PhraseGroups;
