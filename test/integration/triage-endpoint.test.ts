/**
 * How the triage commands reach a local store (functions/cli/store-access.ts): the endpoint
 * file `postwatch run` leaves, and what happens when it is stale.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandFailure, UsageError } from '../../functions/cli/errors.ts';
import {
  liveEndpoint,
  lockDataDir,
  openTriageTarget,
  writeEndpointFile,
} from '../../functions/cli/store-access.ts';
import { freePort } from '../../shared/store/dynamodb-local.ts';

function configIn(dir: string, store: unknown): string {
  const path = join(dir, 'postwatch.config.json');
  writeFileSync(path, JSON.stringify({ brand: { name: 'Acme Bank' }, store }));
  return path;
}

describe('the endpoint file', () => {
  it('is live only with a loopback endpoint and a running pid; the remover removes only its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-endpoint-'));
    const file = join(dir, 'data', 'endpoint.json');
    expect(liveEndpoint(file)).toBeUndefined();
    const remove = writeEndpointFile(file, {
      endpoint: 'http://127.0.0.1:4567',
      pid: process.pid,
      table: 'postwatch',
    });
    expect(liveEndpoint(file)).toEqual({
      endpoint: 'http://127.0.0.1:4567',
      pid: process.pid,
      table: 'postwatch',
    });
    writeFileSync(
      file,
      JSON.stringify({ endpoint: 'http://evil.example:80', pid: process.pid, table: 'postwatch' }),
    );
    expect(liveEndpoint(file)).toBeUndefined();
    // A pid that cannot be running (above the kernel's pid_max).
    writeFileSync(
      file,
      JSON.stringify({ endpoint: 'http://127.0.0.1:4567', pid: 2 ** 30, table: 'postwatch' }),
    );
    expect(liveEndpoint(file)).toBeUndefined();
    writeFileSync(file, '{ torn');
    expect(liveEndpoint(file)).toBeUndefined();
    // Another run's file is not ours to remove.
    writeFileSync(
      file,
      JSON.stringify({ endpoint: 'http://127.0.0.1:4567', pid: process.pid + 1, table: 't' }),
    );
    remove();
    expect(existsSync(file)).toBe(true);
    writeFileSync(file, JSON.stringify({ endpoint: 'http://127.0.0.1:4567', pid: process.pid, table: 't' }));
    remove();
    expect(existsSync(file)).toBe(false);
  });

  it('a stale file (live pid, nothing listening) makes the command start its own DynamoDB Local', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-endpoint-'));
    const port = await freePort();
    writeEndpointFile(join(dir, 'data', 'endpoint.json'), {
      endpoint: `http://127.0.0.1:${port}`,
      pid: process.pid,
      table: 'postwatch',
    });
    const target = await openTriageTarget(configIn(dir, { type: 'local', path: 'data' }));
    try {
      expect(target.via).toBe('DynamoDB Local on data');
      expect(existsSync(join(dir, 'data', 'postwatch.lock'))).toBe(true);
      expect((await target.store.listFindingsByStatus('open')).items).toEqual([]);
    } finally {
      await target.close();
    }
    expect(existsSync(join(dir, 'data', 'postwatch.lock'))).toBe(false);
  }, 60_000);

  it('the data directory lock: one holder at a time, a dead holder taken over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-lock-'));
    const release = await lockDataDir(dir);
    expect(readFileSync(join(dir, 'postwatch.lock'), 'utf8')).toBe(String(process.pid));
    let waited = false;
    await expect(lockDataDir(dir, { waitMs: 300, onWait: () => (waited = true) })).rejects.toBeInstanceOf(
      CommandFailure,
    );
    expect(waited).toBe(true);
    await release();
    const again = await lockDataDir(dir, { waitMs: 300 });
    await again();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'postwatch.lock'), String(2 ** 30));
    const takenOver = await lockDataDir(dir, { waitMs: 300 });
    expect(readFileSync(join(dir, 'postwatch.lock'), 'utf8')).toBe(String(process.pid));
    await takenOver();
    expect(existsSync(join(dir, 'postwatch.lock'))).toBe(false);
  });

  it('an in-memory store with no monitor running has nothing to read (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-endpoint-'));
    await expect(openTriageTarget(configIn(dir, { type: 'local', path: ':memory:' }))).rejects.toBeInstanceOf(
      UsageError,
    );
  });
});
