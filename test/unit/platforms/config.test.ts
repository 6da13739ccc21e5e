import { describe, expect, it } from 'vitest';
import {
  durationToMs,
  parseMonitorConfig,
  resolveEnvRef,
  resolveEnvRefs,
  ValidationError,
} from '../../../shared/model/index.ts';

const contractExample = {
  brand: './brand.json',
  watch: [
    {
      platform: 'x',
      handle: 'acmebank',
      accountId: '2244994945',
      role: 'brand',
      credentials: { bearerToken: 'env:X_BEARER_TOKEN' },
      every: '2m',
      commentsDays: 7,
    },
    {
      platform: 'instagram',
      handle: 'jane.runs',
      accountId: '17841400000000001',
      role: 'partner',
      credentials: { accessToken: 'env:META_TOKEN' },
    },
  ],
  webhooks: {
    meta: { appSecret: 'env:META_APP_SECRET', verifyToken: 'env:META_VERIFY_TOKEN' },
    x: { consumerSecret: 'env:X_CONSUMER_SECRET' },
  },
  alerts: [
    { type: 'console' },
    { type: 'jsonl', path: '.postwatch/alerts.jsonl' },
    { type: 'webhook', url: 'env:SLACK_WEBHOOK_URL' },
    {
      type: 'sns',
      topics: { takedown: 'arn:aws:sns:eu-west-1:123:t', correction: 'arn:aws:sns:eu-west-1:123:c' },
    },
  ],
  store: { type: 'local', path: '.postwatch/data' },
};

describe('monitor config (CONTRACTS.md §5)', () => {
  it('accepts the contract example and fills defaults', () => {
    const config = parseMonitorConfig(contractExample);
    expect(config.watch[1]).toMatchObject({ every: '5m', commentsDays: 7, role: 'partner' });
    expect(config.alerts).toHaveLength(4);
    expect(parseMonitorConfig({ brand: { name: 'Acme' } })).toMatchObject({
      brand: { name: 'Acme', aliases: [] },
      watch: [],
      alerts: [{ type: 'console' }],
      store: { type: 'local', path: '.postwatch/data' },
    });
  });

  it('names the field path of every problem', () => {
    const bad = {
      ...contractExample,
      watch: [{ ...contractExample.watch[0], platform: 'myspace', every: 'soon' }, { handle: '' }],
      store: { type: 'dynamodb' },
    };
    const error = (() => {
      try {
        parseMonitorConfig(bad);
      } catch (e) {
        return e;
      }
    })() as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    const text = error.problems.join('\n');
    expect(text).toMatch(/^watch\[0\]\.platform: expected one of x, facebook/m);
    expect(text).toMatch(/^watch\[0\]\.every: expected a duration/m);
    expect(text).toMatch(/^watch\[1\]\.handle: expected a non-empty handle/m);
    expect(text).toMatch(/^store\.table: required string is missing/m);
  });

  it('reads durations', () => {
    expect(durationToMs('90s')).toBe(90_000);
    expect(durationToMs('2m')).toBe(120_000);
    expect(durationToMs('1h')).toBe(3_600_000);
    expect(() => durationToMs('2 minutes')).toThrow(ValidationError);
  });
});

describe('env:NAME resolution', () => {
  it('resolves references from the given environment and leaves literals alone', () => {
    expect(resolveEnvRef('env:X_BEARER_TOKEN', { X_BEARER_TOKEN: 'abc' })).toBe('abc');
    expect(resolveEnvRef('server:postwatch:0.1', {})).toBe('server:postwatch:0.1');
  });

  it('reports every missing variable with its path, never a value', () => {
    const config = parseMonitorConfig(contractExample);
    const env = { X_BEARER_TOKEN: 'secret-x', META_TOKEN: 'secret-meta' };
    let error: ValidationError | undefined;
    try {
      resolveEnvRefs(config, env);
    } catch (e) {
      error = e as ValidationError;
    }
    expect(error?.problems).toEqual([
      'webhooks.meta.appSecret: environment variable META_APP_SECRET is not set',
      'webhooks.meta.verifyToken: environment variable META_VERIFY_TOKEN is not set',
      'webhooks.x.consumerSecret: environment variable X_CONSUMER_SECRET is not set',
      'alerts[2].url: environment variable SLACK_WEBHOOK_URL is not set',
    ]);
    expect(error?.message).not.toContain('secret-x');
    const resolved = resolveEnvRefs(config.watch, env);
    expect(resolved[0]?.credentials).toEqual({ bearerToken: 'secret-x' });
    // The input is not modified: secrets stay out of the parsed config object.
    expect(config.watch[0]?.credentials).toEqual({ bearerToken: 'env:X_BEARER_TOKEN' });
  });
});
