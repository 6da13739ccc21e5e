/**
 * The postwatch command line. Each subcommand lives in its own module; this file only
 * dispatches and maps errors to exit statuses (2 for usage, 1 for anything unexpected).
 */
import { UsageError } from './errors.ts';
import type { Io } from './io.ts';
import { runCommand } from './run.ts';
import { scanCommand } from './scan.ts';
import { startCommand } from './start.ts';

const HELP = `postwatch: watches brand posts and the comments under them for integrity problems and scams.

Commands:
  scan     check a file of content items against a brand profile (no server, no cloud)
  run      the local monitor: poll watched accounts, serve webhooks, send alerts
  start    the demo: scan examples/ against the demo brand and print the findings table

Run \`postwatch COMMAND --help\` for a command's options.
`;

type Command = (args: string[], io: Io) => Promise<number>;
const COMMANDS: Record<string, Command> = { scan: scanCommand, start: startCommand, run: runCommand };

/** Runs the CLI with the given arguments and streams; resolves to the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`postwatch: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`postwatch ${name}: ${(e as Error).message}\nTry: postwatch ${name} --help\n`);
      return 2;
    }
    io.stderr.write(`postwatch ${name}: unexpected error: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

/** Runs the CLI on this process's arguments and streams, and sets its exit status. */
export async function runFromProcess(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}

// `node --import tsx functions/cli/main.ts` (the npm scripts) runs this file directly;
// the installed command goes through bin.mjs.
const isEntry = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isEntry) await runFromProcess();
