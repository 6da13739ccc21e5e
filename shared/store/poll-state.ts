import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetCommand, BatchWriteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';

/**
 * Poll state: each watched account's cursor and the item versions already queued, so a
 * restarted monitor neither re-alerts nor skips. Implements the two ports `pollAccount`
 * takes (shared/platforms/runner.ts).
 *
 * Records in the findings table (shared/store/table.ts):
 *
 * | record | pk                               | sk     | attributes                 |
 * |--------|----------------------------------|--------|----------------------------|
 * | cursor | CURSOR#<platform>#<id or handle> | CURSOR | cursor (JSON string)       |
 * | seen   | SEEN#<platform>:<itemId>:<hash>  | SEEN   | expiresAt (TTL)            |
 */
export interface PollStateStore {
  /** The account's cursor as last saved, or undefined before the first poll. */
  load(key: string): Promise<unknown>;
  save(key: string, cursor: unknown): Promise<void>;
  /** Returns the subset of `versions` already seen. */
  seen(versions: readonly string[]): Promise<ReadonlySet<string>>;
  markSeen(versions: readonly string[]): Promise<void>;
}

/** `platform:account` (runner's cursorKey) → `CURSOR#platform#account`. */
export function cursorPk(key: string): string {
  const at = key.indexOf(':');
  return at < 0 ? `CURSOR#${key}` : `CURSOR#${key.slice(0, at)}#${key.slice(at + 1)}`;
}

const seenPk = (version: string) => `SEEN#${version}`;
const CURSOR_SK = 'CURSOR';
const SEEN_SK = 'SEEN';
// BatchGetItem takes 100 keys, BatchWriteItem 25 requests (DynamoDB limits).
const GET_BATCH = 100;
const WRITE_BATCH = 25;
const MAX_UNPROCESSED_ROUNDS = 8;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** Poll state in process memory (tests, and stores that keep nothing). */
export class MemoryPollStateStore implements PollStateStore {
  private readonly cursors = new Map<string, string>();
  private readonly versions = new Set<string>();

  async load(key: string): Promise<unknown> {
    const json = this.cursors.get(key);
    // Stored as JSON so callers get a fresh copy with the same shape DynamoDB would return.
    return json === undefined ? undefined : JSON.parse(json);
  }

  async save(key: string, cursor: unknown): Promise<void> {
    if (cursor === undefined) this.cursors.delete(key);
    else this.cursors.set(key, JSON.stringify(cursor));
  }

  async seen(versions: readonly string[]): Promise<ReadonlySet<string>> {
    return new Set(versions.filter((v) => this.versions.has(v)));
  }

  async markSeen(versions: readonly string[]): Promise<void> {
    for (const v of versions) this.versions.add(v);
  }
}

/** Options of the DynamoDB poll-state store. */
export interface DynamoPollStateStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /**
   * Days a seen version is remembered (default 30). Longer than any comment window a poll
   * reads back (`commentsDays` is at most 90 but the platforms' own windows are shorter).
   */
  readonly seenRetentionDays?: number;
  /** Epoch ms, for TTLs. Default Date.now. */
  readonly now?: () => number;
}

/** Poll state in the postwatch DynamoDB table (AWS or DynamoDB Local). */
export class DynamoPollStateStore implements PollStateStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  constructor(options: DynamoPollStateStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
    this.ttlSeconds = (options.seenRetentionDays ?? 30) * 86_400;
    this.now = options.now ?? Date.now;
  }

  async load(key: string): Promise<unknown> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: cursorPk(key), sk: CURSOR_SK },
        ConsistentRead: true,
      }),
    );
    const json = out.Item?.cursor;
    return typeof json === 'string' ? JSON.parse(json) : undefined;
  }

  async save(key: string, cursor: unknown): Promise<void> {
    // A JSON string, not a map: cursors are opaque to the store and may hold empty strings or
    // nested arrays that the document marshaller would reshape.
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: cursorPk(key),
          sk: CURSOR_SK,
          type: 'cursor',
          cursor: JSON.stringify(cursor ?? null),
          updatedAt: new Date(this.now()).toISOString(),
        },
      }),
    );
  }

  async seen(versions: readonly string[]): Promise<ReadonlySet<string>> {
    const found = new Set<string>();
    for (const batch of chunks([...new Set(versions)], GET_BATCH)) {
      let keys: Record<string, unknown>[] = batch.map((v) => ({ pk: seenPk(v), sk: SEEN_SK }));
      for (let round = 0; keys.length > 0; round++) {
        if (round >= MAX_UNPROCESSED_ROUNDS) throw new Error('DynamoDB kept returning unprocessed keys');
        const out = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: keys, ProjectionExpression: 'pk' } },
          }),
        );
        for (const item of out.Responses?.[this.tableName] ?? []) {
          found.add(String(item.pk).slice('SEEN#'.length));
        }
        keys = (out.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
        if (keys.length > 0) await backoff(round);
      }
    }
    return found;
  }

  async markSeen(versions: readonly string[]): Promise<void> {
    const expiresAt = Math.floor(this.now() / 1000) + this.ttlSeconds;
    for (const batch of chunks([...new Set(versions)], WRITE_BATCH)) {
      let requests: NonNullable<ConstructorParameters<typeof BatchWriteCommand>[0]['RequestItems']>[string] =
        batch.map((v) => ({
          PutRequest: { Item: { pk: seenPk(v), sk: SEEN_SK, type: 'seen', expiresAt } },
        }));
      for (let round = 0; requests.length > 0; round++) {
        if (round >= MAX_UNPROCESSED_ROUNDS) throw new Error('DynamoDB kept returning unprocessed writes');
        const out = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = out.UnprocessedItems?.[this.tableName] ?? [];
        if (requests.length > 0) await backoff(round);
      }
    }
  }
}

/** Unprocessed keys mean throttling; DynamoDB asks for exponential backoff before retrying them. */
function backoff(round: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.min(50 * 2 ** round, 2_000)));
}
