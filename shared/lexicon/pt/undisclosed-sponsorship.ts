import type { PhraseGroups } from '../types.ts';

/** `undisclosed-sponsorship` phrases in Portuguese (also read by `unvetted-partner` through shared/checks/lexicon/promotion.ts), one per line. */
export default {
  codeWord: ['cupom'],
  affiliatePitch: ['link na bio', 'meu (?:link|cupom|codigo)'],
  disclosureHashtag: ['patrocinado', 'publicidade'],
  disclosureLabel: ['publicidade'],
  disclosure: ['parceria paga'],
  disclosureNegator: ['nao e'],
} satisfies PhraseGroups;
