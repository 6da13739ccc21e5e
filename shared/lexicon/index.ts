import { COMMON, loadLexicon } from './load.ts';

/**
 * The lexicon as the checks use it: every phrase group of every language folder
 * (`<lang>/<topic>.txt`, see README.md), read once per process when the first check loads.
 */
const LEXICON = loadLexicon();

/** The language folders, in join order (en, es, pt, fr, de, then any other), without `common`. */
export const LANGUAGES: readonly string[] = [...LEXICON.keys()].filter((l) => l !== COMMON);
/** A language folder's name (`en`, `es`, …). */
export type Language = string;
/** The same list, by the name the checks use for "every language, one by one". */
export const LANGUAGE_CODES = LANGUAGES;

/** True when `language` has at least one phrase in `topic`/`group`. */
export function has(topic: string, group: string, language: string): boolean {
  return (LEXICON.get(language)?.get(topic)?.get(group)?.length ?? 0) > 0;
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

/** A group as one non-capturing alternation, `(?:a|b|c)`, ready to sit inside a pattern. */
export function alternation(topic: string, group: string, options: PhraseOptions = {}): string {
  return `(?:${phrases(topic, group, options).join('|')})`;
}

/** Every group of every topic as its alternation, keyed `topic/group`. */
export type CompiledPhrases = ReadonlyMap<string, string>;
let compiled: Map<string, string> | undefined;

/**
 * Builds every group's alternation once per process; every engine shares them (checks compose
 * their patterns from these when their module loads).
 */
export function compilePhrases(): CompiledPhrases {
  if (compiled) return compiled;
  const built = new Map<string, string>();
  for (const topics of LEXICON.values()) {
    for (const [topic, groups] of topics) {
      for (const group of groups.keys()) {
        const key = `${topic}/${group}`;
        if (!built.has(key)) built.set(key, alternation(topic, group));
      }
    }
  }
  compiled = built;
  return built;
}

/**
 * Shorthand for a check module: `const p = lexicon('hostile-reply')`, then `p('insultNoun')`
 * for the alternation of one group and `p.list('insultNoun')` for its phrases.
 */
export function lexicon(topic: string): ((group: string, options?: PhraseOptions) => string) & {
  list(group: string, options?: PhraseOptions): string[];
} {
  const all = compilePhrases();
  const fn = (group: string, options?: PhraseOptions): string => {
    if (options) return alternation(topic, group, options);
    const source = all.get(`${topic}/${group}`);
    if (source === undefined) throw new Error(`lexicon: no language has phrase group ${topic}/${group}`);
    return source;
  };
  return Object.assign(fn, {
    list: (group: string, options?: PhraseOptions) => phrases(topic, group, options),
  });
}
