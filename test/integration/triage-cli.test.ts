/**
 * The triage commands in-process against a DynamoDB table (`store.type: dynamodb`, the AWS
 * deployment's form, here on DynamoDB Local): output formats, 80 columns, colour rules,
 * filters, exit statuses, dismiss --allow, stats, export, forget's argument errors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../functions/cli/main.ts';
import { createEngine } from '../../shared/checks/engine.ts';
import { parseBrandProfile, parseContentItem } from '../../shared/model/index.ts';
import { analyzeAndRecordBatch } from '../../shared/pipeline/analyze-and-record.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { LOCAL_REGION } from '../../shared/store/dynamodb-local.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { type DynamoDbLocal, startDynamoDbLocal } from './dynamodb-local.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const brandJson = JSON.parse(readFileSync(join(ROOT, 'examples/brand.json'), 'utf8'));
const items = readFileSync(join(ROOT, 'examples/items.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => parseContentItem(JSON.parse(l)));

let db: DynamoDbLocal;
let store: DynamoFindingStore;
let config: string;
let dir: string;
const savedEnv = { ...process.env };
/** The start of an ANSI escape sequence. */
const ESC = '\u001b[';

function capture(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString();
  });
  Object.assign(stream, { isTTY });
  return { stream, text: () => text };
}

