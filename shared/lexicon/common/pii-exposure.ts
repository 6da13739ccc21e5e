import type { PhraseGroups } from '../types.ts';

/** `pii-exposure` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  channelCue: ['whatsapp', 'telegram', 'signal', 'viber', 'wechat', 'sms'],
  brandLineVerb: ['whatsapp'],
  brandLinePrep: [':'],
} satisfies PhraseGroups;
