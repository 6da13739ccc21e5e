import type { PhraseGroups } from '../types.ts';

/** `credential-request` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  /** Named credentials (see the English group, which also has "6-stelliger Code"). */
  credential: [
    '\\b(?:anmeldedaten|online-?banking-?(?:zugang|daten|login))\\b',
    '\\bpasswort',
    '\\bkennwort',
    '\\b(?:kredit)?kartennummer',
    '\\bkartendaten',
    '\\bsicherheitscode',
    '\\b(?:bestatigungs|verifizierungs|sms)-?code',
    '\\bwiederherstellungs(?:phrase|satz)',
    '\\bprivate[rn]?\\s+schlussel',
    '\\bzugangsdaten',
    // "den Code, den wir Ihnen geschickt haben", "den per SMS erhaltenen Code"
    '\\bcode,?\\s+(?:den|die)\\s+(?:wir|sie|du)\\s+(?:ihnen\\s+|dir\\s+|per\\s+sms\\s+)?(?:geschickt|gesendet|erhalten|bekommen)',
    '\\b(?:per|via)\\s+sms\\s+(?:erhaltenen|gesendeten|zugeschickten)\\s+code',
  ],
  /** Asking for something (whole words). */
  ask: [
    'mit\\s+(?:ihre[mnr]?|deine[mnr]?)',
    'senden',
    'sende',
    'schicken',
    'schick',
    'teilen',
    'teile',
    'geben',
    'gib',
    'nennen',
    'nenne',
    'bestatigen',
    'bestatige',
    'eingeben',
    'mitteilen',
    'ubermitteln',
    'antworten',
    'schreiben',
    'schreib',
    'angeben',
    'zusenden',
    'zuschicken',
  ],
  /**
   * German puts the verb last ("Name, IBAN und Zugangsdaten per WhatsApp an ... senden", "die
   * TAN hier eingeben"): an ask verb after the credential, in the same sentence.
   */
  askAfter: [
    'senden',
    'schicken',
    'zusenden',
    'zuschicken',
    'mitteilen',
    'nennen',
    'angeben',
    'eingeben',
    'eintragen',
    'eintippen',
    'bestatigen',
    'ubermitteln',
    'weiterleiten',
    'durchgeben',
  ],
  haveVerb: ['halte', 'bereithalten'],
  readyVerb: ['halten', 'haben'],
  readyWord: ['bereit'],
  readyAfter: ['bereit', 'parat', 'zur\\s+hand'],
  poster: ['wir', 'uns', 'unser\\w*', 'mir', 'mich'],
  credentialNegation: ['niemals', 'nie\\b', 'betrug'],
  ownPossessive: ['mein', 'meine', 'meinen'],
  troubleAdjective: ['falsche[nr]?'],
  and: ['und'],
  sentVia: ['per', 'auf', 'uber'],
  sentToNumber: ['an'],
} satisfies PhraseGroups;
