import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  jsonlDeadLetter,
  QueueClosedError,
  type QueueEvent,
  WorkQueue,
} from '../../../shared/pipeline/queue.ts';

/** A promise with its resolve exposed, to hold the worker inside a job. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

const noDeadLetter = async () => {
  throw new Error('unexpected dead letter');
};

describe('WorkQueue', () => {
  it('processes jobs one at a time, in order', async () => {
    const seen: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const q = new WorkQueue<number>({
      handle: async (n) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 1));
        seen.push(n);
        running -= 1;
      },
      deadLetter: noDeadLetter,
    });
    await q.enqueue([1, 2, 3]);
    expect(q.offer([4, 5])).toBe(true);
    await q.drain();
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(maxRunning).toBe(1);
    expect(q.counts).toMatchObject({ done: 5, pending: 0 });
  });

  it('is bounded: offer refuses when full, enqueue waits for room', async () => {
    const g = gate();
    const seen: number[] = [];
    const q = new WorkQueue<number>({
      capacity: 2,
      handle: async (n) => {
        await g.opened;
        seen.push(n);
      },
      deadLetter: noDeadLetter,
    });
    q.offer([1]); // taken by the worker at once, which then waits on the gate
    await Promise.resolve();
    expect(q.offer([2, 3])).toBe(true);
    expect(q.offer([4])).toBe(false);
    let enqueued = false;
    const waiting = q.enqueue([5]).then(() => {
      enqueued = true;
    });
    await new Promise((r) => setTimeout(r, 5));
    expect(enqueued).toBe(false);
    g.open();
    await waiting;
    await q.drain();
    expect(seen).toEqual([1, 2, 3, 5]);
  });

  it('retries a failing job with exponential backoff while later jobs go on', async () => {
    const attempts: string[] = [];
    const events: QueueEvent<string>[] = [];
    let failuresLeft = 2;
    const started = Date.now();
    const times: number[] = [];
    const q = new WorkQueue<string>({
      baseDelayMs: 20,
      handle: async (job) => {
        attempts.push(job);
        if (job === 'flaky' && failuresLeft-- > 0) {
          times.push(Date.now() - started);
          throw new Error('store unavailable');
        }
      },
      deadLetter: noDeadLetter,
      onEvent: (e) => events.push(e),
    });
    q.offer(['flaky', 'next']);
    await q.drain();
    expect(attempts).toEqual(['flaky', 'next', 'flaky', 'flaky']);
    expect(events.map((e) => (e.type === 'retry' ? e.attempt : e.type))).toEqual([1, 2]);
    expect(q.counts).toMatchObject({ done: 2, retried: 2, deadLettered: 0, pending: 0 });
    // Second failure came at least 20 ms after the first (the backoff), then 40 ms more to success.
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(18);
  });

  it('dead-letters a job that fails every attempt, and counts it; drain waits for it', async () => {
    const dead: Array<{ job: string; attempts: number; error: string }> = [];
    const q = new WorkQueue<string>({
      maxAttempts: 3,
      baseDelayMs: 1,
      handle: async () => {
        throw new Error('always');
      },
      deadLetter: async (job, error, attempts) => {
        dead.push({ job, attempts, error: (error as Error).message });
      },
    });
    q.offer(['doomed']);
    await q.drain();
    expect(dead).toEqual([{ job: 'doomed', attempts: 3, error: 'always' }]);
    expect(q.counts).toMatchObject({ done: 0, retried: 2, deadLettered: 1, lost: 0, pending: 0 });
  });

  it('reports a job as lost only when the dead letter itself fails', async () => {
    const events: string[] = [];
    const q = new WorkQueue<string>({
      maxAttempts: 1,
      handle: async () => {
        throw new Error('bad');
      },
      deadLetter: async () => {
        throw new Error('disk full');
      },
      onEvent: (e) => events.push(e.type),
    });
    q.offer(['x']);
    await q.drain();
    expect(events).toEqual(['lost']);
    expect(q.counts.lost).toBe(1);
  });

  it('submit resolves only once its jobs are processed or dead-lettered, and rejects when one is lost', async () => {
    const processed: string[] = [];
    let deadLetterWorks = true;
    const q = new WorkQueue<string>({
      maxAttempts: 2,
      baseDelayMs: 1,
      handle: async (job) => {
        await new Promise((r) => setTimeout(r, 2));
        if (job.startsWith('bad')) throw new Error('no');
        processed.push(job);
      },
      deadLetter: async () => {
        if (!deadLetterWorks) throw new Error('disk full');
      },
    });
    await q.submit(['a', 'bad1', 'b']);
    expect(processed).toEqual(['a', 'b']);
    expect(q.counts).toMatchObject({ done: 2, deadLettered: 1, pending: 0 });
    deadLetterWorks = false;
    await expect(q.submit(['c', 'bad2'])).rejects.toThrow('1 job(s) could not be processed');
    expect(processed).toEqual(['a', 'b', 'c']);
  });

  it('takes no new jobs once draining', async () => {
    const q = new WorkQueue<number>({ handle: async () => {}, deadLetter: noDeadLetter });
    await q.drain();
    expect(() => q.offer([1])).toThrow(QueueClosedError);
    await expect(q.enqueue([1])).rejects.toThrow(QueueClosedError);
  });
});

describe('jsonlDeadLetter', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('appends the whole job with when, how many attempts and a safe error description', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-dlq-'));
    const path = join(dir, '.postwatch', 'dead-letter.jsonl');
    const write = jsonlDeadLetter<{ id: string }>(
      path,
      (e) => `${(e as Error).name}`,
      () => new Date('2026-11-20T10:00:00Z'),
    );
    await write({ id: 'a' }, new TypeError('secret detail'), 4);
    await write({ id: 'b' }, new Error('x'), 4);
    const lines = readFileSync(path, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { at: '2026-11-20T10:00:00.000Z', attempts: 4, error: 'TypeError', job: { id: 'a' } },
      { at: '2026-11-20T10:00:00.000Z', attempts: 4, error: 'Error', job: { id: 'b' } },
    ]);
  });
});
