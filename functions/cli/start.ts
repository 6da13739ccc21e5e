import { resolve } from 'node:path';
import { durationToMs, ValidationError } from '../../shared/model/index.ts';
import { type CliCommand, examples } from './command.ts';
import { UsageError } from './errors.ts';
import { runSandbox } from './sandbox/sandbox.ts';

/** Options of `postwatch start`, as commander parses them. */
export interface StartOptions {
  readonly duration: string;
  readonly watch?: boolean;
  readonly dir: string;
  readonly port: string;
  readonly every: string;
}

const START_DETAILS = `
What runs: \`postwatch run\` (the local monitor, DynamoDB Local as its store) on a config
written to the sandbox folder, watching a demo brand (examples/sandbox/brand.json) on
loopback fakes of the X, Facebook and Instagram APIs. Posts and comments arrive on them
(an impersonator answering a complaint, a WhatsApp refund scam, a partner post with no
#ad, a health claim, plenty of ordinary comments), and signed Meta and X webhooks reach
the monitor's endpoints. Alerts print as they happen; at the end, a summary: items,
findings by check, alerts, which seeded problems were found, where the data is, and the
triage commands to try on it. The folder is emptied at each start.

Exit status: 0 when the run reached its summary with every seeded problem found (or was
stopped by Ctrl-C or ran with --watch), 1 when the monitor failed or a seeded problem
was missed, 2 for bad arguments. Needs Java 17+ (DynamoDB Local).
${examples('npm start', 'npm start -- --watch', 'npm start -- --duration 20 --dir /tmp/pw-sandbox')}`;

/** `npm start`: the live sandbox (functions/cli/sandbox/). */
export const start: CliCommand = {
  name: 'start',
  register(program, ctx) {
    program
      .command('start')
      .summary('the live sandbox: the monitor on fake platforms, alerts as they happen')
      .description(
        'postwatch start: the live sandbox. The local monitor against fake platform APIs, with a demo brand whose posts and comments keep arriving.',
      )
      .option('--duration <seconds>', 'how long posts and comments keep arriving', '60')
      .option('--watch', 'keep going (a new cycle each --duration) until Ctrl-C')
      .option('--dir <dir>', 'sandbox folder: config, brand, store, alerts, summary', '.postwatch/sandbox')
      .option('--port <n>', 'monitor port on 127.0.0.1 (0 picks a free one)', '0')
      .option('--every <duration>', 'how often the monitor polls each fake account', '2s')
      .addHelpText('after', START_DETAILS)
      .action(
        ctx.action((options: StartOptions) => {
          const seconds = Number(options.duration);
          if (!Number.isFinite(seconds) || seconds < 5 || seconds > 3600) {
            throw new UsageError(
              `--duration must be a number of seconds from 5 to 3600, not ${options.duration}`,
            );
          }
          const port = Number(options.port);
          if (!Number.isInteger(port) || port < 0 || port > 65_535) {
            throw new UsageError(`--port must be a port number (0-65535), not ${options.port}`);
          }
          try {
            durationToMs(options.every);
          } catch (e) {
            if (e instanceof ValidationError) throw new UsageError(`--every: ${e.problems.join('; ')}`);
            throw e;
          }
          return runSandbox(
            {
              dir: resolve(options.dir),
              durationMs: seconds * 1000,
              watch: options.watch === true,
              port,
              pollEvery: options.every,
              commands: program.commands.map((command) => command.name()),
            },
            ctx.io,
          );
        }),
      );
  },
};
