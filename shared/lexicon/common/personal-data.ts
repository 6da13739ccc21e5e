import type { PhraseGroups } from '../types.ts';

/** `personal-data` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  dataUseNotice: ['\\bgdpr\\b'],
  privacyPath: ['gdpr'],
  unitWord: ['#'],
  /** A dot in brackets: "jane[at]gmail[.]com". */
  bracketedDot: ['\\[dot\\]', '\\(dot\\)', '\\[\\.\\]'],
  /** An "at" in brackets: "jane (at) gmail (dot) com". */
  bracketedAt: ['\\[at\\]', '\\(at\\)', '\\{at\\}', '\\[@\\]', '\\(@\\)'],
  /** Top-level domains of a spelled-out email (matched in order: "com" before "co"). */
  spelledTld: ['com', 'net', 'org', 'co', 'io', 'me', 'info', 'de', 'fr', 'es', 'pt', 'br', 'uk', 'mx'],
  /** "No. 1234", "nº", "#": weak markers, but also the Portuguese/Spanish "no" ("ligue no +55 ..."), so they mark a reference only for a number without an international prefix. */
  weakReferenceMark: ['#', '\\bno\\.?', '\\bn[oº°]'],
} satisfies PhraseGroups;
