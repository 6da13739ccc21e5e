import type { PhraseGroups } from '../types.ts';

/** `spam` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  subscribeTo: ['inscreva-?se\\s+no\\s+meu', 'se\\s+inscreve(?:m)?\\s+no\\s+meu'],
  /** "se inscreve aí pfv". */
  subBegging: [
    'se\\s+inscreve(?:m)?\\s+(?:ai|la|pfv|por\\s+favor|pf)\\b',
    'inscreva-?se\\s+(?:ai|pfv|por\\s+favor)\\b',
  ],
  followMe: ['siga-?me', 'me\\s+sigam?', 'segue\\s+(?:a\\s+)?minha\\s+conta'],
  followFor: ['e\\s+eu'],
  linkIs: ['ta'],
  linkIn: ['na', 'no'],
  descriptionIn: ['na', 'no'],
  bioOwner: ['meu', 'minha'],
  myWord: ['meu', 'minha'],
  descriptionWord: ['descricao'],
  lookVerb: ['olha', 'olhem', 'veja', 'visite'],
  lookMy: ['meu', 'o\\s+meu'],
  earn: ['ganhe', 'ganho', 'ganhar', 'ganhei', 'ganhando'],
  per: ['em\\s+um'],
  periodArticle: ['o'],
  fromHome: ['em\\s+casa', 'do\\s+(?:celular|sofa)'],
  work: ['trabalh\\w*'],
  workFrom: ['em'],
  without: ['sem'],
  required: ['necessaria', 'previa'],
  passiveIncome: ['renda\\s+passiva'],
  growthService: [
    '(?:divulg\\w*|impulsion\\w*|turbin\\w*|faca\\s+crescer)\\s+(?:o\\s+|a\\s+)?(?:seu|sua)\\s+(?:pagina|conta|perfil|canal|negocio|marca)',
    'crescimento\\s+organico',
  ],
  /** "seja seu próprio chefe". */
  recruiting: [
    '\\bseja\\s+(?:o\\s+|a\\s+)?(?:seu|sua)\\s+propri[oa]\\s+(?:chefe|patra?o)\\b',
    '\\b(?:entre|venha)\\s+para\\s+(?:o\\s+|a\\s+)?(?:meu|minha)\\s+(?:time|equipe)\\b[^.!?\\n]{0,60}?(?:chef|renda|dinheiro|dm|direct|oportunidade|de\\s+casa|#)',
  ],
  trigger: ['ganh', 'trabalh', 'segue', 'inscrev', 'olha', 'veja', 'divulg', 'turbin', 'cresc'],
} satisfies PhraseGroups;
