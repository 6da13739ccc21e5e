import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../model/index.ts';
import { FindingNotFoundError, StoreConflictError } from './errors.ts';
import { AUTHOR_INDEX, STATUS_INDEX } from './table.ts';
import type {
  AuthorRef,
  FindingStatus,
  FindingStore,
  ItemVersion,
  ListOptions,
  Page,
  PutResult,
  StatusChange,
  StoredFinding,
} from './types.ts';

const DAY_SECONDS = 86_400;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
/** Statuses after which a finding's record may expire (TTL). */
const CLOSED: ReadonlySet<FindingStatus> = new Set(['resolved', 'dismissed']);
/** Attributes that exist only for DynamoDB keys and TTL, never returned to callers. */
const KEY_ATTRIBUTES = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'expiresAt', 'type'] as const;

/** Options of the DynamoDB store; every retention has a production default. */
export interface DynamoFindingStoreOptions {
  /** A document client, e.g. from createDocumentClient(). */
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Days an item-version record is kept (default 30): long enough to absorb re-polls and retries. */
  readonly itemVersionRetentionDays?: number;
  /** Days a resolved or dismissed finding is kept before TTL removes it (default 90). */
  readonly closedFindingRetentionDays?: number;
}

/** Wraps a DynamoDB client in the document client settings the store relies on. */
export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  // Optional fields of findings are absent rather than null; dropping undefined keeps records small.
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

const findingPk = (id: string) => `FINDING#${id}`;
const FINDING_SK = 'FINDING';
const statusKey = (status: FindingStatus) => `STATUS#${status}`;
const authorKey = (a: AuthorRef) => `AUTHOR#${a.platform}#${a.authorId ?? `@${a.authorHandle}`}`;

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

  constructor(options: DynamoFindingStoreOptions) {
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
          Item: {
            ...finding,
            pk: findingPk(finding.id),
            sk: FINDING_SK,
            type: 'finding',
            gsi1pk: statusKey(finding.status),
            gsi1sk: `${finding.createdAt}#${finding.id}`,
            gsi2pk: authorKey(finding),
            gsi2sk: `${finding.createdAt}#${finding.id}`,
          },
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
          Item: {
            ...version,
            pk: `ITEM#${version.platform}#${version.itemId}`,
            sk: `VERSION#${version.contentHash}`,
            type: 'itemVersion',
            expiresAt: epochSeconds(version.analyzedAt) + this.versionTtlSeconds,
          },
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
    return this.query(STATUS_INDEX, 'gsi1pk', statusKey(status), options);
  }

  listFindingsByAuthor(author: AuthorRef, options: ListOptions = {}): Promise<Page<StoredFinding>> {
    return this.query(AUTHOR_INDEX, 'gsi2pk', authorKey(author), options);
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
          // Keep the first acceptance time if a retry marks it again.
          UpdateExpression: 'SET alertState = :sent, alertedAt = if_not_exists(alertedAt, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':sent': 'sent', ':at': at },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new FindingNotFoundError(id);
      throw error;
    }
  }

  private async query(
    indexName: string,
    keyName: string,
    keyValue: string,
    options: ListOptions,
  ): Promise<Page<StoredFinding>> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: '#k = :k',
        ExpressionAttributeNames: { '#k': keyName },
        ExpressionAttributeValues: { ':k': keyValue },
        ScanIndexForward: false,
        Limit: pageSize(options.limit),
        ExclusiveStartKey: decodeCursor(options.cursor),
      }),
    );
    const cursor = encodeCursor(out.LastEvaluatedKey);
    return { items: (out.Items ?? []).map(toFinding), ...(cursor ? { cursor } : {}) };
  }
}
