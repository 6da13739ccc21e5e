import { literalPhrases } from '../lexicon/index.ts';
import type { ContentItem } from '../model/index.ts';
import type { BrandIndex } from './brand-index.ts';

/**
 * Why the engine warms its patterns up once per process, before the first item.
 *
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine
 * code on a later run (`--regexp-tier-up`), but for one string encoding only: the encoding of
 * the text it was matching then. The other encoding stays interpreted, about three times
 * slower, for the life of the process. Texts come in both: V8 stores a string as one byte per
 * character, or two as soon as one character needs it (an emoji, a Cyrillic letter) or when it
 * was cut from such a string. Measured on the 16,971 eval items, rules only, one core: 75 µs
 * per item as it was; 39 µs once `normalize()` hands every text whose characters fit in one
 * byte over as one byte; 36 µs with tier-up turned off altogether (`node --no-regexp-tier-up`,
 * which Lambda's NODE_OPTIONS does not accept, and setting V8 flags at run time crashed Node
 * here).
 *
 * Which encoding a pattern is compiled for is decided by the first texts it meets. When those
 * hold an emoji, the pattern stays interpreted for every plain text after them, so a process
 * whose first comments have emoji in them would run at the old speed. The warm-up decides it
 * instead: before the first item every check runs on a long text made of the lexicon's own
 * words, stored as one byte per character. V8 compiles a pattern to machine code at once when
 * the text is 1,000 characters or longer, so every pattern that text reaches is compiled for
 * one-byte texts from then on. Two-byte texts (those with characters beyond Latin-1) stay
 * interpreted: warming for them too made V8 recompile the patterns for two bytes and drop the
 * one-byte code (one-byte texts 33 → 45 µs).
 */
export const WARM_UP_MIN_LENGTH = 1_000;

let text: string | undefined;

/**
 * The warm-up text: the first plain-word phrase of every phrase group in every language, as
 * short sentences, then a phone number, an address, a link and amounts (what the cheap first
 * tests of the contact, link and money checks look for). Lexicon phrases are each check's
 * trigger words, so the text gets past those first tests to the patterns behind them.
 */
export function warmUpText(): string {
  if (text === undefined) {
    const words = literalPhrases().filter((w) => !/[^\x20-\xff]/.test(w));
    let out = `${words.join('. ')}. call +44 7700 900123 or mail warm.up@example.com, see https://example.com/a?b=1 $500 20% 2x`;
    while (out.length < WARM_UP_MIN_LENGTH) out += ` ${out}`;
    text = out;
  }
  return text;
}

/**
 * The items the warm-up analyzes (checks apply by role): the text as a comment from the public,
 * as a post of the brand's first account and as a post of its first partner.
 */
export function warmUpItems(brand: BrandIndex): ContentItem[] {
  const body = warmUpText();
  const authors: Array<Pick<ContentItem, 'platform' | 'kind'> & { handle: string }> = [
    { platform: 'x', kind: 'comment', handle: 'postwatch_warm_up' },
  ];
  const account = brand.profile.accounts[0];
  if (account) authors.push({ platform: account.platform, kind: 'post', handle: account.handle });
  const partner = brand.profile.partners[0];
  if (partner) authors.push({ platform: partner.platform, kind: 'post', handle: partner.handle });
  return authors.map((a, i) => ({
    platform: a.platform,
    kind: a.kind,
    id: `postwatch-warm-up-${i}`,
    ...(a.kind === 'comment' ? { parentId: 'postwatch-warm-up' } : {}),
    author: { id: `postwatch-warm-up-${i}`, handle: a.handle },
    text: body,
    createdAt: '2026-01-01T00:00:00.000Z',
  }));
}
