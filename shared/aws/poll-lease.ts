import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { PostwatchError } from '../model/index.ts';
import { cursorPk } from '../store/poll-state.ts';

/** The cursor moved under us: another poll of the account committed since our lease began. */
export class CursorConflictError extends PostwatchError {
  override name = 'CursorConflictError';
}

/** A lease on one account: the cursor it starts from and the revision it must commit over. */
export interface AcquiredLease {
  readonly acquired: true;
  readonly cursor: unknown;
  readonly rev: number;
}

/** Why an account was not leased, and until when (epoch ms). */
export interface RefusedLease {
  readonly acquired: false;
  readonly reason: 'leased' | 'deferred';
  readonly until: number;
}

/**
 * The per-account poll record on AWS, where several Lambda invocations may poll at once
 * (a schedule fires while a slow poll still runs, or a retry overlaps). One item per account
 * holds the cursor, its revision, the lease and the deferral:
 *
 * | pk                               | sk     | attributes                                          |
 * |----------------------------------|--------|-----------------------------------------------------|
 * | CURSOR#<platform>#<id or handle> | CURSOR | cursor (JSON), rev, leaseOwner, leaseUntil, deferredUntil (epoch ms) |
 *
 * The same record the local monitor keeps (shared/store/poll-state.ts reads `cursor` from
 * it), with the lease attributes added; every write is a conditional UpdateItem.
 */
export interface PollLeaseStore {
  /** Takes the account's lease unless someone holds it or it is deferred; returns its cursor. */
  acquire(key: string, owner: string, now: number, leaseMs: number): Promise<AcquiredLease | RefusedLease>;
  /**
   * Stores the next cursor and ends the lease, only while `owner` still holds it and the
   * revision is the one acquired (CursorConflictError otherwise); `deferredUntil` sets a deferral.
   */
  commit(key: string, owner: string, rev: number, cursor: unknown, deferredUntil?: number): Promise<void>;
  /** Ends the lease without moving the cursor (a failed poll), optionally deferring the account. */
  release(key: string, owner: string, deferredUntil?: number): Promise<void>;
}

const SK = 'CURSOR';

type Marshalled = Record<string, { N?: string; S?: string } | undefined>;

/** The lease store in the findings table. */
export class DynamoPollLeaseStore implements PollLeaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async acquire(
    key: string,
    owner: string,
    now: number,
    leaseMs: number,
  ): Promise<AcquiredLease | RefusedLease> {
    try {
      const out = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: cursorPk(key), sk: SK },
          UpdateExpression:
            'SET leaseOwner = :owner, leaseUntil = :until, #type = if_not_exists(#type, :type)',
          ConditionExpression:
            '(attribute_not_exists(leaseUntil) OR leaseUntil <= :now) AND (attribute_not_exists(deferredUntil) OR deferredUntil <= :now)',
          ExpressionAttributeNames: { '#type': 'type' },
          ExpressionAttributeValues: {
            ':owner': owner,
            ':until': now + leaseMs,
            ':now': now,
            ':type': 'cursor',
          },
          ReturnValues: 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      const item = out.Attributes ?? {};
      const cursor = typeof item.cursor === 'string' ? JSON.parse(item.cursor) : undefined;
      return { acquired: true, cursor, rev: typeof item.rev === 'number' ? item.rev : 0 };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const old = (error.Item ?? {}) as Marshalled;
      const deferredUntil = Number(old.deferredUntil?.N ?? 0);
      if (deferredUntil > now) return { acquired: false, reason: 'deferred', until: deferredUntil };
      return { acquired: false, reason: 'leased', until: Number(old.leaseUntil?.N ?? now) };
    }
  }

  async commit(
    key: string,
    owner: string,
    rev: number,
    cursor: unknown,
    deferredUntil?: number,
  ): Promise<void> {
    const values: Record<string, unknown> = {
      ':owner': owner,
      ':rev': rev,
      ':next': rev + 1,
      ':cursor': JSON.stringify(cursor ?? null),
      ':at': new Date().toISOString(),
    };
    let update = 'SET #cursor = :cursor, rev = :next, updatedAt = :at';
    if (deferredUntil !== undefined) {
      update += ', deferredUntil = :deferred';
      values[':deferred'] = deferredUntil;
      update += ' REMOVE leaseOwner, leaseUntil';
    } else {
      update += ' REMOVE leaseOwner, leaseUntil, deferredUntil';
    }
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: cursorPk(key), sk: SK },
          UpdateExpression: update,
          // rev 0 is "never committed": the attribute does not exist yet.
          ConditionExpression:
            rev === 0
              ? 'leaseOwner = :owner AND (attribute_not_exists(rev) OR rev = :rev)'
              : 'leaseOwner = :owner AND rev = :rev',
          ExpressionAttributeNames: { '#cursor': 'cursor' },
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new CursorConflictError('the lease ran out and another poll moved the cursor', {
          cause: error,
        });
      }
      throw error;
    }
  }

  async release(key: string, owner: string, deferredUntil?: number): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: cursorPk(key), sk: SK },
          UpdateExpression:
            deferredUntil === undefined
              ? 'REMOVE leaseOwner, leaseUntil'
              : 'SET deferredUntil = :deferred REMOVE leaseOwner, leaseUntil',
          ConditionExpression: 'leaseOwner = :owner',
          ExpressionAttributeValues: {
            ':owner': owner,
            ...(deferredUntil === undefined ? {} : { ':deferred': deferredUntil }),
          },
        }),
      );
    } catch (error) {
      // Someone else holds it now (our lease ran out): nothing of ours to release.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
