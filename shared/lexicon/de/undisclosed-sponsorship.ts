import type { PhraseGroups } from '../types.ts';

/** `undisclosed-sponsorship` phrases in German (also read by `unvetted-partner` through shared/checks/lexicon/promotion.ts), one per line. */
export default {
  codeWord: ['gutschein(?:code)?', 'rabattcode', 'rabatt'],
  affiliatePitch: ['link in (?:meiner )?bio', 'mein code'],
  disclosureHashtag: ['werbung', 'anzeige'],
  disclosureLabel: ['anzeige', 'werbung'],
  disclosure: ['bezahlte partnerschaft', 'gesponsert (?:von|durch)', '(?:unbezahlte )?werbung'],
  disclosureNegator: ['kein', 'keine'],
} satisfies PhraseGroups;
