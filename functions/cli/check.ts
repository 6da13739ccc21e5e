import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { ALL_CHECKS } from '../../shared/checks/registry.ts';
import type { AuthorRole } from '../../shared/checks/types.ts';
import { MAX_DRAFT, PrecheckError, type PrecheckResult, precheck } from '../../shared/pipeline/precheck.ts';
import { escapeForDisplay } from '../../shared/text/display.ts';
import { loadBrandFile } from './brand.ts';
import { type CliCommand, examples } from './command.ts';
import { oneOf, UsageError } from './errors.ts';
import { colors, highlight } from './format.ts';
import { type Io, write } from './io.ts';

/** Options of `postwatch check`, as commander parses them. */
export interface CheckOptions {
  readonly brand?: string;
  readonly as?: string;
  readonly platform?: string;
  readonly kind?: string;
  readonly file?: string;
  readonly at?: string;
  readonly format?: string;
}

/** The checks a role's content gets, wrapped for the help text (after a 12-column label). */
const roleChecks = (role: AuthorRole) =>
  wrap(
    ALL_CHECKS.filter((c) => c.appliesTo.includes(role))
      .map((c) => c.id)
      .join(', '),
    ' '.repeat(12),
    88,
  ).slice(12);

const CHECK_DETAILS = `
The draft is the caption argument, the file given with --file, or standard input. It is
checked as the brand's own content (--as brand, the default, or one of its handles) or
as a partner's (--as HANDLE, a partner listed in the brand profile), with the checks
that apply to that author, as they would run once it is published:
  brand     ${roleChecks('brand')}
  partner   ${roleChecks('partner')}
(hostile-reply runs on --kind comment, a draft reply.)

Formats:
  table    each finding with its evidence highlighted and what to change (default)
  json     {"findings":[{"check","severity","action","reason","evidence","fix"}], ...}

Exit status: 0 when nothing would fire, 1 when something would, 2 for bad arguments,
an unknown partner or an invalid brand profile.
${examples(
  'npm run -s postwatch -- check --brand examples/brand.json "Our gummies cure anxiety!"',
  'npm run -s postwatch -- check --brand brand.json --as jane.runs --file caption.txt',
  'pbpaste | npm run -s postwatch -- check --brand brand.json --platform instagram --format json',
  'npm run -s postwatch -- check --brand brand.json --kind comment "@tom_w read the FAQ"',
)}`;

/** `postwatch check` (CONTRACTS.md §8). */
export const check: CliCommand = {
  name: 'check',
  register(program, ctx) {
    program
      .command('check')
      .summary('pre-publish check of a caption or reply, with what to change')
      .description(
        'postwatch check: run the checks on a draft before it is published, as the brand or a partner, and print what would fire and how to fix it.',
      )
      .usage('--brand BRAND.json [--as brand|PARTNER] [--platform P] ["caption text" | --file F]')
      .argument('[caption...]', 'the draft text (quote it); or use --file, or standard input')
      .option('--brand <file>', 'brand profile (JSON, CONTRACTS.md §2); required')
      .option('--as <who>', '"brand", one of its handles, or a partner\'s handle', 'brand')
      .option('--platform <platform>', "where it will be published (default: the account's platform)")
      .option('--kind <kind>', 'post (a caption) or comment (a reply under a post)', 'post')
      .option('--file <file>', 'read the draft from this file ("-": standard input)')
      .option('--at <time>', 'planned publication time, ISO-8601 (vetting dates are judged then)')
      .option('--format <format>', 'table or json', 'table')
      .addHelpText('after', CHECK_DETAILS)
      .action(ctx.action((caption: string[], options: CheckOptions) => checkDraft(caption, options, ctx.io)));
  },
};

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  let size = 0;
  for await (const chunk of stream) {
    const s = typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    size += s.length;
    // A caption is short; refuse a runaway pipe before holding it all.
    if (size > MAX_DRAFT * 4) throw new UsageError(`the draft is over ${MAX_DRAFT} characters`);
    text += s;
  }
  return text;
}

