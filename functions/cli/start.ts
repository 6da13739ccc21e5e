import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliCommand, examples } from './command.ts';
import { scanItems } from './scan.ts';

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

/** `npm start`: the demo scan of examples/ against the demo brand, as a findings table. */
export const start: CliCommand = {
  name: 'start',
  register(program, ctx) {
    program
      .command('start')
      .summary('the demo: scan examples/ and print the findings')
      .description('postwatch start: the demo. Scans examples/items.jsonl against examples/brand.json.')
      .option('--brand <file>', 'brand profile instead of examples/brand.json')
      .option('--input <file>', 'content items instead of examples/items.jsonl')
      .option('--format <format>', 'jsonl or table', 'table')
      .addHelpText('after', examples('npm start', 'npm start -- --format jsonl'))
      .action(
        ctx.action((options: { brand?: string; input?: string; format: string }) =>
          scanItems(
            {
              brand: options.brand ?? resolve(examplesDir, 'brand.json'),
              input: options.input ?? resolve(examplesDir, 'items.jsonl'),
              format: options.format,
            },
            ctx.io,
          ),
        ),
      );
  },
};
