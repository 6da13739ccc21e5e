import { describe, expect, it } from 'vitest';
import { BrandIndex } from '../../../shared/checks/brand-index.ts';
import { createEngine } from '../../../shared/checks/engine.ts';
import { WARM_UP_MIN_LENGTH, warmUpItems, warmUpText } from '../../../shared/checks/warm-up.ts';
import { literalPhrases } from '../../../shared/lexicon/index.ts';
import { type ContentItem, parseBrandProfile, parseContentItem } from '../../../shared/model/index.ts';

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
  it('returns only the item’s own findings from the first analyze of the process, the warm-up’s are dropped', () => {
    const engine = createEngine(brand);
    expect(engine.analyze(comment('Lovely latte art, see you Saturday'))).toEqual([]);
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

  it('warms every role the checks apply to: the public, the brand’s account, its partner', () => {
    const index = new BrandIndex(brand);
    const items = warmUpItems(index).map((i) => parseContentItem(i));
    expect(items.map((i) => index.roleOf(i))).toEqual(['public', 'brand', 'partner']);
    expect(items.map((i) => i.kind)).toEqual(['comment', 'post', 'post']);
    const bare = new BrandIndex(parseBrandProfile({ name: 'Harbor Coffee' }));
    expect(warmUpItems(bare).map((i) => bare.roleOf(i))).toEqual(['public']);
  });
});
