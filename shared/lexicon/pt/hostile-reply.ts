import type { PhraseGroups } from '../types.ts';

/** `hostile-reply` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  putDown: [
    '(?:vai|va) (?:chorar|reclamar|cobrar|reclamar com|encher o saco de) (?:pra |para |com )?(?:outro|outra|outros|alguem|outro lugar)',
  ],
  /** Conditional threats: "continue assim e …". */
  conditionalThreat: [
    '(?:continue|continua) (?:assim|[a-z]{2,16}ndo)(?: [a-z]{1,16}){0,2},? e (?:vamos |sua conta sera |voce sera )?(?:bloque|encerr|cancel|suspen|denunci|exclu|apag)[a-z]{0,8}',
  ],
  dig: [
    'continue? (?:se enganando|acreditando nisso)',
    'quem te machucou',
    '(?:voce|vc|tu) (?:me|nos) das? (?:pena|do)',
    'alguem (?:nao leu|nao sabe ler|esqueceu de ler)',
    '(?:ri|riem) de (?:voce|vc|ti)',
    'acredit(?:e|a) no que quiser',
    '(?:seu|sua|teu|tua) (?:[a-z]{1,16} ){1,2}fala por si(?: so| mesm[oa])?',
    '(?:queridinh[oa]|meu bem)\\b',
  ],
  translatedPutDown: [
    'usa a cabeca',
    'o que (?:voce|vc|tu) esperava(?=\\?)',
    '(?:quem|pessoas que|os que) sabe[mn]? ler',
    'nao pode reclamar',
    'aprende a ler',
    'problema (?:seu|teu)',
    'se vira',
    'chora mais',
    'cala a boca',
    'fica em casa',
    'ninguem (?:perguntou|liga)',
    'que drama',
    'azar o seu',
  ],
  /** A one-word sarcastic sentence ("fascinante" is in es/). */
  oneLiner: ['ta bom', 'que fofo'],
  thanksWord: ['obrigad'],
  hedge: ['talvez'],
  aside: ['ne\\?'],
  apology: ['desculp\\w*'],
} satisfies PhraseGroups;
