import Table from 'cli-table3';
import type { Command } from 'commander';
import { BrandIndex } from '../../shared/checks/brand-index.ts';
import { ValidationError } from '../../shared/model/index.ts';
import {
  explainLookalikes,
  getImpersonator,
  ImpersonatorNotFoundError,
  ImpersonatorStatusError,
  listImpersonators,
  setImpersonatorStatus,
} from '../../shared/pipeline/impersonators.ts';
import {
  DynamoImpersonatorStore,
  IMPERSONATOR_STATUSES,
  type ImpersonatorRecord,
  type ImpersonatorStatus,
  type ImpersonatorStore,
} from '../../shared/store/impersonators.ts';
import { escapeForDisplay as line } from '../../shared/text/display.ts';
import { type CliCommand, examples } from './command.ts';
import { CommandFailure, oneOf, UsageError } from './errors.ts';
import { defaultActor, withConfig, withTarget } from './findings.ts';
import { age, colors } from './format.ts';
import { write } from './io.ts';
import type { TriageTarget } from './store-access.ts';

/** The impersonator store on the triage target's table (the same client and table as its findings). */
export function impersonatorStoreOf(target: Pick<TriageTarget, 'client' | 'tableName'>): ImpersonatorStore {
  return new DynamoImpersonatorStore({ client: target.client, tableName: target.tableName });
}

/** withTarget, with the impersonator use-cases' errors mapped: unknown id or a refused change 1, a bad id 2. */
export function withImpersonators<T>(
  configPath: string,
  body: (target: TriageTarget) => Promise<T>,
): Promise<T> {
  return withTarget(configPath, async (t) => {
    try {
      return await body(t);
    } catch (e) {
      if (e instanceof ImpersonatorNotFoundError)
        throw new CommandFailure(`${e.message} (see: postwatch impersonators list)`);
      if (e instanceof ImpersonatorStatusError) throw new CommandFailure(e.message);
      if (e instanceof ValidationError) throw new UsageError(e.problems.join('; '));
      throw e;
    }
  });
}

/** A table of impersonators that fits 80 columns; untrusted text escaped. */
export function impersonatorsTable(
  records: readonly ImpersonatorRecord[],
  stream: NodeJS.WriteStream,
  now: Date,
): string {
  const c = colors(stream);
  const table = new Table({
    head: ['ID', 'STATUS', 'HANDLE', 'SCAMS', 'SEEN', 'LINKED'].map((h) => c.bold(h)),
    // 72 + 7 borders = 79 columns.
    colWidths: [24, 12, 18, 7, 5, 6],
    wordWrap: false,
    truncate: '…',
    style: { head: [], border: [], compact: true },
  });
  for (const r of records) {
    table.push([
      line(r.id),
      r.status === 're-emerged' ? c.red(r.status) : r.status,
      `@${line(r.handles.at(-1) ?? '')}`,
      String(r.scamFindings),
      age(r.lastSeen, now),
      String(r.linkedTo.length),
    ]);
  }
  return table.toString();
}

