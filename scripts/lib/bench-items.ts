/**
 * The bench corpus (`npm run bench`, scripts/bench-against.ts): every item of the eval corpora,
 * varied (words swapped, an emoji appended, numbers changed, upper case, texts joined) until
 * there are `target` of them, grouped by brand profile so each engine is built once, as in
 * production. Deterministic (seed 42).
 */
import type { BrandProfile, ContentItem } from '../../shared/model/index.ts';
import { defaultEvalDir, findCorpusDirs, loadCorpus } from './corpus.ts';
import { seededRandom } from './random.ts';

export interface BenchItems {
  readonly items: ReadonlyArray<{ item: ContentItem; brand: BrandProfile }>;
  readonly groups: ReadonlyArray<{ brand: BrandProfile; items: ContentItem[] }>;
}

const EMOJI = ['🔥', '✨', '🙏', '💸', '😂', '👉', '🚀', '❤️'];

export function benchItems(target: number, root = defaultEvalDir()): BenchItems {
  const corpora = findCorpusDirs(root).map((d) => loadCorpus(root, d));
  const base: Array<{ item: ContentItem; brand: BrandProfile }> = corpora.flatMap((c) =>
    c.items.map(({ item }) => ({ item, brand: c.brand })),
  );
  if (base.length === 0) throw new Error(`no eval items under ${root}`);
  const rand = seededRandom(42);
  const vary = (text: string, other: string): string => {
    const words = text.split(/(\s+)/);
    const r = rand();
    if (r < 0.2 && words.length > 4) {
      const i = Math.floor(rand() * (words.length - 2));
      [words[i], words[i + 2]] = [words[i + 2] ?? '', words[i] ?? ''];
    } else if (r < 0.35) {
      words.push(' ', EMOJI[Math.floor(rand() * EMOJI.length)] ?? '');
    } else if (r < 0.5) {
      return text.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    } else if (r < 0.6) {
      return text.toUpperCase();
    } else if (r < 0.75) {
      return `${text} ${other.slice(0, 80)}`;
    }
    return words.join('');
  };
  const items: Array<{ item: ContentItem; brand: BrandProfile }> = [];
  for (let i = 0; items.length < target; i++) {
    const b = base[i % base.length]!;
    const other = base[Math.floor(rand() * base.length)]!.item.text;
    const text = i < base.length ? b.item.text : vary(b.item.text, other);
    items.push({ brand: b.brand, item: { ...b.item, id: `${b.item.id}-${i}`, text } });
  }
  const brands = [...new Set(items.map((x) => x.brand))];
  const groups = brands.map((brand) => ({
    brand,
    items: items.filter((x) => x.brand === brand).map((x) => x.item),
  }));
  return { items, groups };
}
