import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookalikeRates, ORDINARY, permutations } from '../../../scripts/lookalike.ts';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import { boundedDamerau, describeChar, keyChars, lookalikeKey } from '../../../shared/text/lookalike.ts';

const BRANDS = join(import.meta.dirname, '../../events/brands');
const LEXICON = join(import.meta.dirname, '../../../shared/lexicon');

describe('lookalikeKey', () => {
  it.each([
    ['Ｎｏｒｔｈ', 'north'], // fullwidth
    ['nоrth', 'north'], // U+043E CYRILLIC SMALL LETTER O
    ['n0rth', 'north'], // digit in a word
    ['no_rt.h-', 'north'], // separators
    ['nórth', 'north'], // diacritic
    ['rn', lookalikeKey('m')], // rn reads as m
    ['vv', lookalikeKey('w')],
    ['Il1', 'lll'],
  ])('reads %s as %s', (name, key) => {
    expect(lookalikeKey(name)).toBe(key);
  });

  it('keeps numbers that are numbers', () => {
    expect(lookalikeKey('user5829104')).toBe('user5829104');
  });

  it('gives a plain lower-case word (its shortcut) the key keyChars builds', () => {
    const words = [
      ...new Set(readFileSync(join(LEXICON, 'en/impersonation.txt'), 'utf8').match(/\b[a-z]+\b/g)),
    ];
    expect(words.length).toBeGreaterThan(50);
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    for (const w of [...words, ...letters, ...letters.map((a) => `${a}m${a}w${a}`), 'illuminati', 'mwm'])
      expect(lookalikeKey(w), w).toBe(
        keyChars(w)
          .map((k) => k.ch)
          .join(''),
      );
    expect(lookalikeKey('mill')).toBe('rnlll');
  });
});

describe('boundedDamerau', () => {
  it('counts a transposition as one edit and stops past the bound', () => {
    expect(boundedDamerau('skyhpo', 'skyhop', 2)).toBe(1);
    expect(boundedDamerau('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('describeChar', () => {
  it('names the character from the Unicode data', () => {
    expect(describeChar('\u0430')).toBe('а U+0430 CYRILLIC SMALL LETTER A');
  });
});

describe('lookalike handles of the eval brands', () => {
  // The three written eval brands' profiles, kept in the project so a clone without ../shared runs this.
  const brands = readdirSync(BRANDS).map((f) =>
    parseBrandProfile(JSON.parse(readFileSync(join(BRANDS, f), 'utf8'))),
  );
  const rates = lookalikeRates(brands);

  it('generates every kind of permutation', () => {
    const p = permutations('skyhop', 1);
    expect(p).toContain('skyhpo'); // transposition
    expect(p).toContain('skyhopp'); // repetition
    expect(p).toContain('skyho'); // omission
    expect(p).toContain('skyhop_support'); // brand + support word
    expect(p.some((x) => [...x].some((c) => c.charCodeAt(0) >= 0x80))).toBe(true); // homoglyph
    expect(rates.lookalikes).toBeGreaterThan(500);
    expect(rates.ordinary).toBe(ORDINARY.length * brands.length);
  });

  it('flags at least 95% of the permutations', () => {
    expect(rates.lookalikesFlagged / rates.lookalikes).toBeGreaterThanOrEqual(0.95);
  });

  it('flags at most 1% of ordinary names and handles', () => {
    expect(rates.ordinaryFlagged / rates.ordinary).toBeLessThanOrEqual(0.01);
  });
});
