import { ValidationError } from '../../shared/model/index.ts';
import {
  alertLineAbout,
  deadLetterLineAbout,
  type ErasableFile,
  forgetAuthor,
  type ImpersonatorEraser,
  parseAuthor,
} from '../../shared/pipeline/triage.ts';
import { type CliCommand, examples } from './command.ts';
import { oneOf, UsageError } from './errors.ts';
import { withConfig, withTarget } from './findings.ts';
import { impersonatorStoreOf } from './impersonators.ts';
import { write } from './io.ts';
import type { TriageTarget } from './store-access.ts';

/** The impersonator records' eraser on the target's table (shared/store/impersonators.ts, #11). */
export function impersonatorEraser(target: TriageTarget): ImpersonatorEraser | undefined {
  return impersonatorStoreOf(target);
}

/** `postwatch forget --author PLATFORM:AUTHOR_ID`: erase one author everywhere. */
export const forget: CliCommand = {
  name: 'forget',
  register(program, ctx) {
    withConfig(program.command('forget'))
      .summary('erase everything kept about one author (a request to be forgotten)')
      .description(
        'postwatch forget: erases every record of one author: findings (with their evidence\nexcerpts), item versions, poll marks, allowlist entries, impersonator records, and their\nlines in the JSONL alert files and the dead-letter file (rewritten atomically). Prints\nwhat it erased. Running it again erases nothing more.',
      )
      .requiredOption(
        '--author <platform:id>',
        'PLATFORM:AUTHOR_ID (the stable platform id), or PLATFORM:@handle',
      )
      .option('--format <format>', 'text or json', 'text')
      .addHelpText(
        'after',
        `\nAlert copies already delivered elsewhere (chat, email, SNS subscribers) are outside\npostwatch: erase them there.\n${examples(
          'npm run -s postwatch -- forget --author instagram:17841400000000042 --config postwatch.config.json',
          'npm run -s postwatch -- forget --author mastodon:@someone@example.social',
        )}`,
      )
      .action(
        ctx.action(async (options: { config: string; author: string; format: string }) => {
          oneOf('--format', options.format, ['text', 'json']);
          let author: ReturnType<typeof parseAuthor>;
          try {
            author = parseAuthor(options.author);
          } catch (e) {
            if (e instanceof ValidationError) throw new UsageError(`--author: ${e.problems.join('; ')}`);
            throw e;
          }
          const report = await withTarget(options.config, (t) => {
            const files: ErasableFile[] = [
              ...t.alertFiles.map((path) => ({ path, about: alertLineAbout })),
              { path: t.deadLetterPath, about: deadLetterLineAbout },
            ];
            const impersonators = impersonatorEraser(t);
            return forgetAuthor(t.store, author, {
              brands: [t.brand.name],
              files,
              ...(impersonators ? { impersonators } : {}),
            });
          });
          const io = ctx.io;
          if (options.format === 'json') {
            await write(io.stdout, `${JSON.stringify(report)}\n`);
            return 0;
          }
          const s = report.store;
          const lines = [
            `erased ${options.author.split(':')[0]} author:`,
            `  findings:          ${s.findingIds.length}`,
            `  item versions:     ${s.itemVersions}`,
            `  poll seen marks:   ${s.seenMarks}`,
            `  allowlist entries: ${s.allowances}`,
            ...report.files.map((f) => `  lines in ${f.path}: ${f.lines}`),
            ...(report.impersonators
              ? Object.entries(report.impersonators).map(
                  ([k, v]) =>
                    `  impersonator ${`${k.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)}:`.padEnd(18)}${v}`,
                )
              : ['  impersonator records: no impersonator store connected']),
          ];
          await write(io.stdout, `${lines.join('\n')}\n`);
          return 0;
        }),
      );
  },
};
