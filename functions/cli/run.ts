import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { ConsoleAlertSink } from '../../shared/alerts/console.ts';
import { FanoutAlertSink, type NamedSink } from '../../shared/alerts/fanout.ts';
import { JsonlAlertSink } from '../../shared/alerts/jsonl.ts';
import { SnsAlertSink } from '../../shared/alerts/sns.ts';
import { WebhookAlertSink } from '../../shared/alerts/webhook.ts';
import {
  type BrandProfile,
  type MonitorConfig,
  parseMonitorConfig,
  resolveEnvRefs,
  ValidationError,
} from '../../shared/model/index.ts';
import { liveEngine } from '../../shared/pipeline/brand-overrides.ts';
import { createMonitor, describeError } from '../../shared/pipeline/monitor.ts';
import { POLL_CREDENTIALS } from '../../shared/platforms/registry.ts';
import { buildWebhookSecrets, type WebhookSecrets } from '../../shared/platforms/webhooks/index.ts';
import { createDocumentClient, DynamoFindingStore } from '../../shared/store/dynamodb.ts';
import { ensureTable } from '../../shared/store/dynamodb-local.ts';
import { DynamoImpersonatorStore } from '../../shared/store/impersonators.ts';
import { addMissingIndexes } from '../../shared/store/migrate.ts';
import { DynamoPollStateStore } from '../../shared/store/poll-state.ts';
import { createUiHandler } from '../../shared/ui/server.ts';
import { createUiServices } from '../../shared/ui/services.ts';
import { loadBrandFile } from './brand.ts';
import { type CliCommand, examples } from './command.ts';
import { UsageError } from './errors.ts';
import type { Io } from './io.ts';
import {
  endpointFilePath,
  LOCAL_TABLE,
  lockDataDir,
  startLocalStore,
  tableClient,
  writeEndpointFile,
} from './store-access.ts';

const RUN_DETAILS = `
Serves on http://127.0.0.1:PORT:
  GET  /                        the triage page (its JSON API under /api/; see postwatch ui)
  GET  /healthz                 200 once ready to take events
  GET  /webhooks/<platform>     the platform's handshake (x, meta, youtube, mastodon, tiktok)
  POST /webhooks/<platform>     signed events; a missing or wrong signature gets 401

Paths in the config (brand, jsonl alerts, store.path) are relative to the config file.
Values "env:NAME" are read from the environment. Items that fail every attempt go to
.postwatch/dead-letter.jsonl beside the config. Logs go to standard error; alerts to the
configured sinks ("console" prints them on standard output).

Ctrl-C or SIGTERM stops polling, finishes the queued items and exits 0. Exit status 2:
bad arguments or an invalid configuration (the message names the field).
${examples('npm run -s postwatch -- run --config postwatch.config.example.json')}`;

/** `postwatch run` (CONTRACTS.md §6). */
export const run: CliCommand = {
  name: 'run',
  register(program, ctx) {
    program
      .command('run')
      .summary('the local monitor: polls, webhooks, alerts')
      .description(
        'postwatch run: the local monitor. Polls the watched accounts, serves platform\nwebhooks, stores findings and sends alerts, in one process.',
      )
      .usage('--config postwatch.config.json [--port 8787]')
      .option('--config <file>', 'monitor configuration (CONTRACTS.md §5)', 'postwatch.config.json')
      .option('--port <n>', 'webhook port on 127.0.0.1 (0 picks a free one)', '8787')
      .addHelpText('after', RUN_DETAILS)
      .action(ctx.action((options: RunOptions) => runMonitor(options, ctx.io)));
  },
};

/** Options of `postwatch run`, as commander parses them. */
export interface RunOptions {
  readonly config: string;
  readonly port: string;
}

