import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type CheckId, type Platform, PostwatchError, ValidationError } from '../model/index.ts';
import type { ListOptions, Page } from './types.ts';

/**
 * Impersonator records: one per account that imitated a brand, kept on the findings table
 * (shared/store/table.ts) under its own key prefixes, so no index and no table change:
 *
 * | record            | pk                                   | sk                                         |
 * |-------------------|--------------------------------------|--------------------------------------------|
 * | impersonator      | IMPERSONATORS#<brand>                | ACCOUNT#<platform>#<account>               |
 * | brand pointer     | IMPERSONATOR#<platform>#<account>    | BRAND#<brand>                              |
 * | finding marker    | IMPERSONATOR#<platform>#<account>    | FINDING#<findingId>                        |
 * | reverse link      | IMPERSONATOR#<platform>#<account>    | LINKED#<brand>#<platform>#<account>        |
 * | indicator         | INDICATOR#<kind>#<value>             | ACCOUNT#<brand>#<platform>#<account>       |
 *
 * - `<account>` is the author's stable platform id, or `@handle` when the platform gave none
 *   (the same author key the findings' `byAuthor` index uses).
 * - The records of one brand share a partition: `list` is one Query, no Scan.
 * - Everything about one author (which brands it imitated, which findings it counted, who
 *   was linked to it) sits under its own `IMPERSONATOR#` partition, so erasing it is one
 *   Query plus the deletes it names.
 * - A finding marker is written in the same transaction as the record update, on the
 *   condition that it does not exist: a redelivered finding is never counted twice.
 * - An indicator (a contact, domain, wallet or short link an account used) lists the
 *   accounts that used it: that is how a new account is recognised as a taken-down one back.
 * - Free-form key parts (brand, account, indicator value) have `%` and `#` escaped and are
 *   replaced by `sha256:<hex>` above 200 characters, so keys stay unambiguous and in bounds.
 */

/** Where an impersonator stands (issue #11). */
export const IMPERSONATOR_STATUSES = ['watching', 'reported', 'taken-down', 're-emerged'] as const;
export type ImpersonatorStatus = (typeof IMPERSONATOR_STATUSES)[number];

