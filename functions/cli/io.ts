import type { Readable } from 'node:stream';

/** The streams a command talks to; tests pass their own. */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

/** Writes and waits for the stream to drain when its buffer is full (back-pressure for big scans). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(text)) return Promise.resolve();
  return new Promise((resolve) => stream.once('drain', () => resolve()));
}
