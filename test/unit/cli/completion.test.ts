import { spawnSync } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../functions/cli/main.ts';

async function script(args: string[]) {
  const out = new PassThrough() as PassThrough & NodeJS.WriteStream;
  const err = new PassThrough() as PassThrough & NodeJS.WriteStream;
  let text = '';
  out.on('data', (c: Buffer) => {
    text += c.toString();
  });
  err.resume();
  const code = await main(args, { stdin: Readable.from(['']), stdout: out, stderr: err });
  return { code, text };
}

/** What bash completes for the words typed so far (the last one being completed). */
function complete(source: string, words: string[]): string[] {
  const typed = words.map((w) => `'${w}'`).join(' ');
  const r = spawnSync(
    'bash',
    [
      '-c',
      `${source}\nCOMP_WORDS=(${typed}); COMP_CWORD=${words.length - 1}; _postwatch; echo "\${COMPREPLY[*]}"`,
    ],
    { encoding: 'utf8' },
  );
  return r.stdout.trim().split(/\s+/).filter(Boolean);
}

describe('postwatch completion', () => {
  it('completes commands, subcommands and options from the registered commands', async () => {
    const { code, text } = await script(['completion']);
    expect(code).toBe(0);
    expect(complete(text, ['postwatch', 'fi'])).toEqual(['findings']);
    expect(complete(text, ['postwatch', 'findings', ''])).toEqual([
      'list',
      'show',
      'ack',
      'resolve',
      'dismiss',
      '--help',
    ]);
    expect(complete(text, ['postwatch', 'findings', 'dismiss', 'abc123', '--al'])).toEqual(['--allow']);
    expect(complete(text, ['postwatch', 'findings', 'list', '--status', 'open', '--sin'])).toEqual([
      '--since',
    ]);
    expect(complete(text, ['postwatch', 'scan', '--'])).toContain('--brand');
  });

  it('refuses an unknown shell (exit 2)', async () => {
    expect((await script(['completion', 'fish'])).code).toBe(2);
  });
});
