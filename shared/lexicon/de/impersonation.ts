import type { PhraseGroups } from '../types.ts';

/** `impersonation` words in German, one per line (see shared/lexicon/README.md). */
export default {
  /** Staff roles a clinic, shop or studio has: "brand.coordinator", "Brand Concierge", "brand_asesora". */
  staffRole: ['koordinator', 'koordinatorin', 'berater', 'beraterin'],
  /** Support and help. */
  supportDesk: [
    'offiziell',
    'erstattung',
    'kunden',
    'kundendienst',
    'kundenservice',
    'kundensupport',
    'hilfe',
    'kontakt',
  ],
  /** Security and accounts. */
  securityDesk: ['sicherheit'],
  /** Promotions and rewards. */
  promotion: ['gewinnspiel'],
  /** Orders, subscriptions, delivery and bills: the desks a customer writes to. */
  orderDesk: ['abo', 'bestellung', 'bestellungen', 'versand', 'rechnung'],
  /** Lines, SIMs and devices: a carrier's or an app's service desks. */
  lineDesk: ['wiederherstellung'],
  /**
   * Words that name a service desk or its staff. With one of them, a person's name beside the
   * brand ("Tom · Brand Fraud Team", "anna_brandsupport") presents a member of the brand's staff.
   */
  staffWord: [
    'koordinator',
    'koordinatorin',
    'berater',
    'beraterin',
    'sicherheit',
    'offiziell',
    'erstattung',
    'hilfe',
    'kundendienst',
    'kundenservice',
  ],
  /** Country, region and language words: "VitaLeaf España", "SkyHop Air Brasil" are regional names. */
  region: ['deutschland'],
  /** Little words that join the others ("Atención al Cliente", "Service de la"). */
  filler: ['der', 'die', 'das', 'und'],
} satisfies PhraseGroups;
