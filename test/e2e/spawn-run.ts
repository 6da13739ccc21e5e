import { type ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
// The process the npm script execs (package.json: `exec node --import tsx ...`), with no wrapper between.
const NODE = join(ROOT, 'node_modules/.bin/node');

/**
 * Starts `postwatch run --config FILE --port PORT` as the npm script runs it, with `env`
 * added to this process's environment; every chunk of its standard error goes to `onStderr`.
 */
export function spawnRun(
  configPath: string,
  port: number,
  env: Readonly<Record<string, string>>,
  onStderr: (text: string) => void,
): ChildProcess {
  const child = spawn(
    NODE,
    ['--import', 'tsx', 'functions/cli/main.ts', 'run', '--config', configPath, '--port', String(port)],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr?.on('data', (chunk: Buffer) => onStderr(chunk.toString('utf8')));
  child.stdout?.resume();
  return child;
}
