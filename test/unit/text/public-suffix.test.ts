import { parse as tldtsParse } from 'tldts';
import * as tldtsTrie from 'tldts/dist/es6/src/data/trie.js';
import { describe, expect, it } from 'vitest';
import { decodeSuffixPack, encodeSuffixPack } from '../../../shared/data/pack.ts';
import { deriveSuffixTrie, parserOf, type SuffixTrie } from '../../../shared/text/public-suffix.ts';

const trie = deriveSuffixTrie(tldtsTrie);
const parse = parserOf(decodeSuffixPack(encodeSuffixPack(trie)));

/** Every rule under `root`, as the hostname it matches (labels joined, '*' as a label of its own). */
function rules(t: SuffixTrie, root: number): string[] {
  const out: string[] = [];
  const visit = (node: number, suffix: string) => {
    if (t.nodeFlags[node] !== 0 && suffix !== '') out.push(suffix);
    for (let e = t.edgeStart[node]!; e < t.edgeStart[node + 1]!; e++) {
      const label = t.labelText.slice(t.edgeOffset[e], t.edgeOffset[e]! + t.edgeLength[e]!);
      visit(t.edgeChild[e]!, suffix === '' ? label : `${label}.${suffix}`);
    }
  };
  visit(root, '');
  return out;
}

const OPTIONS = [
  undefined,
  { allowPrivateDomains: true },
  { allowPrivateDomains: true, allowIcannDomains: false },
  { allowIcannDomains: false },
];

describe('the packed public suffix lookup', () => {
  const ruleHosts = rules(trie, trie.rulesRoot);
  const exceptionHosts = rules(trie, trie.exceptionsRoot);

  it('walks a trie of the whole list (ICANN and private rules, wildcards, exceptions)', () => {
    expect(ruleHosts.length).toBeGreaterThan(9000);
    expect(ruleHosts).toContain('co.uk');
    expect(ruleHosts).toContain('github.io');
    expect(ruleHosts.some((r) => r.startsWith('*.'))).toBe(true);
    expect(exceptionHosts).toContain('www.ck');
  });

  it('answers as tldts on every rule of the list, its subdomains and its wildcards, under every option', () => {
    const hosts = [...ruleHosts, ...exceptionHosts].flatMap((rule) => {
      const r = rule.replaceAll('*', 'wild');
      return [r, `shop.${r}`, `a.b.${r}`, `https://login.${r}/path?q=1`];
    });
    let differ = 0;
    for (const options of OPTIONS) {
      for (const host of hosts) {
        const a = parse(host, options);
        const b = tldtsParse(host, options);
        if (JSON.stringify(a) !== JSON.stringify(b)) {
          differ++;
          expect(a, `${host} ${JSON.stringify(options)}`).toEqual(b);
        }
      }
    }
    expect(differ).toBe(0);
    expect(parse('shop.example.co.uk').domain).toBe('example.co.uk');
    expect(parse('a.b.www.ck').publicSuffix).toBe('ck');
  });

  it('answers as tldts on what a comment can hold: odd dots, case, Unicode, IPs, emails, no suffix', () => {
    const odd = [
      '',
      '.',
      '..',
      'com',
      '.com',
      'com.',
      'a..co.uk',
      'example.co.uk.',
      '.example.co.uk',
      'WWW.Example.CO.UK',
      'acme-support.github.io',
      'user@mail.example.com',
      'mailto:help@acme.com',
      'http://192.168.0.1:8080/x',
      'http://[::1]/',
      'xn--80ak6aa92e.com',
      'пример.рф',
      'shop.公司.cn',
      'a.b.c.d.e.f.g.h.kawasaki.jp',
      'city.kawasaki.jp',
      'localhost',
      'unknown-tld.zzzz',
      `${'a'.repeat(300)}.com`,
      'foo.bar.s3.amazonaws.com',
      'x.blogspot.co.uk',
      'https://www.google.com.evil.tk/login',
    ];
    for (const options of OPTIONS) {
      for (const host of odd)
        expect(parse(host, options), `${host} ${JSON.stringify(options)}`).toEqual(tldtsParse(host, options));
    }
  });
});

describe('suffixes.pack', () => {
  it('round-trips every array and the labels', () => {
    const back = decodeSuffixPack(encodeSuffixPack(trie));
    expect(back).toEqual(trie);
    expect(back.labelText).toBe(tldtsTrie.labelText);
  });

  it('refuses what is not a whole suffix pack', () => {
    const bytes = encodeSuffixPack(trie);
    expect(() => decodeSuffixPack(Buffer.from('PWM1 not this'))).toThrow(/not a suffix pack/);
    expect(() => decodeSuffixPack(bytes.subarray(0, bytes.length - 100))).toThrow(/cut short/);
    const wrongRoot = Buffer.from(bytes);
    wrongRoot.writeUInt32LE(trie.nodeFlags.length, 16);
    expect(() => decodeSuffixPack(wrongRoot)).toThrow(/does not hold together/);
  });

  it('derives what tldts derives: labels cover the text exactly, or the trie is refused', () => {
    expect(() => deriveSuffixTrie({ ...tldtsTrie, labelText: `${tldtsTrie.labelText}x` })).toThrow(
      /labels cover/,
    );
  });
});
