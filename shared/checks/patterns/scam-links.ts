import { lexicon } from '../../lexicon/index.ts';
import { pattern } from '../../text/pattern.ts';

/**
 * Words and hosts for `phishing-link`, on normalized text. A short link or an IP address hides
 * where it goes; with wording about logging in, verifying, claiming or refunds it is the
 * usual credential-harvesting bait. The phrases are the `phishing-link` groups of shared/lexicon.
 */

const p = lexicon('phishing-link');

/** Link shorteners and redirectors (registrable domains) that hide where a link goes. */
export const SHORTENERS: ReadonlySet<string> = new Set(p.list('shortener'));

/** Login, verify, claim and refund wording, in the five languages (text or link path). */
export const BAIT = pattern(`\\b${p('bait')}`);
