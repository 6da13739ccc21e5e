import { describe, expect, it } from 'vitest';
import { createEngine, TEXT_CAP } from '../../../shared/checks/engine.ts';
import { ALL_CHECKS } from '../../../shared/checks/registry.ts';
import { CHECK_IDS, type ContentItemInput, ContentItemSchema } from '../../../shared/model/index.ts';
import { bestCpuMs } from '../../support/cpu-time.ts';
import { SUNMEADOW } from './integrity-fixture.ts';

/**
 * Every registered check on hostile 100 KB inputs: long repeats, nested separators, mixed
 * scripts. A pattern with catastrophic backtracking takes seconds on these; the budget is
 * 50 ms of CPU time per item (the best of three runs, so a GC pause is not a failure; CPU
 * time, so waiting for a core on this shared machine is not one either).
 */

const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const INPUTS: Record<string, string> = {
  'one letter': fill('a'),
  'one digit': fill('7'),
  'digits and spaces': fill('4111 '),
  'digits and dashes': fill('12-'),
  'digits and dots': fill('1.'),
  'at signs': fill('@'),
  'email-like': fill('a.b@c.'),
  hashtags: fill('#ad #'),
  mentions: fill('@sunmeadow '),
  'nested brackets': fill('(['),
  'nested quotes': fill('"\''),
  separators: fill('-_.,;:/\\|'),
  spaces: fill(' '),
  newlines: fill('\n'),
  'question marks': fill('?'),
  'mixed scripts': fill('sunmеadоw ѕunmeadow sυnmeadow 日本語 عربى '),
  'emoji and combining marks': fill('🙄e\u0301🇫🇷\u200b'),
  'words without end': fill('cure '),
  'condition list': fill('insomnia anxiety migraine '),
  verdicts: fill('you have '),
  guarantees: fill('guaranteed 100% '),
  requests: fill('comment your '),
  'street words': fill('12 road street avenue '),
  'iban-like': fill('GB82 WEST '),
  'phone-like': fill('+44 (0) '),
  'url-like': fill('http://a.'),
  'domain-like': fill('a.co'),
  'lookalike handle': fill('sunrneadow_support '),
  'sentence soup': fill('Cute. maybe '),
  'long word': `${fill('x').slice(0, SIZE - 20)} cures colds`,
};

const AUTHORS: Array<{ label: string; extra: Partial<ContentItemInput> }> = [
  { label: 'brand post', extra: { platform: 'instagram', kind: 'post', author: { handle: 'sunmeadow' } } },
  {
    label: 'brand reply',
    extra: { platform: 'instagram', kind: 'comment', author: { handle: 'sunmeadow' }, parentId: 'p0' },
  },
  {
    label: 'pending partner',
    extra: { platform: 'instagram', kind: 'post', author: { handle: 'mila.moves' } },
  },
  {
    label: 'public reply',
    extra: {
      platform: 'x',
      kind: 'comment',
      author: { handle: 'sunmeadow_support', displayName: 'Sunmeadow Help' },
    },
  },
];

describe('all checks on adversarial input', () => {
  const engine = createEngine(SUNMEADOW);
  const now = new Date('2026-11-20T10:00:00Z');

  it('registers every check id, so this test covers them all', () => {
    expect(engine.checks.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
    expect(ALL_CHECKS.length).toBe(CHECK_IDS.length);
  });

  for (const [name, text] of Object.entries(INPUTS)) {
    it(`handles ${name} (100 KB) within 50 ms of CPU per item`, () => {
      for (const { label, extra } of AUTHORS) {
        const it = ContentItemSchema.parse({ id: 'x1', text, ...extra });
        const best = bestCpuMs(() => engine.analyze(it, now));
        expect(best, `${name} as ${label}`).toBeLessThan(50);
      }
    });
  }

  it('scans long texts up to the cap and says so', () => {
    const text = `Our rinse cures gum disease. ${fill('floss ')}`;
    const item = ContentItemSchema.parse({
      id: 'x2',
      platform: 'instagram',
      kind: 'post',
      author: { handle: 'sunmeadow' },
      text,
    });
    const findings = engine.analyze(item, now);
    const claim = findings.find((f) => f.check === 'health-claim');
    expect(claim?.truncated).toBe(true);
    // A claim past the cap is not seen: only the first TEXT_CAP units are scanned.
    const late = ContentItemSchema.parse({
      ...item,
      text: `${fill('floss ').slice(0, TEXT_CAP)} Our rinse cures gum disease.`,
    });
    expect(engine.analyze(late, now).some((f) => f.check === 'health-claim')).toBe(false);
  });
});
