import type { PhraseGroups } from '../types.ts';

/** `spam` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  /** Platforms named as what is promoted: "check out my youtube". */
  media: ['youtube', 'insta', 'tiktok'],
  followFor: ['!', '$', '#'],
  profileWord: ['bio'],
  /** A currency before a sum: "$500", "R$400", "usd 20". */
  currencyBefore: ['[$€£]', 'r\\$', 'usd', 'eur'],
  /** A currency after a sum: "500€", "300 dollars", "400 reais". */
  currencyAfter: ['[$€£]', 'usd', 'eur', 'dollars?', 'dolares', 'dolar', 'euros?', 'reais', 'pesos', 'bucks'],
  /** "/" in "$500/day". */
  per: ['\\/'],
  /** A platform, in "buy instagram followers". */
  platform: ['instagram', 'youtube', 'tiktok'],
  channelGrowth: ['gofundme'],
  trigger: [
    'f4f',
    'l4l',
    'bio',
    'gofundme',
    'youtuber',
    'organi',
    'wfh',
    'mlm',
    'sms',
    'msg',
    'txt',
    '\\.',
    '\\d{2,}',
  ],
} satisfies PhraseGroups;
