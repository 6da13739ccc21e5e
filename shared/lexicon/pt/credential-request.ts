import type { PhraseGroups } from '../types.ts';

/** `credential-request` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  /** Named credentials (see the English group; "dados de acesso", "credenciais" are in Spanish's). */
  credential: [
    '\\bsenhas?\\b',
    '\\bnumero\\s+(?:complet[oa]\\s+|inteiro\\s+|de\\s+16\\s+digitos\\s+)?do\\s+(?:seu\\s+)?cartao',
    '\\bdados\\s+do\\s+(?:seu\\s+)?cartao',
    '\\bfrase\\s+(?:semente|de\\s+recuperacao)',
    '\\bchave\\s+privada',
  ],
  /** Asking for something (whole words). */
  ask: [
    'com\\s+(?:o\\s+|a\\s+)?(?:seu|sua|seus|suas)',
    'mande',
    'informe',
    'informar',
    'digite',
    'digitar',
    'confirme',
    'passe',
    'passar',
    'insira',
    'forneca',
    'compartilhe',
    'preencha',
    'precisamos',
    'responda',
    'diga',
    'mandar',
    'escreva',
  ],
  readyVerb: ['tenha', 'tenham', 'deixe'],
  readyWord: ['pront[oa]s?', 'em\\s+maos', 'a\\s+mao'],
  readyAfter: ['em\\s+maos', 'a\\s+mao', 'pront[oa]s?'],
  poster: ['nosso', 'nossa'],
  credentialNegation: ['golpe'],
  ownPossessive: ['meu', 'minha', 'meus', 'minhas'],
  troubleAdjective: ['errad[oa]'],
  and: ['e'],
  sentVia: ['pelo', 'pela'],
  sentToNumber: ['para', 'a'],
} satisfies PhraseGroups;
