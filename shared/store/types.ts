import type { Action, CheckId, Evidence, Platform, Severity } from '../model/index.ts';

/** Triage states (CONTRACTS.md §7). */
export const FINDING_STATUSES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/**
 * Where the alert for a finding stands. `pending` is written together with the finding and
 * only turned into `sent` after the sink accepted it, so a crash in between leaves a
 * marker that the next attempt re-publishes (with the same finding id).
 */
export type AlertState = 'pending' | 'sent';

/** One step of a finding's triage history. */
export interface StatusChange {
  readonly status: FindingStatus;
  /** ISO-8601 time of the change. */
  readonly at: string;
  /** Who made the change (`postwatch` for the pipeline itself). */
  readonly by: string;
  readonly note?: string;
}

/**
 * A finding as stored: the engine's finding plus where it was found and its triage and
 * alert state. Deliberately no full item text: the evidence excerpts are what a person
 * needs to act, and keeping less is keeping less personal data.
 */
export interface StoredFinding {
  readonly id: string;
  readonly check: CheckId;
  readonly severity: Severity;
  readonly action: Action;
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly truncated?: boolean;
  /** The brand profile's name, so one table can serve several brands. */
  readonly brand: string;
  readonly platform: Platform;
  readonly itemId: string;
  readonly itemKind: 'post' | 'comment';
  readonly itemUrl?: string;
  readonly parentId?: string;
  /** Content hash of the analyzed item version (shared/pipeline/finding-id.ts). */
  readonly contentHash: string;
  /** The author's stable platform id when known, else undefined; the handle is kept for takedowns. */
  readonly authorId?: string;
  readonly authorHandle: string;
  /** ISO-8601 time the finding was first recorded. */
  readonly createdAt: string;
  readonly status: FindingStatus;
  readonly history: readonly StatusChange[];
  /** ISO-8601 time of the last status change, if any. */
  readonly updatedAt?: string;
  readonly alertState: AlertState;
  /** ISO-8601 time the alert was accepted by the sink. */
  readonly alertedAt?: string;
}

/** A version of an item that was analyzed: which content hash, when, and what it produced. */
export interface ItemVersion {
  readonly platform: Platform;
  readonly itemId: string;
  readonly contentHash: string;
  readonly analyzedAt: string;
  readonly findingIds: readonly string[];
  /**
   * Who wrote the item, so that an erasure request finds this record without a Scan (the
   * byAuthor index). Only the index key is stored, never the handle beside it.
   */
  readonly author?: AuthorRef;
}

/** An author as the store indexes it: the stable id when known, else the handle. */
export interface AuthorRef {
  readonly platform: Platform;
  readonly authorId?: string;
  readonly authorHandle: string;
}

/** Result of a conditional insert: created, or the finding that was already there. */
export type PutResult =
  | { readonly created: true }
  | { readonly created: false; readonly existing: StoredFinding };

/** One page of a listing; pass `cursor` back to get the next page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

/** Paging options; `limit` caps the page size. */
export interface ListOptions {
  readonly limit?: number;
  readonly cursor?: string;
  /** Only findings created at or after this ISO-8601 time (a key condition, not a filter). */
  readonly since?: string;
  /** Only findings created at or before this ISO-8601 time. */
  readonly until?: string;
}

/** An item version as the store keys it: `platform`, `itemId`, `contentHash`. */
export type VersionRef = Pick<ItemVersion, 'platform' | 'itemId' | 'contentHash'>;

/** What one batch lookup found: the findings that exist, and which item versions were recorded. */
export interface LookupResult {
  readonly findings: ReadonlyMap<string, StoredFinding>;
  /** `versionKey()` of each version already recorded. */
  readonly versions: ReadonlySet<string>;
}

/**
 * The writes of one analyzed batch, applied together: findings to insert (never overwriting
 * one that exists), findings whose pending alert has now been accepted, item versions to record.
 */
export interface AnalysisCommit {
  readonly created: readonly StoredFinding[];
  readonly sent: readonly { readonly id: string; readonly at: string }[];
  readonly versions: readonly ItemVersion[];
}

/** Result of a commit: the ids of findings that someone else had inserted first (left as they were). */
export interface CommitResult {
  readonly alreadyPresent: readonly string[];
}

/** An account a person marked as not an impersonator (`findings dismiss --allow`). */
export interface AllowedAccount {
  readonly platform: Platform;
  readonly handle: string;
  /** The stable platform id when known: the allowance then survives a handle change. */
  readonly authorId?: string;
  /** The finding whose dismissal added it, who did it and when. */
  readonly findingId: string;
  readonly by: string;
  readonly at: string;
}

/** A contact (phone, email, messenger link) a person marked as one of the brand's own channels. */
export interface AllowedContact {
  readonly contact: string;
  readonly findingId: string;
  readonly by: string;
  readonly at: string;
}