/** The kinds of thing an account can use to reach its victims. */
export const INDICATOR_KINDS = ['phone', 'email', 'domain', 'wallet', 'messenger', 'link'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** A contact, domain, wallet or link an account used, in canonical form. */
export interface Indicator {
  readonly kind: IndicatorKind;
  readonly value: string;
}

/** One step of an impersonator's status history. */
export interface ImpersonatorStatusChange {
  readonly status: ImpersonatorStatus;
  /** ISO-8601 time of the change. */
  readonly at: string;
  /** Who made it (`postwatch` for the pipeline). */
  readonly by: string;
  readonly note?: string;
}

/** A taken-down account this one was linked to, and what they share. */
export interface ImpersonatorLink {
  /** The other record's id (`platform:account`). */
  readonly id: string;
  readonly platform: Platform;
  readonly account: string;
  /** The other account's last handle when the link was made. */
  readonly handle: string;
  readonly via: Indicator;
  /** ISO-8601 time the link was made. */
  readonly at: string;
}

/** An account that imitated a brand, as the store keeps it. */
export interface ImpersonatorRecord {
  /** `platform:account`, e.g. `instagram:5512` or `x:@acme_help` (what the CLI takes). */
  readonly id: string;
  readonly brand: string;
  readonly platform: Platform;
  /** The author key: the stable platform id, or `@handle` when there is none. */
  readonly account: string;
  readonly authorId?: string;
  /** Handles seen, oldest first, bounded (the latest is last). */
  readonly handles: readonly string[];
  /** Display names seen, oldest first, bounded. */
  readonly displayNames: readonly string[];
  /** ISO-8601 times of the first and the latest finding. */
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Scam findings counted on this account: impersonation plus the other scam checks. */
  readonly scamFindings: number;
  readonly findingsByCheck: Readonly<Partial<Record<CheckId, number>>>;
  /** Contacts, domains, wallets and links it used, bounded. */
  readonly indicators: readonly Indicator[];
  readonly status: ImpersonatorStatus;
  readonly history: readonly ImpersonatorStatusChange[];
  /** Taken-down accounts this one shares an indicator with, bounded. */
  readonly linkedTo: readonly ImpersonatorLink[];
  /** Ids of the re-emergence findings raised for this account (in the findings store), bounded. */
  readonly reemergenceFindingIds: readonly string[];
  /** Optimistic-locking version: 1 for a new record, +1 on every save. */
  readonly version: number;
}

/** A finding counted on an impersonator: the marker that makes counting idempotent. */
export interface ImpersonatorFinding {
  readonly findingId: string;
  readonly brand: string;
  readonly check: CheckId;
  readonly itemId: string;
  readonly itemUrl?: string;
  /** When the item was published, when the platform said. */
  readonly publishedAt?: string;
  /** When the finding was counted. */
  readonly recordedAt: string;
}

/** An account that used an indicator. */
export interface IndicatorUse {
  readonly brand: string;
  readonly platform: Platform;
  readonly account: string;
  readonly kind: IndicatorKind;
  readonly value: string;
  readonly at: string;
}

/** One save of a record, applied atomically. */
export interface ImpersonatorSave {
  /** The record as it is to be; its version must be `expectedVersion + 1`. */
  readonly record: ImpersonatorRecord;
  /** The version the caller read (0: the record must not exist yet). */
  readonly expectedVersion: number;
  /** Findings counted by this save; the save fails if any was counted before. */
  readonly findings: readonly ImpersonatorFinding[];
  /** Indicators to index for this account (new ones; re-indexing one is harmless). */
  readonly indicators: readonly Indicator[];
  /** Links made by this save: a reverse pointer goes under each linked account. */
  readonly links: readonly ImpersonatorLink[];
}

/** What erasing one author removed. */
export interface ImpersonatorErasure {
  /** Impersonator records removed (one per brand the author imitated). */
  readonly records: number;
  readonly findingMarkers: number;
  readonly indicators: number;
  /** Links from or to the author removed, and the other records they were removed from. */
  readonly links: number;
  readonly linkedRecordsUpdated: number;
}

/** A save lost against a concurrent one, or counted a finding already counted: read again and retry. */
export class ImpersonatorConflictError extends PostwatchError {
  override name = 'ImpersonatorConflictError';
  constructor(
    readonly recordId: string,
    options?: { cause?: unknown },
  ) {
    // No id in the message: it may be a handle, and messages reach logs.
    super('an impersonator record changed while it was being saved', options);
  }
}

/** The impersonator repository (DynamoDB and in memory, same tests). */
export interface ImpersonatorStore {
  /** The record of one account for one brand, or undefined. */
  get(brand: string, platform: Platform, account: string): Promise<ImpersonatorRecord | undefined>;
  /** One brand's records, by platform and account. */
  list(brand: string, options?: ListOptions): Promise<Page<ImpersonatorRecord>>;
  /** Which of these findings were already counted on the account. */
  countedFindings(platform: Platform, account: string, findingIds: readonly string[]): Promise<Set<string>>;
  /** The findings counted on the account (oldest id order), for takedown packages. */
  findingsOf(platform: Platform, account: string, options?: ListOptions): Promise<Page<ImpersonatorFinding>>;
  /** Every account that used this indicator. */
  usesOf(indicator: Indicator): Promise<IndicatorUse[]>;
  /** Applies one save atomically; ImpersonatorConflictError when the version or a marker says someone was first. */
  save(change: ImpersonatorSave): Promise<void>;
  /**
   * Erases everything kept about one author on one platform: its records for every brand,
   * finding markers, indicator entries, and its links from and to other records (those
   * records are rewritten without it). `authorIdOrHandle` is the stable id, or `@handle`
   * for an author the platform gave no id for (the records' own author key).
   */
  eraseAuthor(platform: Platform, authorIdOrHandle: string): Promise<ImpersonatorErasure>;
}

/** The author key the records use: the stable id when known, else `@handle`. */
export function accountKey(author: { readonly id?: string; readonly handle: string }): string {
  return author.id ?? `@${author.handle.replace(/^@/, '')}`;
}

/** `platform:account`, the id the CLI shows and takes. */
export function impersonatorId(platform: Platform, account: string): string {
  return `${platform}:${account}`;
}

/**
 * The author key an erasure request names: `@handle` for an author known by handle only,
 * anything else is a stable id. Exactly that author: a bare value is never also read as a
 * handle, or forgetting one person could erase another whose handle is that id.
 */
function erasureKeys(authorIdOrHandle: string): string[] {
  const value = authorIdOrHandle.trim();
  const bare = value.replace(/^@/, '');
  if (!bare) throw new ValidationError('author', ['expected an author id or @handle']);
  return [value.startsWith('@') ? `@${bare}` : bare];
}

type Tally = { -readonly [K in keyof ImpersonatorErasure]: number };

/** Runs one erasure per author key the request may mean, adding up what each removed. */
async function tallyErasure(
  authorIdOrHandle: string,
  erase: (account: string, tally: Tally) => Promise<void>,
): Promise<ImpersonatorErasure> {
  const tally: Tally = { records: 0, findingMarkers: 0, indicators: 0, links: 0, linkedRecordsUpdated: 0 };
  for (const account of erasureKeys(authorIdOrHandle)) await erase(account, tally);
  return tally;
}

/** The index entry of one indicator used by a record's account. */
function useOf(record: ImpersonatorRecord, i: Indicator): IndicatorUse {
  const { brand, platform, account } = record;
  return { brand, platform, account, kind: i.kind, value: i.value, at: record.lastSeen };
}

/** Checks what a save claims before any write: the store enforces the same in both implementations. */
function checkSave(change: ImpersonatorSave): void {
  const { record, expectedVersion } = change;
  if (record.version !== expectedVersion + 1) {
    throw new ValidationError('record.version', [`expected ${expectedVersion + 1}, got ${record.version}`]);
  }
  if (record.id !== impersonatorId(record.platform, record.account)) {
    throw new ValidationError('record.id', ['expected platform:account']);
  }
}

const sameAccount = (a: { platform: Platform; account: string }, platform: Platform, account: string) =>
  a.platform === platform && a.account === account;

/** A record without the links to one account (after that account was erased). */
function withoutLinksTo(record: ImpersonatorRecord, platform: Platform, account: string): ImpersonatorRecord {
  return {
    ...record,
    linkedTo: record.linkedTo.filter((l) => !sameAccount(l, platform, account)),
    version: record.version + 1,
  };
}

// ---------------------------------------------------------------------------------------
// In memory

/** The impersonator store in process memory, with the DynamoDB store's semantics. */
export class InMemoryImpersonatorStore implements ImpersonatorStore {
  private readonly records = new Map<string, ImpersonatorRecord>();
  private readonly markers = new Map<string, ImpersonatorFinding>();
  private readonly indicatorUses = new Map<string, IndicatorUse>();
  /** Reverse links: key of the linked (taken-down) account → keys of records linking to it. */
  private readonly reverse = new Map<string, Set<string>>();

  private static recordKey = (brand: string, platform: Platform, account: string) =>
    JSON.stringify([brand, platform, account]);
  private static authorKey = (platform: Platform, account: string) => JSON.stringify([platform, account]);
  private static markerKey = (platform: Platform, account: string, id: string) =>
    JSON.stringify([platform, account, id]);
  private static useKey = (i: Indicator, brand: string, platform: Platform, account: string) =>
    JSON.stringify([i.kind, i.value, brand, platform, account]);

  async get(brand: string, platform: Platform, account: string) {
    const r = this.records.get(InMemoryImpersonatorStore.recordKey(brand, platform, account));
    return r ? structuredClone(r) : undefined;
  }

  async list(brand: string, options: ListOptions = {}): Promise<Page<ImpersonatorRecord>> {
    const all = [...this.records.values()]
      .filter((r) => r.brand === brand)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return pageOf(all, options);
  }

  async countedFindings(platform: Platform, account: string, findingIds: readonly string[]) {
    return new Set(
      findingIds.filter((id) => this.markers.has(InMemoryImpersonatorStore.markerKey(platform, account, id))),
    );
  }

  async findingsOf(platform: Platform, account: string, options: ListOptions = {}) {
    const prefix = InMemoryImpersonatorStore.authorKey(platform, account).slice(0, -1);
    const all = [...this.markers.entries()]
      .filter(([k]) => k.startsWith(`${prefix},`))
      .map(([, v]) => v)
      .sort((a, b) => (a.findingId < b.findingId ? -1 : 1));
    return pageOf(all, options);
  }

  async usesOf(indicator: Indicator): Promise<IndicatorUse[]> {
    return [...this.indicatorUses.values()]
      .filter((u) => u.kind === indicator.kind && u.value === indicator.value)
      .map((u) => ({ ...u }));
  }

  async save(change: ImpersonatorSave): Promise<void> {
    checkSave(change);
    const { record } = change;
    const key = InMemoryImpersonatorStore.recordKey(record.brand, record.platform, record.account);
    const current = this.records.get(key);
    if ((current?.version ?? 0) !== change.expectedVersion) throw new ImpersonatorConflictError(record.id);
    const markerKeys = change.findings.map((f) =>
      InMemoryImpersonatorStore.markerKey(record.platform, record.account, f.findingId),
    );
    if (markerKeys.some((k) => this.markers.has(k))) throw new ImpersonatorConflictError(record.id);
    this.records.set(key, structuredClone(record));
    change.findings.forEach((f, i) => {
      this.markers.set(markerKeys[i] as string, structuredClone(f));
    });
    for (const i of change.indicators) {
      this.indicatorUses.set(
        InMemoryImpersonatorStore.useKey(i, record.brand, record.platform, record.account),
        useOf(record, i),
      );
    }
    for (const l of change.links) {
      const target = InMemoryImpersonatorStore.authorKey(l.platform, l.account);
      const set = this.reverse.get(target) ?? new Set<string>();
      set.add(key);
      this.reverse.set(target, set);
    }
  }

  eraseAuthor(platform: Platform, authorIdOrHandle: string): Promise<ImpersonatorErasure> {
    return tallyErasure(authorIdOrHandle, async (account, t) => {
      for (const [key, r] of [...this.records]) {
        if (!sameAccount(r, platform, account)) continue;
        for (const l of r.linkedTo) {
          const set = this.reverse.get(InMemoryImpersonatorStore.authorKey(l.platform, l.account));
          if (set?.delete(key)) t.links++;
        }
        this.records.delete(key);
        t.records++;
      }
      const prefix = `${InMemoryImpersonatorStore.authorKey(platform, account).slice(0, -1)},`;
      for (const k of [...this.markers.keys()]) {
        if (k.startsWith(prefix)) {
          this.markers.delete(k);
          t.findingMarkers++;
        }
      }
      for (const [k, u] of [...this.indicatorUses]) {
        if (sameAccount(u, platform, account)) {
          this.indicatorUses.delete(k);
          t.indicators++;
        }
      }
      const target = InMemoryImpersonatorStore.authorKey(platform, account);
      for (const key of this.reverse.get(target) ?? []) {
        const other = this.records.get(key);
        t.links++;
        if (!other) continue;
        this.records.set(key, withoutLinksTo(other, platform, account));
        t.linkedRecordsUpdated++;
      }
      this.reverse.delete(target);
    });
  }
}

function pageOf<T>(all: readonly T[], options: ListOptions): Page<T> {
  const start = options.cursor === undefined ? 0 : Number(options.cursor);
  if (!Number.isInteger(start) || start < 0) {
    throw new ValidationError('cursor', ['not a cursor returned by a previous page']);
  }
  const size = Math.max(1, options.limit ?? DEFAULT_PAGE);
  const items = all.slice(start, start + size).map((v) => structuredClone(v));
  return start + size < all.length ? { items, cursor: String(start + size) } : { items };
}

// ---------------------------------------------------------------------------------------
// DynamoDB

const DEFAULT_PAGE = 100;
const MAX_PAGE = 500;
const MAX_ROUNDS = 6;
const TRANSACT_ACTIONS = 100;
const BATCH_WRITE = 25;
const KEY_PART_MAX = 200;
/** Attributes that exist only for DynamoDB, never returned to callers. */
const KEY_ATTRIBUTES = ['pk', 'sk', 'type'] as const;

/** A free-form key part: `%` and `#` escaped, long values hashed. */
function keyPart(value: string): string {
  if (value.length > KEY_PART_MAX) return `sha256:${createHash('sha256').update(value).digest('hex')}`;
  return value.replace(/%/g, '%25').replace(/#/g, '%23');
}

const brandPk = (brand: string) => `IMPERSONATORS#${keyPart(brand)}`;
const accountSk = (platform: Platform, account: string) => `ACCOUNT#${platform}#${keyPart(account)}`;
const authorPk = (platform: Platform, account: string) => `IMPERSONATOR#${platform}#${keyPart(account)}`;
const brandSk = (brand: string) => `BRAND#${keyPart(brand)}`;
const markerSk = (findingId: string) => `FINDING#${keyPart(findingId)}`;
const linkSk = (brand: string, platform: Platform, account: string) =>
  `LINKED#${keyPart(brand)}#${platform}#${keyPart(account)}`;
const indicatorPk = (i: Indicator) => `INDICATOR#${i.kind}#${keyPart(i.value)}`;
const indicatorSk = (brand: string, platform: Platform, account: string) =>
  `ACCOUNT#${keyPart(brand)}#${platform}#${keyPart(account)}`;

function strip<T>(item: Record<string, unknown>): T {
  const copy: Record<string, unknown> = { ...item };
  for (const k of KEY_ATTRIBUTES) delete copy[k];
  return copy as T;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Key = { pk: string; sk: string };
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Options of the DynamoDB impersonator store: the same client and table as the findings. */
export interface DynamoImpersonatorStoreOptions {
  /** A document client from createDocumentClient() (removeUndefinedValues). */
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** The impersonator store on the findings table (layout in the module comment). */
export class DynamoImpersonatorStore implements ImpersonatorStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(options: DynamoImpersonatorStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableName;
  }

  async get(brand: string, platform: Platform, account: string) {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: brandPk(brand), sk: accountSk(platform, account) },
        // The version read here is the condition of the next save.
        ConsistentRead: true,
      }),
    );
    return out.Item ? strip<ImpersonatorRecord>(out.Item) : undefined;
  }

  async list(brand: string, options: ListOptions = {}): Promise<Page<ImpersonatorRecord>> {
    return this.queryPrefix<ImpersonatorRecord>(brandPk(brand), 'ACCOUNT#', options);
  }

  async countedFindings(platform: Platform, account: string, findingIds: readonly string[]) {
    // A handful of ids per item: one consistent point read each, all at once.
    const pk = authorPk(platform, account);
    const unique = [...new Set(findingIds)];
    const found = await Promise.all(
      unique.map(async (id) => {
        const out = await this.client.send(
          new GetCommand({
            TableName: this.tableName,
            Key: { pk, sk: markerSk(id) },
            ConsistentRead: true,
            ProjectionExpression: 'sk',
          }),
        );
        return out.Item ? id : undefined;
      }),
    );
    return new Set(found.filter((id): id is string => id !== undefined));
  }

  findingsOf(platform: Platform, account: string, options: ListOptions = {}) {
    return this.queryPrefix<ImpersonatorFinding>(authorPk(platform, account), 'FINDING#', options);
  }

  async usesOf(indicator: Indicator): Promise<IndicatorUse[]> {
    const out: IndicatorUse[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.queryPrefix<IndicatorUse>(indicatorPk(indicator), 'ACCOUNT#', {
        limit: MAX_PAGE,
        ...(cursor ? { cursor } : {}),
      });
      out.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return out;
  }

  async save(change: ImpersonatorSave): Promise<void> {
    checkSave(change);
    const { record, expectedVersion } = change;
    const items: TransactItem[] = [];
    const recordItem = {
      ...record,
      pk: brandPk(record.brand),
      sk: accountSk(record.platform, record.account),
    };
    items.push({
      Put: {
        TableName: this.tableName,
        Item: { ...recordItem, type: 'impersonator' },
        ...(expectedVersion === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : {
              ConditionExpression: '#v = :expected',
              ExpressionAttributeNames: { '#v': 'version' },
              ExpressionAttributeValues: { ':expected': expectedVersion },
            }),
      },
    });
    const author = authorPk(record.platform, record.account);
    if (expectedVersion === 0) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { pk: author, sk: brandSk(record.brand), type: 'impersonatorBrand', brand: record.brand },
        },
      });
    }
    for (const f of change.findings) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: { ...f, pk: author, sk: markerSk(f.findingId), type: 'impersonatorFinding' },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    for (const i of change.indicators) {
      const use = useOf(record, i);
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            ...use,
            pk: indicatorPk(i),
            sk: indicatorSk(record.brand, record.platform, record.account),
            type: 'impersonatorIndicator',
          },
        },
      });
    }
    for (const l of change.links) {
      items.push({
        Put: {
          TableName: this.tableName,
          Item: {
            pk: authorPk(l.platform, l.account),
            sk: linkSk(record.brand, record.platform, record.account),
            type: 'impersonatorLink',
            brand: record.brand,
            platform: record.platform,
            account: record.account,
          },
        },
      });
    }
    if (items.length > TRANSACT_ACTIONS) {
      throw new ValidationError('save', [`${items.length} writes, at most ${TRANSACT_ACTIONS} in one save`]);
    }
    for (let round = 0; ; round++) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems: items }));
        return;
      } catch (error) {
        if (!(error instanceof TransactionCanceledException)) throw error;
        const reasons = error.CancellationReasons ?? [];
        if (reasons.some((r) => r.Code === 'ConditionalCheckFailed')) {
          throw new ImpersonatorConflictError(record.id, { cause: error });
        }
        // Another transaction on the same keys, or a throttle: the same writes can succeed later.
        if (round + 1 >= MAX_ROUNDS) throw error;
        await sleep(Math.min(20 * 2 ** round, 1_000));
      }
    }
  }

  eraseAuthor(platform: Platform, authorIdOrHandle: string): Promise<ImpersonatorErasure> {
    return tallyErasure(authorIdOrHandle, async (account, t) => {
      const pk = authorPk(platform, account);
      const owned = await this.queryAll(pk);
      const deletes: Key[] = owned.map((r) => ({ pk, sk: r.sk as string }));
      for (const item of owned) {
        if (item.type === 'impersonatorFinding') t.findingMarkers++;
        else if (item.type === 'impersonatorBrand') {
          const brand = item.brand as string;
          const record = await this.get(brand, platform, account);
          deletes.push({ pk: brandPk(brand), sk: accountSk(platform, account) });
          if (!record) continue;
          t.records++;
          for (const i of record.indicators) {
            deletes.push({ pk: indicatorPk(i), sk: indicatorSk(brand, platform, account) });
            t.indicators++;
          }
          for (const l of record.linkedTo) {
            deletes.push({ pk: authorPk(l.platform, l.account), sk: linkSk(brand, platform, account) });
            t.links++;
          }
        } else if (item.type === 'impersonatorLink') {
          t.links++;
          if (
            await this.unlink(
              item.brand as string,
              item.platform as Platform,
              item.account as string,
              platform,
              account,
            )
          ) {
            t.linkedRecordsUpdated++;
          }
        }
      }
      await this.deleteAll(deletes);
    });
  }

  /** Rewrites one record without its links to an erased account; false when it is gone. */
  private async unlink(
    brand: string,
    platform: Platform,
    account: string,
    erasedPlatform: Platform,
    erasedAccount: string,
  ): Promise<boolean> {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const record = await this.get(brand, platform, account);
      if (!record) return false;
      const next = withoutLinksTo(record, erasedPlatform, erasedAccount);
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: { pk: brandPk(brand), sk: accountSk(platform, account) },
            UpdateExpression: 'SET linkedTo = :links, #v = :next',
            ConditionExpression: '#v = :expected',
            ExpressionAttributeNames: { '#v': 'version' },
            ExpressionAttributeValues: {
              ':links': next.linkedTo,
              ':next': next.version,
              ':expected': record.version,
            },
          }),
        );
        return true;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new ImpersonatorConflictError(impersonatorId(platform, account));
  }

  private async deleteAll(keys: readonly Key[]): Promise<void> {
    const unique = [...new Map(keys.map((k) => [`${k.pk}\u0000${k.sk}`, k])).values()];
    for (let i = 0; i < unique.length; i += BATCH_WRITE) {
      let pending = unique.slice(i, i + BATCH_WRITE).map((Key) => ({ DeleteRequest: { Key } }));
      for (let round = 0; pending.length > 0; round++) {
        if (round >= MAX_ROUNDS)
          throw new Error(`BatchWriteItem left ${pending.length} delete(s) unprocessed`);
        if (round > 0) await sleep(25 * 2 ** round);
        const out = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.tableName]: pending } }),
        );
        pending = (out.UnprocessedItems?.[this.tableName] ?? []) as typeof pending;
      }
    }
  }

  private async queryAll(pk: string): Promise<Record<string, unknown>[]> {
    const out: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': pk },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      out.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }

  private async queryPrefix<T>(pk: string, prefix: string, options: ListOptions): Promise<Page<T>> {
    // One partition per listing: the cursor is the last sort key read, opaque to callers.
    if (options.cursor !== undefined && !options.cursor.startsWith(prefix)) {
      throw new ValidationError('cursor', ['not a cursor returned by a previous page']);
    }
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
        ConsistentRead: true,
        Limit: Math.min(Math.max(1, options.limit ?? DEFAULT_PAGE), MAX_PAGE),
        ...(options.cursor !== undefined ? { ExclusiveStartKey: { pk, sk: options.cursor } } : {}),
      }),
    );
    const cursor = out.LastEvaluatedKey?.sk as string | undefined;
    return { items: (out.Items ?? []).map((i) => strip<T>(i)), ...(cursor ? { cursor } : {}) };
  }
}

/** Every page of a listing, up to `max` entries (CLI and takedown packages). */
export async function collectPages<T>(
  fetch: (options: ListOptions) => Promise<Page<T>>,
  max = 10_000,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch({ limit: Math.min(MAX_PAGE, max - out.length), ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor && out.length < max);
  return out;
}
