import type { PhraseGroups } from '../types.ts';

/** `crypto-scam` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  cryptoWord: ['cripto\\w*', 'billetera', 'monedero', 'mineria', 'inversion\\w*', 'inverti\\w*'],
  /** (Also Portuguese.) */
  send: ['envia\\w*', 'envie', 'manda\\w*', 'mande', 'deposita\\w*'],
  double: [
    // Also Portuguese.
    '\\b(?:dupli[cq]|tripli[cq])\\w*\\s+(?:tu|su|seu|mi|mis|meu|minha|o\\s+meu|a\\s+minha)\\b',
    '\\bdobl[ae]\\w*\\s+(?:tu|su|mi|mis)\\b',
    // "invertí 500 € y recibí 1.000 €" (also Portuguese).
    '\\binverti\\w*\\s+(?:[$€£]|r\\$)\\s?[\\d.,]+k?[^!?\\n]{0,80}\\b(?:recibi|recebi|received|got)\\s+(?:[$€£]|r\\$)\\s?[\\d.,]+',
  ],
  /** (Also Portuguese "retorno".) */
  returns: [
    '\\b(?:retorno|ganancia|rentabilidad)\\w*\\s+garant\\w*',
    '\\bgarant\\w+\\s+(?:retorno|ganancia)',
  ],
  percentPer: ['al'],
  /** (Also Portuguese.) */
  returnPeriod: ['dia', 'semana', 'mes'],
  inTime: ['en'],
  /** (Also Portuguese.) */
  timeUnit: ['dias?', 'semanas?', 'mes(?:es)?'],
  multiplyVerb: ['multiplica\\w*'],
  multiplyYour: ['tu', 'tus', 'su', 'sus'],
  multipliedStash: ['cripto\\w*', 'dinero', 'inversion\\w*', 'ahorros'],
  /** (Also Portuguese "retorno".) */
  yieldWord: ['retorno', 'ganancias?', 'rentabilidad'],
  started: ['empece', 'comence'],
  startedWith: ['con'],
  only: ['solo'],
  nowWord: ['ahora', 'hoy'],
  /** Mentor testimonials: "desde que conocí a la Sra. ...". */
  mentorMet: [
    '(?:hasta\\s+que|desde\\s+que)\\s+conoci\\s+a\\s+(?:(?:la|el|un|una)\\s+)?(?:sr|sra|senor|senora|dr|dra|mentor|mentora|experto|experta|asesor|asesora)\\b',
  ],
  /** (Also Portuguese.) */
  wasBroke: [
    '(?:estaba|estava)\\s+(?:en\\s+la\\s+ruina|quebrad[oa]|falid[oa]|endeudad[oa]|endividad[oa])\\b',
  ],
  stakeVerb: ['invierte\\w*', 'invierta', 'deposita\\w*', 'pon', 'ponga'],
  payoutVerb: ['recib\\w*', 'gana\\w*'],
  guaranteed: ['garantizad[oa]s?'],
  guaranteedWithin: ['en'],
  /** (Also Portuguese.) */
  guaranteedUnit: ['horas?', 'dias?', 'semanas?', 'mes(?:es)?'],
  presale: ['preventa'],
  recoveryNoun: ['recuperacion'],
  recoveryIs: ['es'],
  recoveryGuaranteed: ['garantizada'],
  /** "recupera tu dinero", "recupere o seu dinheiro", "récupérez votre argent". */
  recoverYour: ['tu', 'su'],
  /** The money in "recupera tu dinero". */
  recoverMoney: ['dinero', 'fondos'],
  /** (Also Portuguese "recuperamos", "recuperado".) */
  recoveredVerb: ['recuperamos', 'recupere', 'recuperado'],
  moreThan: ['mas\\s+de'],
  /** (Also Portuguese.) */
  forWhom: ['para'],
  clientOwner: ['mis', 'nuestros'],
  /** (Also Portuguese "clientes".) */
  client: ['clientes', 'victimas'],
  /** Recovery offers: "puedo ayudarte a recuperar tus fondos". */
  weCanRecover: [
    '(?:puedo|podemos)\\s+(?:ayudarte\\s+a\\s+)?(?:rastrear|recuperar)\\s+(?:tus|tu|sus|su)\\s+(?:fondos|dinero|cripto\\w*|bitcoins?|activos|ahorros)\\b',
  ],
  /** (Also Portuguese.) */
  recoverStem: ['recuper', 'rastre'],
  andWord: ['y'],
  /** (Also Portuguese.) */
  returnStem: ['recuper'],
  upTo: ['hasta'],
  /** "el 100%", "o 100%", "os 100%". */
  theShare: ['el'],
  /** (Also Portuguese "de", "dos", "das".) */
  ofShare: ['de', 'dos?', 'das?'],
  shareOwner: ['tus', 'sus', 'los'],
  /** (Also Portuguese "perdid-".) */
  lostAdj: ['perdid\\w*', 'robad\\w*'],
  shareStash: ['fondos', 'dinero'],
  victimAsked: ['si\\s+(?:fuiste|has\\s+sido|te|usted)'],
  scamWord: ['estafa\\w*'],
  warning: ['estafa', 'nunca\\s+(?:recibi|me\\s+devolvieron|vi\\s+nada)', 'no\\s+recibi\\s+nada'],
  trigger: ['cript', 'inverti', 'duplic', 'rastre', 'dobl'],
  thanksTo: ['gracias\\s+a'],
  honorific: ['sr', 'sra', 'srta', 'senor', 'senora', 'dra'],
  mentorOwner: ['mi', 'la', 'el', 'a'],
  /** (Also Portuguese "especialista", "consultor".) */
  mentorRole: ['asesor\\w*', 'experto', 'especialista', 'consultor\\w*'],
  refer: ['escribele', 'contactala', 'contactalo', 'hablale'],
  savings: ['ahorros'],
  earnVerb: ['gan[aeo]\\w*', 'recib\\w*'],
  earnAbout: ['mas\\s+de'],
  earnPer: ['al', 'a\\s+la', 'por', 'cada'],
  /** (Also Portuguese.) */
  earnPeriod: ['dias?', 'semanas?', 'mes(?:es)?', 'horas?'],
  /** "recuperamos pagos enviados por error" (also Portuguese and French "recuper-"). */
  agentVerb: ['recuper\\w*', 'rastre\\w*'],
  /** Whose payments, in "recuperamos tus pagos perdidos". */
  paymentOwner: ['tus', 'sus', 'los', 'las'],
  /** (Also Portuguese "transferencias".) */
  payment: ['pagos', 'transferencias', 'fondos', 'dinero'],
  /** (Also Portuguese "perdid-", "enviad- por engano".) */
  astray: ['perdid\\w*', 'robad\\w*', 'estafad\\w*', 'enviad\\w*\\s+por\\s+(?:error|engano)'],
  doubleStem: ['duplic', 'doblar'],
  doubleYour: ['tu', 'su'],
} satisfies PhraseGroups;
