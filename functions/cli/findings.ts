import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ValidationError } from '../../shared/model/index.ts';
import {
  changeStatus,
  listFindings,
  parseQuery,
  type RawQuery,
  showFinding,
  TriageError,
  VERBS,
  type Verb,
} from '../../shared/pipeline/triage.ts';
import { FindingNotFoundError, StoreConflictError } from '../../shared/store/errors.ts';
import { type CliCommand, examples } from './command.ts';
import { CommandFailure, oneOf, UsageError } from './errors.ts';
import { findingDetail, findingsTable } from './format.ts';
import { type Io, write } from './io.ts';
import { openTriageTarget, type TriageTarget } from './store-access.ts';

/** Collects a repeatable option: `--status open --status acknowledged`. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Adds `--config FILE` (the same file `postwatch run` reads). */
export function withConfig(command: Command): Command {
  return command.option(
    '--config <file>',
    'monitor configuration (CONTRACTS.md §5)',
    'postwatch.config.json',
  );
}

/** Adds the query filters shared by list, stats and export. */
export function withFilters(command: Command): Command {
  return command
    .option(
      '--status <status>',
      'open, acknowledged, resolved, dismissed (repeat or comma-separate)',
      collect,
      [],
    )
    .option('--severity <severity>', 'low, medium, high, critical (repeatable)', collect, [])
    .option('--check <id>', 'a check id, e.g. impersonation (repeatable)', collect, [])
    .option('--platform <platform>', 'x, instagram, facebook, ... (repeatable)', collect, [])
    .option(
      '--brand <name>',
      "a brand profile's name, when one table serves several (repeatable)",
      collect,
      [],
    )
    .option('--since <time>', 'created at or after: ISO-8601, a date, or an age like 24h, 7d')
    .option('--until <time>', 'created at or before (same forms)');
}

/** The filters of a command's options as a checked query (bad values: exit 2, naming the option). */
export function queryOf(options: RawQuery, now: Date) {
  try {
    return parseQuery(options, now);
  } catch (e) {
    if (e instanceof ValidationError) throw new UsageError(e.problems.map((p) => `--${p}`).join('\n  '));
    throw e;
  }
}

/**
 * Opens the configured store, runs `body`, closes the store whatever happens; maps the
 * use-cases' errors to exit statuses: unknown id or a conflicting change 1, a bad request 2.
 */
export async function withTarget<T>(
  configPath: string,
  body: (target: TriageTarget) => Promise<T>,
): Promise<T> {
  const target = await openTriageTarget(configPath);
  try {
    return await body(target);
  } catch (e) {
    if (e instanceof FindingNotFoundError)
      throw new CommandFailure(`${e.message} (see: postwatch findings list)`);
    if (e instanceof StoreConflictError)
      throw new CommandFailure(`${e.message}: someone changed it meanwhile; show it and try again`);
    if (e instanceof TriageError)
      throw e.kind === 'usage' ? new UsageError(e.message) : new CommandFailure(e.message);
    throw e;
  } finally {
    await target.close();
  }
}

/** Who made a change, when `--by` is not given: the login name. */
export function defaultActor(): string {
  try {
    return process.env.POSTWATCH_USER || userInfo().username || 'cli';
  } catch {
    return 'cli';
  }
}

interface ListOptions extends RawQuery {
  readonly config: string;
  readonly format?: string;
  readonly limit?: string;
}

async function list(options: ListOptions, io: Io): Promise<number> {
  const now = new Date();
  const fmt = oneOf('--format', options.format ?? (io.stdout.isTTY ? 'table' : 'json'), ['table', 'json']);
  const limit =
    options.limit === undefined ? (fmt === 'table' ? 50 : Number.POSITIVE_INFINITY) : Number(options.limit);
  if (!(limit > 0) || (Number.isFinite(limit) && !Number.isInteger(limit))) {
    throw new UsageError(`--limit must be a positive whole number, not ${options.limit}`);
  }
  const query = queryOf(options, now);
  const { findings, more } = await withTarget(options.config, (t) => listFindings(t.store, query, limit));
  if (fmt === 'json') {
    await write(io.stdout, `${JSON.stringify(findings)}\n`);
    return 0;
  }
  if (findings.length === 0) {
    await write(io.stdout, 'no findings match\n');
    return 0;
  }
  await write(io.stdout, `${findingsTable(findings, io.stdout, now)}\n`);
  await write(
    io.stdout,
    `${findings.length} finding(s)${more ? `, more not shown (--limit ${limit * 2}, or --format json for all)` : ''}; most severe first, then newest\n`,
  );
  return 0;
}

async function show(id: string, options: { config: string; format?: string }, io: Io): Promise<number> {
  const fmt = oneOf('--format', options.format ?? 'text', ['text', 'json']);
  const finding = await withTarget(options.config, (t) => showFinding(t.store, id));
  await write(io.stdout, fmt === 'json' ? `${JSON.stringify(finding)}\n` : findingDetail(finding, io.stdout));
  return 0;
}

interface ChangeOptions {
  readonly config: string;
  readonly note: string;
  readonly by?: string;
  readonly allow?: boolean;
  readonly format?: string;
}

