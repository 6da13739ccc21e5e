import type { PhraseGroups } from '../types.ts';

/** `pii-exposure` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  selfPossessive: ['mein', 'meine', 'ihre?'],
  contactWord: ['nummer', 'handynummer', 'handy'],
  callMe: [
    'ruf(?:t|en sie)? mich',
    '(?:schreib|schreibt|schreiben sie|mailt|mailen sie|antwortet|antworten sie) mir',
    'kontaktier(?:t|en sie)? mich',
  ],
  channelCue: ['schreib\\w*', 'kontakt\\w*', 'ruf\\w*', 'meld\\w*'],
  ownChannel: ['kontaktiere uns', 'schreib uns', 'ruf uns'],
  offerCue: ['ich (?:kann|helfe) (?:dir|ihnen|euch) (?:helfen|weiter)?', 'ich arbeite (?:bei|in|fur)'],
  referenceWord: ['sendung(?:snummer)?', 'bestellung', 'buchung', 'referenz', 'paket', 'auftrag'],
  referenceNumberWord: ['nr'],
  destinationPrep: ['an', 'unter'],
  thirdPartyChannel: [
    'schreib(?:t)? (?:ihm|ihr)',
    'ruf(?:t)? (?:ihn|sie) an',
    'kontaktier(?:e|t)? (?:ihn|sie)',
  ],
  doxxCue: ['(?:spammt|nervt|belastigt|terrorisiert) (?:ihn|sie)\\b'],
  brandLineVerb: ['anrufen', 'rufen sie', 'wahlen sie', 'kontaktieren sie'],
  brandLinePrep: ['unter'],
} satisfies PhraseGroups;
