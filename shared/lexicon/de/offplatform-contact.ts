import type { PhraseGroups } from '../types.ts';

/** `offplatform-contact` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  /** Private messages: Privatnachricht, PN. */
  private: ['privatnachricht', 'pn'],
  /** "per DM". */
  viaPrivate: ['per'],
  /** "schreib mir per PN". */
  inPrivate: ['per\\s+pn', 'als\\s+pn', 'im\\s+pn'],
  /** "per WhatsApp", "auf Telegram", "über Signal". */
  onApp: ['per', 'auf', 'uber', 'über'],
  /** "schreib uns", "schreiben Sie uns", "kontaktiere mich", "melde dich", "ruf mich an". */
  writeToUs: [
    'schreib(?:t|en)?\\s+(?:sie\\s+)?(?:uns|mir)',
    'kontaktier(?:e|t|en)?\\s+(?:sie\\s+)?(?:uns|mich)',
    'meld(?:e|et)\\s+(?:dich|euch)',
    'ruf(?:t|en)?\\s+(?:sie\\s+)?(?:uns|mich)\\s+an',
  ],
  /** "schicken Sie uns ... im Chat". */
  chatAsk: [
    'schick(?:e|en|t)?\\s+(?:sie\\s+)?(?:uns|mir)',
    'send(?:e|en|t)?\\s+(?:sie\\s+)?(?:uns|mir)',
    'geb(?:e|en|t)?\\s+(?:sie\\s+)?(?:uns|mir)',
  ],
  chatPreposition: ['im', 'uber', 'per'],
  chatDeterminer: ['den'],
  callVerb: ['anrufen'],
  trigger: ['pn', 'schreib', 'kontakt', 'meld', 'ruf', 'anruf'],
  /** "meine Nummer ist ...", "rufen Sie mich ...". */
  ownContact: [
    'meine\\s+(?:nummer|handynummer|telefonnummer|e-?mail|mail|adresse)\\b',
    'rufen\\s+sie\\s+mich',
  ],
  /** "mit Ihrer Nummer", "wenn du ... brauchst", "ich helfe dir", "ich repariere ...". */
  audienceOffer: [
    '(?:mit|und)\\s+(?:ihre[mnrs]?|deine[mnrs]?)\\b',
    'wenn\\s+(?:du|sie|ihr)\\b[^.!?\\n]{0,30}\\b(?:brauchst|brauchen|braucht|willst|wollen)\\b',
    'ich\\s+(?:kann|helfe)\\s+(?:dir|ihnen|euch)\\b',
    'ich\\s+(?:repariere|verkaufe|entsperre)\\b',
  ],
  /** "ich schreibe niemandem", "Betrug". */
  warning: [
    '(?:schreibe|schreib|kontaktiere|rufe|melde\\s+mich)\\s+(?:bei\\s+)?(?:niemandem|niemanden|keinem|keinen)',
    'betrug',
    'niemals',
  ],
  /** "schreib", "kontaktiere", "ruf", "Nachricht" (word starts). */
  channelStem: ['schreib', 'kontaktier', 'ruf', 'nachricht'],
  targeting: ['spamm?(?:t|en)\\s+(?:ihn|sie)\\b'],
  dataField: ['adresse'],
  my: ['mein(?:e|en)?'],
  caseNoun: ['bestellung', 'paket', 'erstattung', 'konto', 'problem', 'buchung', 'flug', 'rechnung'],
  /** "schreiben Sie mir", "ruf mich bitte zurück", "kontaktieren Sie mich". */
  contactMe: [
    'schreib(?:t|en)?\\s+(?:sie\\s+)?mir',
    'ruf(?:t|en)?\\s+(?:sie\\s+)?mich\\s+(?:bitte\\s+)?(?:zuruck|an)',
    'kontaktier(?:e|t|en)\\s+(?:sie\\s+)?mich',
  ],
  /** "kannst du mir eine DM schicken?". */
  dmPlea: [
    '(?:kannst|konnt|konnen|konnten)\\s+(?:du|ihr|sie)\\s+mir\\s+(?:bitte\\s+)?(?:eine\\s+)?(?:dm|pn|nachricht)\\b',
  ],
  contactLabel: ['handy', 'telefon', 'mobil', 'rufnummer'],
  numberSign: ['nr\\.?'],
  offerWeak: ['kostenlos', 'gewinn\\w*'],
} satisfies PhraseGroups;
