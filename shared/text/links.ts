import { domainToUnicode } from 'node:url';
import { LinkifyIt } from 'linkify-it';
import { parse as parseDomain } from 'tldts';
import { matchesOf } from './matches.ts';
import type { NormalizedText } from './normalize.ts';

/** A link found in an item, with its host split by the public suffix list. */
export interface FoundLink {
  /** Where it was found: the text (offsets into the original text) or the `links` array. */
  readonly field: 'text' | 'links';
  /** Index into `links` when field is `links`. */
  readonly index?: number;
  /** UTF-16 offsets in the original field. */
  readonly start: number;
  readonly end: number;
  /** The link as written (original characters). */
  readonly raw: string;
  /** The normalized URL, with a scheme. */
  readonly url: string;
  /** Lower-case host in Unicode form (IDN decoded), without a trailing dot. */
  readonly host: string;
  /** Registrable domain (`acmebank.com` for `a.b.acmebank.com`), or null for IP literals. */
  readonly domain: string | null;
  /** The part of the host before the registrable domain. */
  readonly subdomain: string;
  /** Registrable domain without its public suffix (`acmebank`). */
  readonly domainLabel: string;
  readonly publicSuffix: string;
  readonly isIp: boolean;
  /** Path, query and fragment, lower-cased. */
  readonly path: string;
}

const linkify = new LinkifyIt({ fuzzyEmail: false, fuzzyIP: true });
// Bare domains with any ICANN suffix (linkify's fuzzy list only knows a few TLDs): validated by tldts.
const BARE_DOMAIN =
  /(?<![@\w.\-/])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:xn--[a-z0-9-]{2,59}|[a-z\p{L}]{2,63})(?::\d{2,5})?(?:\/[^\s<>"')\]]*)?/gu;
const MAY_HOLD_LINK = /[\p{L}\p{N}-]\.[\p{L}\p{N}]|:\/\//u;
const NEEDS_LINKIFY = /:\/\/|\bwww\.|\d\.\d{1,3}\.\d/;
const TRAILING_PUNCT = /[.,;:!?)\]}'"…]+$/u;
// Two words run together at a missing space ("that time.you there?", "the title.so we", "ok
// now.onion"): a bare `word.word` whose suffix is an everyday word, or a generic suffix that
// nobody writes without a scheme (a brand's own TLD, a rare one), is a sentence, not a link.
const JOINED_SUFFIX = new Set(
  'am as at be by do go in is it me my no of on or so to up us we you how now new day here'.split(' '),
);
// Generic suffixes that are written bare in real links (the rest of the list is rarely seen bare).
const BARE_GENERIC = new Set(
  [
    'com net org info biz edu gov mobi name pro xyz online site shop store app dev live link click club',
    'top vip icu buzz fun space website tech support help win bid loan work life world today email page',
    'blog news host cloud one',
  ]
    .join(' ')
    .split(' '),
);
const JOINED_SHAPE = /^[a-z]+\.([a-z]+)$/;

/** True for a bare `word.suffix` that is two words joined at a missing space, not a domain. */
function looksJoined(value: string): boolean {
  const m = JOINED_SHAPE.exec(value);
  if (!m) return false;
  const suffix = m[1]!;
  if (JOINED_SUFFIX.has(suffix)) return true;
  return suffix.length > 2 && !BARE_GENERIC.has(suffix);
}

function hostOf(url: string): { host: string; path: string } | null {
  try {
    const u = new URL(url);
    let host = u.hostname.replace(/\.$/, '').toLowerCase();
    if (host.startsWith('[')) host = host.slice(1, -1);
    return { host: decodeIdn(host), path: `${u.pathname}${u.search}${u.hash}`.toLowerCase() };
  } catch {
    return null;
  }
}

/** Decodes punycode labels to Unicode; leaves other labels alone. */
export function decodeIdn(host: string): string {
  if (!host.includes('xn--')) return host;
  const unicode = domainToUnicode(host);
  return unicode === '' ? host : unicode;
}

function describe(
  raw: string,
  url: string,
  field: 'text' | 'links',
  start: number,
  end: number,
  index?: number,
): FoundLink | null {
  const parsed = hostOf(url);
  if (!parsed?.host) return null;
  const info = parseDomain(parsed.host, { allowPrivateDomains: false });
  const isIp = Boolean(info.isIp);
  if (!isIp && (!info.domain || !info.isIcann)) return null;
  const publicSuffix = info.publicSuffix ?? '';
  const domain = isIp ? null : (info.domain ?? null);
  const domainLabel = info.domainWithoutSuffix ?? '';
  return {
    field,
    ...(index === undefined ? {} : { index }),
    start,
    end,
    raw,
    url,
    host: parsed.host,
    domain,
    subdomain: info.subdomain ?? '',
    domainLabel,
    publicSuffix,
    isIp,
    path: parsed.path,
  };
}

/** Finds every link in a normalized text (schemed, `www.` and bare domains with a real suffix). */
export function findLinksInText(text: NormalizedText): FoundLink[] {
  const out: FoundLink[] = [];
  const taken: Array<[number, number]> = [];
  const norm = text.text;
  // Most texts hold no link: a host needs a dot between two word characters (or an IP).
  if (!MAY_HOLD_LINK.test(norm)) return out;
  // linkify finds schemed, `www.` and bare-IP links; bare domains are found below, so texts
  // with none of the former skip it.
  const linkifyMatches = NEEDS_LINKIFY.test(norm) ? (linkify.match(norm) ?? []) : [];
  for (const m of linkifyMatches) {
    if (m.schema === 'mailto:') continue;
    const span = text.toOriginal(m.index, m.lastIndex);
    const found = describe(text.original.slice(span.start, span.end), m.url, 'text', span.start, span.end);
    if (found) out.push(found);
    taken.push([m.index, m.lastIndex]);
  }
  for (const m of matchesOf(BARE_DOMAIN, norm)) {
    let s = m.index;
    let value = m[0].replace(TRAILING_PUNCT, '');
    if (!value.includes('.')) continue;
    let e = s + value.length;
    if (taken.some(([a, b]) => s < b && e > a)) continue;
    if (looksJoined(value)) continue;
    // Strip a leading www-less label only if the value is at least domain.tld.
    if (value.startsWith('.')) {
      value = value.slice(1);
      s += 1;
      e = s + value.length;
    }
    const span = text.toOriginal(s, e);
    const found = describe(
      text.original.slice(span.start, span.end),
      `http://${value}`,
      'text',
      span.start,
      span.end,
    );
    if (found) out.push(found);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Describes the entries of an item's `links` array. */
export function describeLinkField(links: readonly string[]): FoundLink[] {
  const out: FoundLink[] = [];
  links.forEach((raw, index) => {
    const trimmed = raw.trim();
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
    const found = describe(raw, url, 'links', 0, raw.length, index);
    if (found) out.push(found);
  });
  return out;
}
