import Table from 'cli-table3';
import { computeStats, type RawQuery } from '../../shared/pipeline/triage.ts';
import { type CliCommand, examples } from './command.ts';
import { oneOf } from './errors.ts';
import { queryOf, withConfig, withFilters, withTarget } from './findings.ts';
import { colors } from './format.ts';
import { write } from './io.ts';

interface StatsOptions extends RawQuery {
  readonly config: string;
  readonly per: string;
  readonly format?: string;
}

/** `postwatch stats`: each check's findings and dismissal rate per day or week. */
export const stats: CliCommand = {
  name: 'stats',
  register(program, ctx) {
    withFilters(withConfig(program.command('stats')))
      .summary("each check's findings and dismissal rate per day or week")
      .description(
        "postwatch stats: each check's findings and how many were dismissed, per day or week\n(by the day a finding was recorded). A check people keep dismissing is a noisy one.",
      )
      .option('--per <period>', 'day or week (weeks start on Monday, UTC)', 'day')
      .option('--format <format>', 'table or json (default: table on a terminal, json otherwise)')
      .addHelpText(
        'after',
        examples(
          'npm run -s postwatch -- stats --config postwatch.config.json --since 30d --per week',
          'npm run -s postwatch -- stats --check spam --format json',
        ),
      )
      .action(
        ctx.action(async (options: StatsOptions) => {
          const io = ctx.io;
          const per = oneOf('--per', options.per, ['day', 'week']);
          const fmt = oneOf('--format', options.format ?? (io.stdout.isTTY ? 'table' : 'json'), [
            'table',
            'json',
          ]);
          const query = queryOf(options, new Date());
          const rows = await withTarget(options.config, (t) => computeStats(t.store, query, per));
          if (fmt === 'json') {
            await write(io.stdout, `${JSON.stringify(rows)}\n`);
            return 0;
          }
          if (rows.length === 0) {
            await write(io.stdout, 'no findings match\n');
            return 0;
          }
          const c = colors(io.stdout);
          const table = new Table({
            head: [options.per === 'day' ? 'DAY' : 'WEEK OF', 'CHECK', 'FINDINGS', 'DISMISSED', 'RATE'].map(
              (h) => c.bold(h),
            ),
            colWidths: [12, 30, 10, 11, 8],
            colAligns: ['left', 'left', 'right', 'right', 'right'],
            style: { head: [], border: [], compact: true },
          });
          for (const r of rows) {
            const rate = `${Math.round(r.dismissalRate * 100)}%`;
            table.push([
              r.period,
              r.check,
              r.findings,
              r.dismissed,
              r.dismissalRate >= 0.5 ? c.red(rate) : rate,
            ]);
          }
          await write(io.stdout, `${table.toString()}\n`);
          return 0;
        }),
      );
  },
};
