/**
 * The pre-publish check (CONTRACTS.md §8): a draft caption or reply, written as the brand or
 * as one of its partners, run through the same engine as published content, with a concrete
 * fix for every finding. Pure apart from the engine cache: no I/O, the caller passes `now`.
 * The CLI (`postwatch check`) and the triage page both call `precheck`.
 */

import { handleKey } from '../checks/brand-index.ts';
import { createEngine, type Engine } from '../checks/engine.ts';
import { quote } from '../checks/evidence.ts';
import {
  type BrandProfile,
  type CheckId,
  type ContentItem,
  type Finding,
  type Platform,
  PlatformSchema,
  PostwatchError,
} from '../model/index.ts';

/** Who the draft would be published as, and where. */
export interface PrecheckOptions {
  /** `brand` (default), one of the brand's own handles, or a partner's handle (with or without `@`). */
  readonly as?: string;
  /** Where it would be published. Default: the partner's platform, or the brand's first account's. */
  readonly platform?: string;
  /** `post` (a caption, the default) or `comment` (a reply under a post). */
  readonly kind?: ContentItem['kind'];
  /** When it would be published (vetting dates are judged at that time). Default `now`. */
  readonly publishAt?: Date;
  /** The time of the check. Default: the clock. */
  readonly now?: Date;
}

/** A finding on the draft, with what to change so it would not fire. */
export interface PrecheckFinding extends Finding {
  readonly fix: string;
}

export interface PrecheckResult {
  readonly role: 'brand' | 'partner';
  readonly platform: Platform;
  /** The account the draft was checked as. */
  readonly handle: string;
  readonly kind: ContentItem['kind'];
  /** The checks that apply to this author and kind, i.e. the ones that ran. */
  readonly checksRun: CheckId[];
  readonly findings: PrecheckFinding[];
}

/** A draft that cannot be checked as asked (unknown partner, unknown platform, empty text): a usage problem. */
export class PrecheckError extends PostwatchError {
  override name = 'PrecheckError';
}

/** Handle used for the brand's draft on a platform where the profile lists no account of its own. */
const DRAFT_HANDLE = 'postwatch-draft';
/** Longest draft accepted, in UTF-16 units: far above any platform's caption limit. */
export const MAX_DRAFT = 100_000;

// One engine per profile object (and per platform where a draft account had to be added):
// the triage page checks many drafts against the same profile.
const engines = new WeakMap<BrandProfile, Map<string, Engine>>();

function engineFor(profile: BrandProfile, key: string, build: () => BrandProfile): Engine {
  let byKey = engines.get(profile);
  if (!byKey) {
    byKey = new Map();
    engines.set(profile, byKey);
  }
  let engine = byKey.get(key);
  if (!engine) {
    engine = createEngine(build());
    byKey.set(key, engine);
  }
  return engine;
}

function parsePlatform(value: string): Platform {
  const parsed = PlatformSchema.safeParse(value);
  if (!parsed.success) {
    throw new PrecheckError(`unknown platform '${value}' (one of ${PlatformSchema.options.join(', ')})`);
  }
  return parsed.data;
}

interface Author {
  readonly role: 'brand' | 'partner';
  readonly platform: Platform;
  readonly handle: string;
  readonly engine: Engine;
}

/** Resolves `as` and `platform` to an author the engine classifies as intended. */
function resolveAuthor(brand: BrandProfile, options: PrecheckOptions): Author {
  const wanted = options.platform === undefined ? undefined : parsePlatform(options.platform);
  const as = (options.as ?? 'brand').trim().replace(/^@/, '');
  if (!as) throw new PrecheckError("--as needs 'brand' or a partner's handle");
  const key = handleKey(as);

  const own = brand.accounts.filter((a) => handleKey(a.handle) === key);
  if (as === 'brand' || own.length > 0) {
    const pool = own.length > 0 ? own : brand.accounts;
    const account = wanted ? pool.find((a) => a.platform === wanted) : pool[0];
    if (account) {
      return {
        role: 'brand',
        platform: account.platform,
        handle: account.handle,
        engine: engineFor(brand, '', () => brand),
      };
    }
    if (own.length > 0) {
      const where = [...new Set(own.map((a) => a.platform))].join(', ');
      throw new PrecheckError(`@${as} is one of ${brand.name}'s accounts on ${where}, not on ${wanted}`);
    }
    // No official account there (or none at all): check as a draft account added on that platform.
    const platform = wanted ?? 'other';
    return {
      role: 'brand',
      platform,
      handle: DRAFT_HANDLE,
      engine: engineFor(brand, platform, () => ({
        ...brand,
        accounts: [...brand.accounts, { platform, handle: DRAFT_HANDLE }],
      })),
    };
  }

  const partners = brand.partners.filter((p) => handleKey(p.handle) === key);
  if (partners.length === 0) {
    const known = brand.partners.map((p) => `@${p.handle} (${p.platform})`).join(', ');
    throw new PrecheckError(
      `@${as} is not a partner in the brand profile${known ? `; partners: ${known}` : ' (it lists none)'}; use --as brand or add the partner to "partners"`,
    );
  }
  const partner = wanted ? partners.find((p) => p.platform === wanted) : partners[0];
  if (!partner) {
    const where = partners.map((p) => p.platform).join(', ');
    throw new PrecheckError(`partner @${as} is listed on ${where}, not on ${wanted}`);
  }
  return {
    role: 'partner',
    platform: partner.platform,
    handle: partner.handle,
    engine: engineFor(brand, '', () => brand),
  };
}

