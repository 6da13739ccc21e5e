import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/checks/engine.ts';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import { scanStream } from '../../../shared/pipeline/scan.ts';

const engine = createEngine(parseBrandProfile({ name: 'Harbor Coffee' }));

describe('scanStream', () => {
  it('pulls input only as fast as results are consumed (a huge file is never read at once)', async () => {
    let produced = 0;
    const total = 10_000_000; // ~1 GB of JSONL if it were drained
    function* lines() {
      while (produced < total) {
        produced++;
        yield `{"platform":"x","kind":"comment","id":"${produced}","author":{"handle":"u${produced}"},"text":"nice one number ${produced}"}\n`;
      }
    }
    const input = Readable.from(lines(), { objectMode: false, highWaterMark: 16 * 1024 });
    let consumed = 0;
    for await (const event of scanStream(input, engine)) {
      expect(event.type).toBe('result');
      consumed++;
      if (consumed === 2_000) break;
    }
    // Only the stream's and readline's buffers may run ahead of what was consumed.
    expect(produced).toBeLessThan(consumed + 5_000);
    input.destroy();
  });

  it('numbers lines from 1, skips blank lines and keeps going after bad ones', async () => {
    const text = [
      '',
      '{"bad json',
      '{"platform":"x","kind":"post","id":"1","author":{"handle":"a"},"text":"hi"}',
    ].join('\n');
    const events = [];
    for await (const e of scanStream(Readable.from([text]), engine)) events.push(e);
    expect(
      events.map((e) => (e.type === 'result' ? `ok ${e.result.line}` : `bad ${e.problem.line}`)),
    ).toEqual(['bad 2', 'ok 3']);
  });

  it('reads a JSON array whose first line is indented or preceded by blank lines', async () => {
    const text = '\n  [\n {"platform":"x","kind":"post","id":"1","author":{"handle":"a"},"text":"hi"}\n]\n';
    const events = [];
    for await (const e of scanStream(Readable.from([text]), engine)) events.push(e);
    expect(events).toHaveLength(1);
    expect(events[0]?.type).toBe('result');
  });
});
