import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/lib/random.ts';
import { groupAlternatives as groupAll, MERGE_FROM } from '../../../shared/text/alternation.ts';

// The merge itself, on lists of any length (the engine merges only long ones, see below).
const groupAlternatives = (source: string) => groupAll(source, 0);

const matches = (source: string, text: string) =>
  [...text.matchAll(new RegExp(`\\b(?:${source})`, 'g'))].map((m) => `${m.index}:${m[0]}`);

describe('groupAlternatives', () => {
  it('merges alternatives under their shared first letters', () => {
    expect(groupAlternatives('anxiety|acne|insomnia|acid reflux')).toBe(
      'a(?:nxiety|c(?:ne|id reflux))|insomnia',
    );
  });

  it('leaves an alternative that starts with syntax where it was, merging only between such', () => {
    expect(groupAlternatives('ab|(?:the )?ac|ad|x?y|ae')).toBe('ab|(?:the )?ac|ad|x?y|ae');
    expect(groupAlternatives('ab|ac|\\bpins?|ad|ae')).toBe('a(?:b|c)|\\bpins?|a(?:d|e)');
  });

  it('gives back what it cannot split (unbalanced or not an alternation)', () => {
    expect(groupAlternatives('a(b|c')).toBe('a(b|c');
    expect(groupAlternatives('single')).toBe('single');
  });

  it('finds the same matches, in order and length, as the list it was given', () => {
    const alternatives = [
      'cold',
      'colds',
      'cold sores',
      'a cold',
      '(?:the )?virus',
      'viruses',
      'acne',
      'ac(?:id)? reflux',
      'a',
      'ab+c',
      '[xy]z',
      'x{2}',
      'code',
      'cod',
    ];
    const rand = seededRandom(7);
    const words = [
      'cold',
      'colds',
      'sores',
      'a',
      'the',
      'virus',
      'viruses',
      'acne',
      'acid',
      'reflux',
      'abbc',
      'xz',
      'xx',
      'code',
      'cod',
      'ac',
    ];
    for (let n = 0; n < 300; n++) {
      const order = [...alternatives].sort(() => rand() - 0.5);
      const source = order.join('|');
      const grouped = groupAlternatives(source);
      const text = Array.from({ length: 12 }, () => words[Math.floor(rand() * words.length)]).join(' ');
      expect(matches(grouped, text)).toEqual(matches(source, text));
    }
  });

  it('leaves lists shorter than MERGE_FROM as written, and merges one that long', () => {
    const short = Array.from({ length: MERGE_FROM - 1 }, (_, i) => `a${i}x`).join('|');
    expect(groupAll(short)).toBe(short);
    const long = `${short}|a${MERGE_FROM}x`;
    expect(groupAll(long)).toMatch(/^a\(\?:/);
    expect(groupAll(long)).not.toBe(long);
  });
});
