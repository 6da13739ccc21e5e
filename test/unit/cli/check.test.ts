import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main.ts';

const brand = resolve('examples/brand.json');

/** A stand-in for a non-terminal stdout/stderr that keeps what is written. */
function capture() {
  const chunks: Buffer[] = [];
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(args: string[], stdin: string | null = null) {
  const out = capture();
  const err = capture();
  const input = Readable.from(stdin === null ? [] : [stdin]);
  // No piped input: standard input is the terminal.
  if (stdin === null) Object.assign(input, { isTTY: true });
  const code = await main(['check', ...args], { stdin: input, stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'pw-check-'));

describe('postwatch check', () => {
  it('exit 1 with each finding, its evidence and the fix, when something would fire', async () => {
    const r = await run(['--brand', brand, 'Our vitamin gummies cure anxiety! Guaranteed results.']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^2 findings would fire \(as the brand, @acmebank on x, a post\)/);
    expect(r.stdout).toMatch(/1\. health-claim {2}high {2}→ correction/);
    expect(r.stdout).toContain('text: Our vitamin gummies cure anxiety!');
    expect(r.stdout).toMatch(/Fix: Soften or remove 'cure anxiety'/);
    expect(r.stdout).toMatch(/2\. misleading-claim/);
    expect(r.stderr).toBe('');
  });

  it('exit 0 and the checks that ran, when nothing would fire', async () => {
    const r = await run(['--brand', brand, 'Our branch on the high street opens at 9 on Saturdays']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Nothing would fire \(as the brand, @acmebank on x, a post; 6 checks ran: /);
    expect(r.stdout).toContain('undisclosed-data-collection');
  });

  it('--format json prints {"findings": [...]} with the §3 fields and a fix', async () => {
    const r = await run([
      '--brand',
      brand,
      '--as',
      'jane.runs',
      '--format',
      'json',
      'Obsessed with my new Acme Bank card, use code JANE10 for a bonus!',
    ]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)[0]).toBe('findings');
    expect(out).toMatchObject({ role: 'partner', platform: 'instagram', handle: 'jane.runs' });
    expect(out.findings).toHaveLength(1);
    const [f] = out.findings;
    expect(f).toMatchObject({ check: 'undisclosed-sponsorship', severity: 'medium', action: 'correction' });
    expect(f.evidence[0]).toMatchObject({ field: 'text', match: expect.any(String) });
    expect(f.fix).toMatch(/#ad/);
    const clean = await run(['--brand', brand, '--format', 'json', 'See you at the branch']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).findings).toEqual([]);
  });

  it('reads the draft from --file and from standard input', async () => {
    const file = join(tmp(), 'caption.txt');
    writeFileSync(file, '\uFEFFSend us your date of birth and home address to enter the draw\n');
    const fromFile = await run(['--brand', brand, '--file', file, '--format', 'json']);
    expect(fromFile.code).toBe(1);
    expect(JSON.parse(fromFile.stdout).findings[0].check).toBe('undisclosed-data-collection');
    const piped = await run(['--brand', brand, '--format', 'json'], 'Send us your date of birth to enter');
    expect(piped.code).toBe(1);
    expect(JSON.parse(piped.stdout).findings[0].check).toBe('undisclosed-data-collection');
    const dash = await run(['--brand', brand, '--file', '-'], 'Lovely weather for a branch visit');
    expect(dash.code).toBe(0);
  });

  it('a draft reply (--kind comment) gets hostile-reply', async () => {
    const r = await run(['--brand', brand, '--kind', 'comment', '@tom_w that is a stupid question']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('hostile-reply');
    expect(r.stdout).toContain('a reply');
  });

  it('--at judges the partner vetting at publication time', async () => {
    const text = '#ad Loving my Acme Bank card, code JANE10';
    expect(
      (await run(['--brand', brand, '--as', 'jane.runs', '--at', '2027-01-10T09:00:00Z', text])).code,
    ).toBe(0);
    const late = await run(['--brand', brand, '--as', 'jane.runs', '--at', '2027-09-01', text]);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('unvetted-partner');
  });

  it('exit 2 for an unknown partner, naming the partners there are', async () => {
    const r = await run(['--brand', brand, '--as', 'somebody_else', 'hello']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/@somebody_else is not a partner in the brand profile; partners: @jane\.runs/);
  });

  it('exit 2 for bad arguments and an invalid profile', async () => {
    const dir = tmp();
    const bad = join(dir, 'brand.json');
    writeFileSync(
      bad,
      JSON.stringify({ name: 'X', partners: [{ platform: 'x', handle: 'a', status: 'maybe' }] }),
    );
    const cases: Array<[string[], RegExp, string | null]> = [
      [['hello'], /--brand FILE is required/, null],
      [['--brand', bad, 'hello'], /partners\[0\]\.status/, null],
      [['--brand', brand, '--format', 'xml', 'hello'], /--format must be table or json/, null],
      [['--brand', brand, '--kind', 'story', 'hello'], /--kind must be post or comment/, null],
      [['--brand', brand, '--platform', 'myspace', 'hello'], /unknown platform 'myspace'/, null],
      [['--brand', brand, '--at', 'soon', 'hello'], /--at must be an ISO-8601 time/, null],
      [['--brand', brand, '--file', join(dir, 'missing.txt')], /cannot read .*missing\.txt: ENOENT/, null],
      [['--brand', brand, '--file', bad, 'hello'], /either as an argument or with --file/, null],
      [['--brand', brand], /no draft: give the caption/, null],
      [['--brand', brand], /draft text is empty/, '   \n'],
    ];
    for (const [args, message, stdin] of cases) {
      const r = await run(args, stdin);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('shows control characters of the draft escaped, never raw', async () => {
    const r = await run(['--brand', brand, 'Our gummies cure anxiety\u202e and \x1b[2J more']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).not.toContain('\x1b[2J');
  });

  it('is listed in the top-level help', async () => {
    const out = capture();
    const code = await main(['--help'], {
      stdin: Readable.from([]),
      stdout: out.stream,
      stderr: capture().stream,
    });
    expect(code).toBe(0);
    expect(out.text()).toMatch(/check\s+pre-publish check/);
  });
});