/** The draft from the argument, --file or standard input (exactly one of them). */
async function readDraft(caption: readonly string[], file: string | undefined, io: Io): Promise<string> {
  if (caption.length > 0 && file !== undefined) {
    throw new UsageError('give the draft either as an argument or with --file, not both');
  }
  if (caption.length > 0) return caption.join(' ');
  if (file !== undefined && file !== '-') {
    try {
      return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}`);
    }
  }
  if ((io.stdin as { isTTY?: boolean }).isTTY && file === undefined) {
    throw new UsageError('no draft: give the caption as an argument, with --file, or on standard input');
  }
  return readAll(io.stdin);
}

/** Wraps a sentence to the terminal's width under an indent. */
function wrap(text: string, indent: string, width: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && indent.length + current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines.map((l) => indent + l).join('\n');
}

/** Who the draft was checked as, for people. */
function describeAuthor(r: PrecheckResult): string {
  const who = r.role === 'brand' ? 'the brand' : 'partner';
  const account =
    r.handle === 'postwatch-draft' ? `a ${r.platform} account` : `@${r.handle} on ${r.platform}`;
  return `as ${who}, ${account}, ${r.kind === 'post' ? 'a post' : 'a reply'}`;
}

/** The human report: each finding, its evidence in the draft, and the fix. */
export function formatReport(r: PrecheckResult, text: string, stream: NodeJS.WriteStream): string {
  const c = colors(stream);
  const width = Math.max(60, Math.min(stream.columns ?? 80, 100));
  const line = (s: string) => escapeForDisplay(s.replace(/\s+/g, ' '));
  if (r.findings.length === 0) {
    return `${c.bold('Nothing would fire')} (${describeAuthor(r)}; ${r.checksRun.length} checks ran: ${r.checksRun.join(', ')}).\n`;
  }
  const out: string[] = [
    `${c.bold(`${r.findings.length} finding${r.findings.length > 1 ? 's' : ''} would fire`)} (${describeAuthor(r)}):`,
    '',
  ];
  r.findings.forEach((f, i) => {
    const sev = f.severity === 'critical' || f.severity === 'high' ? c.red(f.severity) : c.yellow(f.severity);
    out.push(`${i + 1}. ${c.bold(f.check)}  ${sev}  → ${f.action}`);
    out.push(wrap(line(f.reason), '   ', width));
    for (const e of f.evidence) {
      const shown =
        e.field === 'text' && text.slice(e.start, e.end) === e.match
          ? highlight(text, e.start, e.end, c.inverse)
          : line(e.match);
      out.push(c.dim(`   ${e.field}: `) + shown + (e.note ? c.dim(`  (${line(e.note)})`) : ''));
    }
    out.push(wrap(`${c.bold('Fix:')} ${line(f.fix)}`, '   ', width));
    out.push('');
  });
  return `${out.join('\n')}\n`;
}

/** Runs the pre-publish check on one draft; resolves to 0 (clean) or 1 (something would fire). */
export async function checkDraft(caption: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const format = oneOf('--format', options.format ?? 'table', ['table', 'json']);
  const kind = oneOf('--kind', options.kind ?? 'post', ['post', 'comment']);
  let publishAt: Date | undefined;
  if (options.at !== undefined) {
    publishAt = new Date(options.at);
    if (Number.isNaN(publishAt.getTime())) {
      throw new UsageError(`--at must be an ISO-8601 time such as 2027-01-15T09:00:00Z, not ${options.at}`);
    }
  }
  const brand = loadBrandFile(options.brand);
  const text = await readDraft(caption, options.file, io);
  let result: PrecheckResult;
  try {
    result = precheck(brand, text, {
      ...(options.as !== undefined ? { as: options.as } : {}),
      ...(options.platform !== undefined ? { platform: options.platform } : {}),
      ...(publishAt ? { publishAt } : {}),
      kind,
    });
  } catch (e) {
    if (e instanceof PrecheckError) throw new UsageError(e.message);
    throw e;
  }
  if (format === 'json') {
    const { findings, ...about } = result;
    await write(io.stdout, `${JSON.stringify({ findings, ...about })}\n`);
  } else {
    await write(io.stdout, formatReport(result, text, io.stdout));
  }
  return result.findings.length > 0 ? 1 : 0;
}
