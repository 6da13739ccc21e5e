import { describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../shared/checks/engine.ts';
import {
  WARM_UP_MIN_LENGTH,
  warmUpPatterns,
  warmUpText,
  warmUpTextTwoByte,
} from '../../../shared/checks/warm-up.ts';
import { literalPhrases } from '../../../shared/lexicon/index.ts';
import { type ContentItem, parseBrandProfile } from '../../../shared/model/index.ts';
import { builtPatterns } from '../../../shared/text/pattern.ts';

const brand = parseBrandProfile({
  name: 'Harbor Coffee',
  accounts: [{ platform: 'instagram', handle: 'harborcoffee' }],
  domains: ['harborcoffee.com'],
  partners: [{ platform: 'tiktok', handle: 'brew_with_ana', status: 'approved', vettedUntil: '2027-06-30' }],
});

const comment = (text: string): ContentItem => ({
  platform: 'instagram',
  kind: 'comment',
  id: 'c1',
  parentId: 'p1',
  author: { handle: 'a_customer' },
  text,
});

describe('the engine warm-up', () => {
  // This file's first analyze is the process's first: it runs the warm-up before its item.
  it('compiles every pattern in the first analyze of the process, then returns only the item’s own findings', () => {
    const engine = createEngine(brand);
    const warmed = new Set<RegExp>();
    const real = RegExp.prototype.exec;
    const two = warmUpTextTwoByte();
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    let first: ReturnType<typeof engine.analyze>;
    try {
      exec.mockImplementation(function (this: RegExp, s: string) {
        if (s === two) warmed.add(this);
        return real.call(this, s);
      });
      first = engine.analyze(comment('Lovely latte art, see you Saturday'));
    } finally {
      exec.mockRestore();
    }
    expect(first).toEqual([]);
    // Before its item, the first analyze compiled every pattern the checks built (see below).
    expect(builtPatterns().filter((re) => !warmed.has(re))).toEqual([]);
    const scam = engine.analyze(comment('DM us on WhatsApp +44 7700 900123 to get your refund'));
    expect(scam.map((f) => f.check)).toContain('offplatform-contact');
    // The same answers as an engine whose process has long been warm.
    const again = createEngine(brand);
    expect(again.analyze(comment('DM us on WhatsApp +44 7700 900123 to get your refund'))).toEqual(scam);
  });

  it('matches on a text long enough for V8 to compile each pattern at once, with one byte per character', () => {
    const text = warmUpText();
    expect(text.length).toBeGreaterThanOrEqual(WARM_UP_MIN_LENGTH);
    expect(/[^\x20-\xff]/.test(text)).toBe(false);
    // Made of the lexicon's words, and the same text every time.
    expect(text.includes(`${literalPhrases().find((w) => /^[a-z]+$/.test(w))}.`)).toBe(true);
    expect(warmUpText()).toBe(text);
  });

  it('runs every pattern the checks built once on each encoding, long enough to compile at once', () => {
    const two = warmUpTextTwoByte();
    expect(two.length).toBeGreaterThanOrEqual(WARM_UP_MIN_LENGTH);
    expect([...two].some((c) => c.charCodeAt(0) > 0xff)).toBe(true);
    const patterns = new Set(builtPatterns());
    // The checks' own, from every check module the engine imported.
    expect(patterns.size).toBeGreaterThan(200);
    const seen = new Map<RegExp, string[]>();
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    exec.mockImplementation(function (this: RegExp, s: string) {
      if (patterns.has(this)) seen.set(this, [...(seen.get(this) ?? []), s]);
      return null;
    });
    try {
      warmUpPatterns();
    } finally {
      exec.mockRestore();
    }
    expect(seen.size).toBe(patterns.size);
    for (const subjects of seen.values()) expect(subjects).toEqual([warmUpText(), two]);
  });

  it('leaves every pattern where a search starts from the beginning, and reaches into them', () => {
    const matched = warmUpPatterns();
    expect(matched).toBeGreaterThan(50);
    expect(builtPatterns().filter((re) => re.lastIndex !== 0)).toEqual([]);
  });
});
