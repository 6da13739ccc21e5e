import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PollOutcome, PollScheduler } from '../../../shared/pipeline/scheduler.ts';

const T0 = Date.parse('2026-11-20T10:00:00Z');

describe('PollScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls each account at start, then every `everyMs` after the previous poll ended', async () => {
    const calls: Array<[string, number]> = [];
    const poll = (label: string, everyMs: number) => ({
      label,
      everyMs,
      run: async () => {
        calls.push([label, Date.now() - T0]);
        return {};
      },
    });
    const s = new PollScheduler({ polls: [poll('x#0', 60_000), poll('mastodon#1', 90_000)] });
    s.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([
      ['x#0', 0],
      ['mastodon#1', 0],
    ]);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(calls.filter(([l]) => l === 'x#0').map(([, t]) => t)).toEqual([0, 60_000, 120_000, 180_000]);
    expect(calls.filter(([l]) => l === 'mastodon#1').map(([, t]) => t)).toEqual([0, 90_000, 180_000]);
    await s.stop();
  });

  it('postpones an account to its deferral and keeps polling after errors', async () => {
    const times: number[] = [];
    const errors: string[] = [];
    const outcomes: Array<() => Promise<PollOutcome>> = [
      async () => ({ deferredUntil: new Date(T0 + 600_000).toISOString() }),
      async () => {
        throw new Error('unavailable');
      },
      async () => ({}),
    ];
    const s = new PollScheduler({
      polls: [
        {
          label: 'x#0',
          everyMs: 60_000,
          run: () => {
            times.push(Date.now() - T0);
            return (outcomes.shift() ?? (async () => ({})))();
          },
        },
      ],
      onError: (label, e) => errors.push(`${label}: ${(e as Error).message}`),
    });
    s.start();
    await vi.advanceTimersByTimeAsync(720_000);
    // Deferred to 10 min (not 1 min); the failed poll at 10 min is retried a minute later.
    expect(times).toEqual([0, 600_000, 660_000, 720_000]);
    expect(errors).toEqual(['x#0: unavailable']);
    await s.stop();
  });

  it('a deferral earlier than the regular interval does not shorten it', () => {
    expect(PollScheduler.nextAt(T0, 60_000, new Date(T0 + 1_000).toISOString())).toBe(T0 + 60_000);
    expect(PollScheduler.nextAt(T0, 60_000, 'not a date')).toBe(T0 + 60_000);
  });

  it('stop() aborts the running poll, waits for it and schedules nothing more', async () => {
    let runs = 0;
    let aborted = false;
    const s = new PollScheduler({
      polls: [
        {
          label: 'x#0',
          everyMs: 1_000,
          run: (signal) => {
            runs += 1;
            return new Promise((_, reject) =>
              signal.addEventListener('abort', () => {
                aborted = true;
                reject(new Error('aborted'));
              }),
            );
          },
        },
      ],
      onError: () => {
        throw new Error('an abort at shutdown is not an error to report');
      },
    });
    s.start();
    await vi.advanceTimersByTimeAsync(0);
    await s.stop();
    expect(aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(1);
  });
});
