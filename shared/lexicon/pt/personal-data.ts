import type { PhraseGroups } from '../types.ts';

/** `personal-data` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  requestVerb: ['comente', 'deixe', 'envie', 'mande', 'escreva', 'compartilhe', 'responda', 'coloque'],
  possessive: ['teu', 'tua', 'seu', 'sua', 'seus', 'suas'],
  personalData: [
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
  ],
  barePossessive: ['teu', 'seu', 'sua'],
  orderNumberOf: ['de', 'da', 'do'],
  orderNumberOrder: ['encomenda'],
  dataUseNotice: ['\\bprivacidade', '\\bprotecao de dados', '\\bso (?:o |a )?(?:usaremos|utilizaremos)'],
  privacyPath: ['privacidade'],
} satisfies PhraseGroups;
