import type { Command } from 'commander';
import type { Io } from './io.ts';

/**
 * What a command module gets when it registers: the streams to talk to, and `action`, which
 * wraps an async handler so that the number it resolves to becomes the exit status.
 */
export interface CliContext {
  readonly io: Io;
  /**
   * Wraps a handler for `command.action(...)`: commander passes the positional arguments,
   * then the options object, then the command; the handler resolves to the exit status.
   */
  action<A extends unknown[]>(handler: (...args: A) => Promise<number>): (...args: A) => Promise<void>;
}

/**
 * One top-level subcommand (`scan`, `run`, `findings`, ...). `register` adds it to the program
 * with `program.command(name)`, its options, a description, `--help` examples
 * (`addHelpText('after', ...)`) and an action built with `ctx.action`. Throw a UsageError for
 * bad arguments (exit 2); anything else that escapes is unexpected (exit 1).
 */
export interface CliCommand {
  readonly name: string;
  register(program: Command, ctx: CliContext): void;
}

/** Formats an "Examples:" block for `addHelpText('after', ...)`. */
export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
