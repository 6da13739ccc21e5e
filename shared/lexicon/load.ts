import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reads the lexicon: `<lang>/<topic>.txt` files, one phrase per line (see README.md).
 *
 *   // a comment line
 *   # groupName
 *   first phrase
 *   second phrase
 *
 * Blank lines and `//` lines are skipped; a phrase line is taken as written (trimmed). A
 * phrase before any group line or a group twice in one file is
 * an error naming the file and line. (A group line is `# ` and a name, nothing else:
 * a phrase may start with `[` or `#`, as in `[ck]` or `#ad`.), so a broken lexicon fails when the engine loads.
 */

export type Groups = ReadonlyMap<string, readonly string[]>;
/** topic → its groups, for one language folder. */
export type Topics = ReadonlyMap<string, Groups>;

/** The languages postwatch reads, in the order their phrases are joined; other folders follow alphabetically. */
export const LANGUAGE_ORDER: readonly string[] = ['en', 'es', 'pt', 'fr', 'de'];
/** The folder of phrases that belong to no one language (emoji, symbols, app names): joined last. */
export const COMMON = 'common';

const GROUP_LINE = /^# ([A-Za-z][A-Za-z0-9]*)$/;

/** Parses one topic file's text; `where` names it in errors. */
export function parseTopic(text: string, where: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  let current: string[] | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('//')) return;
    const name = GROUP_LINE.exec(line)?.[1];
    if (name !== undefined) {
      if (groups.has(name)) throw new Error(`${where}:${i + 1}: group ${name} appears twice`);
      current = [];
      groups.set(name, current);
      return;
    }
    if (current === undefined) throw new Error(`${where}:${i + 1}: a phrase before any group line (# name)`);
    current.push(line);
  });
  return groups;
}

/**
 * Where the lexicon folders are: beside a Lambda bundle they are copied to `lexicon/` next to
 * index.mjs (shared/data/bundle-files.ts); in the source tree they sit beside this module.
 */
export function lexiconRoot(): string {
  const beside = fileURLToPath(new URL('./lexicon/', import.meta.url));
  if (existsSync(beside)) return beside;
  return fileURLToPath(new URL('./', import.meta.url));
}

/** Every language folder under `root` (each a map of topics), in join order, the common folder last. */
export function loadLexicon(root = lexiconRoot()): Map<string, Topics> {
  // Each folder's topic files, read once: a folder with none is not a language.
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({
      lang: d.name,
      files: readdirSync(`${root}/${d.name}`)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    }))
    .filter((f) => f.files.length > 0);
  if (folders.length === 0) throw new Error(`lexicon: no language folder with .txt files under ${root}`);
  const rank = (lang: string) => {
    if (lang === COMMON) return Number.MAX_SAFE_INTEGER;
    const i = LANGUAGE_ORDER.indexOf(lang);
    return i >= 0 ? i : LANGUAGE_ORDER.length;
  };
  folders.sort((a, b) => rank(a.lang) - rank(b.lang) || (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0));
  const out = new Map<string, Topics>();
  for (const { lang, files } of folders) {
    const topics = new Map<string, Groups>();
    for (const file of files) {
      const where = `lexicon/${lang}/${file}`;
      topics.set(file.slice(0, -4), parseTopic(readFileSync(`${root}/${lang}/${file}`, 'utf8'), where));
    }
    out.set(lang, topics);
  }
  return out;
}
