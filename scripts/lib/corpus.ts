import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BrandProfile,
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
  readonly name: string;
  readonly dir: string;
  readonly brand: BrandProfile;
  readonly kind: 'labeled' | 'item-level';
  readonly items: readonly LabeledItem[];
  readonly invalidLines: readonly string[];
}

/** Finds every folder under `root` holding a brand.json and an items.jsonl. */
export function findCorpusDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (existsSync(join(dir, 'brand.json')) && existsSync(join(dir, 'items.jsonl'))) out.push(dir);
    for (const entry of readdirSync(dir).sort()) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

/** Loads one corpus folder: the brand profile and its labeled items. */
export function loadCorpus(root: string, dir: string): Corpus {
  const brand = parseBrandProfile(JSON.parse(readFileSync(join(dir, 'brand.json'), 'utf8')));
  const items: LabeledItem[] = [];
  const invalidLines: string[] = [];
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
  return {
    name: relative(root, dir) || '.',
    dir,
    brand,
    kind: labeled > 0 ? 'labeled' : 'item-level',
    items,
    invalidLines,
  };
}
