import type { PhraseGroups } from '../types.ts';

/** `undisclosed-sponsorship` phrases in French (also read by `unvetted-partner` through shared/checks/lexicon/promotion.ts), one per line. */
export default {
  affiliatePitch: ['lien (?:dans|en) bio', 'mon code', 'code promo'],
  disclosureHashtag: ['publipost', 'pub', 'sponsorise', 'partenariat'],
  disclosureLabel: ['pub'],
  disclosure: ['partenariat (?:remunere|avec)', 'sponsorise par', 'collaboration commerciale'],
  disclosureNegator: ['pas', 'pas de', 'pas un', "n'est pas"],
} satisfies PhraseGroups;
