import type { PhraseGroups } from '../types.ts';

/** `personal-data` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  requestVerb: [
    'comenta(?:nos|d|n)?',
    'escrib(?:e|enos|anos|id)',
    'envia(?:nos)?',
    'manda(?:nos)?',
    'deja(?:nos)?',
    'comparte',
    'responde',
    'dinos',
    'indica(?:nos)?',
  ],
  possessive: ['tu', 'tus', 'su', 'sus'],
  personalData: [
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
  ],
  barePossessive: ['tu', 'su'],
  bareNumber: ['numero'],
  /** What makes "tu número" an order's: "de pedido", "da encomenda". */
  orderNumberOf: ['de'],
  /** The order or booking of `orderNumberOf`. */
  orderNumberOrder: ['pedido', 'reserva'],
  dataUseNotice: [
    '\\bprivacidad',
    '\\bproteccion de datos',
    '\\bsolo (?:lo |la |los |las )?(?:usaremos|utilizaremos)',
    '\\bunicamente para',
  ],
  privacyPath: ['privacidad'],
} satisfies PhraseGroups;
