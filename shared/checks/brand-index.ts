import type { BrandProfile, ContentItem, Partner, Platform } from '../model/index.ts';
import { normalize } from '../text/normalize.ts';

/** A handle reduced for comparison: normalized, without `@` and without separators. */
export function handleKey(handle: string): string {
  return normalize(handle.replace(/^@/, '')).text.trim();
}

/**
 * The brand profile compiled once per engine: lookups by platform and handle, normalized
 * names, domains and support contacts. Checks read this; they never re-parse the profile.
 */
export class BrandIndex {
  readonly profile: BrandProfile;
  /** Normalized brand name and aliases, longest first. */
  readonly names: readonly string[];
  /** Official accounts as `platform:handle` (normalized). */
  private readonly official = new Set<string>();
  /** Official handles on any platform (normalized). */
  readonly officialHandles: ReadonlySet<string>;
  private readonly partners = new Map<string, Partner>();
  /** Brand domains, lower case, without `www.`. */
  readonly domains: readonly string[];
  /** Support contacts as written, lower case. */
  readonly supportContacts: readonly string[];

  constructor(profile: BrandProfile) {
    this.profile = profile;
    const names = new Set<string>();
    for (const n of [profile.name, ...profile.aliases]) {
      const key = normalize(n).text.trim();
      if (key) names.add(key);
    }
    this.names = [...names].sort((a, b) => b.length - a.length);
    const handles = new Set<string>();
    for (const a of profile.accounts) {
      this.official.add(`${a.platform}:${handleKey(a.handle)}`);
      handles.add(handleKey(a.handle));
    }
    this.officialHandles = handles;
    for (const p of profile.partners) this.partners.set(`${p.platform}:${handleKey(p.handle)}`, p);
    this.domains = profile.domains.map((d) =>
      d
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, ''),
    );
    this.supportContacts = profile.supportContacts.map((c) => c.toLowerCase());
  }

  /** True when `handle` is one of the brand's accounts on `platform`. */
  isOfficial(platform: Platform, handle: string): boolean {
    return this.official.has(`${platform}:${handleKey(handle)}`);
  }

  /** The partner entry for this account, if any. */
  partner(platform: Platform, handle: string): Partner | undefined {
    return this.partners.get(`${platform}:${handleKey(handle)}`);
  }

  /** Classifies an item's author: the brand's own account, a listed partner, or the public. */
  roleOf(item: Pick<ContentItem, 'platform' | 'author'>): 'brand' | 'partner' | 'public' {
    if (this.isOfficial(item.platform, item.author.handle)) return 'brand';
    if (this.partner(item.platform, item.author.handle)) return 'partner';
    return 'public';
  }
}
