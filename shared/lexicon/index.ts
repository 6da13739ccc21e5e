import common from './common/index.ts';
import de from './de/index.ts';
import en from './en/index.ts';
import es from './es/index.ts';
import fr from './fr/index.ts';
import pt from './pt/index.ts';
import type { LanguageLexicon } from './types.ts';

export type { LanguageLexicon, PhraseGroups } from './types.ts';

/**
 * The languages postwatch reads, in the order their phrases are joined. Adding a language is
 * a new folder beside these (a copy of en/ with its phrases) and one entry here.
 */
export const LANGUAGES = { en, es, pt, fr, de } as const satisfies Record<string, LanguageLexicon>;
export type Language = keyof typeof LANGUAGES;
/** Every language, in join order. */
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

/** Phrases that belong to no one language (emoji, symbols, app names, tokens): joined last. */
const COMMON: LanguageLexicon = common;

export type Topic = keyof typeof en;

export interface PhraseOptions {
  /** Only these languages (default: all of them, then the language-neutral phrases). */
  readonly languages?: readonly (Language | 'common')[];
}

/**
 * A group's phrases across languages, in language order (en, es, pt, fr, de, then common).
 * Throws when no language has the group: a misspelt group name fails when the check loads,
 * not silently at match time.
 */
export function phrases(topic: Topic, group: string, options: PhraseOptions = {}): string[] {
  const langs = options.languages ?? [...LANGUAGE_CODES, 'common'];
  const out: string[] = [];
  let found = false;
  for (const lang of langs) {
    const lex: LanguageLexicon = lang === 'common' ? COMMON : LANGUAGES[lang];
    const list = lex[topic]?.[group];
    if (list === undefined) continue;
    found = true;
    out.push(...list);
  }
  if (!found) throw new Error(`lexicon: no language has phrase group ${topic}/${group}`);
  return out;
}

/** A group as one non-capturing alternation, `(?:a|b|c)`, ready to sit inside a pattern. */
export function alternation(topic: Topic, group: string, options: PhraseOptions = {}): string {
  return `(?:${phrases(topic, group, options).join('|')})`;
}

/**
 * Every group of every topic as its alternation, built once per process and shared by every
 * engine (checks compose their patterns from these when their module loads).
 */
export type CompiledPhrases = ReadonlyMap<string, string>;
let compiled: Map<string, string> | undefined;
export function compilePhrases(): CompiledPhrases {
  if (compiled) return compiled;
  const built = new Map<string, string>();
  for (const lexicon of [...Object.values(LANGUAGES), COMMON]) {
    for (const [topic, groups] of Object.entries(lexicon)) {
      for (const group of Object.keys(groups)) {
        const key = `${topic}/${group}`;
        if (!built.has(key)) built.set(key, alternation(topic as Topic, group));
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
export function lexicon(topic: Topic): ((group: string, options?: PhraseOptions) => string) & {
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
