import type { PhraseGroups } from '../types.ts';

/** `credential-request` phrases in French, one per line (see shared/lexicon/README.md). */
export default {
  /** Named credentials (see the English group). */
  credential: [
    // "identifiants de connexion", not "identifiants de commande"
    '\\bidentifiants\\b(?!\\s+de\\s+(?:commande|client|colis|reservation))',
    '\\bidentifiant\\s+(?:de\\s+connexion|bancaire)',
    '\\bmots?\\s+de\\s+passe',
    // "code de vérification", "le code à 6 chiffres", "le code que nous vous avons envoyé", "le code reçu"
    "\\bcodes?\\s+(?:de\\s+(?:verification|confirmation|securite)|secret|sms|recu|(?:a|de)\\s+(?:\\d|quatre|six|huit)\\s+chiffres|que\\s+(?:nous\\s+)?(?:vous|t'?)\\s*(?:avons\\s+|a\\s+ete\\s+)?(?:envoye|recu)|envoye\\s+par\\s+sms)",
    '\\bnumero\\s+(?:complet\\s+|entier\\s+|a\\s+16\\s+chiffres\\s+)?de\\s+(?:votre\\s+|ta\\s+|la\\s+)?carte\\b(?!\\s+(?:de\\s+)?(?:fidelite|cadeau|membre))',
    '\\b16\\s+chiffres\\s+de\\s+(?:votre\\s+|ta\\s+|la\\s+)?carte',
    '\\bcryptogramme',
    '\\bphrase\\s+(?:de\\s+recuperation|secrete)',
    '\\bcle\\s+privee',
  ],
  /** Asking for something (whole words). */
  ask: [
    'avec\\s+(?:votre|vos|ton|tes)',
    'envoyer',
    'envoyez',
    'envoie',
    'communiquez',
    'communiquer',
    'confirmez',
    'saisissez',
    'saisir',
    'entrez',
    'indiquez',
    'donnez',
    'transmettez',
    'transmettre',
    'renseignez',
    'repondez',
    'ecrivez',
    'tapez',
    'precisez',
    'fournissez',
    'partagez',
    'dites',
  ],
  haveVerb: ['preparez', 'prepare'],
  readyVerb: ['ayez', 'gardez'],
  readyWord: ['sous\\s+la\\s+main'],
  readyAfter: ['a\\s+portee\\s+de\\s+main', 'sous\\s+la\\s+main', 'pret', 'prets'],
  poster: ['nous', 'notre'],
  credentialNegation: ['jamais', 'ne\\s+\\w+\\s+jamais', 'arnaque'],
  ownPossessive: ['mon', 'ma', 'mes'],
  troubleAdjective: ['faux'],
  and: ['et'],
  sentVia: ['par', 'en'],
  privateChannel: ['mp', 'message\\s+prive'],
  sentToNumber: ['au', 'a'],
} satisfies PhraseGroups;
