import { parse as parseDomain } from 'tldts';
import type { Evidence } from '../model/index.ts';
import type { FoundLink } from '../text/links.ts';
import { KeyTarget, lookalikeKey } from '../text/lookalike.ts';
import { quote } from './evidence.ts';
import { BAIT, SHORTENERS } from './patterns/scam-links.ts';
import type { CheckDefinition, CheckInput } from './types.ts';

/**
 * `phishing-link`: a link whose domain imitates a brand domain, or a short link or raw IP
 * address with login / verify / claim / refund wording. Applies whoever posts it.
 *
 * Links come from the text and from `links`, split by the public suffix list (tldts), so
 * `acmebank.com.verify-login.io` is read as a `verify-login.io` link with the brand in its
 * subdomain. Domains are compared by lookalike key (IDN decoded, confusables, digits for
 * letters, separators dropped) and edit distance with the brand's domains and names; the
 * brand's own domains and their subdomains never fire. No network calls.
 */

type Why = 'other-suffix' | 'lookalike' | 'brand-in-domain' | 'subdomain' | 'short-or-ip';

const MIN_BRAND_KEY = 5;
const MAX_LINKS = 50;

function linkEvidence(link: FoundLink, note: string): Evidence {
  return {
    field: link.field,
    start: link.start,
    end: link.end,
    match: link.raw,
    ...(link.index === undefined ? {} : { index: link.index }),
    note,
  };
}

/** The phishing-link check (see the module comment). */
export const phishingLink: CheckDefinition = {
  id: 'phishing-link',
  description: 'A link to a domain that imitates the brand, or a short/IP link with login or claim bait.',
  severity: 'high',
  action: 'takedown',
  appliesTo: ['public', 'partner', 'brand'],
  build(brand) {
    const official: string[] = [];
    const labels = new Set<string>();
    for (const d of brand.domains) {
      const info = parseDomain(d);
      const reg = info.domain ?? d;
      official.push(reg);
      if (info.domainWithoutSuffix) labels.add(lookalikeKey(info.domainWithoutSuffix));
    }
    for (const n of brand.names) labels.add(lookalikeKey(n));
    const targets = [...labels].filter((k) => k.length >= MIN_BRAND_KEY).map((k) => new KeyTarget(k));
    const plainOfficial = new Set(official);
    const isOfficial = (link: FoundLink) =>
      link.domain !== null && (plainOfficial.has(link.domain) || brand.domains.includes(link.host));

    function judge(link: FoundLink, text: string): { why: Why; note: string } | null {
      if (isOfficial(link)) return null;
      if (link.isIp || (link.domain && SHORTENERS.has(link.domain))) {
        const bait = BAIT.exec(link.path) ?? BAIT.exec(text);
        if (!bait) return null;
        const what = link.isIp ? 'raw IP address' : 'short link';
        return { why: 'short-or-ip', note: `${what} with '${bait[0].trim()}' wording` };
      }
      if (!link.domain) return null;
      const label = lookalikeKey(link.domainLabel);
      for (const t of targets) {
        if (label === t.key) {
          return {
            why: 'other-suffix',
            note: `brand name '${link.domainLabel}' on another domain (.${link.publicSuffix})`,
          };
        }
        const inLabel = t.findIn(label);
        const best = inLabel[0];
        if (best && best.start === 0 && best.end === label.length) {
          return {
            why: 'lookalike',
            note: `'${link.domainLabel}' imitates a brand domain (${best.distance} edit)`,
          };
        }
        if (best && t.key.length >= MIN_BRAND_KEY) {
          return { why: 'brand-in-domain', note: `brand name inside the domain '${link.domain}'` };
        }
      }
      if (link.subdomain) {
        const sub = lookalikeKey(link.subdomain);
        if (targets.some((t) => sub.includes(t.key))) {
          return { why: 'subdomain', note: `brand name as a subdomain of '${link.domain}'` };
        }
      }
      return null;
    }

    return (input: CheckInput) => {
      if (input.links.length === 0) return null;
      const evidence: Evidence[] = [];
      let first: Why | null = null;
      // Enough links to show the pattern; a text stuffed with links is not judged link by link.
      for (const link of input.links.slice(0, MAX_LINKS)) {
        const verdict = judge(link, input.text.text);
        if (!verdict) continue;
        first ??= verdict.why;
        evidence.push(linkEvidence(link, verdict.note));
      }
      if (evidence.length === 0) return null;
      const shown = quote(evidence[0]!.match, 50);
      const reason =
        first === 'short-or-ip'
          ? `A hidden link (${shown}) with login/verify/claim wording is a credential-harvesting pattern; take it down.`
          : `The link ${shown} imitates ${brand.profile.name}'s domain but is not one of them; take it down.`;
      return { reason, evidence };
    };
  },
};
