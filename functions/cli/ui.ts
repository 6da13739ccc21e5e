import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeError } from '../../shared/pipeline/monitor.ts';
import { createUiHandler } from '../../shared/ui/server.ts';
import { createUiServices } from '../../shared/ui/services.ts';
import { type CliCommand, examples } from './command.ts';
import { UsageError } from './errors.ts';
import { impersonatorStoreOf } from './impersonators.ts';
import type { Io } from './io.ts';
import { openTriageTarget } from './store-access.ts';

const UI_DETAILS = `
Serves on http://127.0.0.1:PORT only (never on another interface):
  GET  /                        the triage page: findings queue with filters, a finding with
                                its evidence and history, ack/resolve/dismiss with a note,
                                the impersonator list, the pre-publish check
  GET  /api/...                 the page's JSON API; changes need this origin and JSON

\`postwatch run\` serves the same page on its own port; this command is for triage without
the monitor. It reads the store the config names (the running monitor's DynamoDB Local when
there is one). Ctrl-C or SIGTERM stops it (exit 0).
${examples('npm run -s postwatch -- ui --config postwatch.config.json --port 8788')}`;

/** Options of `postwatch ui`, as commander parses them. */
export interface UiOptions {
  readonly config: string;
  readonly port: string;
}

/** Serves the page until a signal; resolves to the exit status. */
export async function serveUiCommand(options: UiOptions, io: Io): Promise<number> {
  const port = Number(options.port);
  if (!/^\d+$/.test(options.port) || port > 65_535) {
    throw new UsageError(`--port must be a port number (0-65535), not ${options.port}`);
  }
  const log = (line: string) => {
    io.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  };
  const target = await openTriageTarget(options.config);
  const services = createUiServices({
    store: target.store,
    brand: target.brand,
    impersonators: impersonatorStoreOf(target),
  });
  const server = createServer(createUiHandler(services, log));
  server.requestTimeout = 15_000;
  server.headersTimeout = 10_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await target.close();
    throw new UsageError(`cannot listen on 127.0.0.1:${port}: ${describeError(error)}`);
  }
  const bound = (server.address() as AddressInfo).port;
  log(`triage page on http://127.0.0.1:${bound}/ (store: ${target.via})`);
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log(`${signal}: stopping`);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
  await target.close();
  return 0;
}

/** `postwatch ui`: the triage page on its own (issue #11). */
export const ui: CliCommand = {
  name: 'ui',
  register(program, ctx) {
    program
      .command('ui')
      .summary('the triage page on loopback, without the monitor')
      .description(
        'postwatch ui: serves the triage page (findings, impersonators, pre-publish check) on\n127.0.0.1 for the store the configuration names.',
      )
      .usage('--config postwatch.config.json [--port 8788]')
      .option('--config <file>', 'monitor configuration (CONTRACTS.md §5)', 'postwatch.config.json')
      .option('--port <n>', 'port on 127.0.0.1 (0 picks a free one)', '8788')
      .addHelpText('after', UI_DETAILS)
      .action(ctx.action((options: UiOptions) => serveUiCommand(options, ctx.io)));
  },
};
