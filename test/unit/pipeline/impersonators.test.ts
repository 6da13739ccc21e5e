import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/checks/engine.ts';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import {
  explainLookalikes,
  indicatorsOf,
  parseImpersonatorId,
} from '../../../shared/pipeline/impersonators.ts';
import { InMemoryImpersonatorStore } from '../../../shared/store/impersonators.ts';
import { InMemoryFindingStore } from '../../../shared/store/memory.ts';
import { impersonatorContract } from './impersonators-contract.ts';
import {
  engine,
  instagramComment,
  phishingReply,
  walletReply,
  whatsappReply,
} from './impersonators-fixtures.ts';

impersonatorContract('impersonator records (in memory)', async () => ({
  findings: new InMemoryFindingStore(),
  impersonators: new InMemoryImpersonatorStore(),
}));

describe('indicatorsOf', () => {
  const checks = (...ids: string[]) => new Set(ids as never[]);

  it('takes phones in E.164, registrable domains from the links field, and skips the X wrapper', () => {
    expect(indicatorsOf(whatsappReply, engine.brand).map((s) => s.indicator)).toEqual([
      { kind: 'phone', value: '+447700900481' },
    ]);
    expect(indicatorsOf(phishingReply, engine.brand).map((s) => [s.indicator, s.evidence.field])).toEqual([
      [{ kind: 'domain', value: 'halvard-refunds.com' }, 'links'],
    ]);
  });

  it('never counts the brand’s own domains and support contacts', () => {
    const item = instagramComment(
      '17900000000000400',
      '17841400000000900',
      'halvard.helpdesk',
      'Call +1 800 555 0199 or write to support@halvard.com, or see https://www.halvard.com/help and https://halvard.com.pay-now.net/login',
      '2026-12-01T08:00:00+0000',
    );
    expect(indicatorsOf(item, engine.brand).map((s) => s.indicator)).toEqual([
      { kind: 'domain', value: 'pay-now.net' },
    ]);
  });

  it('tells sites on shared hosting and link-in-bio pages apart, and keeps a scam domain whole', () => {
    const item = instagramComment(
      '17900000000000402',
      '17841400000000902',
      'halvard.refunds',
      'Claim at halvard-claims.github.io or claim.halvard-refunds.com, all links: beacons.ai/halvardrefunds',
      '2026-12-01T08:00:00+0000',
    );
    expect(indicatorsOf(item, engine.brand).map((s) => s.indicator)).toEqual([
      { kind: 'domain', value: 'halvard-claims.github.io' },
      { kind: 'domain', value: 'halvard-refunds.com' },
      { kind: 'link', value: 'beacons.ai/halvardrefunds' },
    ]);
  });

  it('reads messenger handles, t.me and wa.me links, short links; wallets only with a crypto-scam finding', () => {
    const item = instagramComment(
      '17900000000000401',
      '17841400000000901',
      'halvard.refunds',
      'Write to Telegram @halvard_refund_team or t.me/halvardrefunds, wa.me/447700900777, form at bit.ly/3xHv9Qp',
      '2026-12-01T08:00:00+0000',
    );
    expect(indicatorsOf(item, engine.brand).map((s) => s.indicator)).toEqual([
      { kind: 'messenger', value: 'telegram:@halvard_refund_team' },
      { kind: 'messenger', value: 'telegram:@halvardrefunds' },
      { kind: 'phone', value: '+447700900777' },
      { kind: 'link', value: 'bit.ly/3xhv9qp' },
    ]);
    expect(indicatorsOf(walletReply, engine.brand).map((s) => s.indicator.kind)).toEqual([]);
    expect(indicatorsOf(walletReply, engine.brand, checks('crypto-scam')).map((s) => s.indicator)).toEqual([
      { kind: 'wallet', value: '0x8f3a2b7c9d1e4f5a6b7c8d9e0f1a2b3c4d5e6f70' },
    ]);
  });
});

describe('explainLookalikes', () => {
  it('says which characters imitate which letters, with their Unicode names', () => {
    const out = explainLookalikes(
      {
        platform: 'x',
        handles: ['HaIvardBank', 'h4lv0rd_help', 'halvarn'],
        displayNames: ['Нalvard Bank', 'Marta Kowalski'],
      },
      engine.brand,
    );
    const texts = out.map((e) => [e.name, e.substitutions.map((s) => s.text), e.notes]);
    expect(texts).toEqual([
      ['HaIvardBank', ['I (LATIN CAPITAL LETTER I) imitates l'], []],
      // 0 is no lookalike of a: that is an edit, and said so.
      [
        'h4lv0rd_help',
        ['4 (DIGIT FOUR) imitates a'],
        ["'0' in place of 'a'", "1 edit from 'halvard'", "with 'help'"],
      ],
      ['halvarn', [], ["'n' in place of 'd'", "1 edit from 'halvard'"]],
      ['Нalvard Bank', ['Н (CYRILLIC CAPITAL LETTER EN) imitates h'], []],
    ]);
    expect(out[3]?.substitutions[0]?.characters).toEqual([
      { char: 'Н', codePoint: 'U+041D', name: 'CYRILLIC CAPITAL LETTER EN' },
    ]);
  });

  it('explains rn for m and a digit zero for o', () => {
    const morvane = createEngine(parseBrandProfile({ name: 'Morvane' })).brand;
    const out = explainLookalikes(
      { platform: 'x', handles: ['rnorvane_help', 'm0rvane.support'], displayNames: [] },
      morvane,
    );
    expect(out.map((e) => e.substitutions.map((s) => s.text))).toEqual([
      ['rn imitates m'],
      ['0 (DIGIT ZERO) imitates o'],
    ]);
  });
});

describe('parseImpersonatorId', () => {
  it('splits at the first colon, so handles and Mastodon accounts keep theirs', () => {
    expect(parseImpersonatorId('x:@halvard_help')).toEqual({ platform: 'x', account: '@halvard_help' });
    expect(parseImpersonatorId('mastodon:@help@halvard.social')).toEqual({
      platform: 'mastodon',
      account: '@help@halvard.social',
    });
    expect(() => parseImpersonatorId('halvard_help')).toThrow(/PLATFORM:ACCOUNT/);
    expect(() => parseImpersonatorId('x:')).toThrow(/PLATFORM:ACCOUNT/);
  });
});
