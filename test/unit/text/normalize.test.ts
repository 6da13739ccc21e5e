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
