import { unicodeName } from 'unicode-name';
import { describe, expect, it } from 'vitest';
import { describeChar, explainableCodePoints } from '../../../shared/text/lookalike.ts';

// The names table (shared/text/lookalike-names.br) stands in for the unicode-name package
// in the bundle: it must name every character an explanation can mention exactly as the package does.
describe('lookalike character names', () => {
  it('names every explainable character as the Unicode data does (else: npx tsx scripts/lookalike-names.ts)', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const cp of explainableCodePoints()) {
      count++;
      const ch = String.fromCodePoint(cp);
      const expected = `${ch} U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${unicodeName(ch) ?? 'UNNAMED'}`;
      if (describeChar(ch) !== expected) wrong.push(`U+${cp.toString(16)}`);
    }
    expect(count).toBeGreaterThan(3000);
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 60_000);

  it('names the usual impostors', () => {
    expect(describeChar('\u0430')).toBe('а U+0430 CYRILLIC SMALL LETTER A');
    expect(describeChar('0')).toBe('0 U+0030 DIGIT ZERO');
    expect(describeChar('𝐚')).toBe('𝐚 U+1D41A MATHEMATICAL BOLD SMALL A');
    expect(describeChar('é')).toBe('é U+00E9 LATIN SMALL LETTER E WITH ACUTE');
  });
});
