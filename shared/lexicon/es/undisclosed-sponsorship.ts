import type { PhraseGroups } from '../types.ts';

/** `undisclosed-sponsorship` phrases in Spanish (also read by `unvetted-partner` through shared/checks/lexicon/promotion.ts), one per line. */
export default {
  codeWord: ['cupon', 'codigo'],
  affiliatePitch: ['enlace en (?:mi )?bio', 'mi codigo'],
  disclosureHashtag: ['publicidad', 'publi', 'patrocinado'],
  disclosureLabel: ['publi', 'publicidad'],
  disclosure: ['colaboracion pagada', 'patrocinado por', 'publicidad'],
  disclosureNegator: ['no es'],
  disclosureNegatorFiller: ['una?'],
} satisfies PhraseGroups;
