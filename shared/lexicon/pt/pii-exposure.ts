import type { PhraseGroups } from '../types.ts';

/** `pii-exposure` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  selfPossessive: ['meu', 'minha', 'sua', 'seu'],
  contactWord: ['telefone'],
  callMe: [
    '(?:ligue|liga|escreva|escrevam|contate|contatem|liguem|responda|respondam)-me',
    'me (?:liguem|ligue|liga|escreva|escrevam|contate|contatem|responda|respondam|mande|mandem)',
  ],
  channelCue: ['chama', 'liga\\w*', 'fale'],
  offerCue: [
    '(?:eu )?(?:te |lhe )?posso (?:ajudar|resolver)',
    'trabalho n(?:a|o|uma?) (?:loja|agencia|escritorio)',
  ],
  referenceWord: ['rastreio', 'rastreamento', 'encomenda'],
  destinationPrep: ['pra', 'em'],
  thirdPartyChannel: ['(?:escreva|fale|liga|ligue|mande) (?:pra|para|com) (?:ele|ela)'],
  doxxCue: [
    '(?:vamos |bora )?(?:spammar|encher o saco|infernizar|perturbar) (?:ele|ela|dele|dela|a vida dele|a vida dela)',
  ],
  brandLineVerb: ['ligue', 'liga'],
  brandLinePrep: ['no'],
} satisfies PhraseGroups;
