import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../shared/text/matches.ts';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

describe('matchesOf', () => {
  it.each([
    [/\bcode\b/g, 'send the code, the code, then the cod'],
    [/\d+/g, 'call 0800 046 0517 or 123'],
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/\p{L}*/gu, '😀ab😀'],
    [/nothing/g, 'no match here'],
  ])('finds what matchAll finds: %s in %j', (re, text) => {
    expect(spans(matchesOf(re, text))).toEqual(spans(text.matchAll(new RegExp(re.source, re.flags))));
    expect(re.lastIndex).toBe(0);
  });

  it('leaves the pattern usable inside the loop over its matches', () => {
    const re = /a/g;
    const seen: number[] = [];
    for (const m of matchesOf(re, 'a-a-a')) {
      seen.push(m.index);
      expect(re.test('xa')).toBe(true);
      re.lastIndex = 0;
    }
    expect(seen).toEqual([0, 2, 4]);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(/global/);
  });

  it('resumes each search where endOf says a match ends, past a lookahead’s capture', () => {
    const re = /ab(?=(cab))/g;
    const end = (m: RegExpExecArray) => m.index + m[0].length + (m[1]?.length ?? 0);
    expect(matchesOf(re, 'abcabcab').map((m) => m.index)).toEqual([0, 3]);
    expect(matchesOf(re, 'abcabcab', end).map((m) => m.index)).toEqual([0]);
    expect(re.lastIndex).toBe(0);
  });
});
