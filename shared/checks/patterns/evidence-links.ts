import type { FoundLink } from '../../text/links.ts';

/** Lower-case bare domain of a profile entry ("https://www.Journal.org/x" → "journal.org"). */
export function bareDomain(entry: string): string {
  return entry
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/, '')
    .replace(/\.$/, '');
}

/** True when the link's host is one of `domains` or a subdomain of one. */
export function linkOnDomains(link: FoundLink, domains: ReadonlySet<string>): boolean {
  if (link.isIp) return false;
  let host = link.host;
  // Walk up the labels: "pubmed.ncbi.nlm.nih.gov" matches "nih.gov".
  for (;;) {
    if (domains.has(host)) return true;
    const dot = host.indexOf('.');
    if (dot < 0) return false;
    host = host.slice(dot + 1);
  }
}
