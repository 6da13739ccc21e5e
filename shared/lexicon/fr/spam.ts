import type { PhraseGroups } from '../types.ts';

/** `spam` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  subscribeTo: ['abonne[rz]?-?(?:vous)?\\s+a\\s+ma\\s+chaine'],
  /** "abonne-toi stp". */
  subBegging: ["abonne[sz]?-(?:toi|vous)\\s+(?:stp|svp|s'?il\\s+(?:te|vous)\\s+plait)\\b"],
  followMe: ['suivez-?moi', 'abonnez-?vous'],
  followFor: ['pour'],
  linkWord: ['liens?'],
  linkIs: ['est'],
  linkIn: ['dans'],
  descriptionIn: ['dans'],
  bioOwner: ['mon', 'ma'],
  myWord: ['mon', 'ma'],
  /** (Also German.) */
  profileWord: ['profil'],
  lookVerb: ['regarde[zr]?'],
  lookMy: ['mon', 'ma'],
  earn: ['gagne[rsz]?', 'gagnant'],
  per: ['par', 'au'],
  periodArticle: ['le'],
  period: ['jour', 'semaine', 'mois', 'heure'],
  fromHome: [
    '(?:a|de|depuis)\\s+la\\s+maison',
    'depuis\\s+(?:chez\\s+(?:vous|toi|soi)|(?:ton|votre)\\s+(?:telephone|canape))',
  ],
  work: ['travaill\\w*'],
  workFrom: ['a'],
  home: ['la\\s+maison', 'chez\\s+(?:vous|toi|soi)'],
  without: ['sans'],
  experience: ['experience'],
  required: ['requise', 'necessaire', 'prealable'],
  passiveIncome: ['revenus?\\s+passifs?'],
  growthService: [
    '(?:boost\\w*|promouv\\w*|faites\\s+grandir)\\s+(?:votre|ton|ta|vos)\\s+(?:page|compte|profil|chaine|business|marque|visibilite)',
    'croissance\\s+organique',
    'abonnes\\s+reels',
  ],
  /** "deviens ton propre patron". */
  recruiting: [
    '\\b(?:sois|soyez|deviens|devenez)\\s+(?:ton|votre)\\s+propre\\s+(?:patron|boss|chef)\\b',
    '\\b(?:rejoins|rejoignez)\\s+mon\\s+equipe\\b[^.!?\\n]{0,60}?(?:patron|revenu|argent|mp|dm|opportunite|maison|#)',
  ],
  trigger: [
    'gagn',
    'travail',
    'suiv',
    'abonn',
    'lien',
    'regard',
    'patr',
    'equip',
    'rejoin',
    'croiss',
    'profil',
    'chef',
  ],
} satisfies PhraseGroups;
