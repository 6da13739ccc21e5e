import type { PhraseGroups } from '../types.ts';

/** `personal-data` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  requestVerb: [
    'kommentier(?:e|t|en)',
    'schreib(?:t|en)?',
    'schick(?:t|en)?',
    'send(?:e|et|en)',
    'teil(?:e|t|en)',
    'hinterlass(?:e|t)?',
    'gib',
    'nenn(?:e|t)',
    'poste',
  ],
  possessive: ['dein', 'deine', 'deinen', 'deines', 'deinem', 'ihre', 'ihren', 'ihres', 'ihrem'],
  personalData: [
    'e-?mail-adresse',
    '(?:handy|telefon|mobil)nummer',
    'anschrift',
    'geburtsdatum',
    'geburtstag',
    '[a-z]{0,12}ausweis(?:es)?',
    'identitatsnachweis',
    'reisepass',
    'kontonummer',
  ],
  barePossessive: ['deine', 'ihre'],
  bareNumber: ['nummer'],
  dataUseNotice: ['\\bdatenschutz', '\\bnur (?:fur|um|zur|zum)', '\\b(?:wird|werden) nur'],
  privacyPath: ['datenschutz'],
} satisfies PhraseGroups;
