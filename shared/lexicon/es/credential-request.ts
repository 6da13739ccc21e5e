import type { PhraseGroups } from '../types.ts';

/** `credential-request` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  /** Named credentials (see the English group). */
  credential: [
    'contrasenas?',
    '\\bclave\\s+(?:de\\s+acceso|secreta|privada|dinamica)',
    '\\bnip\\b',
    // "datos de acceso", "dados de acesso/login" (Portuguese too)
    '\\b(?:datos|dados)\\s+de\\s+(?:acceso|acesso|login|inicio\\s+de\\s+sesion)',
    // "credenciales", and the Portuguese "credenciais"
    '\\bcredenciai?s\\b',
    '\\bcredenciales\\b',
    // Spanish and Portuguese: "código de verificación", "código de
    // segurança", "el código que te llegó", "o código que você recebeu", "código de 6 dígitos",
    // "código enviado por SMS"
    '\\bcodigos?\\s+de\\s+(?:verificacion|seguridad|acceso|confirmacion|verificacao|seguranca|acesso)',
    '\\bcodigos?\\s+sms',
    '\\bcodigos?\\s+cvv',
    '\\bcodigos?\\s+que\\s+te\\s+(?:llego|llegara|llegue|enviamos|mandamos)',
    '\\bcodigos?\\s+que\\s+(?:voce\\s+)?(?:recebeu|receber|chegou|enviamos)',
    '\\bcodigos?\\s+(?:de\\s+)?(?:\\d|cuatro|quatro|seis|ocho|oito)\\s+digitos',
    '\\bcodigos?\\s+(?:enviado|recibido|recebido)s?\\s+(?:por|via|pelo)\\s+(?:sms|mensaje|mensagem|texto)',
    '\\bnumero\\s+(?:complet[oa]\\s+|enter[oa]\\s+|larg[oa]\\s+|integro\\s+|de\\s+16\\s+digitos\\s+)?de\\s+(?:tu\\s+|la\\s+|su\\s+)?tarjeta',
    // "16 dígitos de tu tarjeta", "16 dígitos do seu cartão" (Portuguese too)
    '\\b(?:16|dieciseis|dezesseis)\\s+digitos\\s+(?:de|do|da)\\s+(?:tu\\s+|la\\s+|su\\s+|seu\\s+|o\\s+seu\\s+)?(?:tarjeta|cartao)',
    '\\bdatos\\s+de\\s+(?:tu\\s+|la\\s+|su\\s+)?tarjeta',
    '\\bfrase\\s+(?:semilla|de\\s+recuperacion|secreta)',
  ],
  /** Asking for something (whole words). */
  ask: [
    'con\\s+(?:tu|su|tus|sus)',
    'envia\\w*',
    'envie\\w*',
    'manda\\w*',
    'comparte\\w*',
    'compartenos',
    'compartir',
    'dinos',
    'dime',
    'indica\\w*',
    'ingresa\\w*',
    'introduce\\w*',
    'confirma\\w*',
    'escribe\\w*',
    'proporciona\\w*',
    'facilita\\w*',
    'responde\\w*',
    'necesitamos',
    'indique\\w*',
    'ingrese\\w*',
    'introduzca\\w*',
    'comparta\\w*',
    'proporcione\\w*',
    'facilite\\w*',
    'escrib[ae]\\w*',
    'digame',
    'diganos',
  ],
  /** Readiness verbs, before the credential or before their readiness word: "tenga a mano su PIN". */
  readyVerb: ['tenga', 'ten', 'tengan', 'deja', 'deje'],
  /** What follows the readiness verb: "a mano", "listos". */
  readyWord: ['a\\s+(?:la\\s+)?mano', 'listos?', 'listas?', 'preparad[oa]s?'],
  readyAfter: ['a\\s+(?:la\\s+)?mano', 'listos?', 'listas?'],
  poster: ['nosotros', 'nuestr[oa]s?', 'nos'],
  credentialNegation: [
    'nunca',
    'jamas',
    'no\\s+(?:compartas|des|envies|compartilhe)',
    'ojo',
    'cuidado',
    'estafa',
  ],
  ownPossessive: ['mi', 'mis'],
  troubleAdjective: ['incorrect[oa]'],
  and: ['y'],
  sentVia: ['por', 'en'],
  privateChannel: ['md', 'privado'],
  /** Sent to a number: "para +34 …". */
  sentToNumber: ['para', 'a'],
} satisfies PhraseGroups;
