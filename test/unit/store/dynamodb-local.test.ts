import { describe, expect, it } from 'vitest';
import { javaCommand } from '../../../shared/store/dynamodb-local.ts';

describe('javaCommand (DynamoDB Local as postwatch starts it)', () => {
  it('turns telemetry off and keeps one shared database in the data directory', () => {
    const onDisk = javaCommand(8123, '/var/tmp/pw-data').args;
    expect(onDisk).toContain('-disableTelemetry');
    expect(onDisk.slice(onDisk.indexOf('-dbPath'), onDisk.indexOf('-dbPath') + 3)).toEqual([
      '-dbPath',
      '/var/tmp/pw-data',
      '-sharedDb',
    ]);
    expect(onDisk.slice(onDisk.indexOf('-port'), onDisk.indexOf('-port') + 2)).toEqual(['-port', '8123']);
    const inMemory = javaCommand(8124, undefined).args;
    expect(inMemory).toContain('-inMemory');
    expect(inMemory).toContain('-disableTelemetry');
  });
});
