import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStem, takedownMarkdown, writeTakedownFiles } from '../../../functions/cli/takedown.ts';
import { analyzeAndRecord } from '../../../shared/pipeline/analyze-and-record.ts';
import { buildTakedownPackage, setImpersonatorStatus } from '../../../shared/pipeline/impersonators.ts';
import { InMemoryImpersonatorStore } from '../../../shared/store/impersonators.ts';
import { InMemoryFindingStore } from '../../../shared/store/memory.ts';
import {
  BRAND,
  engine,
  instagramComment,
  phishingReply,
  RecordingSink,
  reusedNumber,
  whatsappReply,
} from '../pipeline/impersonators-fixtures.ts';

const NOW = new Date('2026-12-01T09:00:00.000Z');

describe('takedown package', () => {
  let findings: InMemoryFindingStore;
  let store: InMemoryImpersonatorStore;
  let dir: string;
  const record = (item: Parameters<typeof analyzeAndRecord>[0]) =>
    analyzeAndRecord(item, { engine, store: findings, sink: new RecordingSink(), impersonators: store }, NOW);
  const pkgOf = async (platform: 'x' | 'instagram', account: string) => {
    const r = await store.get(BRAND.name, platform, account);
    if (!r) throw new Error('no record');
    return buildTakedownPackage(r, { store, findings, brand: engine.brand }, NOW);
  };

  beforeEach(async () => {
    findings = new InMemoryFindingStore();
    store = new InMemoryImpersonatorStore();
    dir = await mkdtemp(join(tmpdir(), 'postwatch-takedown-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the account, the characters that imitate, the items with times, the official accounts', async () => {
    const lookalike = instagramComment(
      '17900000000000310',
      '17841400000000666',
      'h4lvard_supp0rt',
      'Refunds only via WhatsApp +44 7700 900612, send your card number and we refund today',
      '2026-11-29T14:30:00+0000',
    );
    const second = instagramComment(
      '17900000000000311',
      '17841400000000666',
      'h4lvard_supp0rt',
      'Still waiting? Claim at halvard-refund-center.net before midnight',
      '2026-11-29T15:05:00+0000',
    );
    await record(lookalike);
    await record(second);
    const md = takedownMarkdown(await pkgOf('instagram', '17841400000000666'));

    expect(md).toContain('# Impersonation report: `@h4lvard_supp0rt` on Instagram');
    expect(md).toContain('- Account id: `17841400000000666`');
    expect(md).toContain('- Profile: `https://www.instagram.com/h4lvard_supp0rt/`');
    expect(md).toContain('without screenshots');
    // Which characters imitate which.
    expect(md).toContain("- Handle `h4lvard_supp0rt` imitates the brand name 'Halvard'");
    expect(md).toContain('  - 4 (DIGIT FOUR) imitates a');
    // Both items, oldest first, with URL, id, time and the evidence excerpts.
    const first = md.indexOf('### 1. 2026-11-29T14:30:00.000Z');
    const next = md.indexOf('### 2. 2026-11-29T15:05:00.000Z');
    expect(first).toBeGreaterThan(0);
    expect(next).toBeGreaterThan(first);
    expect(md).toContain('- URL: `https://www.instagram.com/p/DAbc123xyz/`');
    expect(md).toContain('- Item id: `17900000000000310`');
    expect(md).toContain('`+44 7700 900612`');
    expect(md).toContain('`halvard-refund-center.net`');
    // What the brand's real accounts are, so the platform can compare.
    expect(md).toContain('- X `@halvardbank` `https://x.com/halvardbank`');
    expect(md).toContain('- Instagram `@halvardbank` `https://www.instagram.com/halvardbank/`');
    expect(md).toContain('Official domains: `halvard.com`');
    expect(md).toContain('- phone: `+447700900612`');
    expect(md).toContain('- domain: `halvard-refund-center.net`');
  });

  it('names the taken-down account a re-emerged one is linked to, and its history', async () => {
    await record(whatsappReply);
    await setImpersonatorStatus(
      store,
      BRAND.name,
      'x:1580000000000000042',
      'taken-down',
      { by: 'sec', note: 'removed by X' },
      NOW,
    );
    await record(reusedNumber);
    const pkg = await pkgOf('instagram', '17841400000000555');
    const md = takedownMarkdown(pkg);
    expect(md).toContain('## Accounts taken down before that it is linked to');
    expect(md).toContain('- X `@halvard_help` (`x:1580000000000000042`): same phone `+447700900481`');
    expect(md).toMatch(/- 2026-12-01T09:00:00\.000Z re-emerged by `postwatch`: uses the same phone number/);
    expect(pkg.account.status).toBe('re-emerged');
  });

  it('keeps markup in comments from escaping their code spans', async () => {
    const hostile = {
      ...phishingReply,
      id: '1861000000000000150',
      author: {
        id: '1580000000000000042',
        handle: 'halvard_help',
        displayName: 'Halvard Support `](https://evil.example)\u202e\u001b[2J',
      },
    };
    await record(hostile);
    const md = takedownMarkdown(await pkgOf('x', '1580000000000000042'));
    expect(md).toContain('`` Halvard Support `](https://evil.example)\\u202e\\x1b[2J ``');
    expect(md.includes('\u202e') || md.includes('\u001b')).toBe(false);
  });

  it('writes Markdown and JSON files named after the id', async () => {
    await record(whatsappReply);
    await record(phishingReply);
    const pkg = await pkgOf('x', '1580000000000000042');
    const files = await writeTakedownFiles(pkg, dir);
    expect(files.markdown).toBe(join(dir, 'takedown-x_1580000000000000042.md'));
    expect(await readFile(files.markdown, 'utf8')).toBe(takedownMarkdown(pkg));
    const json = JSON.parse(await readFile(files.json, 'utf8'));
    expect(json.account.handles).toEqual(['halvard_help']);
    expect(json.items).toHaveLength(2);
    expect(json.impersonates.officialAccounts).toHaveLength(3);
    expect((await stat(files.json)).mode & 0o777).toBe(0o600);
    expect(fileStem('x:@a/../b')).toBe('takedown-x_at-a_.._b');
  });
});
