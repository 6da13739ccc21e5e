import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main.ts';

const brand = resolve('examples/brand.json');
const mixed = resolve('test/events/scan/mixed.jsonl');

function capture(isTTY = false) {
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString();
  });
  Object.assign(stream, { isTTY });
  return { stream, text: () => text };
}

async function run(args: string[], stdin = '') {
  const out = capture();
  const err = capture();
  const code = await main(args, { stdin: Readable.from([stdin]), stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('postwatch scan', () => {
  it('writes one jsonl line per valid item in input order and reports bad lines with their numbers', async () => {
    const r = await run(['scan', '--brand', brand, '--input', mixed, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['Ugx1', 'Ugx2', '4']);
    expect(lines[0].findings.map((f: { check: string }) => f.check)).toEqual(['spam']);
    expect(lines[1]).toEqual({ platform: 'youtube', id: 'Ugx2', findings: [] });
    expect(r.stderr).toMatch(/^line 3: not valid JSON/m);
    expect(r.stderr).toMatch(/^line 4: platform: expected one of x, facebook/m);
    expect(r.stderr).toMatch(/^line 5: text: required string is missing/m);
    expect(r.stderr).not.toMatch(/line 6/);
  });

  it('reads standard input when --input is - or absent', async () => {
    const item =
      '{"platform":"x","kind":"comment","id":"7","author":{"handle":"z"},"text":"follow for follow #f4f"}\n';
    for (const args of [['--input', '-'], []]) {
      const r = await run(['scan', '--brand', brand, '--format', 'jsonl', ...args], item);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).findings[0].check).toBe('spam');
    }
  });

  it('accepts a .json file holding an array', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-scan-'));
    const file = join(dir, 'items.json');
    writeFileSync(
      file,
      JSON.stringify(
        [
          { platform: 'x', kind: 'post', id: '1', author: { handle: 'a' }, text: 'hello' },
          { platform: 'x', kind: 'post', id: '2', author: { handle: 'b' } },
          { platform: 'x', kind: 'post', id: '3', author: { handle: 'c' }, text: 'bye' },
        ],
        null,
        2,
      ),
    );
    const r = await run(['scan', '--brand', brand, '--input', file, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['1', '3']);
    expect(r.stderr).toMatch(/^line 2: text: required string is missing/m);
  });

  it('prints a table with the evidence and a summary line', async () => {
    const r = await run(['scan', '--brand', brand, '--input', mixed, '--format', 'table']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('youtube:Ugx1');
    expect(r.stdout).toContain('text: sub to my channel');
    expect(r.stdout).toMatch(/3 items scanned, 1 with findings, 1 findings, 3 invalid lines skipped/);
  });

  it('exits 2 with a message naming the field when the brand profile is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-brand-'));
    const file = join(dir, 'brand.json');
    writeFileSync(
      file,
      JSON.stringify({ name: 'X', partners: [{ platform: 'x', handle: 'p', status: 'maybe' }] }),
    );
    const r = await run(['scan', '--brand', file, '--input', mixed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('partners[0].status: expected one of approved, pending, suspended');
    expect(r.stdout).toBe('');
  });

  it('exits 2 for bad arguments', async () => {
    expect((await run(['scan', '--input', mixed])).code).toBe(2);
    expect((await run(['scan', '--brand', brand, '--format', 'xml'])).code).toBe(2);
    expect((await run(['scan', '--brand', brand, '--input', '/no/such/file'])).code).toBe(2);
    expect((await run(['scan', '--brand', brand, '--bogus'])).code).toBe(2);
    expect((await run(['nonsense'])).code).toBe(2);
  });

  it('prints help with examples and exits 0', async () => {
    const r = await run(['scan', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
  });
});

describe('postwatch scan as a process', () => {
  it('stops quietly when the reader closes the pipe early (scan … | head -1)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-scan-pipe-'));
    const input = join(dir, 'many.jsonl');
    const lines = readFileSync(resolve('examples/items.jsonl'), 'utf8').trim().split('\n');
    writeFileSync(input, `${Array.from({ length: 4000 }, (_, i) => lines[i % lines.length]).join('\n')}\n`);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'functions/cli/main.ts', 'scan', '--brand', brand, '--input', input],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const first = await new Promise<string>((done) => {
      child.stdout.once('data', (c: Buffer) => {
        child.stdout.destroy();
        done(c.toString());
      });
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(JSON.parse(first.split('\n')[0] as string)).toHaveProperty('findings');
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 60_000);
});
