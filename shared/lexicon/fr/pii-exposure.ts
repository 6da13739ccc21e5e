import type { PhraseGroups } from '../types.ts';

/** `pii-exposure` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  selfPossessive: ['mon', 'ma', 'son', 'sa'],
  contactWord: ['adresse'],
  callMe: ['(?:rappelez|rappelle|appelez|appelle|ecrivez|ecris|contactez|contacte|repondez)-moi'],
  channelCue: ['ecri\\w*', 'appel\\w*'],
  ownChannel: ['contactez-nous', 'ecrivez-nous', 'appelez-nous'],
  offerCue: [
    "je (?:peux|pourrai|sais) (?:vous |t'|te )?(?:aider|debloquer|regler)",
    'je travaille (?:chez|dans|a)',
  ],
  referenceWord: ['colis', 'suivi', 'commande', 'dossier'],
  referenceNumberWord: ['de (?:suivi|commande)'],
  destinationPrep: ['au'],
  thirdPartyChannel: ['contactez-le', 'contactez-la', 'ecrivez-lui', 'appelez-le', 'appelez-la'],
  doxxCue: ['(?:spammez|harcelez|spamme|harcele)-(?:le|la|les)', 'allez (?:le|la|les) (?:spammer|harceler)'],
  brandLineVerb: ['appelez', 'appeler', 'composez'],
  brandLinePrep: ['au', 'le'],
} satisfies PhraseGroups;
