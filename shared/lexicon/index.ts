import { decodeLexiconPack } from '../data/pack.ts';
import { readBesideBundle } from '../data/read.ts';
import { groupAlternatives, mayMerge } from '../text/alternation.ts';
import { gateOf, type WordGateData, wordGateData } from '../text/word-gate.ts';
import { COMMON, loadLexicon } from './load.ts';

/** The name of the lexicon's pack beside a bundle (scripts/pack-data.ts writes it). */
const LEXICON_PACK = 'lexicon.pack.json';

/**
 * A bundle's lexicon pack (shared/data/pack.ts: the same folders, read and compiled when the
 * bundle was built), or undefined in the source tree.
 */
const PACK = (() => {
  const bytes = readBesideBundle(LEXICON_PACK);
  return bytes === undefined ? undefined : decodeLexiconPack(bytes.toString('utf8'));
})();

/**
 * The lexicon as the checks use it: every phrase group of every language folder
 * (`<lang>/<topic>.txt`, see README.md), read once per process when the first check loads.
 */
const LEXICON = PACK?.lexicon ?? loadLexicon();

/** The language folders, in join order (en, es, pt, fr, de, then any other), without `common`. */
export const LANGUAGES: readonly string[] = [...LEXICON.keys()].filter((l) => l !== COMMON);
/** A language folder's name (`en`, `es`, …). */
export type Language = string;

/**
 * The languages with at least one phrase in `topic`/`group`, in join order: for a check that
 * builds one pattern per language (`p(group, { languages: [lang] })`).
 */
export function languagesWith(topic: string, group: string): string[] {
  return LANGUAGES.filter((lang) => (LEXICON.get(lang)?.get(topic)?.get(group)?.length ?? 0) > 0);
}

export interface PhraseOptions {
  /** Only these folders (default: every language, then `common`). */
  readonly languages?: readonly string[];
}

/**
 * A group's phrases across languages, in join order. Throws when no folder has the group:
 * a misspelt group name fails when the check loads, not silently at match time.
 */
export function phrases(topic: string, group: string, options: PhraseOptions = {}): string[] {
  const out: string[] = [];
  let found = false;
  for (const lang of options.languages ?? LEXICON.keys()) {
    const list = LEXICON.get(lang)?.get(topic)?.get(group);
    if (list === undefined) continue;
    found = true;
    out.push(...list);
  }
  if (!found) throw new Error(`lexicon: no language has phrase group ${topic}/${group}`);
  return out;
}

/**
 * A group as one non-capturing alternation, `(?:a|b|c)`, ready to sit inside a pattern; the
 * phrases of a long group are merged by their first letters (groupAlternatives: the same matches, tried faster).
 */
export function alternation(topic: string, group: string, options: PhraseOptions = {}): string {
  return `(?:${groupAlternatives(phrases(topic, group, options).join('|'))})`;
}

/** Every group of every topic as its alternation, keyed `topic/group`. */
export type CompiledPhrases = ReadonlyMap<string, string>;
const compiled = new Map<string, string>(PACK?.alternations);

/** A group's alternation over every language, built once per process and shared by every engine. */
function compiledAlternation(topic: string, group: string): string {
  const key = `${topic}/${group}`;
  let source = compiled.get(key);
  if (source === undefined) {
    source = alternation(topic, group);
    compiled.set(key, source);
  }
  return source;
}

/**
 * Every group's alternation (each built once per process; checks build the ones they use when
 * their module loads).
 */
export function compilePhrases(): CompiledPhrases {
  for (const topics of LEXICON.values()) {
    for (const [topic, groups] of topics)
      for (const group of groups.keys()) compiledAlternation(topic, group);
  }
  return compiled;
}

/**
 * The alternations worth a pack (shared/data/pack.ts): those of the groups long enough for
 * groupAlternatives to walk (mayMerge). Every other group's is its phrases joined, no dearer
 * to build at load than to read.
 */
export function alternationsToPack(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, source] of compilePhrases()) {
    const [topic, group] = key.split('/') as [string, string];
    if (mayMerge(phrases(topic, group).join('|'))) out.set(key, source);
  }
  return out;
}

/** The word gates the loaded checks asked for (`p.gate`), keyed `topic/group`, with their data. */
const GATES = new Map<string, WordGateData | null>();
const packedGates: ReadonlyMap<string, WordGateData | null> = PACK?.gates ?? new Map();

/**
 * A group's word gate (shared/text/word-gate.ts): from the pack in a bundle, where it was
 * expanded when the bundle was built; expanded here in the tree.
 */
function gate(topic: string, group: string): (text: string) => boolean {
  const key = `${topic}/${group}`;
  const data = packedGates.has(key) ? packedGates.get(key)! : wordGateData(phrases(topic, group));
  GATES.set(key, data);
  return gateOf(data);
}

/**
 * The data of every word gate the loaded checks asked for, for the pack: the caller loads the
 * checks first (scripts/pack-data.ts imports the registry).
 */
export function gatesToPack(): ReadonlyMap<string, WordGateData | null> {
  return GATES;
}

/**
 * The first phrase of every group, every language, that is plain words (letters, digits,
 * spaces, apostrophes: no pattern syntax), as written: what a text made of the lexicon's own
 * words is made of (the engine's warm-up, shared/checks/warm-up.ts).
 */
export function literalPhrases(): string[] {
  const out: string[] = [];
  for (const topics of LEXICON.values()) {
    for (const groups of topics.values()) {
      for (const list of groups.values()) {
        const plain = list.find((phrase) => /^[\p{L}\p{N}' ]+$/u.test(phrase));
        if (plain !== undefined) out.push(plain);
      }
    }
  }
  return out;
}

/**
 * Shorthand for a check module: `const p = lexicon('hostile-reply')`, then `p('insultNoun')`
 * for the alternation of one group, `p.list('insultNoun')` for its phrases and
 * `p.gate('insultNoun')` for the word gate of `\b(?:its phrases)\b`.
 */
export function lexicon(topic: string): ((group: string, options?: PhraseOptions) => string) & {
  list(group: string, options?: PhraseOptions): string[];
  gate(group: string): (text: string) => boolean;
} {
  const fn = (group: string, options?: PhraseOptions): string =>
    options ? alternation(topic, group, options) : compiledAlternation(topic, group);
  return Object.assign(fn, {
    list: (group: string, options?: PhraseOptions) => phrases(topic, group, options),
    gate: (group: string) => gate(topic, group),
  });
}
