import type { PhraseGroups } from '../types.ts';

/** `pii-exposure` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  selfPossessive: ['mi', 'su'],
  contactWord: ['telefono', 'numero', 'correo'],
  callMe: [
    '(?:llam|escrib|contact|respond)(?:eme|ame|idme|adme|anme|enme)',
    'mandadme',
    'mandame un (?:correo|mail|email)',
  ],
  channelCue: ['escrib\\w*', 'contact\\w*', 'llam\\w*', 'mand\\w*', 'envi\\w*'],
  ownChannel: ['escribenos', 'llamanos', 'contactanos'],
  offerCue: [
    '(?:te |le |les )?puedo (?:ayudar|resolver|gestionar)',
    'trabajo en una? (?:tienda|oficina|sucursal)',
  ],
  referenceWord: ['seguimiento', 'pedido', 'reserva', 'referencia'],
  referenceNumberWord: ['n\\.o', 'numero', 'de (?:seguimiento|pedido)'],
  destinationPrep: ['a', 'al', 'para'],
  thirdPartyChannel: [
    'escribele',
    'escribidle',
    'escribanle',
    'llamale',
    'contactale',
    'contactalo',
    'contactala',
  ],
  doxxCue: [
    '(?:spame|acos|molest)(?:adlo|adla|enlo|enla|arlo|arla|alo|ala)\\b',
    'vamos a (?:spamearl[oa]|acosarl[oa]|molestarl[oa])',
  ],
  brandLineVerb: ['llam[ae]', 'llamar', 'marque'],
  brandLinePrep: ['al', 'para', 'el'],
} satisfies PhraseGroups;
