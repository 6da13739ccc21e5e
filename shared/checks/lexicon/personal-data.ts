/**
 * Vocabulary for requests of personal data (`undisclosed-data-collection`), in the five
 * languages, for the normalized text.
 */

/** Verbs that ask the audience to post or send something. */
export const REQUEST_VERB = new RegExp(
  `\\b(?:${[
    // English
    'comment',
    'reply',
    'drop',
    'send',
    'dm',
    'message',
    'post',
    'share',
    'pop',
    'leave',
    'tell us',
    'give us',
    'type',
    'write',
    'put',
    'include',
    'provide',
    'let us (?:know|have)',
    'text us',
    'email us',
    'inbox us',
    'enter',
    'submit',
    'fill in',
    '(?:sign up|register|subscribe) (?:with|using)',
    // Spanish
    'comenta(?:nos|d|n)?',
    'escrib(?:e|enos|anos|id)',
    'envia(?:nos)?',
    'manda(?:nos)?',
    'deja(?:nos)?',
    'comparte',
    'responde',
    'dinos',
    'indica(?:nos)?',
    // Portuguese
    'comente',
    'deixe',
    'envie',
    'mande',
    'escreva',
    'compartilhe',
    'responda',
    'coloque',
    // French
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
    // German
    'kommentier(?:e|t|en)',
    'schreib(?:t|en)?',
    'schick(?:t|en)?',
    'send(?:e|et|en)',
    'teil(?:e|t|en)',
    'hinterlass(?:e|t)?',
    'gib',
    'nenn(?:e|t)',
    'poste',
  ].join('|')})\\b`,
  'g',
);

/** Possessives addressing the reader ("your", "tu", "votre", "seu", "dein"...). */
export const POSSESSIVE =
  /\b(?:your|ur|tu|tus|su|sus|votre|vos|ton|ta|tes|teu|tua|seu|sua|seus|suas|dein|deine|deinen|deines|deinem|ihre|ihren|ihres|ihrem)\b/;

/**
 * Personal data named after a possessive. A bare "number" counts only right after the
 * possessive ("your number"): "your order number" is a reference, not personal data.
 */
export const PERSONAL_DATA = new RegExp(
  `\\b(?:${[
    'e-?mail(?: address)?',
    '(?:phone|mobile|cell|telephone|whatsapp|contact) (?:number|no)',
    'phone',
    'mobile',
    'contact (?:details|info)',
    'personal (?:details|info(?:rmation)?|data)',
    '(?:full |home |postal |mailing |street |delivery |shipping )?address',
    'date of birth',
    'birth ?date',
    'birthday',
    'dob',
    'passport(?: number)?',
    "(?:driving|driver'?s) licen[cs]e",
    'photo id',
    'id card',
    'id (?:document|photo|scan)',
    'identity (?:document|card)',
    'identification',
    'government[- ]issued id',
    'proof of (?:age|identity|id|address)',
    'social security(?: number)?',
    'ssn',
    'national insurance number',
    'account number',
    'bank details',
    'iban',
    'sort code',
    // Spanish
    'correo(?: electronico)?',
    '(?:numero de )?(?:telefono|celular|movil)',
    'direccion',
    'domicilio',
    'fecha de nacimiento',
    'cumpleanos',
    'dni',
    'pasaporte',
    'numero de cuenta',
    'documento de identidad',
    'identificacion',
    'cedula',
    // Portuguese
    '(?:numero de )?telefone',
    'endereco',
    'morada',
    'data de nascimento',
    'aniversario',
    'cpf',
    'passaporte',
    'numero da conta',
    'documento de identidade',
    'identidade',
    'rg',
    // French
    'adresse(?: e-?mail| mail| postale)?',
    '(?:numero de )?(?:telephone|portable)',
    'date de naissance',
    'anniversaire',
    'passeport',
    "(?:piece|carte) d'identite",
    "justificatif d'(?:identite|age)",
    'numero de compte',
    // German
    'e-?mail-adresse',
    '(?:handy|telefon|mobil)nummer',
    'anschrift',
    'geburtsdatum',
    'geburtstag',
    '[a-z]{0,12}ausweis(?:es)?',
    'identitatsnachweis',
    'reisepass',
    'kontonummer',
  ].join('|')})\\b`,
);

/**
 * "your number", "tu número", "deine Nummer", "your ID": a bare number or ID right after the
 * possessive ("your order number", "your order ID" are references, not personal data).
 */
export const BARE_NUMBER_AFTER_POSSESSIVE =
  /\b(?:your|ur|tu|su|votre|ton|teu|seu|sua|deine|ihre) (?:number|numero|nummer|id)\b(?! (?:de|da|do) (?:pedido|reserva|commande|encomenda))/;

/** A statement of how the data will be used, or a privacy notice. */
export const DATA_USE_NOTICE = new RegExp(
  `(?:${[
    '\\bprivacy',
    '\\bprivacidad',
    '\\bprivacidade',
    '\\bconfidentialite',
    '\\bdatenschutz',
    '\\bdata protection',
    '\\bgdpr\\b',
    '\\bproteccion de datos',
    '\\bprotecao de dados',
    '\\bdonnees personnelles',
    '\\bhow we (?:use|handle|process|protect|store|treat|look after) (?:your )?(?:data|information|info|details|personal)',
    "\\b(?:we(?:'ll| will)?|will) only (?:use|be used|keep)",
    '\\bonly (?:be )?used (?:to|for)',
    '\\buse (?:it|them|your [a-z-]+(?: [a-z]+)?) only (?:to|for)',
    "\\b(?:we(?:'ll| will)? )?never (?:sell|share|pass)",
    "\\bwe (?:don't|do not|won't|will not) (?:sell|share|pass)",
    '\\bdelete[ds]? (?:it|them|your \\w+) (?:after|once|when)',
    '\\bsolo (?:lo |la |los |las )?(?:usaremos|utilizaremos)',
    '\\bso (?:o |a )?(?:usaremos|utilizaremos)',
    '\\bunicamente para',
    "\\bnous n'utiliserons",
    '\\buniquement pour',
    '\\bnur (?:fur|um|zur|zum)',
    '\\b(?:wird|werden) nur',
  ].join('|')})`,
);

/** Link paths that are privacy notices. */
export const PRIVACY_PATH =
  /privacy|privacidad|privacidade|datenschutz|confidentialite|gdpr|data-protection|donnees/;