async function cli(args: string[], tty = false) {
  const out = capture(tty);
  const err = capture(false);
  const code = await main([...args, '--config', config], {
    stdin: Readable.from(['']),
    stdout: out.stream,
    stderr: err.stream,
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

async function json<T = StoredFinding[]>(args: string[]): Promise<T> {
  const r = await cli([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

beforeAll(async () => {
  db = await startDynamoDbLocal();
  await db.createTable('triage-cli');
  store = new DynamoFindingStore({ client: createDocumentClient(db.client), tableName: 'triage-cli' });
  // The SDK's default credential chain reads these; DynamoDB Local accepts any.
  process.env.AWS_ACCESS_KEY_ID = 'local';
  process.env.AWS_SECRET_ACCESS_KEY = 'local';
  dir = mkdtempSync(join(tmpdir(), 'pw-triage-cli-'));
  config = join(dir, 'postwatch.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      brand: brandJson,
      store: { type: 'dynamodb', table: 'triage-cli', region: LOCAL_REGION, endpoint: db.endpoint },
    }),
  );
  const engine = createEngine(parseBrandProfile(brandJson));
  const sink = { publish: async () => {} };
  await analyzeAndRecordBatch(
    items.slice(0, 5),
    { engine, store, sink },
    new Date('2026-11-20T10:00:00.000Z'),
  );
  await analyzeAndRecordBatch(items.slice(5), { engine, store, sink }, new Date('2026-11-21T10:00:00.000Z'));
}, 60_000);

afterAll(async () => {
  process.env = savedEnv;
  await db?.stop();
});

describe('triage commands on a DynamoDB table', () => {
  it('prints a table within 80 columns, no colour on a pipe, colour on a terminal unless NO_COLOR', async () => {
    const r = await cli(['findings', 'list', '--format', 'table']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toMatch(/│ ID {7}│ SEV {2}│ CHECK/);
    expect(lines.at(-1)).toMatch(/^\d+ finding\(s\); most severe first, then newest$/);
    const tty = await cli(['findings', 'list'], true);
    expect(tty.stdout).toContain(`${ESC}1mID`);
    process.env.NO_COLOR = '1';
    try {
      expect((await cli(['findings', 'list'], true)).stdout).not.toContain(ESC);
    } finally {
      delete process.env.NO_COLOR;
    }
    // Not a terminal: json by default, one array.
    const piped = await cli(['findings', 'list']);
    expect(Array.isArray(JSON.parse(piped.stdout))).toBe(true);
  });

  it('lists with the contract fields, most severe first, and filters', async () => {
    const all = await json(['findings', 'list']);
    expect(all.length).toBeGreaterThanOrEqual(8);
    for (const f of all) {
      for (const key of [
        'id',
        'check',
        'severity',
        'action',
        'status',
        'platform',
        'itemId',
        'createdAt',
        'history',
      ])
        expect(f).toHaveProperty(key);
    }
    const rank = { critical: 0, high: 1, medium: 2, low: 3 };
    const ranks = all.map((f) => rank[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const imp = await json(['findings', 'list', '--check', 'impersonation', '--platform', 'x']);
    expect(imp.length).toBe(2);
    const day2 = await json(['findings', 'list', '--since', '2026-11-21']);
    expect(day2.every((f) => f.createdAt >= '2026-11-21')).toBe(true);
    expect(day2.length).toBeGreaterThan(0);
    expect(day2.length).toBeLessThan(all.length);
    const bad = await cli(['findings', 'list', '--status', 'closed', '--severity', 'huge']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--status: expected one of open, acknowledged, resolved, dismissed');
    expect(bad.stderr).toContain('--severity: expected one of');
  });

  it('shows a finding with its evidence and history; changes are conditional and exit 1 or 2 as they should', async () => {
    const [pii] = await json(['findings', 'list', '--check', 'pii-exposure']);
    const id = (pii as StoredFinding).id;
    const ack = await cli([
      'findings',
      'ack',
      id.slice(0, 8),
      '--note',
      'asked the customer to delete it',
      '--by',
      'sam',
    ]);
    expect(ack.code, ack.stderr).toBe(0);
    const shown = await cli(['findings', 'show', id.slice(0, 8)]);
    expect(shown.stdout).toContain(`finding ${id}`);
    expect(shown.stdout).toMatch(/Evidence\n {2}text \d+-\d+ +4111 1111 1111 1111/);
    expect(shown.stdout).toMatch(
      /History\n.* open +postwatch\n.* acknowledged +sam +"asked the customer to delete it"/,
    );
    const again = await cli(['findings', 'ack', id, '--note', 'again']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is already acknowledged');
    const unknown = await cli(['findings', 'resolve', 'abcdef123456', '--note', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('finding abcdef123456 does not exist');
    expect((await cli(['findings', 'resolve', id])).code).toBe(2);
    const allowPii = await cli(['findings', 'dismiss', id, '--note', 'x', '--allow']);
    expect(allowPii.code).toBe(2);
    expect(allowPii.stderr).toContain('only impersonation and offplatform-contact findings can be allowed');
  });

  it('dismiss --allow writes the account to the brand overrides in the table', async () => {
    const [imp] = await json(['findings', 'list', '--check', 'impersonation']);
    const f = imp as StoredFinding;
    const r = await cli([
      'findings',
      'dismiss',
      f.id,
      '--note',
      'our loyalty club',
      '--by',
      'kim',
      '--allow',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`allowlisted for Acme Bank: x account @${f.authorHandle}`);
    const overrides = await store.getBrandOverrides('Acme Bank');
    expect(overrides?.accounts).toEqual([
      expect.objectContaining({ platform: 'x', handle: f.authorHandle, findingId: f.id, by: 'kim' }),
    ]);
  });

  it("stats: each check's findings and dismissal rate per day", async () => {
    const rows = await json<
      Array<{ period: string; check: string; findings: number; dismissed: number; dismissalRate: number }>
    >(['stats']);
    const imp = rows.filter((r) => r.check === 'impersonation');
    expect(imp.reduce((n, r) => n + r.findings, 0)).toBe(2);
    expect(imp.reduce((n, r) => n + r.dismissed, 0)).toBe(1);
    expect(rows.find((r) => r.check === 'pii-exposure')?.dismissalRate).toBe(0);
    const table = await cli(['stats', '--per', 'week', '--format', 'table']);
    expect(table.stdout).toMatch(/WEEK OF/);
    expect((await cli(['stats', '--per', 'month'])).code).toBe(2);
  });

  it('exports CSV to a file and JSONL to standard output', async () => {
    const out = join(dir, 'findings.csv');
    const r = await cli(['export', '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const csv = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toMatch(/^id,createdAt,status,check,severity,action,brand,platform/);
    const all = await json(['findings', 'list']);
    expect(csv).toHaveLength(all.length + 1);
    const jsonl = await cli(['export', '--status', 'dismissed']);
    const lines = jsonl.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as StoredFinding);
    expect(lines.map((f) => f.status)).toEqual(['dismissed']);
    expect((await cli(['export', '--format', 'xml'])).code).toBe(2);
  });

  it('forget refuses a malformed author (exit 2)', async () => {
    const r = await cli(['forget', '--author', '201']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected PLATFORM:AUTHOR_ID');
    expect((await cli(['forget'])).code).toBe(2);
  });
});
