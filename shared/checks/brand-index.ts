import type { BrandProfile, ContentItem, Partner, Platform } from '../model/index.ts';
import { canonicalContact } from '../text/contacts.ts';
import { normalize } from '../text/normalize.ts';

/** A handle reduced for comparison: normalized, without `@` and without separators. */
export function handleKey(handle: string): string {
  const bare = handle.charCodeAt(0) === 64 ? handle.slice(1) : handle;
  // Most handles are plain ASCII: lower-casing is all the normalizer would do.
  return (/^[\x21-\x7e]*$/.test(bare) ? bare.toLowerCase() : normalize(bare).text).trim();
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

  #officialContacts?: ReadonlySet<string>;
  /**
   * The support contacts in canonical form (a phone number as E.164, an email lower case),
   * computed on first use: canonical phone numbers need the phone metadata, which an engine
   * should not load before an item holds a contact.
   */
  get officialContacts(): ReadonlySet<string> {
    this.#officialContacts ??= new Set(this.profile.supportContacts.map(canonicalContact));
    return this.#officialContacts;
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
    const key = `${item.platform}:${handleKey(item.author.handle)}`;
    if (this.official.has(key)) return 'brand';
    if (this.partners.has(key)) return 'partner';
    return 'public';
  }
}