/** The parts of the config the monitor needs, with paths resolved and secrets read. */
interface LoadedConfig {
  readonly config: MonitorConfig;
  readonly baseDir: string;
  readonly brand: BrandProfile;
  readonly secrets: WebhookSecrets;
  readonly alerts: MonitorConfig['alerts'];
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config ${path}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`config ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Turns validation problems into a usage error (exit 2) that lists each field path. */
function invalid(path: string, problems: readonly string[]): UsageError {
  return new UsageError(`config ${path} is invalid:\n  ${problems.join('\n  ')}`);
}

/**
 * Reads and checks the whole configuration before anything starts: schema, the brand
 * profile, required poll credentials and every `env:NAME` (all missing ones reported at
 * once, by field path, never with a value).
 */
export function loadRunConfig(path: string, env: Readonly<Record<string, string | undefined>>): LoadedConfig {
  const baseDir = dirname(resolve(path));
  let config: MonitorConfig;
  try {
    config = parseMonitorConfig(readJson(path));
  } catch (e) {
    if (e instanceof ValidationError) throw invalid(path, e.problems);
    throw e;
  }
  const problems: string[] = [];
  config.watch.forEach((account, i) => {
    for (const key of POLL_CREDENTIALS[account.platform].required) {
      if (!account.credentials[key]) {
        problems.push(`watch[${i}].credentials.${key}: required to poll ${account.platform}`);
      }
    }
  });
  if (problems.length > 0) throw invalid(path, problems);
  let resolved: Pick<MonitorConfig, 'watch' | 'webhooks' | 'alerts'>;
  try {
    // Checked here so a missing variable stops the start; the pollers read credentials themselves.
    resolved = resolveEnvRefs({ watch: config.watch, webhooks: config.webhooks, alerts: config.alerts }, env);
  } catch (e) {
    if (e instanceof ValidationError) throw invalid(path, e.problems);
    throw e;
  }
  let secrets: WebhookSecrets;
  try {
    secrets = buildWebhookSecrets(resolved.webhooks as Record<string, Record<string, string>>, config.watch);
  } catch (e) {
    if (e instanceof ValidationError) throw invalid(path, e.problems);
    throw e;
  }
  resolved.alerts.forEach((a, i) => {
    if (a.type === 'sns' && (!a.topics.takedown || !a.topics.correction)) {
      problems.push(`alerts[${i}].topics: takedown and correction are required`);
    }
  });
  if (problems.length > 0) throw invalid(path, problems);
  const brand =
    typeof config.brand === 'string' ? loadBrandFile(resolve(baseDir, config.brand)) : config.brand;
  return { config, baseDir, brand, secrets, alerts: resolved.alerts };
}

function buildSinks(loaded: LoadedConfig, io: Io): NamedSink[] {
  return loaded.alerts.map((a, i): NamedSink => {
    const name = `${a.type}#${i}`;
    switch (a.type) {
      case 'console':
        return { name, sink: new ConsoleAlertSink(io.stdout) };
      case 'jsonl':
        return { name, sink: new JsonlAlertSink(resolve(loaded.baseDir, a.path)) };
      case 'webhook':
        return { name, sink: new WebhookAlertSink({ url: a.url }) };
      default:
        // The remaining type is sns (the schema allows no other).
        return {
          name,
          sink: new SnsAlertSink({
            client: new SNSClient({}),
            topics: {
              takedown: a.topics.takedown as string,
              correction: a.topics.correction as string,
              ...(a.topics.review ? { review: a.topics.review } : {}),
            },
          }),
        };
    }
  });
}

/** Opens the configured store; `close` releases it (and stops DynamoDB Local if we started it). */
async function openStore(
  loaded: LoadedConfig,
  log: (line: string) => void,
): Promise<{ client: DynamoDBClient; tableName: string; endpoint?: string; close: () => Promise<void> }> {
  const store = loaded.config.store;
  if (store.type === 'local') {
    const memory = store.path === ':memory:';
    const dir = memory ? undefined : resolve(loaded.baseDir, store.path);
    log(`starting DynamoDB Local (${memory ? 'in memory, nothing kept' : `data in ${store.path}`})`);
    // Held while we run: a triage command started meanwhile uses our endpoint, not a second JVM.
    const unlock = dir
      ? await lockDataDir(dir, {
          onWait: () => log('waiting for a triage command to release the data directory'),
        })
      : undefined;
    let db: Awaited<ReturnType<typeof startLocalStore>>;
    try {
      db = await startLocalStore(dir);
    } catch (error) {
      await unlock?.();
      throw error;
    }
    return {
      client: db.client,
      tableName: LOCAL_TABLE,
      endpoint: db.endpoint,
      close: async () => {
        await db.stop();
        await unlock?.();
      },
    };
  }
  const client = tableClient(store);
  // A custom endpoint is someone's own DynamoDB Local: create the table there as we would ours.
  // On AWS the stack owns the table.
  if (store.endpoint) {
    await ensureTable(client, store.table);
    await addMissingIndexes(client, store.table);
  }
  log(`store: DynamoDB table ${store.table}`);
  return {
    client,
    tableName: store.table,
    close: async () => {
      client.destroy();
    },
  };
}