/**
 * Changes to a brand profile made in triage, kept in the store and merged over the file
 * profile by the analysis (shared/pipeline/brand-overrides.ts). `version` grows by one at
 * each change, so a reader can tell whether its compiled engine is current.
 */
export interface BrandOverrides {
  readonly brand: string;
  readonly version: number;
  readonly accounts: readonly AllowedAccount[];
  readonly contacts: readonly AllowedContact[];
  readonly updatedAt?: string;
}

/** What erasing one author removed, by kind of record. */
export interface AuthorErasure {
  /** Ids of the findings deleted (the alert files are cleaned by these). */
  readonly findingIds: readonly string[];
  /** Item versions deleted (version records and poll "seen" marks). */
  readonly itemVersions: number;
  readonly seenMarks: number;
  /** Allowances in brand overrides that named the author. */
  readonly allowances: number;
}

/** The key of one item version in lookups: `platform#itemId#contentHash`. */
export function versionKey(v: VersionRef): string {
  return `${v.platform}#${v.itemId}#${v.contentHash}`;
}

/** True when the allowance names this author (by stable id when both have one, else by handle). */
export function allowanceNames(a: AllowedAccount, author: AuthorRef): boolean {
  if (a.platform !== author.platform) return false;
  if (a.authorId !== undefined && author.authorId !== undefined) return a.authorId === author.authorId;
  return a.handle.toLowerCase() === author.authorHandle.toLowerCase();
}

/** Entries of `add` that `existing` does not hold yet, by `key`. */
export function newEntries<T>(
  existing: readonly T[],
  add: readonly T[] | undefined,
  key: (t: T) => string,
): T[] {
  const seen = new Set(existing.map(key));
  const out: T[] = [];
  for (const entry of add ?? []) {
    const k = key(entry);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(entry);
  }
  return out;
}

/** Identity of an allowed account / contact within one brand's overrides. */
export const accountKey = (a: AllowedAccount) =>
  `${a.platform}#${a.authorId !== undefined ? a.authorId : `@${a.handle.toLowerCase()}`}`;
export const contactKey = (c: AllowedContact) => c.contact.toLowerCase();

/**
 * The narrow repository the use-cases talk to. Implementations: DynamoDB (AWS and DynamoDB
 * Local) and in memory (tests, `scan`).
 */
export interface FindingStore {
  /** Inserts the finding unless one with the same id exists; never overwrites. */
  putFindingIfAbsent(finding: StoredFinding): Promise<PutResult>;
  /** Records that an item version was analyzed; false when that version was already recorded. */
  recordItemVersion(version: ItemVersion): Promise<boolean>;
  /** The finding with this id, or undefined. */
  getFinding(id: string): Promise<StoredFinding | undefined>;
  /** Findings in one status, newest first. */
  listFindingsByStatus(status: FindingStatus, options?: ListOptions): Promise<Page<StoredFinding>>;
  /** Findings about one author (for erasure requests), newest first. */
  listFindingsByAuthor(author: AuthorRef, options?: ListOptions): Promise<Page<StoredFinding>>;
  /**
   * Moves a finding to a new status and appends the change to its history. With
   * `expectedStatus`, fails with a StoreConflictError when someone else moved it first.
   * Throws FindingNotFoundError for an unknown id.
   */
  updateStatus(id: string, change: StatusChange, expectedStatus?: FindingStatus): Promise<StoredFinding>;
  /** Marks the finding's alert as accepted by the sink. Idempotent. */
  markAlertSent(id: string, at: string): Promise<void>;
  /** Reads many findings and item versions at once (strongly consistent: it decides what to alert). */
  lookup(findingIds: readonly string[], versions: readonly VersionRef[]): Promise<LookupResult>;
  /**
   * Applies one batch's writes in as few requests as the store allows. A finding that exists
   * already is left untouched and reported in `alreadyPresent`; marking a finding sent is
   * idempotent; recording a version twice changes nothing that matters.
   */
  commitAnalyses(commit: AnalysisCommit): Promise<CommitResult>;
  /** Findings whose alert is still pending (an outbox to drain), oldest first. */
  listPendingAlerts(options?: ListOptions): Promise<Page<StoredFinding>>;
  /** The triage changes to one brand's profile, or undefined when there are none. */
  getBrandOverrides(brand: string): Promise<BrandOverrides | undefined>;
  /**
   * Adds accounts and contacts to a brand's allowlist (those already in it are kept as they
   * were) and returns the overrides as stored. Safe against concurrent writers.
   */
  addBrandAllowances(
    brand: string,
    add: { readonly accounts?: readonly AllowedAccount[]; readonly contacts?: readonly AllowedContact[] },
  ): Promise<BrandOverrides>;
  /**
   * Deletes every record about one author: findings (by the byAuthor index), item-version
   * records and poll "seen" marks of the author's items, and allowances naming the author in
   * `brands`' overrides. Idempotent.
   */
  eraseAuthor(author: AuthorRef, options?: { readonly brands?: readonly string[] }): Promise<AuthorErasure>;
}
