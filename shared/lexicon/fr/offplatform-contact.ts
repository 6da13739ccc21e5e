import type { PhraseGroups } from '../types.ts';

/** `offplatform-contact` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  /** Private messages: message privé, MP. */
  private: ['message\\s+prive', 'en\\s+mp', 'par\\s+mp', 'via\\s+mp'],
  /** "par DM". */
  viaPrivate: ['par', 'en'],
  /** "envoyez-nous en MP", "par MP". */
  inPrivate: ['en\\s+mp', 'par\\s+mp', 'via\\s+mp'],
  /** "sur WhatsApp", "par Telegram". */
  onApp: ['sur', 'par', 'en'],
  /**
   * "écrivez-nous", "contactez-moi", "envoyez-nous ... par message privé". ("envoyez-nous"
   * alone asks for something, like English "send us": it is a channel only with one named.)
   */
  writeToUs: [
    'ecrivez-?(?:nous|moi)',
    'ecris-?moi',
    'contactez-?(?:nous|moi)',
    'envoyez-?(?:nous|moi)\\s+(?:un\\s+|une\\s+|vos\\s+|votre\\s+)?(?:message|mp|dm|e-?mail|mail|courriel|whatsapp|sms|texto)',
    'joignez-?(?:nous|moi)',
  ],
  /** "envoyez-nous votre code sur le chat". */
  chatAsk: ['envoye[zr]?-(?:nous|moi)', "(?:nous|m')\\s*envoye[zr]?", 'donne[zr]?-(?:nous|moi)'],
  chatPreposition: ['par', 'en', 'sur'],
  chatDeterminer: ['le'],
  callVerb: ['appelez'],
  trigger: ['mp', 'ecri', 'envoy', 'joign', 'appel'],
  /** "mon numéro est ...". */
  ownContact: ['mon\\s+(?:numero|portable|e-?mail|mail|adresse)\\b'],
  /** "avec votre numéro", "si vous avez", "je peux vous aider", "je répare ...". */
  audienceOffer: [
    '(?:avec|et)\\s+(?:votre|vos|ton|ta|tes)\\b',
    'si\\s+(?:vous|tu)\\s+(?:avez|as|voulez|veux|cherchez)\\b',
    "je\\s+peux\\s+(?:vous|t')\\s*aider",
    'je\\s+(?:repare|vends|debloque)\\b',
  ],
  /** "je n'écris à personne", "arnaque". */
  warning: [
    "je\\s+n'?\\s*(?:ecris|ecrirai|contacte|contacterai|appelle|appellerai|envoie|enverrai)\\s+" +
      '(?:a\\s+|rien\\s+a\\s+)?(?:personne|rien|jamais)',
    '(?:ecrire|contacter|appeler)\\s+(?:a\\s+)?personne',
    'arnaque',
    'jamais',
  ],
  /** "appelez", "envoyez" (word starts). */
  channelStem: ['appel', 'envoy'],
  targeting: ['(?:spamm?(?:ez|er)|harcelez)-(?:le|la|les)'],
  dataField: ['nom', 'adresse'],
  my: ['mon', 'ma'],
  caseNoun: ['commande', 'colis', 'remboursement', 'compte', 'probleme', 'vol', 'facture'],
  /** "écrivez-moi", "rappelez-moi". */
  contactMe: ['(?:ecrivez|ecris|contactez|appelez|rappelez)-?moi'],
  /** "pouvez-vous m'écrire en MP ?". */
  dmPlea: [
    "(?:pouvez|pourriez|peux|pourrais)-?(?:vous|tu)\\s+m'\\s*(?:ecrire|envoyer\\s+un\\s+(?:mp|message|dm))\\b",
  ],
  contactLabel: ['portable', 'telephone'],
  offerWeak: ['gratuit', 'gagne[rz]?'],
} satisfies PhraseGroups;