/** Wrappers (npm, tsx) may relay the same signal again; repeats this close to the first are one. */
const REPEAT_WINDOW_MS = 1_000;

/** Resolves on the first SIGINT or SIGTERM; another one a second later forces the exit (status 130). */
function untilSignal(log: (line: string) => void): Promise<string> {
  return new Promise((resolveSignal) => {
    const first = (signal: string) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      const at = Date.now();
      const force = () => {
        if (Date.now() - at < REPEAT_WINDOW_MS) return;
        log('second signal: exiting without finishing the queue');
        process.exit(130);
      };
      process.on('SIGINT', force);
      process.on('SIGTERM', force);
      resolveSignal(signal);
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}

/** The one-machine monitor. Resolves to the exit status once stopped by a signal. */
export async function runMonitor(values: RunOptions, io: Io): Promise<number> {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port must be a port number (0-65535), not ${values.port}`);
  }
  const configPath = values.config;
  const log = (line: string) => {
    io.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  };
  const loaded = loadRunConfig(configPath, process.env);
  // Registered before the slow start so a Ctrl-C during it still stops cleanly.
  const stopped = untilSignal(log);

  const store = await openStore(loaded, log);
  // Triage commands run meanwhile reach our DynamoDB Local through this file (store-access.ts).
  const endpointFile = endpointFilePath(loaded.config, loaded.baseDir);
  const removeEndpoint =
    endpointFile && store.endpoint
      ? writeEndpointFile(endpointFile, {
          endpoint: store.endpoint,
          pid: process.pid,
          table: store.tableName,
        })
      : undefined;
  if (removeEndpoint) process.once('exit', removeEndpoint);
  const doc = createDocumentClient(store.client);
  const findings = new DynamoFindingStore({ client: doc, tableName: store.tableName });
  // The brand profile with triage's allowlist merged over it, re-read every few seconds.
  const engine = liveEngine({
    profile: loaded.brand,
    store: findings,
    onError: (error) => log(`brand overrides not read: ${describeError(error)}`),
  });
  await engine.refresh();
  const stopRefreshing = engine.keepFresh();
  const sink = new FanoutAlertSink(buildSinks(loaded, io), {
    onError: (name, error) => log(`alert sink ${name} failed: ${describeError(error)}`),
  });
  const monitor = createMonitor({
    engine,
    store: findings,
    pollState: new DynamoPollStateStore({ client: doc, tableName: store.tableName }),
    impersonators: new DynamoImpersonatorStore({ client: doc, tableName: store.tableName }),
    // The triage page (shared/ui) on the same loopback port: GET / and its API under /api/.
    otherRoutes: createUiHandler(
      createUiServices({
        store: findings,
        brand: loaded.brand,
        impersonators: new DynamoImpersonatorStore({ client: doc, tableName: store.tableName }),
      }),
      log,
    ),
    sink,
    watch: loaded.config.watch,
    secrets: loaded.secrets,
    deadLetterPath: resolve(loaded.baseDir, '.postwatch/dead-letter.jsonl'),
    inboxDir: resolve(loaded.baseDir, '.postwatch/inbox'),
    // DynamoDB Local applies writes one at a time: one worker with larger batches is as fast
    // and answers sooner (bench: p99 send-to-alert); a real table takes writes in parallel.
    queue: { lanes: loaded.config.store.type === 'local' ? 1 : 4 },
    log,
  });
  let bound: number;
  try {
    bound = await monitor.start(port);
  } catch (error) {
    stopRefreshing();
    removeEndpoint?.();
    await store.close();
    throw new UsageError(`cannot listen on 127.0.0.1:${port}: ${(error as NodeJS.ErrnoException).code}`);
  }
  const served = Object.keys(loaded.secrets).join(', ') || 'none configured';
  log(`listening on http://127.0.0.1:${bound} (webhooks: ${served}; ${loaded.config.watch.length} watched)`);

  const signal = await stopped;
  log(`${signal}: stopping polls, finishing the queue`);
  await monitor.stop();
  stopRefreshing();
  removeEndpoint?.();
  await store.close();
  return 0;
}
