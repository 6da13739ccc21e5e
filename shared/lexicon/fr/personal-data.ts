import type { PhraseGroups } from '../types.ts';

/** `personal-data` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  requestVerb: [
    'commente[zr]?',
    'envoye[zr]',
    'envoie',
    'ecrive[zr]',
    'ecris',
    'laisse[zr]?',
    'partage[zr]?',
    'indique[zr]',
    'donne[zr]',
    'repondez',
    'mettez',
    'dites-nous',
  ],
  possessive: ['votre', 'vos', 'ton', 'ta', 'tes'],
  personalData: [
    'adresse(?: e-?mail| mail| postale)?',
    '(?:numero de )?(?:telephone|portable)',
    'date de naissance',
    'anniversaire',
    'passeport',
    "(?:piece|carte) d'identite",
    "justificatif d'(?:identite|age)",
    'numero de compte',
  ],
  barePossessive: ['votre', 'ton'],
  orderNumberOrder: ['commande'],
  dataUseNotice: [
    '\\bconfidentialite',
    '\\bdonnees personnelles',
    "\\bnous n'utiliserons",
    '\\buniquement pour',
  ],
  privacyPath: ['confidentialite', 'donnees'],
} satisfies PhraseGroups;
