import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../model/index.ts';
import { FindingNotFoundError, StoreConflictError } from './errors.ts';
import { ALERT_INDEX, AUTHOR_INDEX, STATUS_INDEX } from './table.ts';
import {
  type AllowedAccount,
  type AllowedContact,
  type AnalysisCommit,
  type AuthorErasure,
  type AuthorRef,
  accountKey,
  allowanceNames,
  type BrandOverrides,
  type CommitResult,
  contactKey,
  type FindingStatus,
  type FindingStore,
  type ItemVersion,
  type ListOptions,
  type LookupResult,
  newEntries,
  type Page,
  type PutResult,
  type StatusChange,
  type StoredFinding,
  type VersionRef,
  versionKey,
} from './types.ts';

const DAY_SECONDS = 86_400;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
/** Statuses after which a finding's record may expire (TTL). */
const CLOSED: ReadonlySet<FindingStatus> = new Set(['resolved', 'dismissed']);
/** Attributes that exist only for DynamoDB keys and TTL, never returned to callers. */
const KEY_ATTRIBUTES = [
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'gsi3pk',
  'gsi3sk',
  'expiresAt',
  'type',
] as const;
// DynamoDB limits: BatchGetItem takes 100 keys, TransactWriteItems 100 actions and 4 MB.
const GET_BATCH = 100;
const WRITE_BATCH = 25;
const TRANSACT_ACTIONS = 100;
const TRANSACT_BYTES = 3_500_000;
/** Rounds of UnprocessedKeys / transaction conflicts before giving up (the caller retries later). */
const MAX_ROUNDS = 8;
const PENDING_ALERTS = 'ALERT#pending';

/** Marks an alert accepted: keeps the first acceptance time and takes the finding out of the outbox index. */
const MARK_SENT = {
  UpdateExpression: 'SET alertState = :sent, alertedAt = if_not_exists(alertedAt, :at) REMOVE gsi3pk, gsi3sk',
  ConditionExpression: 'attribute_exists(pk)',
} as const;

/** Options of the DynamoDB store; every retention has a production default. */
export interface DynamoFindingStoreOptions {
  /** A document client, e.g. from createDocumentClient(). */
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Days an item-version record is kept (default 30): long enough to absorb re-polls and retries. */
  readonly itemVersionRetentionDays?: number;
  /** Days a resolved or dismissed finding is kept before TTL removes it (default 90). */
  readonly closedFindingRetentionDays?: number;
  /**
   * How commitAnalyses writes (default `transactions`). `single-writes`: each finding insert,
   * sent mark and version record is its own conditional request, in parallel. DynamoDB bills a
   * transactional write twice the units of a plain one (docs/cost.md), and nothing here needs
   * the batch to land together: finding ids are deterministic and every write is conditional
   * or idempotent, so the retry of a half-done commit finds what landed (already alerted) and
   * writes the rest. The analyze Lambda uses it; DynamoDB Local, where a transaction is the
   * faster path (one local commit), keeps transactions.
   */
  readonly commitWith?: 'transactions' | 'single-writes';
}

/** One write of a commit: a transaction action, and the finding it inserts if any. */
interface CommitEntry {
  readonly findingId?: string;
  readonly action: NonNullable<TransactWriteCommandInput['TransactItems']>[number];
}

/** Parallel requests of one single-writes commit. */
const SINGLE_WRITE_CONCURRENCY = 16;

/** Wraps a DynamoDB client in the document client settings the store relies on. */
export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  // Optional fields of findings are absent rather than null; dropping undefined keeps records small.
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

const findingPk = (id: string) => `FINDING#${id}`;
const FINDING_SK = 'FINDING';
const statusKey = (status: FindingStatus) => `STATUS#${status}`;
const authorKey = (a: AuthorRef) => `AUTHOR#${a.platform}#${a.authorId ?? `@${a.authorHandle}`}`;
const versionPk = (v: VersionRef) => `ITEM#${v.platform}#${v.itemId}`;
const versionSk = (v: VersionRef) => `VERSION#${v.contentHash}`;
const brandPk = (brand: string) => `BRAND#${brand}`;
const BRAND_SK = 'OVERRIDES';
/** The poll "seen" mark of an item version (shared/store/poll-state.ts writes them). */
const seenPk = (v: VersionRef) => `SEEN#${v.platform}:${v.itemId}:${v.contentHash}`;
const SEEN_SK = 'SEEN';
/** The upper bound of a sort key `<createdAt>#<id>` for a time: every id sorts below it. */
const untilKey = (until: string) => `${until}#\uffff`;

