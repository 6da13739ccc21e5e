import type { PhraseGroups } from '../types.ts';

/** `offplatform-contact` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  /**
   * Messaging apps as plain words, which people space out or dot to dodge filters
   * ("w h a t s a p p", "t.e.l.e.g.r.a.m"): the check spells each one out that way.
   */
  spacedApp: ['whatsapp', 'telegram'],
  /** Messaging apps and private channels, as they are written (zap: Brazilian for WhatsApp). */
  app: [
    'whats\\s?app',
    'watsapp',
    'whatsap',
    'wa\\.me',
    'wsp',
    'wpp',
    'zap(?:zap)?',
    'telegramm',
    't\\.me',
    'signal',
    'wechat',
    'weixin',
    'viber',
    'kik',
  ],
  /** Links that open a chat with one account. */
  appLink: ['wa\\.me', 't\\.me'],
  /** Social networks whose private messages a poster sends people to: "message me on insta". */
  socialApp: ['ig', 'insta(?:gram)?', 'snap(?:chat)?', 'discord', 'messenger', 'fb', 'facebook'],
  /** Between an app and its number or handle: "WhatsApp: +44 ...", "Telegram 👉 @x". */
  appSeparator: [':', '-', '=>', '👉'],
  /** "txt WIN 2 81234". */
  shortCodeTo: ['2'],
  /** "Phone #: ...". */
  numberSign: ['#'],
  /** An age limit: "18+", "(16+)". */
  offerStrong: ['(?:^|\\s|\\()1[68]\\s?\\+'],
} satisfies PhraseGroups;
