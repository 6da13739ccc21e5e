import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoredFinding } from '../store/types.ts';
import { formatAlert } from './format.ts';
import type { AlertSink } from './types.ts';

/**
 * Appends one JSON object per alert to a file: the AlertDocument of formatAlert (findingId,
 * check, severity, action, platform, itemId, masked reason and evidence...). The directory
 * is created on first use. Appends are serialised so concurrent publishes never interleave
 * inside a line, and each line is written with one call so a crash leaves whole lines.
 */
export class JsonlAlertSink implements AlertSink {
  private tail: Promise<void> = Promise.resolve();
  private dirReady: Promise<unknown> | undefined;

  constructor(readonly path: string) {}

  publish(finding: StoredFinding): Promise<void> {
    const line = `${JSON.stringify(formatAlert(finding).document)}\n`;
    const write = this.tail.then(async () => {
      this.dirReady ??= mkdir(dirname(this.path), { recursive: true });
      try {
        await this.dirReady;
      } catch (error) {
        // Let the next attempt try again (the directory may be creatable later).
        this.dirReady = undefined;
        throw error;
      }
      await appendFile(this.path, line, 'utf8');
    });
    // The chain continues after a failure; the caller still sees this write's error.
    this.tail = write.catch(() => undefined);
    return write;
  }
}
