import { describe, expect, it } from 'vitest';
import { describeError } from '../../../shared/pipeline/monitor.ts';
import { PlatformRequestError } from '../../../shared/platforms/errors.ts';
import { cursorPk, MemoryPollStateStore } from '../../../shared/store/poll-state.ts';

describe('describeError (log lines)', () => {
  it('keeps the error kind and drops URLs, watched account names and personal data', () => {
    const error = new PlatformRequestError(
      'X user @acmebank not found at https://api.x.test/2/users/by/username/acmebank?token=abc; call +44 7700 900123',
      404,
    );
    const line = describeError(error, ['acmebank']);
    expect(line.startsWith('PlatformRequestError: X user @<account> not found at <url>')).toBe(true);
    expect(line).not.toContain('acmebank');
    expect(line).not.toContain('token=abc');
    expect(line).not.toContain('7700 900123');
  });

  it('is one bounded line', () => {
    const line = describeError(new Error(`a\nb ${'word '.repeat(100)}`));
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThanOrEqual(170);
    expect(describeError('a string')).toBe('non-error thrown');
  });
});

describe('MemoryPollStateStore', () => {
  it('returns saved cursors as copies and answers which versions were seen', async () => {
    const s = new MemoryPollStateStore();
    expect(await s.load('x:1001')).toBeUndefined();
    const cursor = { sinceId: '17', posts: [{ id: '1', at: 5 }] };
    await s.save('x:1001', cursor);
    cursor.sinceId = 'changed';
    expect(await s.load('x:1001')).toEqual({ sinceId: '17', posts: [{ id: '1', at: 5 }] });
    await s.markSeen(['x:1:h1', 'x:2:h2']);
    expect([...(await s.seen(['x:1:h1', 'x:1:h9', 'x:2:h2']))].sort()).toEqual(['x:1:h1', 'x:2:h2']);
  });

  it('keys cursors as CURSOR#<platform>#<account>', () => {
    expect(cursorPk('x:1001')).toBe('CURSOR#x#1001');
    expect(cursorPk('mastodon:acme@mastodon.social')).toBe('CURSOR#mastodon#acme@mastodon.social');
  });
});
