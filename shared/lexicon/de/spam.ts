import type { PhraseGroups } from '../types.ts';

/** `spam` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  subscribeTo: ['abonniert?\\s+(?:meinen|mein)\\s+kanal'],
  /** "abonniert bitte", "bitte abonnieren". */
  subBegging: ['abonniert?\\s+(?:mich\\s+)?bitte\\b', 'bitte\\s+abonnieren\\b'],
  followMe: ['folgt\\s+mir', 'folge\\s+mir'],
  followFor: ['fur', 'f(?:u|ue)r'],
  linkIs: ['ist'],
  linkIn: ['im'],
  descriptionIn: ['im'],
  bioOwner: ['meinem', 'meiner', 'der', 'dem'],
  myWord: ['meinem', 'meiner'],
  descriptionWord: ['beschreibung'],
  lookVerb: ['schau(?:t)?(?:\\s+auf)?'],
  lookMy: ['mein(?:em|e)?'],
  earn: ['verdien(?:e|en|st|t)?'],
  /** (Also Portuguese "pro".) */
  per: ['pro', 'am'],
  periodArticle: ['den'],
  period: ['tag', 'taglich', 'woche', 'monat', 'stunde'],
  fromHome: ['von\\s+zu\\s*hause', 'vom\\s+(?:sofa|handy)'],
  work: ['arbeit\\w*'],
  workFrom: ['von'],
  home: ['zu\\s*hause'],
  without: ['ohne'],
  experience: ['erfahrung', 'vorkenntnisse'],
  required: ['notig', 'erforderlich'],
  passiveIncome: ['passives\\s+einkommen'],
  growthService: [
    '(?:pushe?n?|bewirb|bewerben\\s+sie|steigern\\s+sie|steigere)\\s+(?:deine?n?|ihre?n?)\\s+(?:seite|account|profil|kanal|reichweite|marke)',
    'organisches\\s+wachstum',
    'echte\\s+follower',
  ],
  /** "sei dein eigener Chef". */
  recruiting: [
    '\\b(?:sei|werde|seien\\s+sie|werden\\s+sie)\\s+(?:dein|ihr)\\s+eigene[rn]?\\s+(?:chef|boss)\\b',
    '\\bwerde\\s+teil\\s+meines\\s+teams\\b[^.!?\\n]{0,60}?(?:chef|einkommen|geld|dm|pn|chance|zu\\s*hause|#)',
  ],
  trigger: ['verdien', 'arbeit', 'folg', 'erfahrung', 'schau', 'werde', 'wachstum', 'bewirb', 'steiger'],
} satisfies PhraseGroups;
