/** Helpers of the impersonator CLI suites: the CLI in process, and polling. */
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../functions/cli/main.ts';

/** A non-terminal stream that keeps what is written. */
function capture() {
  const chunks: Buffer[] = [];
  const stream = new PassThrough() as PassThrough & NodeJS.WriteStream;
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Runs `postwatch ARGS...` in this process; resolves to its exit status and output. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = capture();
  const err = capture();
  const code = await main(args, { stdin: Readable.from([]), stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** Polls `probe` until it resolves to a value; the error says what was awaited and `context()`. */
export async function eventually<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  context: () => string = () => '',
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}\n${context()}`);
}
