import { parse as parseDomain } from 'tldts';
import type { Evidence, Platform } from '../model/index.ts';
import {
  explainSubstitutions,
  type KeyChar,
  type KeyMatch,
  KeyTarget,
  keyChars,
  lookalikeKey,
} from '../text/lookalike.ts';
import { normalize } from '../text/normalize.ts';
import type { BrandIndex } from './brand-index.ts';
import {
  FAN_WORDS,
  FILLER_WORDS,
  REGION_WORDS,
  STAFF_WORDS,
  SUPPORT_WORDS,
} from './patterns/scam-impersonation.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

/**
 * `impersonation`: an author who is not one of the brand's accounts but whose handle or
 * display name makes the account look like the brand.
 *
 * Fires on: the brand's name, an alias or an official handle written with lookalike
 * characters (UTS #39 skeletons, digits for letters, `rn` for `m`), within a small edit
 * distance, or plus words that present the account as the brand's service ("support",
 * "ayuda", "refunds", a country); the brand's exact name as a display name; an official
 * handle on a platform (or with separators) the profile does not list. Fan, parody and
 * critic accounts that say so never fire, nor do names where the brand word sits among
 * other words (a person, a pub, a hiking club).
 *
 * Everything per brand is precomputed at build; verdicts are cached per author.
 */

type WordKind = 'support' | 'region' | 'filler' | 'digits' | 'person';

interface Target {
  readonly search: KeyTarget;
  /** How the brand writes it, lower case without separators (for evidence). */
  readonly plain: string;
  /** What it is, for the reason sentence. */
  readonly label: string;
}

interface NameVerdict {
  readonly field: 'author.handle' | 'author.displayName';
  readonly kind: 'exact' | 'lookalike' | 'brand-plus-words';
  readonly target: Target;
  readonly distance: number;
  readonly words: readonly string[];
  readonly notes: readonly string[];
  readonly evidence: Evidence;
}

const CACHE_LIMIT = 10_000;
const MIN_TARGET = 4;
const MAX_NAME = 80;
const MAX_PLACEMENTS = 8;
// A first name beside the brand and a staff word: letters only, as long as names usually are.
const PERSON_PIECE = /^[a-z]{2,12}$/;

function keyedWords(words: readonly string[]): string[] {
  return words.map((w) => lookalikeKey(w)).filter((k) => k.length > 0);
}

/** A handle as a name: without `@`, without the platform's own domain suffix. */
function handleName(platform: Platform, handle: string): string {
  let h = handle.replace(/^@/, '');
  const at = h.indexOf('@');
  if (at > 0) h = h.slice(0, at); // mastodon user@instance
  if (platform === 'bluesky' && h.includes('.')) {
    if (h.endsWith('.bsky.social')) return h.slice(0, -'.bsky.social'.length);
    const info = parseDomain(h);
    if (info.domainWithoutSuffix && info.isIcann) {
      return info.subdomain ? `${info.subdomain}.${info.domainWithoutSuffix}` : info.domainWithoutSuffix;
    }
  }
  return h;
}

/** The brand's names and handles, compiled for lookalike search. Built once per profile. */
export class BrandLookalikes {
  private readonly targets: Target[] = [];
  private readonly words = new Map<string, WordKind>();
  private readonly fanWords: string[];
  private readonly staffWords: Set<string>;
  private readonly fanPattern: RegExp;
  private readonly maxWord: number;
  /** Keys of the single words of the brand's names ("northwind", "bank"). */
  private readonly brandWords = new Set<string>();

  constructor(brand: BrandIndex) {
    const seen = new Set<string>();
    const add = (raw: string, label: string) => {
      const plain = normalize(raw).text.replace(/[^\p{L}\p{N}]/gu, '');
      const key = lookalikeKey(raw);
      if (key.length < MIN_TARGET || seen.has(key)) return;
      seen.add(key);
      this.targets.push({ search: new KeyTarget(key), plain, label });
    };
    for (const name of [brand.profile.name, ...brand.profile.aliases]) {
      add(name, `the brand name '${name}'`);
      for (const w of name.split(/\s+/)) this.brandWords.add(lookalikeKey(w));
    }
    for (const a of brand.profile.accounts) {
      add(handleName(a.platform, a.handle), `the official handle @${a.handle} (${a.platform})`);
    }
    // Longest first: "northwindbank" + "help" is read before "northwind" + "bankhelp".
    this.targets.sort((a, b) => b.search.key.length - a.search.key.length);
    for (const [list, kind] of [
      [SUPPORT_WORDS, 'support'],
      [REGION_WORDS, 'region'],
      [FILLER_WORDS, 'filler'],
    ] as const) {
      for (const w of keyedWords(list)) if (!this.words.has(w)) this.words.set(w, kind);
    }
    this.fanWords = keyedWords(FAN_WORDS);
    this.staffWords = new Set(keyedWords(STAFF_WORDS));
    this.maxWord = Math.max(...[...this.words.keys()].map((w) => w.length));
    this.fanPattern = new RegExp(`(?:^|[^\\p{L}])(?:${FAN_WORDS.join('|')})(?:$|[^\\p{L}])`, 'u');
  }

