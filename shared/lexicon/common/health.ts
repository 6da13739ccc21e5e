import type { PhraseGroups } from '../types.ts';

/** Health phrases that belong to no one language, one per line (see shared/lexicon/README.md). */
export default {
  /**
   * Domains whose links count as evidence for a health claim: DOI resolver, NIH/PubMed,
   * clinical-trial registries and journal publishers (bare domains, not patterns; a profile
   * adds its own with `evidenceDomains`).
   */
  evidenceDomains: [
    'doi.org',
    'nih.gov',
    'clinicaltrials.gov',
    'clinicaltrialsregister.eu',
    'isrctn.com',
    'anzctr.org.au',
    'drks.de',
    'europepmc.org',
    'cochranelibrary.com',
    'thelancet.com',
    'nejm.org',
    'bmj.com',
    'jamanetwork.com',
    'nature.com',
    'science.org',
    'cell.com',
    'sciencedirect.com',
    'springer.com',
    'wiley.com',
    'plos.org',
    'frontiersin.org',
    'mdpi.com',
    'oup.com',
    'tandfonline.com',
    'sagepub.com',
    'biomedcentral.com',
    'karger.com',
    'scielo.org',
    'ahajournals.org',
    'acpjournals.org',
    // Public-health agencies: their guidance is the citation for hygiene advice ("wash your hands
    // to stop the flu spreading, see who.int").
    'who.int',
    'cdc.gov',
    'ecdc.europa.eu',
    'nhs.uk',
    'rki.de',
  ],
} satisfies PhraseGroups;