/** One impersonator for a person: the account, counts, what it used, how it imitates, links, history. */
export function impersonatorDetail(
  r: ImpersonatorRecord,
  brand: BrandIndex,
  stream: NodeJS.WriteStream,
): string {
  const c = colors(stream);
  const label = (s: string) => c.dim(s.padEnd(12));
  const out = [
    c.bold(`impersonator ${line(r.id)}`),
    `${label('status')}${r.status === 're-emerged' ? c.red(r.status) : r.status}`,
    `${label('brand')}${line(r.brand)}`,
    `${label('handles')}${r.handles.map((h) => `@${line(h)}`).join(', ')}`,
    `${label('names')}${r.displayNames.map(line).join(', ') || '-'}`,
    `${label('seen')}${r.firstSeen} … ${r.lastSeen}`,
    `${label('scams')}${r.scamFindings} (${Object.entries(r.findingsByCheck)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
    `${label('used')}${r.indicators.map((i) => `${i.kind} ${line(i.value)}`).join(', ') || '-'}`,
  ];
  const lookalikes = explainLookalikes(r, brand);
  if (lookalikes.length > 0) out.push(c.dim('imitates'));
  for (const l of lookalikes) {
    const how = [...l.substitutions.map((s) => s.text), ...l.notes].map(line).join('; ');
    out.push(`  ${line(l.name)}: ${line(l.imitates)}${how ? ` (${how})` : ''}`);
  }
  if (r.linkedTo.length > 0) out.push(c.dim('linked to (taken down before)'));
  for (const l of r.linkedTo) {
    out.push(`  ${line(l.id)} @${line(l.handle)}: same ${l.via.kind} ${line(l.via.value)}`);
  }
  out.push(c.dim('history'));
  for (const h of r.history) {
    out.push(`  ${h.at}  ${h.status.padEnd(10)} ${line(h.by)}${h.note ? `: ${line(h.note)}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

function statusOf(value: string | undefined): ImpersonatorStatus | undefined {
  if (value === undefined) return undefined;
  if (!(IMPERSONATOR_STATUSES as readonly string[]).includes(value)) {
    throw new UsageError(`--status must be one of ${IMPERSONATOR_STATUSES.join(', ')}, not ${value}`);
  }
  return value as ImpersonatorStatus;
}

async function list(options: { config: string; format?: string; status?: string }, io: Io): Promise<number> {
  const fmt = oneOf('--format', options.format ?? (io.stdout.isTTY ? 'table' : 'json'), ['table', 'json']);
  const status = statusOf(options.status);
  const records = await withImpersonators(options.config, (t) =>
    listImpersonators(impersonatorStoreOf(t), t.brand.name, status ? { status } : {}),
  );
  if (fmt === 'json') {
    await write(io.stdout, `${JSON.stringify(records)}\n`);
    return 0;
  }
  if (records.length === 0) {
    await write(io.stdout, 'no impersonators recorded\n');
    return 0;
  }
  await write(io.stdout, `${impersonatorsTable(records, io.stdout, new Date())}\n`);
  await write(io.stdout, `${records.length} impersonator(s), latest seen first\n`);
  return 0;
}

async function show(id: string, options: { config: string; format?: string }, io: Io): Promise<number> {
  const fmt = oneOf('--format', options.format ?? 'text', ['text', 'json']);
  const { record, brand } = await withImpersonators(options.config, async (t) => ({
    record: await getImpersonator(impersonatorStoreOf(t), t.brand.name, id),
    brand: new BrandIndex(t.brand),
  }));
  await write(
    io.stdout,
    fmt === 'json' ? `${JSON.stringify(record)}\n` : impersonatorDetail(record, brand, io.stdout),
  );
  return 0;
}

async function change(
  status: 'reported' | 'taken-down',
  id: string,
  options: { config: string; note?: string; by?: string; format?: string },
  io: Io,
): Promise<number> {
  const fmt = oneOf('--format', options.format ?? 'text', ['text', 'json']);
  const { record, brand } = await withImpersonators(options.config, async (t) => ({
    record: await setImpersonatorStatus(impersonatorStoreOf(t), t.brand.name, id, status, {
      by: options.by ?? defaultActor(),
      ...(options.note ? { note: options.note } : {}),
    }),
    brand: new BrandIndex(t.brand),
  }));
  await write(
    io.stdout,
    fmt === 'json' ? `${JSON.stringify(record)}\n` : impersonatorDetail(record, brand, io.stdout),
  );
  return 0;
}

type Io = Parameters<CliCommand['register']>[1]['io'];

const withStatusOptions = (command: Command) =>
  withConfig(command)
    .argument('<id>', 'impersonator id, PLATFORM:ACCOUNT (as `impersonators list` shows it)')
    .option('--note <text>', 'what was done (case number, form used)')
    .option('--by <name>', 'who did it (default: your login name)')
    .option('--format <format>', 'text or json', 'text');

/** `postwatch impersonators list|show|report|taken-down` (CONTRACTS.md §7, issue #11). */
export const impersonators: CliCommand = {
  name: 'impersonators',
  register(program, ctx) {
    const group = program
      .command('impersonators')
      .summary('accounts that imitate the brand: list, show, report, taken-down')
      .description(
        'postwatch impersonators: the record the monitor keeps of every account that imitated the brand (handles and names seen, scam findings, contacts, domains and wallets used, status). An account that reuses what a taken-down one used is linked to it and alerted as re-emerged.',
      )
      .usage('list|show|report|taken-down [options]');

    withConfig(group.command('list'))
      .description('the brand’s impersonators, latest seen first')
      .option('--status <status>', `only one status: ${IMPERSONATOR_STATUSES.join(', ')}`)
      .option('--format <format>', 'table or json (default: table on a terminal, json otherwise)')
      .addHelpText(
        'after',
        examples(
          'npm run -s postwatch -- impersonators list --config postwatch.config.json',
          'npm run -s postwatch -- impersonators list --status re-emerged --format json',
        ),
      )
      .action(
        ctx.action((options: { config: string; format?: string; status?: string }) => list(options, ctx.io)),
      );

    withConfig(group.command('show'))
      .description('one impersonator: what it used, how its name imitates the brand, links, history')
      .argument('<id>', 'impersonator id, PLATFORM:ACCOUNT')
      .option('--format <format>', 'text or json', 'text')
      .addHelpText('after', examples('npm run -s postwatch -- impersonators show x:1580000000000000042'))
      .action(
        ctx.action((id: string, options: { config: string; format?: string }) => show(id, options, ctx.io)),
      );

    withStatusOptions(group.command('report'))
      .description('mark it reported to the platform (from watching or re-emerged)')
      .addHelpText(
        'after',
        examples(
          'npm run -s postwatch -- impersonators report x:1580000000000000042 --note "X form, case 0042"',
        ),
      )
      .action(ctx.action((id: string, options) => change('reported', id, options, ctx.io)));

    withStatusOptions(group.command('taken-down'))
      .description('mark it taken down by the platform; an account reusing its contacts is then re-emerged')
      .addHelpText(
        'after',
        examples('npm run -s postwatch -- impersonators taken-down x:1580000000000000042 --note "removed"'),
      )
      .action(ctx.action((id: string, options) => change('taken-down', id, options, ctx.io)));
  },
};
