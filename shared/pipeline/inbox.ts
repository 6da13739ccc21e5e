import { closeSync, fsyncSync, openSync } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A durable inbox on local disk: the one-machine stand-in for what SQS gives the Lambdas.
 * A webhook answers 200 only once its items are here (written and `fdatasync`ed), so a
 * `kill -9` right after the answer loses nothing: at the next start every entry not yet
 * acknowledged is handed back for analysis.
 *
 * Layout: segment files `inbox-<first seq>.jsonl` in one directory, one JSON object a line:
 * `{"s":<seq>,"j":<job>}` for an entry, `{"a":[<seq>,...]}` for acknowledgements. A process
 * only ever appends to the segment it created itself (a torn last line of a crashed one is
 * never written after); a new segment starts past `segmentBytes`. A segment is deleted once
 * it and every older one hold no unacknowledged entry, oldest first, so an acknowledgement
 * never outlives nor precedes the entry it acknowledges on disk.
 *
 * Appends are group-committed: lines that arrive while a sync is running are written and
 * synced together by the next one, so a burst costs a few syncs, not one per request.
 * Acknowledgements are written without waiting for a sync: one lost in a crash only means
 * that entry is analyzed again, which the pipeline makes harmless (deterministic ids).
 */
export interface InboxOptions {
  /** Directory of the segment files (created). */
  readonly dir: string;
  /** Bytes after which a new segment is started. Default 8 MiB. */
  readonly segmentBytes?: number;
}

/** An entry found at open that was never acknowledged. */
export interface InboxEntry<T> {
  readonly seq: number;
  readonly job: T;
}

interface Segment {
  readonly first: number;
  readonly path: string;
  /** Entries in it not acknowledged yet. */
  unacked: number;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

const SEGMENT = /^inbox-(\d{12})\.jsonl$/;
const segmentName = (first: number) => `inbox-${String(first).padStart(12, '0')}.jsonl`;

interface Line {
  readonly text: string;
  /** Entry sequence numbers on this line (none for an acknowledgement). */
  readonly seqs?: readonly number[];
}

/** The durable inbox; `DiskInbox.open()` reads what a previous process left. */
export class DiskInbox<T> {
  private readonly segments: Segment[] = [];
  private readonly segmentOf = new Map<number, Segment>();
  private nextSeq: number;
  private active!: { segment: Segment; handle: FileHandle; bytes: number };
  private lines: Line[] = [];
  private waiters: Waiter[] = [];
  private syncNeeded = false;
  private flushing: Promise<void> | undefined;
  private closed = false;
  private readonly segmentBytes: number;

  private constructor(
    private readonly dir: string,
    options: InboxOptions,
    nextSeq: number,
  ) {
    this.nextSeq = nextSeq;
    this.segmentBytes = options.segmentBytes ?? 8 * 1024 * 1024;
  }

  /**
   * Opens the inbox in `dir` and returns it with every entry a previous process left
   * unacknowledged, in the order they were received.
   */
  static async open<T>(options: InboxOptions): Promise<{ inbox: DiskInbox<T>; pending: InboxEntry<T>[] }> {
    await mkdir(options.dir, { recursive: true });
    const names = (await readdir(options.dir)).filter((n) => SEGMENT.test(n)).sort();
    const entries = new Map<number, { job: T; segment: Segment }>();
    const segments: Segment[] = [];
    let maxSeq = 0;
    for (const name of names) {
      const segment: Segment = {
        first: Number(SEGMENT.exec(name)?.[1]),
        path: join(options.dir, name),
        unacked: 0,
      };
      segments.push(segment);
      const text = await readFile(segment.path, 'utf8');
      for (const line of text.split('\n')) {
        if (line === '') continue;
        let record: { s?: unknown; j?: unknown; a?: unknown };
        try {
          record = JSON.parse(line) as typeof record;
        } catch {
          // A torn last line: its append never finished, so nobody was told it was received.
          continue;
        }
        if (typeof record.s === 'number') {
          entries.set(record.s, { job: record.j as T, segment });
          maxSeq = Math.max(maxSeq, record.s);
        } else if (Array.isArray(record.a)) {
          for (const seq of record.a) if (typeof seq === 'number') entries.delete(seq);
        }
      }
    }
    const inbox = new DiskInbox<T>(options.dir, options, maxSeq + 1);
    const pending: InboxEntry<T>[] = [];
    for (const [seq, { job, segment }] of [...entries].sort((a, b) => a[0] - b[0])) {
      segment.unacked += 1;
      inbox.segmentOf.set(seq, segment);
      pending.push({ seq, job });
    }
    inbox.segments.push(...segments);
    // Never append after a crashed process's torn line: this process writes a segment of its own.
    inbox.active = await inbox.newSegment();
    await inbox.compact();
    return { inbox, pending };
  }