/** The first evidence span's words, quoted, for a fix sentence. */
function said(finding: Finding, field: Finding['evidence'][number]['field'] = 'text'): string {
  const e = finding.evidence.find((x) => x.field === field) ?? finding.evidence[0];
  return e ? quote(e.match, 50) : 'this wording';
}

/** Where each platform's own paid-partnership disclosure lives. */
const PAID_LABEL: Partial<Record<Platform, string>> = {
  instagram: 'the "Paid partnership" label',
  facebook: 'the "Paid partnership" label',
  tiktok: 'the "Content disclosure" (branded content) setting',
  youtube: 'the "includes paid promotion" setting',
};

const list = (values: readonly string[], max = 2) => values.slice(0, max).join(' or ');

/** What to change in the draft so that this finding would not fire. */
export function fixFor(
  finding: Finding,
  brand: BrandProfile,
  author: Pick<Author, 'platform' | 'handle'>,
): string {
  const check: CheckId = finding.check;
  const domain = brand.domains[0];
  switch (check) {
    case 'health-claim':
      return `Soften or remove ${said(finding)}: say what the product does, not that it cures, treats or prevents a condition; or cite the evidence next to the claim (a link to the study, e.g. on doi.org or PubMed${brand.evidenceDomains.length ? ` or ${list(brand.evidenceDomains)}` : ''}).`;
    case 'self-diagnosis':
      return `Drop the verdict ${said(finding)}: do not tell readers what condition they have; say "if this sounds familiar, talk to a doctor" and link a professional resource.`;
    case 'misleading-claim': {
      if (finding.evidence.some((e) => e.note === 'banned term'))
        return `Remove ${said(finding)}: the brand guidelines ban this term.`;
      if (/clickbait/i.test(finding.reason))
        return `Replace the hook ${said(finding)} with a plain sentence about what the product does.`;
      return `Remove the promise ${said(finding)} or state the real terms and limits (e.g. "results vary", "terms apply${domain ? `: ${domain}/terms` : ''}").`;
    }
    case 'undisclosed-data-collection':
      return `Add a privacy notice link${domain ? ` (e.g. https://${domain}/privacy)` : ''} or one sentence on how the data will be used, next to ${said(finding)}; or ask people to send it through a private, official channel instead.`;
    case 'undisclosed-sponsorship': {
      const label = PAID_LABEL[author.platform];
      return `Add "#ad" or "Paid partnership with ${brand.name}" at the very start of the caption (not after the hashtags or below the "more" fold)${label ? `, and switch on ${label}` : ''}.`;
    }
    case 'unvetted-partner': {
      const note = finding.evidence.find((e) => e.field === 'author.handle')?.note ?? 'who is not vetted';
      return `Hold the post: @${author.handle}, ${note}, may not promote ${brand.name} now. Ask the partnerships team to renew the vetting (status "approved", "vettedUntil" in the future) before it goes out.`;
    }
    case 'hostile-reply':
      return `Rewrite without ${said(finding)}: acknowledge the problem, apologise where due and offer the next step politely.`;
    case 'pii-exposure': {
      const what = finding.evidence[0]?.note ?? 'personal data';
      return `Remove the ${what} ${said(finding)} from the text; if someone needs to be contacted, do it in a private message.${what === 'phone number' || what === 'email address' ? ' If it is an official support contact, add it to "supportContacts" in the brand profile.' : ''}`;
    }
    case 'offplatform-contact':
      return `Remove ${said(finding)}: send people only to ${brand.name}'s official support${brand.supportContacts.length ? ` (${list(brand.supportContacts)})` : ''}, never to a private chat or number.`;
    case 'crypto-scam':
      return `Remove ${said(finding)}: no ${brand.name} post may ask people to send money or crypto, promise returns or name a wallet.`;
    case 'phishing-link':
      return `Replace the link ${said(finding, 'links')} with one on ${brand.name}'s own domain${domain ? ` (${list(brand.domains)})` : ''}; never a lookalike domain, a shortener or an IP address for a login, verify or claim page.`;
    case 'credential-request':
      return `Remove the request ${said(finding)}: never ask for a password, one-time code, PIN, card number, CVV or recovery phrase, in public or by DM.`;
    case 'impersonation':
      return `Publish from one of ${brand.name}'s official accounts, or add this account to "accounts" in the brand profile.`;
    case 'spam':
      return `Remove the promotional wording ${said(finding)}.`;
  }
}

/**
 * Checks a draft as the brand (or a named partner) would publish it, before it is published.
 * Throws PrecheckError for an unknown partner or platform and an empty or oversized text.
 */
export function precheck(brand: BrandProfile, text: string, options: PrecheckOptions = {}): PrecheckResult {
  if (text.trim() === '') throw new PrecheckError('the draft text is empty');
  if (text.length > MAX_DRAFT) {
    throw new PrecheckError(`the draft is ${text.length} characters long; at most ${MAX_DRAFT} are checked`);
  }
  const author = resolveAuthor(brand, options);
  const now = options.now ?? new Date();
  const kind = options.kind ?? 'post';
  const item: ContentItem = {
    platform: author.platform,
    kind,
    id: 'draft',
    author: { handle: author.handle },
    text,
    createdAt: (options.publishAt ?? now).toISOString(),
  };
  const findings = author.engine
    .analyze(item, now)
    .map((f): PrecheckFinding => ({ ...f, fix: fixFor(f, brand, author) }));
  const checksRun = author.engine.checks
    .filter((c) => c.appliesTo.includes(author.role) && (!c.kinds || c.kinds.includes(kind)))
    .map((c) => c.id);
  return { role: author.role, platform: author.platform, handle: author.handle, kind, checksRun, findings };
}
