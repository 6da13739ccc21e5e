import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAndRecordBatch } from '../../shared/pipeline/analyze-and-record.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/store/dynamodb-local.ts';
import { DynamoImpersonatorStore } from '../../shared/store/impersonators.ts';
import {
  BRAND,
  engine,
  phishingReply,
  RecordingSink,
  reusedNumber,
  whatsappReply,
} from '../unit/pipeline/impersonators-fixtures.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';
import { cli } from './impersonators-helpers.ts';

let db: DynamoDbLocal;
let dir: string;
let config: string;
const saved = { ...process.env };
const HELP = 'x:1580000000000000042';

beforeAll(async () => {
  db = await startDynamoDbLocal();
  await db.createTable('cli-impersonators');
  dir = mkdtempSync(join(tmpdir(), 'pw-impersonators-'));
  config = join(dir, 'postwatch.config.json');
  // A real-table configuration pointed at DynamoDB Local: the AWS path of the triage commands.
  writeFileSync(
    config,
    JSON.stringify({
      brand: BRAND,
      alerts: [],
      store: { type: 'dynamodb', table: 'cli-impersonators', region: LOCAL_REGION, endpoint: db.endpoint },
    }),
  );
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
  });
  const client = createDocumentClient(db.client);
  const deps = {
    engine,
    store: new DynamoFindingStore({ client, tableName: 'cli-impersonators' }),
    sink: new RecordingSink(),
    impersonators: new DynamoImpersonatorStore({ client, tableName: 'cli-impersonators' }),
  };
  await analyzeAndRecordBatch([whatsappReply, phishingReply], deps, new Date('2026-11-28T11:00:00Z'));
});
afterAll(async () => {
  process.env = saved;
  await db?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('postwatch impersonators and takedown', () => {
  it('lists the records as one JSON array', async () => {
    const r = await cli('impersonators', 'list', '--config', config, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: HELP,
      status: 'watching',
      scamFindings: 5,
      handles: ['halvard_help'],
    });
  });

  it('prints a table that fits 80 columns', async () => {
    const r = await cli('impersonators', 'list', '--config', config, '--format', 'table');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('x:1580000000000000042');
    expect(r.stdout).toContain('@halvard_help');
    for (const row of r.stdout.split('\n')) expect([...row].length).toBeLessThanOrEqual(80);
  });

  it('reports, takes down, refuses what makes no sense; a new account with the number re-emerges', async () => {
    const reported = await cli(
      'impersonators',
      'report',
      HELP,
      '--config',
      config,
      '--note',
      'X form, case 0042',
      '--by',
      'sec-oncall',
    );
    expect(reported.code).toBe(0);
    expect(reported.stdout).toMatch(/reported\s+sec-oncall: X form, case 0042/);
    expect(
      (await cli('impersonators', 'taken-down', HELP, '--config', config, '--by', 'sec-oncall')).code,
    ).toBe(0);
    const again = await cli('impersonators', 'report', HELP, '--config', config);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is taken-down; it cannot be marked reported');
    expect((await cli('impersonators', 'show', 'x:404', '--config', config)).code).toBe(1);
    expect((await cli('impersonators', 'show', 'nonsense', '--config', config)).code).toBe(2);
    expect((await cli('impersonators', 'list', '--config', config, '--status', 'gone')).code).toBe(2);

    const client = createDocumentClient(db.client);
    await analyzeAndRecordBatch(
      [reusedNumber],
      {
        engine,
        store: new DynamoFindingStore({ client, tableName: 'cli-impersonators' }),
        sink: new RecordingSink(),
        impersonators: new DynamoImpersonatorStore({ client, tableName: 'cli-impersonators' }),
      },
      new Date('2026-12-01T09:00:00Z'),
    );
    const re = await cli(
      'impersonators',
      'list',
      '--config',
      config,
      '--status',
      're-emerged',
      '--format',
      'json',
    );
    expect(JSON.parse(re.stdout).map((r: { id: string }) => r.id)).toEqual(['instagram:17841400000000555']);
    const show = await cli('impersonators', 'show', 'instagram:17841400000000555', '--config', config);
    expect(show.stdout).toContain('4 (DIGIT FOUR) imitates a');
    expect(show.stdout).toMatch(/x:1580000000000000042 @halvard_help: same phone \+447700900481/);
  });

  it('writes the takedown package as Markdown and JSON', async () => {
    const out = join(dir, 'reports');
    const r = await cli('takedown', HELP, '--config', config, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, 'takedown-x_1580000000000000042.md'), 'utf8');
    expect(md).toContain('# Impersonation report: `@halvard_help` on X');
    expect(md).toContain('- URL: `https://x.com/halvard_help/status/1861000000000000101`');
    expect(md).toContain('- X `@halvardbank` `https://x.com/halvardbank`');
    const json = JSON.parse(readFileSync(join(out, 'takedown-x_1580000000000000042.json'), 'utf8'));
    expect(json.items.map((i: { itemId: string }) => i.itemId)).toEqual([
      '1861000000000000101',
      '1861000000000000102',
    ]);
    expect(json.account.status).toBe('taken-down');
    expect(r.stdout).toContain('wrote ');
  });

  it('forget --author erases the impersonator record and every trace of the author in the table', async () => {
    const r = await cli('forget', '--author', HELP, '--config', config, '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).impersonators).toEqual({
      records: 1,
      findingMarkers: 5,
      indicators: 2,
      links: 1,
      linkedRecordsUpdated: 1,
    });
    const all = JSON.parse(
      (await cli('impersonators', 'list', '--config', config, '--format', 'json')).stdout,
    );
    expect(all.map((x: { id: string }) => x.id)).toEqual(['instagram:17841400000000555']);
    expect(all[0].linkedTo).toEqual([]);
    const items = (await db.client.send(new ScanCommand({ TableName: 'cli-impersonators' }))).Items ?? [];
    const text = JSON.stringify(items);
    expect(text).not.toContain('1580000000000000042');
    expect(text).not.toContain('halvard_help');
  });
});
