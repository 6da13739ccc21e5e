/**
 * Opens the configured store for the triage commands (findings, stats, export, forget).
 *
 * A local store's data directory is DynamoDB Local's database file, which one JVM at a time
 * may hold. `postwatch run` holds it for as long as it runs and writes an endpoint file
 * (`<store.path>/endpoint.json`, or `.postwatch/endpoint.json` beside the config for
 * `:memory:`) with its DynamoDB Local port and its pid, removed when it stops. A triage
 * command connects to that endpoint while the pid lives and it answers; otherwise it starts
 * its own DynamoDB Local on the directory for the length of the command. Whoever starts
 * DynamoDB Local on a directory holds its lock (`postwatch.lock`) meanwhile, so there is
 * never a second JVM on it. A real table (`store.type: dynamodb`) is used directly.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  type BrandProfile,
  type MonitorConfig,
  parseMonitorConfig,
  ValidationError,
} from '../../shared/model/index.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import {
  type DynamoDbLocal,
  LOCAL_CREDENTIALS,
  LOCAL_REGION,
  startDynamoDbLocal,
} from '../../shared/store/dynamodb-local.ts';
import { addMissingIndexes } from '../../shared/store/migrate.ts';
import type { FindingStore } from '../../shared/store/types.ts';
import { loadBrandFile } from './brand.ts';
import { CommandFailure, UsageError } from './errors.ts';

/** DynamoDB table name used with DynamoDB Local (the same as `postwatch run`'s). */
export const LOCAL_TABLE = 'postwatch';

/** What `postwatch run` leaves for other commands while it holds DynamoDB Local. */
export interface EndpointFile {
  readonly endpoint: string;
  readonly pid: number;
  readonly table: string;
}

/** Where the endpoint file of a local store is, or undefined for a DynamoDB table. */
export function endpointFilePath(config: MonitorConfig, baseDir: string): string | undefined {
  const store = config.store;
  if (store.type !== 'local') return undefined;
  return store.path === ':memory:'
    ? join(baseDir, '.postwatch', 'endpoint.json')
    : join(resolve(baseDir, store.path), 'endpoint.json');
}

/** Writes the endpoint file (run.ts, once DynamoDB Local answers); returns its remover. */
export function writeEndpointFile(path: string, content: EndpointFile): () => void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(content)}\n`, { mode: 0o600 });
  return () => {
    try {
      const current = JSON.parse(readFileSync(path, 'utf8')) as EndpointFile;
      // Only our own: a later run may have replaced it.
      if (current.pid === content.pid) rmSync(path, { force: true });
    } catch {
      // gone already
    }
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live endpoint in the file, or undefined when there is none or its process is gone. */
export function liveEndpoint(path: string): EndpointFile | undefined {
  let parsed: Partial<EndpointFile>;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<EndpointFile>;
  } catch {
    return undefined;
  }
  if (
    typeof parsed.endpoint !== 'string' ||
    typeof parsed.pid !== 'number' ||
    typeof parsed.table !== 'string'
  ) {
    return undefined;
  }
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(parsed.endpoint) || !alive(parsed.pid)) return undefined;
  return parsed as EndpointFile;
}

/** The triage view of a configuration: store, brand, the files that hold alert lines. */
export interface TriageTarget {
  readonly store: FindingStore;
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly brand: BrandProfile;
  readonly baseDir: string;
  /** JSONL alert sink files (absolute). */
  readonly alertFiles: readonly string[];
  readonly deadLetterPath: string;
  /** How the store was reached, for a log line. */
  readonly via: string;
  close(): Promise<void>;
}

/** Reads the config for triage: the schema, the brand and the store; no poll credentials needed. */
export function loadTriageConfig(path: string): {
  config: MonitorConfig;
  baseDir: string;
  brand: BrandProfile;
} {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  let config: MonitorConfig;
  try {
    config = parseMonitorConfig(JSON.parse(text));
  } catch (e) {
    if (e instanceof SyntaxError) throw new UsageError(`config ${path} is not valid JSON: ${e.message}`);
    if (e instanceof ValidationError)
      throw new UsageError(`config ${path} is invalid:\n  ${e.problems.join('\n  ')}`);
    throw e;
  }
  const baseDir = dirname(resolve(path));
  const brand =
    typeof config.brand === 'string' ? loadBrandFile(resolve(baseDir, config.brand)) : config.brand;
  return { config, baseDir, brand };
}

const LOCK_WAIT_MS = 60_000;
const LOCK_FILE = 'postwatch.lock';

/**
 * One attempt at the data directory's lock: a file created exclusively, holding the pid; a
 * lock whose process is gone is taken over. Resolves to the release function, or undefined
 * when a live process holds it.
 */
async function tryLock(dir: string): Promise<(() => Promise<void>) | undefined> {
  const path = join(dir, LOCK_FILE);
  await mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(path, 'utf8'));
      } catch {
        continue;
      }
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) return undefined;
      rmSync(path, { force: true });
    }
  }
  return undefined;
}

/**
 * The lock on a data directory that whoever starts DynamoDB Local on it holds while it runs
 * (two JVMs must not open one database file): `postwatch run` for its lifetime, a triage
 * command for its own. Waits while another process holds it.
 */
export async function lockDataDir(
  dir: string,
  options: { readonly waitMs?: number; readonly onWait?: () => void } = {},
): Promise<() => Promise<void>> {
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  let told = false;
  for (;;) {
    const release = await tryLock(dir);
    if (release) return release;
    if (Date.now() > deadline)
      throw new CommandFailure(`${join(dir, LOCK_FILE)} is held by another postwatch process`);
    if (!told) options.onWait?.();
    told = true;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts DynamoDB Local (on `dir`, or in memory) with the postwatch table and its indexes. */
export async function startLocalStore(dir: string | undefined): Promise<DynamoDbLocal> {
  const db = await startDynamoDbLocal(dir ? { path: dir } : {});
  try {
    await db.ensureTable(LOCAL_TABLE);
    await addMissingIndexes(db.client, LOCAL_TABLE);
  } catch (error) {
    await db.stop();
    throw error;
  }
  return db;
}

/** A client for a `store.type: dynamodb` table (region and endpoint from the config, else the SDK's defaults). */
export function tableClient(store: Extract<MonitorConfig['store'], { type: 'dynamodb' }>): DynamoDBClient {
  return new DynamoDBClient({
    ...(store.region ? { region: store.region } : {}),
    ...(store.endpoint ? { endpoint: store.endpoint } : {}),
  });
}

/**
 * True when DynamoDB Local answers on the endpoint; false when the connection is refused (no
 * one listens: a stale file). Anything else (a slow answer) is an error: starting a second
 * DynamoDB Local on a directory that a live monitor may hold is what must not happen.
 */
async function answers(client: DynamoDBClient, table: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: table }), {
      abortSignal: AbortSignal.timeout(10_000),
    });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as { cause?: NodeJS.ErrnoException }).cause?.code;
    if (code === 'ECONNREFUSED') return false;
    throw new CommandFailure(`the running monitor's DynamoDB Local did not answer: ${(e as Error).name}`);
  }
}

