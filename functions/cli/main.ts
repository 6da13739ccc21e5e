/**
 * The postwatch command line, on commander.
 *
 * Adding a command: write one module `functions/cli/<name>.ts` exporting a `CliCommand`
 * (`./command.ts`):
 *
 *   export const check: CliCommand = {
 *     name: 'check',
 *     register(program, ctx) {
 *       program
 *         .command('check')
 *         .summary('one line for the command list')
 *         .description('what it does, for `postwatch check --help`')
 *         .argument('[caption]', '...')
 *         .option('--brand <file>', '...')
 *         .addHelpText('after', examples('npm run -s postwatch -- check --brand b.json "text"'))
 *         .action(ctx.action(async (caption, options) => { ...; return 0; }));
 *     },
 *   };
 *
 * and add it to COMMANDS below (one import, one entry). The action resolves to the exit
 * status; throw a UsageError (./errors.ts) for bad arguments. Write through `ctx.io`, never
 * process.stdout, so the tests can capture it; colour only through format.ts `colors()`,
 * which honours NO_COLOR and a non-terminal stream.
 *
 * Exit statuses (CONTRACTS.md): 0 success, 2 usage errors (unknown command or option, missing
 * value, UsageError), 1 when the command could not do what was asked (CommandFailure: an
 * unknown finding id, a conflicting change) or anything unexpected. A command may return other codes it documents
 * (e.g. `check` 1 when something would fire).
 */
import { Command, CommanderError } from 'commander';
import { check } from './check.ts';
import type { CliCommand, CliContext } from './command.ts';
import { completion } from './completion.ts';
import { CommandFailure, UsageError } from './errors.ts';
import { exportCommand } from './export.ts';
import { findings } from './findings.ts';
import { forget } from './forget.ts';
import { useColor } from './format.ts';
import { impersonators } from './impersonators.ts';
import type { Io } from './io.ts';
import { run } from './run.ts';
import { scan } from './scan.ts';
import { start } from './start.ts';
import { stats } from './stats.ts';
import { takedown } from './takedown.ts';
import { ui } from './ui.ts';

/** Every top-level command, in the order `postwatch --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  scan,
  run,
  start,
  check,
  findings,
  stats,
  exportCommand,
  forget,
  impersonators,
  takedown,
  ui,
  completion,
];

/** Builds a fresh program (one per call, so tests can run many in one process). */
export function buildProgram(io: Io, setStatus: (code: number) => void): Command {
  const program = new Command('postwatch');
  program
    .description(
      'postwatch: watches brand posts and the comments under them for integrity problems and scams.',
    )
    .usage('COMMAND [options]')
    // Settings below are copied into every subcommand created after them.
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Errors are written by main() with the command's name and a --help hint.
      outputError: () => {},
      getOutHasColors: () => useColor(io.stdout),
      getErrHasColors: () => useColor(io.stderr),
    })
    .configureHelp({ subcommandTerm: (cmd) => cmd.name(), showGlobalOptions: false })
    .allowExcessArguments(false)
    .addHelpText('after', "\nRun `postwatch COMMAND --help` for a command's options and examples.\n");
  const ctx: CliContext = {
    io,
    action:
      (handler) =>
      async (...args) => {
        setStatus(await handler(...args));
      },
  };
  for (const command of COMMANDS) command.register(program, ctx);
  return program;
}

/** The names of the (sub)commands argv selects, e.g. `findings list`, for error messages. */
function commandPath(program: Command, argv: readonly string[]): string {
  const names: string[] = [];
  let current = program;
  for (const arg of argv) {
    const next = current.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (!next) break;
    names.push(next.name());
    current = next;
  }
  return ['postwatch', ...names].join(' ');
}

/** Runs the CLI with the given arguments and streams; resolves to the exit status. */
export async function main(argv: string[], io: Io): Promise<number> {
  let status = 0;
  const program = buildProgram(io, (code) => {
    status = code;
  });
  if (argv.length === 0) {
    io.stdout.write(program.helpInformation());
    return 2;
  }
  const where = commandPath(program, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help, `help`, --version: commander already printed what was asked for.
      if (e.exitCode === 0) return 0;
      // A command group run without its subcommand printed its help (on stderr).
      if (e.code === 'commander.help' || e.code === 'commander.executeSubCommandAsync') return 2;
      io.stderr.write(`${where}: ${e.message.replace(/^error: /, '')}\nTry: ${where} --help\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`${where}: ${e.message}\nTry: ${where} --help\n`);
      return 2;
    }
    if (e instanceof CommandFailure) {
      io.stderr.write(`${where}: ${e.message}\n`);
      return 1;
    }
    io.stderr.write(`${where}: unexpected error: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

/** Runs the CLI on this process's arguments and streams, and sets its exit status. */
export async function runFromProcess(): Promise<void> {
  // A reader that stops early (`postwatch scan … | head`) closes the pipe: stop quietly, as
  // Unix tools do, instead of dying on an unhandled EPIPE with a stack trace. It exits where
  // that error would have ended the process, so what a command had stored stays as it was.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
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