async function change(verb: Verb, id: string, options: ChangeOptions, io: Io): Promise<number> {
  const fmt = oneOf('--format', options.format ?? 'text', ['text', 'json']);
  const outcome = await withTarget(options.config, (t) =>
    changeStatus(t.store, id, {
      verb,
      note: options.note,
      by: options.by ?? defaultActor(),
      now: new Date(),
      ...(options.allow ? { allow: true } : {}),
    }),
  );
  if (fmt === 'json') {
    await write(io.stdout, `${JSON.stringify(outcome)}\n`);
    return 0;
  }
  const allowed = outcome.allowed;
  const extra = allowed
    ? `\nallowlisted for ${outcome.finding.brand}: ${[
        ...allowed.accounts.map((a) => `${a.platform} account @${a.handle}`),
        ...allowed.contacts.map((c) => `contact ${c.contact}`),
      ].join(', ')} (the monitor uses it within seconds, no restart)`
    : '';
  await write(io.stdout, `${findingDetail(outcome.finding, io.stdout)}${extra ? `${extra.slice(1)}\n` : ''}`);
  return 0;
}

const LIST_DETAILS = `
Lists findings across statuses (one byStatus query per status, never a table scan), most
severe first and newest first within a severity. --format json prints one JSON array; each
finding has id, check, severity, action, status, platform, itemId, createdAt, history and
the rest of the stored record. Default: table on a terminal (fits 80 columns, 50 rows),
json otherwise. The table shows the first 8 characters of each id; show, ack, resolve and
dismiss take such a prefix.
${examples(
  'npm run -s postwatch -- findings list --config postwatch.config.json --status open',
  'npm run -s postwatch -- findings list --severity critical,high --since 24h --format json',
  'npm run -s postwatch -- findings list --check impersonation --platform instagram',
)}`;

/** `postwatch findings list|show|ack|resolve|dismiss` (CONTRACTS.md §7). */
export const findings: CliCommand = {
  name: 'findings',
  register(program, ctx) {
    const group = program
      .command('findings')
      .summary('the triage queue: list, show, ack, resolve, dismiss')
      .description('postwatch findings: work through the findings the monitor recorded.')
      .usage('list|show|ack|resolve|dismiss [options]')
      .addHelpText(
        'after',
        examples(
          'npm run -s postwatch -- findings list --config postwatch.config.json --status open',
          'npm run -s postwatch -- findings show 3f2a9c1d --config postwatch.config.json',
          'npm run -s postwatch -- findings ack 3f2a9c1d --note "reported to the platform" --by alice',
        ),
      );
    withFilters(withConfig(group.command('list')))
      .summary('the findings that match, most severe and newest first')
      .description('postwatch findings list: the findings that match, most severe and newest first.')
      .option('--format <format>', 'table or json (default: table on a terminal, json otherwise)')
      .option('--limit <n>', 'at most this many (default: 50 in a table, all in json)')
      .addHelpText('after', LIST_DETAILS)
      .action(ctx.action((options: ListOptions) => list(options, ctx.io)));
    withConfig(group.command('show'))
      .summary('one finding with its evidence and history')
      .description(
        'postwatch findings show: one finding, its evidence excerpts highlighted, its status history.',
      )
      .argument('<id>', 'finding id, or a unique prefix of at least 6 characters')
      .option('--format <format>', 'text or json', 'text')
      .addHelpText(
        'after',
        examples('npm run -s postwatch -- findings show 3f2a9c1d --config postwatch.config.json'),
      )
      .action(
        ctx.action((id: string, options: { config: string; format?: string }) => show(id, options, ctx.io)),
      );
    for (const verb of Object.keys(VERBS) as Verb[]) {
      const command = withConfig(group.command(verb))
        .summary(`mark a finding ${VERBS[verb]}${verb === 'dismiss' ? ' (--allow: allowlist it)' : ''}`)
        .description(
          `postwatch findings ${verb}: mark a finding ${VERBS[verb]}, with a note, in its history.` +
            (verb === 'dismiss'
              ? "\nWith --allow on an impersonation or offplatform-contact finding, the account or the\ncontact goes on the brand's allowlist in the store: the next analysis (within seconds,\nno restart or redeploy) no longer reports it."
              : ''),
        )
        .argument('<id>', 'finding id, or a unique prefix of at least 6 characters')
        .requiredOption('--note <text>', 'why (kept in the history)')
        .option('--by <name>', 'who (default: $POSTWATCH_USER or the login name)')
        .option('--format <format>', 'text or json', 'text');
      if (verb === 'dismiss')
        command.option(
          '--allow',
          'also allowlist the account (impersonation) or contact (offplatform-contact)',
        );
      command
        .addHelpText(
          'after',
          `\nThe change is conditional: if someone changed the finding since it was read, it fails (exit 1)\nand nothing is written. Exit 1 also for an unknown id.\n${examples(
            `npm run -s postwatch -- findings ${verb} 3f2a9c1d --config postwatch.config.json --note "..." --by alice`,
            ...(verb === 'dismiss'
              ? ['npm run -s postwatch -- findings dismiss 3f2a9c1d --allow --note "our regional account"']
              : []),
          )}`,
        )
        .action(ctx.action((id: string, options: ChangeOptions) => change(verb, id, options, ctx.io)));
    }
  },
};
