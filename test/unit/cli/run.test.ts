import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main.ts';

const brand = resolve('examples/brand.json');

function capture() {
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString();
  });
  return { stream, text: () => text };
}

async function run(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await main(args, { stdin: Readable.from(['']), stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

function configFile(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'pw-run-cli-'));
  const path = join(dir, 'postwatch.config.json');
  writeFileSync(path, typeof config === 'string' ? config : JSON.stringify(config));
  return path;
}

// Config errors are found before anything starts (no DynamoDB Local, no port), so these are fast.
describe('postwatch run (argument and config errors)', () => {
  it('prints its help', async () => {
    const r = await run(['run', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('postwatch run --config postwatch.config.json [--port 8787]');
    expect(r.stdout).toContain('/webhooks/<platform>');
  });

  it('is listed in the top-level help', async () => {
    const r = await run(['--help']);
    expect(r.stdout).toMatch(/^ {2}run +the local monitor/m);
  });

  it('exits 2 naming the field path of a schema error', async () => {
    const path = configFile({
      brand,
      watch: [{ platform: 'myspace', handle: 'a' }],
      store: { type: 'local' },
    });
    const r = await run(['run', '--config', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is invalid');
    expect(r.stderr).toMatch(/watch\[0\]\.platform: expected one of x, facebook/);
    expect(r.stderr).toMatch(/store\.path: /);
  });

  it('exits 2 for a missing poll credential and every unset env variable, never printing values', async () => {
    const path = configFile({
      brand,
      watch: [
        { platform: 'x', handle: 'acmebank', credentials: { bearerToken: 'env:PW_TEST_UNSET_BEARER' } },
        { platform: 'youtube', handle: 'acmebank' },
      ],
      webhooks: { x: { consumerSecret: 'env:PW_TEST_UNSET_SECRET' } },
      alerts: [{ type: 'webhook', url: 'env:PW_TEST_UNSET_URL' }],
    });
    const first = await run(['run', '--config', path]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain('watch[1].credentials.apiKey: required to poll youtube');
    const fixed = configFile({
      brand,
      watch: [
        { platform: 'x', handle: 'acmebank', credentials: { bearerToken: 'env:PW_TEST_UNSET_BEARER' } },
      ],
      webhooks: { x: { consumerSecret: 'env:PW_TEST_UNSET_SECRET' } },
      alerts: [{ type: 'webhook', url: 'env:PW_TEST_UNSET_URL' }],
    });
    const r = await run(['run', '--config', fixed]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'watch[0].credentials.bearerToken: environment variable PW_TEST_UNSET_BEARER is not set',
    );
    expect(r.stderr).toContain(
      'webhooks.x.consumerSecret: environment variable PW_TEST_UNSET_SECRET is not set',
    );
    expect(r.stderr).toContain('alerts[0].url: environment variable PW_TEST_UNSET_URL is not set');
  });

  it('exits 2 for an unreadable or non-JSON config, a bad brand path or a bad port', async () => {
    expect((await run(['run', '--config', '/nonexistent/postwatch.json'])).stderr).toContain(
      'cannot read config',
    );
    expect((await run(['run', '--config', configFile('{ nope')])).code).toBe(2);
    const badBrand = await run(['run', '--config', configFile({ brand: './missing-brand.json' })]);
    expect(badBrand.code).toBe(2);
    expect(badBrand.stderr).toContain('cannot read brand profile');
    const port = await run(['run', '--config', configFile({ brand }), '--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port must be a port number');
  });
});
