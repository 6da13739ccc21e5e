import type { PhraseGroups } from '../types.ts';

/** `impersonation` words in French, one per line (see shared/lexicon/README.md). */
export default {
  /** Staff roles a clinic, shop or studio has: "brand.coordinator", "Brand Concierge", "brand_asesora". */
  staffRole: ['coordinateur', 'coordinatrice', 'conseiller', 'conseillere'],
  /** Support and help. */
  supportDesk: ['officiel', 'officielle', 'equipe', 'remboursement', 'remboursements', 'clientele', 'aide'],
  /** Security and accounts. */
  securityDesk: ['securite'],
  /** Promotions and rewards. */
  promotion: ['boutique'],
  /** Orders, subscriptions, delivery and bills: the desks a customer writes to. */
  orderDesk: [
    'abonnement',
    'abonnements',
    'commande',
    'commandes',
    'livraison',
    'retours',
    'facture',
    'factures',
    'bureau',
  ],
  /** Lines, SIMs and devices: a carrier's or an app's service desks. */
  lineDesk: ['ligne', 'recuperation'],
  /**
   * Words that name a service desk or its staff. With one of them, a person's name beside the
   * brand ("Tom · Brand Fraud Team", "anna_brandsupport") presents a member of the brand's staff.
   */
  staffWord: [
    'coordinateur',
    'coordinatrice',
    'conseiller',
    'conseillere',
    'securite',
    'equipe',
    'officiel',
    'remboursement',
    'aide',
  ],
  /** Little words that join the others ("Atención al Cliente", "Service de la"). */
  filler: ['la', 'le', 'du', 'et', 'en'],
  /** Words by which fan, parody and critic accounts say what they are: such accounts never fire. */
  fanWord: ['parodie'],
} satisfies PhraseGroups;