/** The table record of a finding: the finding plus its keys (and the outbox index while pending). */
function findingRecord(finding: StoredFinding): Record<string, unknown> {
  const sortKey = `${finding.createdAt}#${finding.id}`;
  return {
    ...finding,
    pk: findingPk(finding.id),
    sk: FINDING_SK,
    type: 'finding',
    gsi1pk: statusKey(finding.status),
    gsi1sk: sortKey,
    gsi2pk: authorKey(finding),
    gsi2sk: sortKey,
    ...(finding.alertState === 'pending' ? { gsi3pk: PENDING_ALERTS, gsi3sk: sortKey } : {}),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

function decodeCursor(cursor: string | undefined): Record<string, unknown> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the validation error: a cursor is opaque to callers, so any damage is theirs
  }
  throw new ValidationError('cursor', ['not a cursor returned by a previous page']);
}

function pageSize(limit: number | undefined): number {
  return Math.min(Math.max(1, limit ?? DEFAULT_PAGE), MAX_PAGE);
}

function toFinding(record: Record<string, unknown>): StoredFinding {
  const copy: Record<string, unknown> = { ...record };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy as unknown as StoredFinding;
}

/** The FindingStore on one DynamoDB table laid out as shared/store/table.ts documents. */
export class DynamoFindingStore implements FindingStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly versionTtlSeconds: number;
  private readonly closedTtlSeconds: number;
  private readonly commitWith: 'transactions' | 'single-writes';

  constructor(options: DynamoFindingStoreOptions) {
    this.commitWith = options.commitWith ?? 'transactions';
    this.client = options.client;
    this.tableName = options.tableName;
    this.versionTtlSeconds = (options.itemVersionRetentionDays ?? 30) * DAY_SECONDS;
    this.closedTtlSeconds = (options.closedFindingRetentionDays ?? 90) * DAY_SECONDS;
  }

  async putFindingIfAbsent(finding: StoredFinding): Promise<PutResult> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: findingRecord(finding),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { created: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const existing = await this.getFinding(finding.id);
      // Only a concurrent erasure between the two calls can get here; the finding is gone on purpose.
      if (!existing)
        throw new StoreConflictError(finding.id, 'was deleted while being recorded', { cause: error });
      return { created: false, existing };
    }
  }

  async recordItemVersion(version: ItemVersion): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.versionRecord(version),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async getFinding(id: string): Promise<StoredFinding | undefined> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: findingPk(id), sk: FINDING_SK },
        // Reads right after a conditional write decide whether to alert; they must see that write.
        ConsistentRead: true,
      }),
    );
    return out.Item ? toFinding(out.Item) : undefined;
  }

  listFindingsByStatus(status: FindingStatus, options: ListOptions = {}): Promise<Page<StoredFinding>> {
    return this.query(STATUS_INDEX, ['gsi1pk', 'gsi1sk'], statusKey(status), options);
  }

  listFindingsByAuthor(author: AuthorRef, options: ListOptions = {}): Promise<Page<StoredFinding>> {
    // Item-version records share the index (for erasure); a listing of findings skips them.
    return this.query(AUTHOR_INDEX, ['gsi2pk', 'gsi2sk'], authorKey(author), options, {
      filterFindings: true,
    });
  }

  async updateStatus(
    id: string,
    change: StatusChange,
    expectedStatus?: FindingStatus,
  ): Promise<StoredFinding> {
    const values: Record<string, unknown> = {
      ':status': change.status,
      ':gsi1pk': statusKey(change.status),
      ':entry': [change],
      ':at': change.at,
    };
    let update =
      'SET #status = :status, gsi1pk = :gsi1pk, history = list_append(history, :entry), updatedAt = :at';
    if (CLOSED.has(change.status)) {
      update += ', expiresAt = :expiresAt';
      values[':expiresAt'] = epochSeconds(change.at) + this.closedTtlSeconds;
    } else {
      // Reopened work must not be deleted by a TTL set when it was closed.
      update += ' REMOVE expiresAt';
    }
    let condition = 'attribute_exists(pk)';
    if (expectedStatus) {
      condition += ' AND #status = :expected';
      values[':expected'] = expectedStatus;
    }
    try {
      const out = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: findingPk(id), sk: FINDING_SK },
          UpdateExpression: update,
          ConditionExpression: condition,
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return toFinding(out.Attributes ?? {});
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.getFinding(id);
      if (!current) throw new FindingNotFoundError(id);
      throw new StoreConflictError(id, `is ${current.status}, expected ${expectedStatus}`, { cause: error });
    }
  }

  async markAlertSent(id: string, at: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: findingPk(id), sk: FINDING_SK },
          ...MARK_SENT,
          ExpressionAttributeValues: { ':sent': 'sent', ':at': at },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new FindingNotFoundError(id);
      throw error;
    }
  }

  async lookup(findingIds: readonly string[], versions: readonly VersionRef[]): Promise<LookupResult> {
    const keys = new Map<string, { pk: string; sk: string }>();
    for (const id of findingIds)
      keys.set(`${findingPk(id)}|${FINDING_SK}`, { pk: findingPk(id), sk: FINDING_SK });
    for (const v of versions)
      keys.set(`${versionPk(v)}|${versionSk(v)}`, { pk: versionPk(v), sk: versionSk(v) });
    const findings = new Map<string, StoredFinding>();
    const seen = new Set<string>();
    // What exists decides what is alerted: the read must see the writes just made.
    for (const record of await this.readRecords([...keys.values()], { consistent: true })) {
      if (record.type === 'finding') {
        const finding = toFinding(record);
        findings.set(finding.id, finding);
      } else if (record.type === 'itemVersion') {
        seen.add(versionKey(record as unknown as ItemVersion));
      }
    }
    return { findings, versions: seen };
  }

  async commitAnalyses(commit: AnalysisCommit): Promise<CommitResult> {
    type Action = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
    const actions: { key: string; findingId?: string; action: Action; bytes: number }[] = [];
    const keys = new Set<string>();
    const add = (key: string, action: Action, findingId?: string) => {
      // One transaction may not touch an item twice; the first write of a key wins.
      if (keys.has(key)) return;
      keys.add(key);
      actions.push({
        key,
        action,
        bytes: JSON.stringify(action).length,
        ...(findingId ? { findingId } : {}),
      });
    };
    for (const finding of commit.created) {
      add(
        findingPk(finding.id),
        {
          Put: {
            TableName: this.tableName,
            Item: findingRecord(finding),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        finding.id,
      );
    }
    for (const { id, at } of commit.sent) {
      add(findingPk(id), {
        Update: {
          TableName: this.tableName,
          Key: { pk: findingPk(id), sk: FINDING_SK },
          ...MARK_SENT,
          ExpressionAttributeValues: { ':sent': 'sent', ':at': at },
        },
      });
    }
    for (const version of commit.versions) {
      add(`${versionPk(version)}|${versionSk(version)}`, {
        Put: { TableName: this.tableName, Item: this.versionRecord(version) },
      });
    }
    if (this.commitWith === 'single-writes') return { alreadyPresent: await this.writeEach(actions) };
    const alreadyPresent: string[] = [];
    let chunk: typeof actions = [];
    let bytes = 0;
    const flush = async () => {
      if (chunk.length > 0) alreadyPresent.push(...(await this.transact(chunk)));
      chunk = [];
      bytes = 0;
    };
    for (const entry of actions) {
      if (chunk.length >= TRANSACT_ACTIONS || (chunk.length > 0 && bytes + entry.bytes > TRANSACT_BYTES)) {
        await flush();
      }
      chunk.push(entry);
      bytes += entry.bytes;
    }
    await flush();
    return { alreadyPresent };
  }

  /**
   * Writes each action as its own request, a few at a time. A finding insert whose condition
   * fails is reported present; a sent mark on an erased finding is dropped. Every write is
   * tried before the first other error is thrown, so a retry has less left to do.
   */
  private async writeEach(entries: readonly CommitEntry[]): Promise<string[]> {
    const present: string[] = [];
    const errors: unknown[] = [];
    let next = 0;
    const one = async (entry: CommitEntry) => {
      const { Put, Update } = entry.action;
      try {
        if (Put) await this.client.send(new PutCommand(Put));
        else if (Update) await this.client.send(new UpdateCommand(Update));
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) errors.push(error);
        else if (entry.findingId) present.push(entry.findingId);
      }
    };
    await Promise.all(
      Array.from({ length: Math.min(SINGLE_WRITE_CONCURRENCY, entries.length) }, async () => {
        while (next < entries.length) await one(entries[next++] as CommitEntry);
      }),
    );
    if (errors.length > 0) throw errors[0];
    return present;
  }

  /**
   * Runs one transaction. A finding insert whose condition fails (someone inserted it first)
   * and a sent-mark on a finding that was erased are dropped and the rest is tried again;
   * conflicts with another transaction are retried with backoff.
   */
  private async transact(entries: readonly CommitEntry[]): Promise<string[]> {
    const present: string[] = [];
    let left = [...entries];
    for (let round = 0; left.length > 0; round++) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems: left.map((e) => e.action) }));
        return present;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException) || round + 1 >= MAX_ROUNDS) throw error;
        const reasons = error.CancellationReasons ?? [];
        const failedConditions = new Set<number>();
        reasons.forEach((r, i) => {
          if (r.Code === 'ConditionalCheckFailed') failedConditions.add(i);
        });
        if (failedConditions.size === 0) {
          // A conflict with another writer or a throttle: the same transaction can succeed later.
          await sleep(Math.min(20 * 2 ** round, 1_000));
          continue;
        }
        for (const i of failedConditions) {
          const id = left[i]?.findingId;
          if (id) present.push(id);
        }
        left = left.filter((_, i) => !failedConditions.has(i));
      }
    }
    return present;
  }

  listPendingAlerts(options: ListOptions = {}): Promise<Page<StoredFinding>> {
    return this.query(ALERT_INDEX, ['gsi3pk', 'gsi3sk'], PENDING_ALERTS, options, { oldestFirst: true });
  }

  async getBrandOverrides(brand: string): Promise<BrandOverrides | undefined> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: brandPk(brand), sk: BRAND_SK },
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return undefined;
    const { brand: name, version, accounts, contacts, updatedAt } = out.Item;
    return {
      brand: String(name),
      version: Number(version),
      accounts: (accounts ?? []) as AllowedAccount[],
      contacts: (contacts ?? []) as AllowedContact[],
      ...(updatedAt ? { updatedAt: String(updatedAt) } : {}),
    };
  }

  async addBrandAllowances(
    brand: string,
    add: { readonly accounts?: readonly AllowedAccount[]; readonly contacts?: readonly AllowedContact[] },
  ): Promise<BrandOverrides> {
    return this.changeOverrides(brand, (current) => {
      const accounts = newEntries(current.accounts, add.accounts, accountKey);
      const contacts = newEntries(current.contacts, add.contacts, contactKey);
      if (accounts.length === 0 && contacts.length === 0) return undefined;
      const at = [...accounts, ...contacts]
        .map((e) => e.at)
        // The latest change, whichever writer lands last (concurrent adds retry in any order).
        .concat(current.updatedAt ? [current.updatedAt] : [])
        .sort()
        .at(-1);
      return {
        ...current,
        accounts: [...current.accounts, ...accounts],
        contacts: [...current.contacts, ...contacts],
        ...(at ? { updatedAt: at } : {}),
      };
    });
  }

  /**
   * Read, change, write back on the version read (optimistic locking): two people allowing
   * at once both land. `change` returns undefined when there is nothing to write.
   */
  private async changeOverrides(
    brand: string,
    change: (current: BrandOverrides) => BrandOverrides | undefined,
  ): Promise<BrandOverrides> {
    for (let round = 0; ; round++) {
      const current = (await this.getBrandOverrides(brand)) ?? {
        brand,
        version: 0,
        accounts: [],
        contacts: [],
      };
      const next = change(current);
      if (!next) return current;
      const stored = { ...next, version: current.version + 1 };
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: { ...stored, pk: brandPk(brand), sk: BRAND_SK, type: 'brandOverrides' },
            ConditionExpression: current.version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
            ...(current.version === 0 ? {} : { ExpressionAttributeValues: { ':version': current.version } }),
          }),
        );
        return stored;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException) || round + 1 >= MAX_ROUNDS) throw error;
        await sleep(Math.min(20 * 2 ** round, 500));
      }
    }
  }

  async eraseAuthor(
    author: AuthorRef,
    options: { readonly brands?: readonly string[] } = {},
  ): Promise<AuthorErasure> {
    // Everything the byAuthor index holds for the author: findings and item-version records.
    const records: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: AUTHOR_INDEX,
          KeyConditionExpression: 'gsi2pk = :k',
          ExpressionAttributeValues: { ':k': authorKey(author) },
          ExclusiveStartKey: start,
        }),
      );
      records.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    const findingIds = records.filter((r) => r.type === 'finding').map((r) => String(r.id));
    // Every version of each of the author's items, including records written before
    // versions carried the author: one Query per item partition.
    const items = new Map<string, VersionRef>();
    for (const r of records) {
      const ref = { platform: r.platform, itemId: r.itemId, contentHash: r.contentHash } as VersionRef;
      items.set(versionPk(ref), ref);
    }
    const versions = new Map<string, VersionRef>();
    for (const r of records) {
      const ref = { platform: r.platform, itemId: r.itemId, contentHash: r.contentHash } as VersionRef;
      versions.set(versionKey(ref), ref);
    }
    let versionRecords = 0;
    const keys: { pk: string; sk: string }[] = [];
    for (const [pk, item] of items) {
      let from: Record<string, unknown> | undefined;
      do {
        const out = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ExclusiveStartKey: from,
          }),
        );
        for (const r of out.Items ?? []) {
          keys.push({ pk: String(r.pk), sk: String(r.sk) });
          versionRecords++;
          const ref = { ...item, contentHash: String(r.contentHash) };
          versions.set(versionKey(ref), ref);
        }
        from = out.LastEvaluatedKey;
      } while (from);
    }
    for (const id of findingIds) keys.push({ pk: findingPk(id), sk: FINDING_SK });
    // Seen marks are written only for items that were polled; ask which exist.
    const seenKeys = [...versions.values()].map((v) => ({ pk: seenPk(v), sk: SEEN_SK }));
    let seenMarks = 0;
    for (let i = 0; i < seenKeys.length; i += GET_BATCH) {
      const out = await this.client.send(
        new BatchGetCommand({
          RequestItems: {
            [this.tableName]: { Keys: seenKeys.slice(i, i + GET_BATCH), ProjectionExpression: 'pk, sk' },
          },
        }),
      );
      for (const r of out.Responses?.[this.tableName] ?? []) {
        keys.push({ pk: String(r.pk), sk: String(r.sk) });
        seenMarks++;
      }
      const left = out.UnprocessedKeys?.[this.tableName]?.Keys ?? [];
      // Unread marks are deleted blind: a delete of a missing key is harmless.
      for (const k of left) keys.push(k as { pk: string; sk: string });
    }
    await this.deleteKeys(keys);
    let allowances = 0;
    for (const brand of options.brands ?? []) {
      await this.changeOverrides(brand, (current) => {
        const accounts = current.accounts.filter((a) => !allowanceNames(a, author));
        if (accounts.length === current.accounts.length) return undefined;
        allowances += current.accounts.length - accounts.length;
        return { ...current, accounts };
      });
    }
    return { findingIds, itemVersions: versionRecords, seenMarks, allowances };
  }

  /** BatchWriteItem deletes, 25 a request, unprocessed ones retried with backoff. */
  private async deleteKeys(keys: readonly { pk: string; sk: string }[]): Promise<void> {
    const unique = [...new Map(keys.map((k) => [`${k.pk}|${k.sk}`, k])).values()];
    for (let i = 0; i < unique.length; i += WRITE_BATCH) {
      let requests = unique.slice(i, i + WRITE_BATCH).map((Key) => ({ DeleteRequest: { Key } }));
      for (let round = 0; requests.length > 0; round++) {
        if (round >= MAX_ROUNDS)
          throw new Error(`BatchWriteItem left ${requests.length} delete(s) unprocessed`);
        if (round > 0) await sleep(Math.min(25 * 2 ** round, 1_000));
        const out = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: requests } }),
        );
        requests = (out.UnprocessedItems?.[this.tableName] ?? []) as typeof requests;
      }
    }
  }

  private versionRecord(version: ItemVersion): Record<string, unknown> {
    const { author, ...rest } = version;
    return {
      ...rest,
      pk: versionPk(version),
      sk: versionSk(version),
      type: 'itemVersion',
      // Only the index key of the author, so the record can be found (and erased) by author.
      ...(author ? { gsi2pk: authorKey(author), gsi2sk: `${version.analyzedAt}#version` } : {}),
      expiresAt: epochSeconds(version.analyzedAt) + this.versionTtlSeconds,
    };
  }

  private async query(
    indexName: string,
    [keyName, sortName]: readonly [string, string],
    keyValue: string,
    options: ListOptions,
    how: { readonly oldestFirst?: boolean; readonly filterFindings?: boolean } = {},
  ): Promise<Page<StoredFinding>> {
    const names: Record<string, string> = { '#k': keyName };
    const values: Record<string, unknown> = { ':k': keyValue };
    let condition = '#k = :k';
    if (options.since !== undefined || options.until !== undefined) {
      names['#s'] = sortName;
      values[':from'] = options.since ?? '0';
      values[':to'] = untilKey(options.until ?? '\uffff');
      condition += ' AND #s BETWEEN :from AND :to';
    }
    if (how.filterFindings) {
      names['#type'] = 'type';
      values[':finding'] = 'finding';
    }
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: condition,
        ...(how.filterFindings ? { FilterExpression: '#type = :finding' } : {}),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ScanIndexForward: how.oldestFirst ?? false,
        Limit: pageSize(options.limit),
        ExclusiveStartKey: decodeCursor(options.cursor),
      }),
    );
    const cursor = encodeCursor(out.LastEvaluatedKey);
    const records = await this.readRecords(
      (out.Items ?? []).map((r) => ({ pk: String(r.pk), sk: String(r.sk) })),
    );
    // The index is eventually consistent: a record that has moved on since (another status, its
    // alert sent) is not listed under the key it no longer has.
    const items = records.filter((r) => r[keyName] === keyValue).map(toFinding);
    return { items, ...(cursor ? { cursor } : {}) };
  }

  /**
   * The records under `keys`, in their order (BatchGetItem, unprocessed keys retried with
   * backoff); a key with no record is left out. Listings use it for the records behind index
   * entries (the indexes hold keys only, see shared/store/table.ts), `lookup` consistently.
   */
  private async readRecords(
    keys: readonly { pk: string; sk: string }[],
    options: { readonly consistent?: boolean } = {},
  ): Promise<Record<string, unknown>[]> {
    const found = new Map<string, Record<string, unknown>>();
    let pending = [...keys];
    for (let round = 0; pending.length > 0; round++) {
      if (round >= MAX_ROUNDS) throw new Error(`BatchGetItem left ${pending.length} key(s) unprocessed`);
      if (round > 0) await sleep(Math.min(25 * 2 ** round, 1_000));
      const next: { pk: string; sk: string }[] = [];
      for (let i = 0; i < pending.length; i += GET_BATCH) {
        const out = await this.client.send(
          new BatchGetCommand({
            RequestItems: {
              [this.tableName]: {
                Keys: pending.slice(i, i + GET_BATCH),
                ...(options.consistent ? { ConsistentRead: true } : {}),
              },
            },
          }),
        );
        for (const r of out.Responses?.[this.tableName] ?? []) found.set(`${r.pk}\n${r.sk}`, r);
        next.push(...((out.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as { pk: string; sk: string }[]));
      }
      pending = next;
    }
    return keys.flatMap((k): Record<string, unknown>[] => {
      const r = found.get(`${k.pk}\n${k.sk}`);
      return r ? [r] : [];
    });
  }
}
