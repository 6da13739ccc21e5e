import type { PhraseGroups } from '../types.ts';

/** `impersonation` words in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  /** Staff roles a clinic, shop or studio has: "brand.coordinator", "Brand Concierge", "brand_asesora". */
  staffRole: ['coordenador', 'coordenadora', 'recepcao', 'assistente'],
  /** Support and help. */
  supportDesk: ['servico', 'servicos', 'ajuda', 'suporte', 'atendimento', 'contato'],
  /** Security and accounts. */
  securityDesk: ['seguranca'],
  /** Promotions and rewards. */
  promotion: ['promocao', 'sorteio', 'loja'],
  /** Orders, subscriptions, delivery and bills: the desks a customer writes to. */
  orderDesk: ['assinatura', 'assinaturas', 'devolucoes', 'fatura', 'faturas', 'escritorio'],
  /** Lines, SIMs and devices: a carrier's or an app's service desks. */
  lineDesk: ['linha', 'recuperacao'],
  /**
   * Words that name a service desk or its staff. With one of them, a person's name beside the
   * brand ("Tom · Brand Fraud Team", "anna_brandsupport") presents a member of the brand's staff.
   */
  staffWord: [
    'coordenador',
    'coordenadora',
    'assistente',
    'servico',
    'seguranca',
    'ajuda',
    'suporte',
    'atendimento',
  ],
  /** Country, region and language words: "VitaLeaf España", "SkyHop Air Brasil" are regional names. */
  region: ['brasil'],
  /** Little words that join the others ("Atención al Cliente", "Service de la"). */
  filler: ['da', 'do'],
} satisfies PhraseGroups;