  /** Entries received and not acknowledged yet (this process and the ones before). */
  get unacknowledged(): number {
    return this.segmentOf.size;
  }

  /** Records the jobs durably; resolves to their sequence numbers once they are on disk. */
  async append(jobs: readonly T[]): Promise<number[]> {
    if (this.closed) throw new Error('inbox is closed');
    if (jobs.length === 0) return [];
    const seqs = jobs.map(() => this.nextSeq++);
    const text = jobs.map((job, i) => `${JSON.stringify({ s: seqs[i], j: job })}\n`).join('');
    this.lines.push({ text, seqs });
    this.syncNeeded = true;
    try {
      await new Promise<void>((resolve, reject) => {
        this.waiters.push({ resolve, reject });
        this.schedule();
      });
    } catch (error) {
      // Not durable, so not received: the caller answers 503 and the platform delivers again.
      for (const seq of seqs) this.forget(seq);
      throw error;
    }
    return seqs;
  }

  /** Marks entries as processed (or dead-lettered); they are not handed back at the next open. */
  ack(seqs: readonly number[]): void {
    const known = seqs.filter((seq) => this.segmentOf.has(seq));
    if (known.length === 0) return;
    for (const seq of known) this.forget(seq);
    if (this.closed) return;
    this.lines.push({ text: `${JSON.stringify({ a: known })}\n` });
    this.schedule();
  }

  /** Writes what is buffered, syncs, and closes the active segment. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    while (this.flushing) await this.flushing;
    await this.flush();
    await this.active.handle.close();
    await this.compact(true);
  }

  private forget(seq: number): void {
    const segment = this.segmentOf.get(seq);
    if (!segment) return;
    this.segmentOf.delete(seq);
    segment.unacked -= 1;
  }

  private async newSegment(): Promise<{ segment: Segment; handle: FileHandle; bytes: number }> {
    const segment: Segment = {
      first: this.nextSeq,
      path: join(this.dir, segmentName(this.nextSeq)),
      unacked: 0,
    };
    // `wx`: a name is never reused by mistake.
    const handle = await open(segment.path, 'wx');
    syncDirectory(this.dir);
    this.segments.push(segment);
    return { segment, handle, bytes: 0 };
  }

  private schedule(): void {
    this.flushing ??= this.flush().finally(() => {
      this.flushing = undefined;
      if (this.lines.length > 0) this.schedule();
      else void this.compact();
    });
  }

  /** Writes buffered lines (one flush at a time): rotation, write, sync, then wake the appenders. */
  private async flush(): Promise<void> {
    while (this.lines.length > 0) {
      const lines = this.lines;
      const waiters = this.waiters;
      const sync = this.syncNeeded;
      this.lines = [];
      this.waiters = [];
      this.syncNeeded = false;
      try {
        if (this.active.bytes >= this.segmentBytes && !this.closed) {
          const previous = this.active;
          this.active = await this.newSegment();
          await previous.handle.close();
        }
        const { segment } = this.active;
        for (const line of lines) {
          for (const seq of line.seqs ?? []) {
            this.segmentOf.set(seq, segment);
            segment.unacked += 1;
          }
        }
        const data = lines.map((l) => l.text).join('');
        await this.active.handle.write(data);
        this.active.bytes += Buffer.byteLength(data);
        if (sync) await this.active.handle.datasync();
        for (const w of waiters) w.resolve();
      } catch (error) {
        for (const w of waiters) w.reject(error);
      }
    }
  }

  /** Deletes fully acknowledged segments, oldest first; the active one only when closing. */
  private async compact(closing = false): Promise<void> {
    while (this.segments.length > 0) {
      const oldest = this.segments[0] as Segment;
      if (oldest.unacked > 0 || (oldest === this.active.segment && !closing)) return;
      this.segments.shift();
      await unlink(oldest.path).catch(() => undefined);
    }
  }
}

/** Makes a new file's directory entry durable (a synced file in an unsynced directory can vanish). */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory; the file's own sync is all there is then.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
