import type { PhraseGroups } from '../types.ts';

/** `hostile-reply` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  nameCalling: ['cretins?', 'debiles?'],
  putDown: [
    "(?:va|allez) (?:pleurer|vous plaindre|te plaindre|facturer|faire la morale) (?:a quelqu'un d'autre|ailleurs)",
  ],
  /** Conditional threats: "continuez comme ça et …". */
  conditionalThreat: [
    '(?:continuez|continue) (?:comme (?:ca|cela)|a [a-z]{2,16}er)(?: [a-z]{1,16}){0,2},? et (?:nous|on) (?:allons |va )?(?:bloqu|ferm|supprim|signal|suspend|annul|resili)[a-z]{0,8}',
  ],
  dig: [
    'continuez? de (?:te|vous) le dire',
    "qui (?:t'a|vous a) fait du mal",
    '(?:tu me|vous me|tu nous|vous nous) (?:fais|faites) (?:pitie|rire|de la peine)',
    "quelqu'un n'a pas (?:lu|su lire|regarde)",
    '(?:se moque|se moquent) de (?:toi|vous)',
    '(?:croyez|crois) ce que (?:vous voulez|tu veux)',
    "(?:votre|ton|ta) (?:[a-z]{1,16} ){1,2}parle d'(?:elle|lui)-meme",
    '(?:mon chou|ma petite)\\b',
  ],
  translatedPutDown: [
    "(?:vous vous attendiez|tu t'attendais) a quoi(?= ?\\?)",
    'reflechissez (?:un peu|deux secondes)',
    '(?:ceux|celles|les gens) qui sav(?:ent|ez) lire',
    'apprenez a lire',
    'apprends a lire',
    'pas notre (?:probleme|faute)',
    "c'est (?:votre|ton) probleme",
    'tais-toi',
    'taisez-vous',
    'restez chez vous',
    'reste chez toi',
    'ma (?:petite )?cherie',
    "personne ne (?:t'a|vous a) demande",
    "on s'en fiche",
    'tant pis pour (?:toi|vous)',
  ],
  oneLiner: ["d'accord", "c'est mignon", 'fascinant'],
  thanksWord: ['merci'],
  hedge: ['peut-etre'],
  aside: ["n'est-ce pas"],
  apology: ['desole\\w*', 'excuse[sz]'],
} satisfies PhraseGroups;
