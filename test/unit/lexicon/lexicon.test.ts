import { describe, expect, it } from 'vitest';
import common from '../../../shared/lexicon/common/index.ts';
import { alternation, compilePhrases, LANGUAGES, lexicon, phrases } from '../../../shared/lexicon/index.ts';

const FOLDERS = { ...LANGUAGES, common };

describe('lexicon', () => {
  it('joins a group across languages in language order', () => {
    const all = phrases('grammar', 'negators');
    expect(all.slice(0, 3)).toEqual(['not', 'no', 'never']);
    expect(all.indexOf('nunca')).toBeLessThan(all.indexOf('ne'));
    expect(all.indexOf("n'")).toBeLessThan(all.indexOf('nicht'));
    expect(phrases('grammar', 'negators', { languages: ['de'] })).toEqual([
      'nicht',
      'kein',
      'keine',
      'niemals',
      'nie',
    ]);
    expect(alternation('grammar', 'negatorsAfter', { languages: ['fr'] })).toBe('(?:pas|jamais)');
  });

  it('refuses a group no language has, when the check loads', () => {
    expect(() => phrases('grammar', 'negatorz')).toThrow(/grammar\/negatorz/);
    expect(() => lexicon('grammar')('negatorz')).toThrow(/no language has/);
  });

  it('builds every group once and hands the same alternation to every caller', () => {
    const a = compilePhrases();
    expect(compilePhrases()).toBe(a);
    expect(lexicon('grammar')('negators')).toBe(a.get('grammar/negators'));
  });

  it('keeps every phrase a valid fragment with no capturing group, once per group and language', () => {
    for (const [lang, topics] of Object.entries(FOLDERS)) {
      for (const [topic, groups] of Object.entries(topics)) {
        for (const [group, list] of Object.entries(groups as Record<string, readonly string[]>)) {
          const where = `${lang}/${topic}.${group}`;
          expect(new Set(list).size, `${where} has a phrase twice`).toBe(list.length);
          for (const phrase of list) {
            expect(phrase.trim(), `${where}: blank or padded phrase`).toBe(phrase);
            expect(phrase.length, `${where}: phrase "${phrase}"`).toBeGreaterThan(0);
            expect(() => new RegExp(phrase), `${where}: "${phrase}"`).not.toThrow();
            // A capturing group would shift the groups of every pattern the phrase is placed in.
            expect(new RegExp(`${phrase}|`).exec('')!.length, `${where}: "${phrase}" captures`).toBe(1);
          }
        }
      }
    }
  });

  it('has the same topics in every language folder', () => {
    const topics = Object.keys(LANGUAGES.en).sort();
    for (const [lang, lex] of Object.entries(FOLDERS)) expect(Object.keys(lex).sort(), lang).toEqual(topics);
  });
});
