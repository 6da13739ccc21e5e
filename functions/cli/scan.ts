import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createEngine } from '../../shared/checks/engine.ts';
import { scanStream } from '../../shared/pipeline/scan.ts';
import { escapeForDisplay } from '../../shared/text/display.ts';
import { loadBrandFile } from './brand.ts';
import { type CliCommand, examples } from './command.ts';
import { UsageError } from './errors.ts';
import { jsonlLine, tableRows } from './format.ts';
import { type Io, write } from './io.ts';

/** Options of `postwatch scan`, as commander parses them. */
export interface ScanOptions {
  readonly brand?: string;
  readonly input?: string;
  readonly format?: string;
}

const SCAN_DETAILS = `
Formats:
  jsonl    one line per input item, in input order, {"platform","id","findings"}
  table    one row per finding with the evidence highlighted
  (default: table on a terminal, jsonl otherwise)

Exit status: 0 when the scan ran (findings or not); 2 for bad arguments or an invalid
brand profile. Invalid input lines are reported on standard error with their line
numbers and skipped.
${examples(
  'npm run -s postwatch -- scan --brand examples/brand.json --input examples/items.jsonl',
  'cat items.jsonl | npm run -s postwatch -- scan --brand brand.json --format jsonl > findings.jsonl',
)}`;

/** `postwatch scan` (CONTRACTS.md §4). */
export const scan: CliCommand = {
  name: 'scan',
  register(program, ctx) {
    program
      .command('scan')
      .summary('check content items against a brand profile (no server)')
      .description('postwatch scan: check content items against a brand profile, no server needed.')
      .usage('--brand BRAND.json [--input ITEMS.jsonl|ITEMS.json|-] [--format jsonl|table]')
      .option('--brand <file>', 'brand profile (JSON, CONTRACTS.md §2); required')
      .option('--input <file>', 'content items, JSONL or a .json array; "-" or none reads standard input')
      .option('--format <format>', 'jsonl or table (default: table on a terminal, jsonl otherwise)')
      .addHelpText('after', SCAN_DETAILS)
      .action(ctx.action((options: ScanOptions) => scanItems(options, ctx.io)));
  },
};

/** Streams items through the engine and prints findings. Resolves to the exit status. */
export async function scanItems(values: ScanOptions, io: Io): Promise<number> {
  const format = values.format ?? (io.stdout.isTTY ? 'table' : 'jsonl');
  if (format !== 'jsonl' && format !== 'table')
    throw new UsageError(`--format must be jsonl or table, not ${format}`);
  const brand = loadBrandFile(values.brand);
  const inputPath = values.input;
  let input: Readable;
  let totalBytes = 0;
  if (!inputPath || inputPath === '-') {
    input = io.stdin;
  } else {
    if (!existsSync(inputPath)) throw new UsageError(`input file not found: ${inputPath}`);
    totalBytes = statSync(inputPath).size;
    input = createReadStream(inputPath);
  }

  const engine = createEngine(brand);
  const progress = io.stderr.isTTY && totalBytes > 0 ? startProgress(io, input, totalBytes) : null;
  let items = 0;
  let withFindings = 0;
  let findings = 0;
  let invalid = 0;
  try {
    for await (const event of scanStream(input, engine)) {
      if (event.type === 'problem') {
        invalid++;
        progress?.clear();
        // A JSON parse error quotes the bad line: escape it, the line is anyone's text.
        await write(
          io.stderr,
          `line ${event.problem.line}: ${escapeForDisplay(event.problem.message)} (skipped)\n`,
        );
        continue;
      }
      const r = event.result;
      items++;
      progress?.tick(items);
      if (r.findings.length) {
        withFindings++;
        findings += r.findings.length;
      }
      if (format === 'jsonl') {
        await write(io.stdout, `${jsonlLine(r)}\n`);
      } else if (r.findings.length) {
        progress?.clear();
        await write(io.stdout, `${tableRows(r, io.stdout).join('\n')}\n\n`);
      }
    }
  } finally {
    progress?.stop();
  }
  if (format === 'table') {
    await write(
      io.stdout,
      `${items} items scanned, ${withFindings} with findings, ${findings} findings${invalid ? `, ${invalid} invalid lines skipped` : ''}\n`,
    );
  }
  return 0;
}

/** A one-line progress indicator on a terminal's standard error: items and share of bytes read. */
function startProgress(io: Io, input: Readable, totalBytes: number) {
  let read = 0;
  let count = 0;
  let shown = false;
  input.on('data', (chunk: Buffer | string) => {
    read += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
  });
  const timer = setInterval(() => {
    shown = true;
    io.stderr.write(
      `\rscanning: ${count} items, ${Math.min(100, Math.round((read / totalBytes) * 100))}%   `,
    );
  }, 500);
  timer.unref();
  const clear = () => {
    if (shown) io.stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    tick: (n: number) => {
      count = n;
    },
    clear,
    stop: () => {
      clearInterval(timer);
      clear();
    },
  };
}
