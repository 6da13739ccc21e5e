import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BrandProfile,
  CHECK_IDS,
  type CheckId,
  CheckIdSchema,
  type ContentItem,
  parseBrandProfile,
  safeParseContentItem,
} from '../../shared/model/index.ts';

/** The reference corpus beside the checkout (`../shared/eval`), unless POSTWATCH_EVAL_DIR says otherwise. */
export function defaultEvalDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return process.env.POSTWATCH_EVAL_DIR ?? resolve(repoRoot, '..', 'shared', 'eval');
}

export interface LabeledItem {
  readonly item: ContentItem;
  /** Checks a reviewer says must fire (labeled corpora). */
  readonly expected?: ReadonlySet<CheckId>;
  /** Item-level spam label (external corpora). */
  readonly spam?: boolean;
  readonly line: number;
}

export interface Corpus {
  /** The folder's path relative to the root, `/`-separated (`external/real/sms-spam`). */
  readonly name: string;
  readonly dir: string;
  readonly brand: BrandProfile;
  readonly kind: 'labeled' | 'item-level';
  readonly items: readonly LabeledItem[];
  readonly invalidLines: readonly string[];
  /**
   * The only checks this corpus can judge (`corpus.json` `scoredChecks`); absent: every
   * check. A finding of another check is neither right nor wrong here.
   */
  readonly scoredChecks?: ReadonlySet<CheckId>;
  /** Which table the corpus is summed into (see `corpusGroup`). */
  readonly group: string;
  /** `external`: labeled by others (under an `external/` folder or described by a corpus.json); `written`: ours. */
  readonly source: 'written' | 'external';
}

/** Finds every folder under `root`, at any depth, holding a brand.json and an items.jsonl (none if `root` is missing). */
export function findCorpusDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'brand.json')) && existsSync(join(dir, 'items.jsonl'))) out.push(dir);
    for (const entry of readdirSync(dir).sort()) {
      if (entry.startsWith('.') || entry === 'node_modules') continue;
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
    }
  };
  if (existsSync(root) && statSync(root).isDirectory()) walk(root);
  return out;
}

/** Families of corpora that are read as one: the folder name's prefix and the group it joins. */
const PREFIX_GROUPS: readonly (readonly [RegExp, string])[] = [
  [/^twcs-/, 'support threads'],
  [/^phishtank-/, 'PhishTank'],
];

/** The group written corpora at the root join (`written: <folder>` for those deeper down). */
export const WRITTEN_GROUP = 'written brand corpora';

/**
 * The group a corpus is reported in: corpus.json `group` if it names one; a known family by
 * folder prefix (`twcs-*`: support threads, `phishtank-*`: PhishTank); a corpus labeled per
 * item by its parent folder (`youtube-spam/<video>`: youtube-spam); another described corpus
 * by its own folder name; our written corpora as one group per parent folder.
 */
export function corpusGroup(
  name: string,
  opts: { kind: Corpus['kind']; described: boolean; group?: string },
): string {
  if (opts.group) return opts.group;
  const parts = name.split('/');
  const leaf = parts.at(-1) ?? name;
  for (const [prefix, group] of PREFIX_GROUPS) if (prefix.test(leaf)) return group;
  const parent = parts.slice(0, -1).join('/');
  if (opts.kind === 'item-level' && parent) return parts.at(-2) ?? leaf;
  if (opts.described || parts.includes('external')) return leaf;
  return parent ? `written: ${parent}` : WRITTEN_GROUP;
}

interface CorpusInfo {
  readonly scoredChecks?: ReadonlySet<CheckId>;
  readonly group?: string;
}

/** Reads `corpus.json` beside the items, if any: `scoredChecks` and an optional `group`. */
function readCorpusInfo(dir: string, problems: string[]): CorpusInfo | undefined {
  const file = join(dir, 'corpus.json');
  if (!existsSync(file)) return undefined;
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`corpus.json: not JSON (${(e as Error).message})`);
    return {};
  }
  const group = typeof raw.group === 'string' && raw.group.trim() ? raw.group.trim() : undefined;
  if (!Array.isArray(raw.scoredChecks)) return { group };
  const scoredChecks = new Set<CheckId>();
  for (const c of raw.scoredChecks) {
    const id = CheckIdSchema.safeParse(c);
    if (id.success) scoredChecks.add(id.data);
    else problems.push(`corpus.json: unknown check ${JSON.stringify(c)} in scoredChecks`);
  }
  // Every check listed is the same as none listed: keep "all" recognisable.
  return { group, ...(scoredChecks.size < CHECK_IDS.length ? { scoredChecks } : {}) };
}

/** Loads one corpus folder: the brand profile and its labeled items. */
export function loadCorpus(root: string, dir: string): Corpus {
  const brand = parseBrandProfile(JSON.parse(readFileSync(join(dir, 'brand.json'), 'utf8')));
  const items: LabeledItem[] = [];
  const invalidLines: string[] = [];
  const info = readCorpusInfo(dir, invalidLines);
  let labeled = 0;
  const lines = readFileSync(join(dir, 'items.jsonl'), 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (!text.trim()) return;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      invalidLines.push(`line ${i + 1}: not JSON (${(e as Error).message})`);
      return;
    }
    const parsed = safeParseContentItem(raw);
    if (!parsed.ok) {
      invalidLines.push(`line ${i + 1}: ${parsed.problems.join('; ')}`);
      return;
    }
    if (Array.isArray(raw.expected)) {
      labeled++;
      const expected = new Set<CheckId>();
      for (const c of raw.expected) {
        const id = CheckIdSchema.safeParse(c);
        if (id.success) expected.add(id.data);
        else invalidLines.push(`line ${i + 1}: unknown check ${JSON.stringify(c)}`);
      }
      items.push({ item: parsed.item, expected, line: i + 1 });
    } else if (typeof raw.spam === 'boolean') {
      items.push({ item: parsed.item, spam: raw.spam, line: i + 1 });
    } else {
      invalidLines.push(`line ${i + 1}: neither "expected" nor "spam"`);
    }
  });
  const name = relative(root, dir).split(sep).join('/') || basename(resolve(dir));
  const kind = labeled > 0 ? 'labeled' : 'item-level';
  return {
    name,
    dir,
    brand,
    kind,
    items,
    invalidLines,
    ...(info?.scoredChecks ? { scoredChecks: info.scoredChecks } : {}),
    group: corpusGroup(name, { kind, described: info !== undefined, group: info?.group }),
    source: info !== undefined || name.split('/').includes('external') ? 'external' : 'written',
  };
}
