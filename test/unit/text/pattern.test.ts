import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/lib/random.ts';
import {
  boundariesAfterGroups,
  builtPatterns,
  pattern,
  WORD_BOUNDARY,
} from '../../../shared/text/pattern.ts';

const B = WORD_BOUNDARY;

/** Every match of `source` in `text`, as index:text, with the given flags (global added). */
function allMatches(source: string, flags: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, `${flags}g`))].map((m) => `${m.index}:${m.join('|')}`);
}

describe('boundariesAfterGroups', () => {
  it('writes a word boundary after a group, with or without a quantifier, as lookarounds', () => {
    expect(boundariesAfterGroups('\\b(?:flu|colds?)\\b')).toBe(`\\b(?:flu|colds?)${B}`);
    expect(boundariesAfterGroups('(?:a )?\\b')).toBe(`(?:a )?${B}`);
    expect(boundariesAfterGroups('(?:\\w+ ){0,3}\\bx')).toBe(`(?:\\w+ ){0,3}${B}x`);
    expect(boundariesAfterGroups('(ab)+?\\b')).toBe(`(ab)+?${B}`);
  });

  it('leaves every other \\b alone: after a letter, escaped parentheses, inside a class', () => {
    for (const source of ['\\bflu\\b', 'a\\)\\b', '[)\\b]x', 'x\\b|y', '(?:a|b)c\\b']) {
      expect(boundariesAfterGroups(source)).toBe(source);
    }
    // An escaped backslash before the parenthesis: the parenthesis closes a group.
    expect(boundariesAfterGroups('(a\\\\)\\b')).toBe(`(a\\\\)${B}`);
  });

  it('finds exactly the same matches as the pattern as written, on random patterns and texts', () => {
    const rand = seededRandom(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const atoms = ['a', 'b', "'", '-', ' ', 'é', '_', '1', '\\s', '\\w', '[ab-]', '\\b'];
    const group = (depth: number): string => {
      const n = 1 + Math.floor(rand() * 3);
      const alts = Array.from({ length: n }, () => seq(depth + 1)).join('|');
      return `(?:${alts})${pick(['', '', '?', '+', '*', '{0,2}', '??'])}`;
    };
    const seq = (depth: number): string =>
      Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
        depth < 2 && rand() < 0.4 ? group(depth) : pick(atoms),
      ).join('') + (rand() < 0.5 ? '\\b' : '');
    const alphabet = ['a', 'b', ' ', "'", '-', 'é', '_', '1', 'ſ', 'K', '…', 'A'];
    let rewritten = 0;
    for (let i = 0; i < 400; i++) {
      const source = `${group(0)}\\b${seq(1)}`;
      const written = boundariesAfterGroups(source);
      if (written !== source) rewritten++;
      for (const flags of ['', 'u', 'iu', 'i']) {
        for (let k = 0; k < 8; k++) {
          const text = Array.from({ length: 1 + Math.floor(rand() * 14) }, () => pick(alphabet)).join('');
          expect(allMatches(written, flags, text), `/${source}/${flags} on ${JSON.stringify(text)}`).toEqual(
            allMatches(source, flags, text),
          );
        }
      }
    }
    expect(rewritten).toBe(400);
  });
});

describe('pattern', () => {
  it('builds the rewritten pattern with its flags and remembers it for the warm-up', () => {
    const re = pattern('\\b(?:flu|colds?)\\b', 'g');
    expect(re.source).toBe(new RegExp(`\\b(?:flu|colds?)${B}`).source);
    expect(re.flags).toBe('g');
    expect(builtPatterns().at(-1)).toBe(re);
    expect([...'a flu, two colds and the flute'.matchAll(re)].map((m) => m[0])).toEqual(['flu', 'colds']);
  });

  it('is how the checks and text helpers build their module-level patterns', () => {
    // Built per brand profile or per call, and so left to `new RegExp`: the profile's names and
    // banned words, the fan-account words (with the profile's brand names beside them).
    const allowed = new Set([
      'shared/checks/impersonation.ts',
      'shared/checks/misleading-claim.ts',
      'shared/checks/patterns/promotion.ts',
      'shared/text/pattern.ts',
    ]);
    const offenders: string[] = [];
    for (const dir of ['shared/checks', 'shared/checks/patterns', 'shared/text']) {
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        const file = join(dir, name);
        const uses = readFileSync(file, 'utf8')
          .split('\n')
          .filter((l) => l.includes('new RegExp(')).length;
        if (allowed.has(file) ? uses > 1 : uses > 0) offenders.push(`${file}: ${uses}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
