import type { PhraseGroups } from '../types.ts';

/** `offplatform-contact` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  /** Private messages: mensaje privado, MD, privado. */
  private: ['mensaje\\s+privad[oa]', 'mensaje\\s+direct[oa]', 'md', 'privado'],
  /** "por DM". */
  viaPrivate: ['por', 'en'],
  /** "por WhatsApp", "al Telegram", "en su WhatsApp". */
  onApp: ['por', 'al', 'en'],
  appDeterminer: ['su'],
  /** "escríbenos", "escríbele a su Telegram", "contáctanos", "mándame un mensaje", "llámanos". */
  writeToUs: [
    'escrib[ea](?:nos|me|le|les)',
    'contact[ae](?:nos|me|le)',
    'mand[ae](?:nos|me|le)\\s+(?:un\\s+)?(?:mensaje|dm|md|whats)',
    'habla(?:nos|me|le)',
    'llam[ae](?:nos|me|le)',
  ],
  /** "mándanos tu número por chat". */
  chatAsk: [
    'envi[ae](?:nos|me)',
    'mand[ae](?:nos|me)',
    'pas[ae](?:nos|me)',
    '(?:nos|me)\\s+envi[ae]\\w*',
    '(?:nos|me)\\s+mand[ae]\\w*',
    '(?:nos|me)\\s+pas[ae]\\w*',
    '(?:nos|me)\\s+inform[ae]\\w*',
  ],
  chatPreposition: ['por', 'en'],
  chatDeterminer: ['el'],
  chatKind: ['privado'],
  callVerb: ['llama', 'llame'],
  trigger: ['md', 'escrib', 'mand', 'habla', 'llam'],
  /** "mi número es ...", "llámenme". */
  ownContact: ['mi\\s+(?:numero|telefono|celular|movil|correo|e-?mail|mail|whatsapp)\\b', 'llamenme'],
  /** "con tu número", "si necesitas", "te ayudo", "reparo ...". */
  audienceOffer: [
    '(?:con|y)\\s+(?:tu|tus)\\b',
    'si\\s+(?:necesitas|quieres|tienes|buscas|necesitan)\\b',
    '(?:te|les)\\s+ayudo\\b',
    'puedo\\s+ayudar',
    'reparo\\b',
    'arreglo\\b',
    'vendo\\b',
    'desbloqueo\\b',
  ],
  /** "no le voy a escribir a nadie", "estafa". */
  warning: [
    'no\\s+(?:le\\s+|les\\s+)?(?:voy\\s+a|pienso)\\s+(?:escribir|mandar|hablar|contactar|llamar)\\w*',
    '(?:escribir|escribirle|hablar|mandar\\s+mensajes?)\\s+(?:a|con)\\s+nadie',
    'estafa',
    'nunca',
  ],
  /** "escríbenos", "contacta", "llama", "manda", "mensaje" (word starts). */
  channelStem: ['escrib', 'contact[ae]', 'llam[ae]', 'mand[ae]', 'mensa'],
  targeting: ['(?:spame\\w*|acos\\w*)\\s+(?:a\\s+)?(?:el|ella|ellos)'],
  dataField: ['nombre', 'direccion'],
  my: ['mi'],
  caseNoun: ['pedido', 'paquete', 'reembolso', 'cuenta', 'problema', 'reserva', 'vuelo', 'factura'],
  /** "escribidme", "llámame", "contáctenme". */
  contactMe: [
    'escrib(?:e|i|a|an|id)me',
    'escribanme',
    'llam(?:a|e|ad|en)me',
    'llamenme',
    'contact(?:a|e|ad|en)me',
  ],
  /** "¿me puedes mandar un DM?". */
  dmPlea: [
    '(?:me\\s+)?(?:puedes|podeis|pueden|podrian|podrias)\\s+(?:mandar|enviar|escribir)(?:me)?\\s+(?:un\\s+)?' +
      '(?:dm|md|mensaje(?:\\s+privado)?|privado)\\b',
  ],
  contactLabel: ['contacto', 'telefono', 'movil', 'celular'],
  offerWeak: ['gratis', 'premio'],
} satisfies PhraseGroups;
