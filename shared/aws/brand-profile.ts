import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Engine } from '../checks/engine.ts';
import { type BrandProfile, PostwatchError, parseBrandProfile, ValidationError } from '../model/index.ts';

/** The brand profile item is missing or invalid; the message says which and how to fix it. */
export class BrandProfileUnavailableError extends PostwatchError {
  override name = 'BrandProfileUnavailableError';
}

/** The key of a brand's profile item: pk BRAND#<name>, sk PROFILE (other sk values: the overrides). */
export function brandProfileKey(brand: string): { pk: string; sk: string } {
  return { pk: `BRAND#${brand}`, sk: 'PROFILE' };
}

/** Options of the table-backed profile engine. */
export interface TableProfileEngineOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  readonly brand: string;
  /** Builds the engine for a profile (createEngine; injected so this module does not pull the checks in). */
  readonly build: (profile: BrandProfile) => Engine;
  /** How long a read profile is used before it is read again (default 60 s). */
  readonly ttlMs?: number;
  readonly now?: () => number;
  /** A failed re-read (the last good engine stays in use). */
  readonly onError?: (error: unknown) => void;
}

/** An engine whose profile is the table item, re-read at most every `ttlMs`. */
export interface TableProfileEngine extends Engine {
  /** Reads the item when the TTL has passed; the first call must succeed (nothing to fall back on). */
  refresh(): Promise<void>;
}

/**
 * The analyze engine for a profile kept in the findings table (written at deploy by the
 * stack, changed with a put-item without a redeploy). The item is read at most once a
 * minute per container; the engine is rebuilt only when the profile's JSON changed. A
 * failed re-read keeps the last engine (and is reported); the very first read must work.
 */
export function tableProfileEngine(options: TableProfileEngineOptions): TableProfileEngine {
  const ttl = options.ttlMs ?? 60_000;
  const clock = options.now ?? Date.now;
  let current: Engine | undefined;
  let json: string | undefined;
  let readAt = Number.NEGATIVE_INFINITY;
  let inflight: Promise<void> | undefined;

  const load = async () => {
    const out = await options.client.send(
      new GetCommand({ TableName: options.tableName, Key: brandProfileKey(options.brand) }),
    );
    const raw = out.Item?.profile;
    if (typeof raw !== 'string') {
      throw new BrandProfileUnavailableError(
        `no brand profile item for ${options.brand} (pk BRAND#<name>, sk PROFILE): deploy the stack, which writes it`,
      );
    }
    readAt = clock();
    if (raw === json && current) return;
    let profile: BrandProfile;
    try {
      profile = parseBrandProfile(JSON.parse(raw));
    } catch (error) {
      const detail = error instanceof ValidationError ? error.message : 'not valid JSON';
      throw new BrandProfileUnavailableError(`brand profile item: ${detail}`, { cause: error });
    }
    current = options.build(profile);
    json = raw;
  };
  const refresh = async () => {
    if (current && clock() - readAt < ttl) return;
    inflight ??= load().finally(() => {
      inflight = undefined;
    });
    try {
      await inflight;
    } catch (error) {
      if (!current) throw error;
      readAt = clock();
      options.onError?.(error);
    }
  };
  const engine = (): Engine => {
    if (!current) throw new BrandProfileUnavailableError('brand profile not loaded: call refresh() first');
    return current;
  };
  return {
    get brand() {
      return engine().brand;
    },
    get checks() {
      return engine().checks;
    },
    analyze: (item, now) => engine().analyze(item, now),
    refresh,
  };
}
