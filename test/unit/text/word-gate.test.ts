import { describe, expect, it } from 'vitest';
import { firstCondition } from '../../../shared/checks/patterns/health.ts';
import { phrases } from '../../../shared/lexicon/index.ts';
import { normalize } from '../../../shared/text/normalize.ts';
import { expandPhrase, wordGate } from '../../../shared/text/word-gate.ts';

describe('expandPhrase', () => {
  it('writes out optional parts, alternatives and classes, and marks open letter runs', () => {
    expect(expandPhrase('(?:the )?virus')).toEqual(['the virus', 'virus']);
    expect(expandPhrase('c(?:o)?eliac')).toEqual(['coeliac', 'celiac']);
    expect(expandPhrase('g[ei]ngivitis')).toEqual(['gengivitis', 'gingivitis']);
    expect(expandPhrase("alzheimer'?s")).toEqual(["alzheimer's", 'alzheimers']);
    expect(expandPhrase('pain(?! points?)')).toEqual(['pain']);
    expect(expandPhrase('[a-z]{2,20}phobia')).toEqual(['*phobia']);
    expect(expandPhrase('sore\\s+throats?')).toBeNull();
    expect(expandPhrase('\\w+itis')).toBeNull();
    expect(expandPhrase('(?:a|b')).toBeNull();
  });
});

describe('wordGate', () => {
  const conditions = phrases('health', 'condition');
  const gate = wordGate(conditions);

  it('turns away text with no word of the list, and lets through text with one', () => {
    for (const t of ['thanks for your order, it ships tomorrow', 'see our spain store', 'great paint job'])
      expect(gate(normalize(t).text)).toBe(false);
    for (const t of [
      'my eczema is back',
      'Arachnophobia is real',
      'gluten intolerance',
      'a cold',
      'covid-19 update',
    ])
      expect(gate(normalize(t).text)).toBe(true);
  });

  it('never turns away a text the list pattern matches', () => {
    // Every expansion of every phrase, alone and inside a sentence, plus near misses around it.
    const samples: string[] = [];
    for (const phrase of conditions) {
      for (const e of expandPhrase(phrase) ?? []) {
        const s = e.replaceAll('*', 'xeno');
        samples.push(s, `so, ${s}!`, `my ${s} is worse`, `${s}y`, `un${s}`, `${s}-free`);
      }
    }
    expect(samples.length).toBeGreaterThan(1000);
    let matched = 0;
    for (const s of samples) {
      const t = normalize(s).text;
      if (firstCondition(t) === null) continue;
      matched++;
      expect(gate(t), t).toBe(true);
    }
    expect(matched).toBeGreaterThan(samples.length / 3);
  });

  it('lets everything through when a phrase uses syntax it does not expand', () => {
    const open = wordGate(['insomnia', 'sore\\s+throats?']);
    expect(open('nothing to see here')).toBe(true);
    expect(wordGate(['insomnia'])('nothing to see here')).toBe(false);
  });
});