  /** True when a display name reads as a person's name: a few capitalized words, none of them a service word. */
  isPersonName(name: string): boolean {
    const tokens = name.split(/\s+/).filter((t) => /\p{L}/u.test(t));
    if (tokens.length < 2 || tokens.length > 4) return false;
    return tokens.every((t) => {
      const k = lookalikeKey(t);
      return /^\p{Lu}[\p{Ll}'’-]*\.?$/u.test(t) && !this.words.has(k) && !this.brandWords.has(k);
    });
  }

  /** True when the name says it is a fan, parody or critic account. */
  isFanName(name: string): boolean {
    return this.fanPattern.test(normalize(name).text);
  }

  /**
   * Splits a residue of a name key into known words; null when some part is not one.
   * Digits (as written in the original) count as a word of their own.
   */
  private segment(chars: readonly KeyChar[], digit: readonly boolean[], a: number, b: number) {
    if (a >= b) return [] as Array<{ word: string; kind: WordKind; at?: number; end?: number }>;
    const key = chars
      .slice(a, b)
      .map((c) => c.ch)
      .join('');
    const n = key.length;
    const back: Array<{ from: number; word: string; kind: WordKind } | undefined> = new Array(n + 1);
    const reach = new Array<boolean>(n + 1).fill(false);
    reach[0] = true;
    for (let i = 0; i < n; i++) {
      if (!reach[i]) continue;
      if (digit[a + i]) {
        let j = i;
        while (j < n && digit[a + j]) j++;
        if (!reach[j]) {
          reach[j] = true;
          back[j] = { from: i, word: key.slice(i, j), kind: 'digits' };
        }
      }
      for (let len = 1; len <= this.maxWord && i + len <= n; len++) {
        const w = key.slice(i, i + len);
        const kind = this.words.get(w);
        if (kind && !reach[i + len]) {
          reach[i + len] = true;
          back[i + len] = { from: i, word: w, kind };
        }
      }
    }
    if (!reach[n]) return null;
    // Each word keeps its span in the key (`at`, `end`), so a reason can quote it as written.
    const out: Array<{ word: string; kind: WordKind; at?: number; end?: number }> = [];
    for (let j = n; j > 0; ) {
      const step = back[j]!;
      out.unshift({ word: step.word, kind: step.kind, at: a + step.from, end: a + j });
      j = step.from;
    }
    return out;
  }

  /**
   * Splits `[from, end)` into known words followed by a first name, the shortest name first;
   * null when it does not split so.
   */
  private personAtEnd(chars: readonly KeyChar[], digit: readonly boolean[], from: number) {
    const n = chars.length;
    for (let k = n - 2; k >= Math.max(from, n - 12); k--) {
      const word = chars
        .slice(k)
        .map((c) => c.ch)
        .join('');
      if (!PERSON_PIECE.test(word)) continue;
      const rest = this.segment(chars, digit, from, k);
      if (rest) return { rest, person: { word, kind: 'person' as const } };
    }
    return null;
  }

  /** Splits `[0, to)` into a first name followed by known words, the shortest name first; null when it does not. */
  private personAtStart(chars: readonly KeyChar[], digit: readonly boolean[], to: number) {
    for (let k = 2; k <= Math.min(to, 12); k++) {
      const word = chars
        .slice(0, k)
        .map((c) => c.ch)
        .join('');
      if (!PERSON_PIECE.test(word)) continue;
      const rest = this.segment(chars, digit, k, to);
      if (rest) return { rest, person: { word, kind: 'person' as const } };
    }
    return null;
  }

  /** Judges one name (a handle or a display name); null when it does not imitate the brand. */
  judge(field: NameVerdict['field'], fullName: string): NameVerdict | null | 'fan' {
    // Platforms cap handles near 30 and display names near 64 characters; longer input is hostile.
    const name = fullName.slice(0, MAX_NAME);
    if (!name) return null;
    const chars = keyChars(name);
    if (chars.length < MIN_TARGET) return null;
    const key = chars.map((c) => c.ch).join('');
    const digit = chars.map((c) => /\d/.test(name.slice(c.from, c.to)));
    for (const target of this.targets) {
      const placements: KeyMatch[] = target.search.findIn(key).slice(0, MAX_PLACEMENTS);
      for (const p of placements) {
        const before = key.slice(0, p.start);
        const after = key.slice(p.end);
        if (this.fanWords.some((f) => before.endsWith(f) || after.startsWith(f))) return 'fan';
        let pre = this.segment(chars, digit, 0, p.start);
        let post = this.segment(chars, digit, p.end, chars.length);
        if (!pre && !post) continue;
        if (!pre || !post) {
          // A person's name at the start or the end, when the rest names a service desk:
          // "Tom · Brand Fraud Team", "Brand Soporte | Marta", "brand_help_olivia" present staff.
          const split = pre
            ? this.personAtEnd(chars, digit, p.end)
            : this.personAtStart(chars, digit, p.start);
          if (!split) continue;
          const known = [...(pre ?? []), ...(post ?? []), ...split.rest];
          if (!known.some((r) => this.staffWords.has(r.word))) continue;
          if (pre) post = [...split.rest, split.person];
          else pre = [split.person, ...split.rest];
        }
        const residue = [...pre!, ...post!];
        // Only little words around the brand ("The Northwind") do not present it as the brand's service.
        if (residue.length > 0 && residue.every((r) => r.kind === 'filler')) continue;
        const matched = chars.slice(p.start, p.end);
        const from = matched[0]!.from;
        const to = matched[matched.length - 1]!.to;
        const notes = explainSubstitutions(name, matched, target.plain);
        const kind =
          p.distance > 0 || notes.length > 0 ? 'lookalike' : residue.length ? 'brand-plus-words' : 'exact';
        // Quoted as written ('team'), not as its lookalike key ('tearn': m and rn share one).
        const asWritten = (r: { word: string; at?: number; end?: number }) => {
          const first = r.at !== undefined ? chars[r.at] : undefined;
          const last = r.end !== undefined ? chars[r.end - 1] : undefined;
          return first && last ? name.slice(first.from, last.to) : r.word;
        };
        const words = residue.filter((r) => r.kind !== 'filler' && r.kind !== 'person').map(asWritten);
        const detail = [
          ...notes,
          ...(p.distance > 0
            ? [`${p.distance} edit${p.distance > 1 ? 's' : ''} from '${target.plain}'`]
            : []),
          ...(words.length ? [`with ${words.map((w) => `'${w}'`).join(', ')}`] : []),
        ];
        return {
          field,
          kind,
          target,
          distance: p.distance,
          words,
          notes,
          evidence: {
            field,
            start: residue.length ? 0 : from,
            end: residue.length ? name.length : to,
            match: residue.length ? name : name.slice(from, to),
            note: `imitates ${target.label}${detail.length ? `: ${detail.join('; ')}` : ''}`,
          },
        };
      }
    }
    return null;
  }
}

function reasonFor(v: NameVerdict, brandName: string): string {
  const where = v.field === 'author.handle' ? 'handle' : 'display name';
  switch (v.kind) {
    case 'exact':
      return `The ${where} is ${brandName}'s own name on an account that is not one of its official accounts; report it for impersonation.`;
    case 'lookalike':
      return `The ${where} imitates ${brandName} with lookalike characters or small edits; report the account for impersonation.`;
    default:
      return `The ${where} presents the account as ${brandName}'s service (${v.words.join(', ')}) but it is not an official account; report it for impersonation.`;
  }
}

/** The impersonation check (see the module comment). */
export const impersonation: CheckDefinition = {
  id: 'impersonation',
  description: 'An unofficial account whose handle or display name imitates the brand.',
  severity: 'high',
  action: 'takedown',
  appliesTo: ['public'],
  build(brand) {
    const lookalikes = new BrandLookalikes(brand);
    const brandName = brand.profile.name;
    // Verdicts per author: a thread brings the same accounts again and again.
    const cache = new Map<string, FindingDraft | null>();
    return (input) => {
      const { platform, author } = input.item;
      const display = author.displayName ?? '';
      const cacheKey = `${platform}\u0000${author.handle}\u0000${display}`;
      const hit = cache.get(cacheKey);
      if (hit !== undefined) return hit;
      const result = judgeAuthor(lookalikes, brandName, platform, author.handle, display);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(cacheKey, result);
      return result;
    };
  },
};

function judgeAuthor(
  lookalikes: BrandLookalikes,
  brandName: string,
  platform: Platform,
  handle: string,
  displayName: string,
): FindingDraft | null {
  if (lookalikes.isFanName(displayName) || lookalikes.isFanName(handle)) return null;
  const byHandle = lookalikes.judge('author.handle', handleName(platform, handle));
  if (byHandle === 'fan') return null;
  const byName = lookalikes.judge('author.displayName', displayName);
  if (byName === 'fan') return null;
  // A handle that is only a small edit away ("vita_lea" from "vitaleaf") under a person's own
  // name ("Lea Vitale") is that person; a lookalike that copies the brand uses its name too.
  const handleVerdict =
    byHandle &&
    byHandle.kind === 'lookalike' &&
    byHandle.distance > 0 &&
    byHandle.notes.length === 0 &&
    !byName &&
    lookalikes.isPersonName(displayName)
      ? null
      : byHandle;
  const verdicts = [handleVerdict, byName].filter((v): v is NameVerdict => v !== null);
  if (verdicts.length === 0) return null;
  // Handle evidence offsets refer to the handle as published: re-base when a prefix was cut.
  const evidence = verdicts.map((v) => {
    if (v.field !== 'author.handle') return v.evidence;
    const shift = handle.indexOf(handleName(platform, handle));
    return shift > 0
      ? { ...v.evidence, start: v.evidence.start + shift, end: v.evidence.end + shift }
      : v.evidence;
  });
  const lead = verdicts.find((v) => v.kind === 'lookalike') ?? verdicts[0]!;
  return { reason: reasonFor(lead, brandName), evidence };
}
