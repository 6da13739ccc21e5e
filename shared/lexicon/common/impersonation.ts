import type { PhraseGroups } from '../types.ts';

/** `impersonation` words in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  /** Support and help. */
  supportDesk: ['hq'],
  /** Promotions and rewards. */
  promotion: ['vip'],
  /** A coin or drop in the brand's name presents a brand token ('brandcoin_drop', 'Brand $TICKER'). */
  token: ['nft', 'nfts', 'defi', 'dao', 'web3'],
  /** Tickets, bookings and luggage, miles and points, careers: other desks a brand has. */
  travelAndJobs: ['tv', 'hr'],
  /** What a company calls itself, or says it is the real one: "Brand Inc", "Brand Global", "Brand Official Real". */
  companyForm: ['inc', 'ltd', 'llc', 'corp', 'intl'],
  /** Lines, SIMs and devices: a carrier's or an app's service desks. */
  lineDesk: ['sim', 'sims', 'esim'],
  /** A domain written as a handle ("northwindbank.com") presents the brand's website. */
  domainPart: ['com', 'net', 'org', 'co', 'io', 'www', 'site', 'web'],
  /** Country, region and language words: "VitaLeaf España", "SkyHop Air Brasil" are regional names. */
  region: [
    'us',
    'usa',
    'uk',
    'gb',
    'eu',
    'es',
    'fr',
    'de',
    'it',
    'br',
    'mx',
    'ca',
    'au',
    'ie',
    'nz',
    'pt',
    'latam',
    'nyc',
    'ny',
  ],
} satisfies PhraseGroups;
