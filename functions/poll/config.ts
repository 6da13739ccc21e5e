import {
  PostwatchError,
  parseWatchedAccount,
  ValidationError,
  type WatchedAccount,
} from '../../shared/model/index.ts';
import { cursorKey } from '../../shared/platforms/runner.ts';

/** A setting of a postwatch function is missing or wrong; the message names it. */
export class SettingError extends PostwatchError {
  override name = 'SettingError';
}

/** Reads a required, non-empty environment variable. */
export function requiredSetting(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingError(`missing setting ${name}: set the environment variable ${name}`);
  return value;
}

/** Parses a JSON setting, naming it (never quoting it) when it is not JSON. */
export function jsonSetting(env: NodeJS.ProcessEnv, name: string): unknown {
  const raw = requiredSetting(env, name);
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new SettingError(`setting ${name} is not valid JSON`, { cause: error });
  }
}

/** One watched account with its place in the config (logs name `watch[3]`, never the handle). */
export interface IndexedAccount {
  readonly index: number;
  readonly account: WatchedAccount;
}

/**
 * Parses WATCH_LIST (the config's `watch[]`, credentials as `env:NAME` references) into
 * accounts by cursor key, the key each schedule's input names.
 */
export function parseWatchList(value: unknown, setting = 'WATCH_LIST'): Map<string, IndexedAccount> {
  if (!Array.isArray(value)) throw new SettingError(`setting ${setting}: expected a JSON array`);
  const byKey = new Map<string, IndexedAccount>();
  value.forEach((raw, index) => {
    let account: WatchedAccount;
    try {
      account = parseWatchedAccount(raw);
    } catch (error) {
      if (error instanceof ValidationError) {
        throw new SettingError(`setting ${setting}[${index}]: ${error.message}`, { cause: error });
      }
      throw error;
    }
    byKey.set(cursorKey(account), { index, account });
  });
  return byKey;
}

/** The poll function's settings, read once per cold start. */
export interface PollConfig {
  readonly tableName: string;
  readonly queueUrl: string;
  readonly accounts: Map<string, IndexedAccount>;
  /** Lease length: the function timeout plus a margin (LEASE_MS, default 5 minutes). */
  readonly leaseMs: number;
  readonly secretPrefix?: string;
}

export function readPollConfig(env: NodeJS.ProcessEnv = process.env): PollConfig {
  const leaseMs = Number(env.LEASE_MS ?? 300_000);
  if (!Number.isInteger(leaseMs) || leaseMs < 1_000) {
    throw new SettingError('setting LEASE_MS: expected an integer number of milliseconds, at least 1000');
  }
  const prefix = env.SECRET_PREFIX;
  return {
    tableName: requiredSetting(env, 'TABLE_NAME'),
    queueUrl: requiredSetting(env, 'QUEUE_URL'),
    accounts: parseWatchList(jsonSetting(env, 'WATCH_LIST')),
    leaseMs,
    ...(prefix !== undefined ? { secretPrefix: prefix } : {}),
  };
}