/** Opens the store the config names, the way the module comment describes. */
export async function openTriageTarget(configPath: string): Promise<TriageTarget> {
  const { config, baseDir, brand } = loadTriageConfig(configPath);
  const alertFiles = config.alerts
    .filter((a): a is Extract<MonitorConfig['alerts'][number], { type: 'jsonl' }> => a.type === 'jsonl')
    .map((a) => resolve(baseDir, a.path));
  const common = {
    brand,
    baseDir,
    alertFiles,
    deadLetterPath: resolve(baseDir, '.postwatch/dead-letter.jsonl'),
  };
  const make = (client: DynamoDBClient, tableName: string, via: string, close: () => Promise<void>) => {
    const doc = createDocumentClient(client);
    return {
      ...common,
      client: doc,
      tableName,
      via,
      store: new DynamoFindingStore({ client: doc, tableName }),
      close,
    };
  };
  const store = config.store;
  if (store.type === 'dynamodb') {
    const client = tableClient(store);
    return make(client, store.table, `DynamoDB table ${store.table}`, async () => client.destroy());
  }
  const file = endpointFilePath(config, baseDir) as string;
  const dir = store.path === ':memory:' ? undefined : resolve(baseDir, store.path);
  // The monitor's endpoint, or the directory's lock: whichever comes first (a monitor that
  // is starting holds the lock before its endpoint file appears).
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    const live = liveEndpoint(file);
    if (live) {
      const client = new DynamoDBClient({
        endpoint: live.endpoint,
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
      });
      if (await answers(client, live.table)) {
        return make(client, live.table, `the running monitor (pid ${live.pid})`, async () =>
          client.destroy(),
        );
      }
      // Nothing listens there: the pid was reused by another program, the file is stale.
      client.destroy();
    }
    if (!dir) {
      throw new UsageError(
        'the store is in memory (store.path ":memory:") and no `postwatch run` with this config is running: nothing to read',
      );
    }
    const unlock = await tryLock(dir);
    if (unlock) {
      try {
        const db = await startLocalStore(dir);
        return make(db.client, LOCAL_TABLE, `DynamoDB Local on ${store.path}`, async () => {
          await db.stop();
          await unlock();
        });
      } catch (error) {
        await unlock();
        throw error;
      }
    }
    if (Date.now() > deadline) {
      throw new CommandFailure(
        `${join(dir, LOCK_FILE)} is held by another postwatch process that serves no endpoint`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
