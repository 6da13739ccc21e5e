import { appendFile, mkdir, open, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoredFinding } from '../store/types.ts';
import { formatAlert } from './format.ts';
import type { AlertSink } from './types.ts';

const MAX_REMEMBERED = 200_000;

interface Pending {
  readonly id: string;
  readonly line: string;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/** Options of the JSONL sink. */
export interface JsonlSinkOptions {
  /**
   * How much of the end of an existing file is read at start to learn which findings it
   * already holds (default 4 MiB, some thousands of alerts): far more than the alerts in
   * flight when a process can die.
   */
  readonly tailBytes?: number;
}

/**
 * Appends one JSON object per alert to a file: the AlertDocument of formatAlert (findingId,
 * check, severity, action, platform, itemId, masked reason and evidence...). The directory
 * is created on first use. Appends are serialised and grouped: the alerts published while
 * one write runs go out together in the next, so lines never interleave.
 *
 * The file is a delivery that can be checked, so it is kept free of repeats: an alert is
 * published again under the same finding id when a process died between publishing and
 * recording it; at start the sink reads the file's tail, cuts off a torn last line, and
 * skips a finding id it already holds.
 */
export class JsonlAlertSink implements AlertSink {
  private ready: Promise<void> | undefined;
  private readonly written = new Set<string>();
  private readonly tailBytes: number;
  private waiting: Pending[] = [];
  private writing: Promise<void> | undefined;

  constructor(
    readonly path: string,
    options: JsonlSinkOptions = {},
  ) {
    this.tailBytes = options.tailBytes ?? 4 * 1024 * 1024;
  }

  publish(finding: StoredFinding): Promise<void> {
    const line = `${JSON.stringify(formatAlert(finding).document)}\n`;
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ id: finding.id, line, resolve, reject });
      this.kick();
    });
  }

  private kick(): void {
    if (this.writing) return;
    this.writing = this.writeAll().finally(() => {
      this.writing = undefined;
      // Published after the last round was taken but before this ran: start another.
      if (this.waiting.length > 0) this.kick();
    });
  }

  /**
   * Writes whatever is waiting, one append per round: alerts published together (a batch
   * of items) cost one write, not one each, and a line never interleaves with another.
   */
  private async writeAll(): Promise<void> {
    while (this.waiting.length > 0) {
      const round = this.waiting;
      this.waiting = [];
      try {
        this.ready ??= this.prepare();
        try {
          await this.ready;
        } catch (error) {
          // Let the next attempt try again (the directory may be creatable later).
          this.ready = undefined;
          throw error;
        }
        const ids = new Set<string>();
        const fresh = round.filter((p) => !this.written.has(p.id) && !ids.has(p.id) && ids.add(p.id));
        if (fresh.length > 0) await appendFile(this.path, fresh.map((p) => p.line).join(''), 'utf8');
        for (const p of fresh) this.remember(p.id);
        for (const p of round) p.resolve();
      } catch (error) {
        for (const p of round) p.reject(error);
      }
    }
  }

  private remember(id: string): void {
    this.written.add(id);
    // Sets keep insertion order: past the bound the oldest ids go (a repeat is only ever recent).
    if (this.written.size > MAX_REMEMBERED) this.written.delete(this.written.values().next().value as string);
  }

  /** Creates the directory, cuts a torn last line and learns the finding ids in the tail. */
  private async prepare(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(this.path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    let buffer: Buffer;
    let start: number;
    try {
      const size = (await handle.stat()).size;
      start = Math.max(0, size - this.tailBytes);
      buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
    } finally {
      await handle.close();
    }
    const whole = buffer.lastIndexOf(0x0a) + 1;
    if (whole < buffer.length) {
      // A line whose write never finished: the alert it began is published again whole.
      await truncate(this.path, start + whole);
    }
    // The first line of a tail read may start mid-line; only whole lines are trusted.
    const lines = buffer.subarray(0, whole).toString('utf8').split('\n');
    for (const [i, line] of lines.entries()) {
      if (line === '' || (i === 0 && start > 0)) continue;
      try {
        const id = (JSON.parse(line) as { findingId?: unknown }).findingId;
        if (typeof id === 'string') this.remember(id);
      } catch {
        // Someone else's line, or damage: it names no finding we could skip.
      }
    }
  }
}
