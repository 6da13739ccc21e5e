import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from './io.ts';
import { scanCommand } from './scan.ts';

const examples = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

/** `npm start`: the demo scan of examples/ against the demo brand, as a findings table. */
export async function startCommand(args: string[], io: Io): Promise<number> {
  const format = args.includes('--format') ? [] : ['--format', 'table'];
  return scanCommand(
    [
      '--brand',
      resolve(examples, 'brand.json'),
      '--input',
      resolve(examples, 'items.jsonl'),
      ...format,
      ...args,
    ],
    io,
  );
}
