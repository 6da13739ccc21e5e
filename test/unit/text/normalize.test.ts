import { describe, expect, it } from 'vitest';
import { normalize } from '../../../shared/text/normalize.ts';

function spanOf(original: string, needle: string) {
  const n = normalize(original);
  const i = n.text.indexOf(needle);
  expect(i).toBeGreaterThanOrEqual(0);
  const o = n.toOriginal(i, i + needle.length);
  return original.slice(o.start, o.end);
}

describe('normalize', () => {
  it('lower-cases ASCII text without changing offsets', () => {
    const n = normalize('DM Us On WhatsApp');
    expect(n.text).toBe('dm us on whatsapp');
    expect(n.toOriginal(3, 5)).toEqual({ start: 3, end: 5 });
  });

  it('folds fullwidth and mathematical letters and maps evidence back to them', () => {
    expect(normalize('ＷｈａｔｓＡｐｐ').text).toBe('whatsapp');
    expect(normalize('𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦').text).toBe('telegram');
    expect(spanOf('write on 𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦 now', 'telegram')).toBe('𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦');
  });

  it('removes zero-width and bidi characters, and the span still covers the original word', () => {
    const original = 'pass\u200bw\u200dord please';
    const n = normalize(original);
    expect(n.text).toBe('password please');
    expect(spanOf(original, 'password')).toBe('pass\u200bw\u200dord');
    expect(normalize('a\u202eb\u2066c').text).toBe('abc');
  });

  it('strips diacritics, composed or combining, keeping offsets on the original characters', () => {
    expect(normalize('Café número').text).toBe('cafe numero');
    const combining = 'cafe\u0301 🎉 cure\u0301s';
    expect(normalize(combining).text).toBe('cafe 🎉 cures');
    expect(spanOf(combining, 'cures')).toBe('cure\u0301s');
  });

  it('keeps emoji (surrogate pairs) and maps spans after them exactly', () => {
    const original = '🔥🔥 Ｃｕｒｅｓ acne';
    expect(spanOf(original, 'acne')).toBe('acne');
    expect(spanOf(original, 'cures')).toBe('Ｃｕｒｅｓ');
  });

  it('folds typographic quotes and dashes to ASCII', () => {
    expect(normalize('don’t — “now”').text).toBe('don\'t - "now"');
    expect(normalize('Straße').text).toBe('strasse');
  });
});

describe('normalize offset map', () => {
  // Deterministic pseudo-random texts mixing ASCII, accents, combining marks, emoji, fullwidth and invisibles.
  const pieces = [
    'a',
    'B',
    ' ',
    'é',
    'e\u0301',
    '🔥',
    'Ｗ',
    '\u200b',
    'ß',
    'ﬁ',
    '𝐓',
    '1',
    '.',
    'ñ',
    '\u202e',
    'Ø',
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };

  it('maps every normalized span inside the original, in order, for mixed texts', () => {
    for (let round = 0; round < 300; round++) {
      const chosen: string[] = [];
      const len = next() % 40;
      for (let k = 0; k < len; k++) chosen.push(pieces[next() % pieces.length]!);
      const original = chosen.join('');
      const n = normalize(original);
      let prevStart = 0;
      for (let i = 0; i < n.text.length; i++) {
        const o = n.toOriginal(i, i + 1);
        expect(o.start).toBeGreaterThanOrEqual(prevStart);
        expect(o.end).toBeGreaterThan(o.start);
        expect(o.end).toBeLessThanOrEqual(original.length);
        prevStart = o.start;
      }
      // No piece starts with a combining mark, so normalizing piece by piece gives the same text.
      expect(n.text).toBe(chosen.map((p) => normalize(p).text).join(''));
    }
  });

  it('expands ligatures and maps each produced letter to the ligature', () => {
    const n = normalize('ﬁnd ☕');
    expect(n.text.startsWith('find')).toBe(true);
    expect(n.toOriginal(0, 2)).toEqual({ start: 0, end: 1 });
  });
});
