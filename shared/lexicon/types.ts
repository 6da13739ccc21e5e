/**
 * A topic's phrases in one language: named groups, each a list of phrases, one per line.
 * A phrase is a fragment of a regular expression over the normalized text (lower case, no
 * accents, ASCII quotes: see shared/text/normalize.ts) with no capturing groups, so that any
 * group can be joined into an alternation and placed inside a check's pattern.
 */
export type PhraseGroups = { readonly [group: string]: readonly string[] };

/** One language folder: every topic's phrase groups (a topic is a check id or a shared theme). */
export type LanguageLexicon = { readonly [topic: string]: PhraseGroups };
