import { lexicon } from '../../lexicon/index.ts';
import type { Evidence } from '../../model/index.ts';
import { matchesOf } from '../../text/matches.ts';
import { negatedBefore } from '../../text/negation.ts';
import { pattern } from '../../text/pattern.ts';
import { handleKey } from '../brand-index.ts';
import { spanEvidence } from '../evidence.ts';
import type { CheckInput } from '../types.ts';

/**
 * What makes a partner's item promote the brand, and what counts as an ad disclosure. Shared
 * by `undisclosed-sponsorship` and `unvetted-partner`, which must agree on "promotes".
 */

const p = lexicon('undisclosed-sponsorship');

const MENTION = /@([a-z0-9][a-z0-9._]{1,40})/g;
// A discount code introduced by its word ("code LU50", "cupón: MAMA10", "Gutscheincode X").
const CODE_WORD = pattern(`\\b${p('codeWord')}\\b[\\s:]*['"]?[a-z0-9]{3,20}\\b`);
// A bare code as creators write them: capitals then digits ("GRACE15", "WEN10"), on the
// original text because the normalized text is lower case.
const CODE_TOKEN = /\b[A-Z]{3,12}\d{1,3}\b/;
// Affiliate and referral pitches.
const AFFILIATE = pattern(`\\b${p('affiliatePitch')}\\b`);

/** A reason an item promotes the brand, with the span that shows it. */
export interface Promotion {
  readonly kind: 'mention' | 'name' | 'link' | 'code' | 'affiliate';
  readonly evidence: Evidence;
}

/** Compiles brand-name matching once per profile. */
export function brandNamePattern(names: readonly string[]): RegExp | null {
  const alts = names.filter((n) => n.length >= 3).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (alts.length === 0) return null;
  return new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`);
}

/**
 * Why this partner item promotes the brand, or null. A post promotes when it names or tags
 * the brand or links to its domains; a reply also promotes with a discount code or an
 * affiliate pitch alone, because it sits under a promotion.
 */
export function findPromotion(input: CheckInput, namePattern: RegExp | null): Promotion | null {
  const text = input.text.text;
  if (text.includes('@')) {
    for (const m of matchesOf(MENTION, text)) {
      const handle = m[1]!.replace(/[._]+$/, '').replace(/'s$/, '');
      if (input.brand.officialHandles.has(handleKey(handle))) {
        return {
          kind: 'mention',
          evidence: spanEvidence('text', input.text, m.index, m.index + 1 + handle.length),
        };
      }
    }
  }
  if (namePattern) {
    const m = namePattern.exec(text);
    if (m)
      return { kind: 'name', evidence: spanEvidence('text', input.text, m.index, m.index + m[0].length) };
  }
  const domains = input.brand.domains;
  for (const l of input.links) {
    if (l.domain && domains.includes(l.domain)) {
      const evidence: Evidence =
        l.field === 'text'
          ? { field: 'text', start: l.start, end: l.end, match: l.raw }
          : {
              field: 'links',
              start: l.start,
              end: l.end,
              match: l.raw,
              ...(l.index === undefined ? {} : { index: l.index }),
            };
      return { kind: 'link', evidence };
    }
  }
  if (input.item.kind === 'comment') {
    const code = CODE_WORD.exec(text);
    if (code)
      return {
        kind: 'code',
        evidence: spanEvidence('text', input.text, code.index, code.index + code[0].length),
      };
    const token = CODE_TOKEN.exec(input.text.original);
    if (token) {
      return {
        kind: 'code',
        evidence: { field: 'text', start: token.index, end: token.index + token[0].length, match: token[0] },
      };
    }
    const aff = AFFILIATE.exec(text);
    if (aff)
      return {
        kind: 'affiliate',
        evidence: spanEvidence('text', input.text, aff.index, aff.index + aff[0].length),
      };
  }
  return null;
}

// Ad disclosures in the five languages: hashtags, "ad:" / "AD |" labels, and phrases.
const DISCLOSURE = pattern(
  [
    `#${p('disclosureHashtag')}(?![a-z0-9])`,
    `(?:^|[\\s(\\[|])${p('disclosureLabel')}\\s*[:|]`,
    `\\b${p('disclosure')}\\b`,
  ].join('|'),
  'g',
);
// "This is not an ad", "no es publicidad", "kein sponsored post": a negator right before it.
const NEGATED_DISCLOSURE = negatedBefore(p('disclosureNegator'), `(?:${p('disclosureNegatorFiller')}\\s+)?`);
const HASHTAG_BEFORE = /#[\p{L}\p{N}_]+\s*$/u;
/** A disclosure after this many hashtags in a row is lost in the cloud. */
const HASHTAG_CLOUD = 3;
/** Where a feed cuts a caption ("… more"): a disclosure must start before it unless the post is short. */
const FOLD = 150;
const SHORT_POST = 300;

/** Where a clear ad disclosure is, or null when there is none or it is buried or negated. */
export function findDisclosure(text: string): { start: number; end: number } | null {
  for (const m of matchesOf(DISCLOSURE, text)) {
    let start = m.index;
    const raw = m[0];
    // The label alternative may start with the separator it needs before "ad:".
    if (/^[\s([|]/.test(raw)) start += 1;
    const end = m.index + raw.length;
    if (NEGATED_DISCLOSURE.test(text.slice(Math.max(0, start - 20), start))) continue;
    if (start >= FOLD && text.length > SHORT_POST) continue;
    // Count the hashtags right before it.
    let run = 0;
    let cursor = start;
    while (run < HASHTAG_CLOUD) {
      const before = HASHTAG_BEFORE.exec(text.slice(Math.max(0, cursor - 60), cursor));
      if (!before) break;
      run++;
      cursor = cursor - before[0].length;
    }
    if (run >= HASHTAG_CLOUD) continue;
    return { start, end };
  }
  return null;
}
