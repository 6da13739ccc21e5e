import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DiskInbox } from '../../../shared/pipeline/inbox.ts';

interface Job {
  readonly id: string;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pw-inbox-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const segments = () => readdirSync(dir).filter((n) => n.startsWith('inbox-'));

describe('DiskInbox', () => {
  it('hands back, at the next open, every entry that was appended and never acknowledged, in order', async () => {
    const { inbox, pending } = await DiskInbox.open<Job>({ dir });
    expect(pending).toEqual([]);
    const first = await inbox.append([{ id: 'a' }, { id: 'b' }]);
    const second = await inbox.append([{ id: 'c' }]);
    inbox.ack([first[0] as number]);
    // No close: the process "dies" here, with the acknowledgement maybe written, maybe not.
    await new Promise((r) => setTimeout(r, 20));

    const reopened = await DiskInbox.open<Job>({ dir });

    expect(reopened.pending.map((e) => e.job.id)).toEqual(['b', 'c']);
    expect(reopened.pending.map((e) => e.seq)).toEqual([first[1], second[0]]);
    // New entries never reuse a number.
    const next = await reopened.inbox.append([{ id: 'd' }]);
    expect(next[0]).toBeGreaterThan(second[0] as number);
    await reopened.inbox.close();
  });

  it('has every entry on disk when append resolves (no close, no later write needed)', async () => {
    const { inbox } = await DiskInbox.open<Job>({ dir });
    await Promise.all(Array.from({ length: 50 }, (_, i) => inbox.append([{ id: `j${i}` }])));
    const onDisk = segments()
      .flatMap((n) => readFileSync(join(dir, n), 'utf8').split('\n'))
      .filter((l) => l.includes('"s":'));
    expect(onDisk).toHaveLength(50);
  });

  it('ignores a torn last line and never appends after it', async () => {
    const { inbox } = await DiskInbox.open<Job>({ dir });
    await inbox.append([{ id: 'whole' }]);
    const [name] = segments();
    appendFileSync(join(dir, name as string), '{"s":99,"j":{"id":"tor');

    const reopened = await DiskInbox.open<Job>({ dir });
    await reopened.inbox.append([{ id: 'after' }]);

    expect(reopened.pending.map((e) => e.job.id)).toEqual(['whole']);
    expect(readFileSync(join(dir, name as string), 'utf8')).not.toContain('after');
    const again = await DiskInbox.open<Job>({ dir });
    expect(again.pending.map((e) => e.job.id)).toEqual(['whole', 'after']);
  });

  it('deletes segments once they and all older ones are acknowledged, and leaves nothing after a clean close', async () => {
    const { inbox } = await DiskInbox.open<Job>({ dir, segmentBytes: 200 });
    const seqs: number[] = [];
    for (let i = 0; i < 20; i++) seqs.push(...(await inbox.append([{ id: `job-${i}-${'x'.repeat(40)}` }])));
    expect(segments().length).toBeGreaterThan(3);
    // Acknowledging a newer half first deletes nothing: the oldest segment still holds work.
    inbox.ack(seqs.slice(10));
    inbox.ack(await inbox.append([{ id: 'flush' }]));
    expect(segments().length).toBeGreaterThan(3);
    inbox.ack(seqs.slice(0, 10));
    const last = await inbox.append([{ id: 'last' }]);
    inbox.ack(last);
    await inbox.close();
    expect(segments()).toEqual([]);
    expect((await DiskInbox.open<Job>({ dir })).pending).toEqual([]);
  });

  it('rejects an append it could not make durable, and takes no more once closed', async () => {
    const { inbox } = await DiskInbox.open<Job>({ dir });
    await inbox.close();
    await expect(inbox.append([{ id: 'late' }])).rejects.toThrow('inbox is closed');
    expect((await DiskInbox.open<Job>({ dir })).pending).toEqual([]);
  });
});
