import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main.ts';

function capture() {
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString();
  });
  return { stream, text: () => text };
}

async function cli(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(args, { stdin: Readable.from(['']), stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

// Argument and config errors come before any store is opened or port bound, so these are fast.
describe('postwatch ui (arguments)', () => {
  it('prints its help with the routes and an example', async () => {
    const r = await cli(['ui', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--config postwatch.config.json [--port 8788]');
    expect(r.stdout).toContain('http://127.0.0.1:PORT only');
    expect(r.stdout).toContain('npm run -s postwatch -- ui --config');
  });

  it('is listed in the top-level help', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).toMatch(/\bui\b.*triage page/);
  });

  it('refuses a bad port with exit 2 before touching the store', async () => {
    for (const port of ['x', '-1', '65536', '80.5']) {
      const r = await cli(['ui', '--config', 'does-not-exist.json', '--port', port]);
      expect(r.code, port).toBe(2);
      expect(r.stderr).toContain('--port must be a port number');
    }
  });

  it('refuses an in-memory store with no monitor running (nothing to show) with exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-ui-cli-'));
    const path = join(dir, 'postwatch.config.json');
    writeFileSync(
      path,
      JSON.stringify({ brand: resolve('examples/brand.json'), store: { type: 'local', path: ':memory:' } }),
    );
    const r = await cli(['ui', '--config', path, '--port', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/in memory/);
  });
});
