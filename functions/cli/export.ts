import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Presets, SingleBar } from 'cli-progress';
import { CSV_COLUMNS, csvLine, iterateFindings, type RawQuery } from '../../shared/pipeline/triage.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { type CliCommand, examples } from './command.ts';
import { oneOf } from './errors.ts';
import { queryOf, withConfig, withFilters, withTarget } from './findings.ts';
import { type Io, write } from './io.ts';

interface ExportOptions extends RawQuery {
  readonly config: string;
  readonly format: string;
  readonly out?: string;
}

/** A progress bar on a terminal's standard error; nothing on a pipe or under CI logs. */
function progress(io: Io, label: string) {
  if (!io.stderr.isTTY) return undefined;
  const bar = new SingleBar(
    {
      format: `${label} [{bar}] {value}/{total}`,
      stream: io.stderr,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  return bar;
}

/** Writes the findings to `--out` (through a temporary file renamed at the end) or to standard output. */
async function writeAll(found: readonly StoredFinding[], options: ExportOptions, io: Io): Promise<void> {
  const tmp = options.out ? `${options.out}.${randomBytes(6).toString('hex')}.tmp` : undefined;
  // Findings hold other people's handles: the file is the owner's to read only.
  const out: NodeJS.WritableStream = tmp ? createWriteStream(tmp, { mode: 0o600 }) : io.stdout;
  const bar = progress(io, 'writing ');
  bar?.start(found.length, 0);
  try {
    if (options.format === 'csv') await write(out, `${CSV_COLUMNS.join(',')}\r\n`);
    for (let i = 0; i < found.length; i++) {
      const f = found[i] as StoredFinding;
      await write(out, options.format === 'csv' ? `${csvLine(f)}\r\n` : `${JSON.stringify(f)}\n`);
      if (i % 100 === 99) bar?.update(i + 1);
    }
    bar?.update(found.length);
  } finally {
    bar?.stop();
  }
  if (tmp && options.out) {
    const file = out as ReturnType<typeof createWriteStream>;
    file.end();
    await once(file, 'close');
    try {
      await rename(tmp, options.out);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }
}

/** `postwatch export`: every matching finding as CSV or JSON lines. */
export const exportCommand: CliCommand = {
  name: 'export',
  register(program, ctx) {
    withFilters(withConfig(program.command('export')))
      .summary('findings as CSV or JSON lines, for a spreadsheet or another tool')
      .description(
        'postwatch export: the findings that match, oldest first, as CSV (one row each, the\nevidence excerpts joined) or JSONL (one stored finding a line). A progress bar shows on\na terminal.',
      )
      .option('--format <format>', 'csv or jsonl', 'jsonl')
      .option('--out <file>', 'write here (replaced atomically at the end) instead of standard output')
      .addHelpText(
        'after',
        `\nCSV cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading '.\n${examples(
          'npm run -s postwatch -- export --config postwatch.config.json --format csv --out findings.csv',
          'npm run -s postwatch -- export --status dismissed --since 7d --format jsonl > dismissed.jsonl',
        )}`,
      )
      .action(
        ctx.action(async (options: ExportOptions) => {
          const io = ctx.io;
          oneOf('--format', options.format, ['csv', 'jsonl']);
          const query = queryOf(options, new Date());
          const found = await withTarget(options.config, async (t) => {
            const all: StoredFinding[] = [];
            const bar = progress(io, 'reading ');
            bar?.start(1, 0);
            try {
              for await (const f of iterateFindings(t.store, query)) {
                all.push(f);
                // The total is not known ahead: it grows with what was read.
                if (all.length % 50 === 0) {
                  bar?.setTotal(all.length + 50);
                  bar?.update(all.length);
                }
              }
            } finally {
              bar?.stop();
            }
            return all;
          });
          found.sort((a, b) =>
            a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
          );
          await writeAll(found, options, io);
          if (options.out) await write(io.stderr, `${found.length} finding(s) written to ${options.out}\n`);
          return 0;
        }),
      );
  },
};
