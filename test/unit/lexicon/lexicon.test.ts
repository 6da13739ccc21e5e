import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alternation, compilePhrases, LANGUAGES, lexicon, phrases } from '../../../shared/lexicon/index.ts';
import { lexiconRoot, loadLexicon, parseTopic } from '../../../shared/lexicon/load.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pw-lexicon-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('lexicon files', () => {
  it('reads groups of one phrase per line, skipping comments and blank lines', () => {
    const text =
      '// about this topic\n# first\nalpha\n  beta\n\n// a note\n[ck]ick\n#ad\n# empty\n# second\ngamma\n';
    expect([...parseTopic(text, 't.txt')]).toEqual([
      ['first', ['alpha', 'beta', '[ck]ick', '#ad']],
      ['empty', []],
      ['second', ['gamma']],
    ]);
  });

  it('names the file and line of a phrase outside a group or a group given twice', () => {
    expect(() => parseTopic('// x\nalpha\n', 'en/x.txt')).toThrow(
      'en/x.txt:2: a phrase before any group line',
    );
    expect(() => parseTopic('# a\nx\n# a\ny\n', 'en/x.txt')).toThrow('en/x.txt:3: group a appears twice');
  });

  it('orders languages en, es, pt, fr, de, then any new folder, then common', () => {
    for (const lang of ['common', 'de', 'en', 'xx', 'fr']) {
      mkdirSync(join(tmp, lang));
      writeFileSync(join(tmp, lang, 'topic.txt'), `# g\n${lang}\n`);
    }
    mkdirSync(join(tmp, 'empty-folder'));
    const lex = loadLexicon(tmp);
    expect([...lex.keys()]).toEqual(['en', 'fr', 'de', 'xx', 'common']);
    expect(lex.get('xx')?.get('topic')?.get('g')).toEqual(['xx']);
  });
});

describe('the lexicon', () => {
  it('joins a group across languages in language order', () => {
    expect(LANGUAGES.slice(0, 5)).toEqual(['en', 'es', 'pt', 'fr', 'de']);
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
    for (const [lang, topics] of loadLexicon()) {
      for (const [topic, groups] of topics) {
        for (const [group, list] of groups) {
          const where = `${lang}/${topic}.txt ${group}`;
          expect(new Set(list).size, `${where} has a phrase twice`).toBe(list.length);
          for (const phrase of list) {
            expect(() => new RegExp(phrase), `${where}: "${phrase}"`).not.toThrow();
            // A capturing group would shift the groups of every pattern the phrase is placed in.
            expect(new RegExp(`${phrase}|`).exec('')!.length, `${where}: "${phrase}" captures`).toBe(1);
          }
        }
      }
    }
  });

  it('has the same topic files in every language folder', () => {
    const root = lexiconRoot();
    const topics = (lang: string) =>
      readdirSync(join(root, lang))
        .filter((f) => f.endsWith('.txt'))
        .sort();
    for (const lang of [...LANGUAGES, 'common']) expect(topics(lang), lang).toEqual(topics('en'));
  });
});
