import { literalPhrases } from '../lexicon/index.ts';
import { builtPatterns } from '../text/pattern.ts';

/**
 * Why the engine compiles its patterns once per process, before the first item.
 *
 * V8 first runs a regular expression in its bytecode interpreter and compiles it to machine
 * code on a later run (`--regexp-tier-up`), separately for each string encoding (one byte per
 * character, or two as soon as one character needs it: an emoji, a Cyrillic letter). How fast
 * the patterns ran also depended on the order traffic reached them. Measured in one process
 * over the eval items: the spam check's patterns, reached last because spam runs only where no
 * other check fired, cost 60-65 µs per call that way and 11-15 µs when they had run first; the
 * whole engine, rules only, ran at 60 µs per item in the first case and 36 µs in the second.
 * The slow figure is what `--regexp-interpret-all` gives, and `--no-regexp-tier-up` (which
 * Lambda's NODE_OPTIONS refuses) removed it; the cause inside V8 is not pinned down (docs/checks.md,
 * "Speed", lists what was ruled out).
 *
 * The earlier warm-up ran three long items through the checks: it reached only the patterns its
 * text got past the checks' cheap first tests to, for one-byte texts only, and it took about
 * 90 ms. Now every pattern built with `pattern()` (shared/text/pattern.ts) runs once on a text of
 * at least 1,000 characters in each encoding: V8 compiles a pattern to machine code at once for
 * a text that long, so every one is compiled for both encodings before any traffic, in about
 * 46 ms. Patterns built per brand profile (names, banned words) are small and compile
 * as traffic meets them.
 */
export const WARM_UP_MIN_LENGTH = 1_000;

let text: string | undefined;

/**
 * The warm-up text: the first plain-word phrase of every phrase group in every language, as
 * short sentences, then a phone number, an address, a link and amounts, repeated to at least
 * WARM_UP_MIN_LENGTH, one byte per character. V8 compiles a pattern with what it samples of
 * its first long text: words of the kind the patterns are written for.
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

/** The warm-up text stored two bytes per character (a character beyond Latin-1 added). */
export function warmUpTextTwoByte(): string {
  return `${warmUpText()} \u2026`;
}

/**
 * Runs every pattern built with `pattern()` once on each warm-up text, so V8 compiles each to
 * machine code for both encodings; leaves every `lastIndex` at 0. Returns how many of those
 * runs matched (the warm-up text is made to reach far into the patterns).
 */
export function warmUpPatterns(): number {
  const subjects = [warmUpText(), warmUpTextTwoByte()];
  let matched = 0;
  for (const re of builtPatterns()) {
    for (const s of subjects) {
      re.lastIndex = 0;
      if (re.exec(s) !== null) matched++;
    }
    re.lastIndex = 0;
  }
  return matched;
}
