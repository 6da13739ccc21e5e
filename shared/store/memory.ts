import { ValidationError } from '../model/index.ts';
import { FindingNotFoundError, StoreConflictError } from './errors.ts';
import {
  type AnalysisCommit,
  type AuthorRef,
  type CommitResult,
  type FindingStatus,
  type FindingStore,
  type ItemVersion,
  type ListOptions,
  type LookupResult,
  type Page,
  type PutResult,
  type StatusChange,
  type StoredFinding,
  type VersionRef,
  versionKey,
} from './types.ts';

const DEFAULT_PAGE = 50;

function newestFirst(a: StoredFinding, b: StoredFinding): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function page(all: StoredFinding[], options: ListOptions): Page<StoredFinding> {
  const start = options.cursor === undefined ? 0 : Number(options.cursor);
  if (!Number.isInteger(start) || start < 0) {
    throw new ValidationError('cursor', ['not a cursor returned by a previous page']);
  }
  const size = Math.max(1, options.limit ?? DEFAULT_PAGE);
  const items = all.slice(start, start + size).map((f) => structuredClone(f));
  return start + size < all.length ? { items, cursor: String(start + size) } : { items };
}

/**
 * A FindingStore in process memory with the same semantics as the DynamoDB one (conditional
 * insert, history append, conflicts). For unit tests and for runs that keep nothing.
 */
export class InMemoryFindingStore implements FindingStore {
  private readonly findings = new Map<string, StoredFinding>();
  private readonly versions = new Map<string, ItemVersion>();

  async putFindingIfAbsent(finding: StoredFinding): Promise<PutResult> {
    const existing = this.findings.get(finding.id);
    if (existing) return { created: false, existing: structuredClone(existing) };
    this.findings.set(finding.id, structuredClone(finding));
    return { created: true };
  }

  async recordItemVersion(version: ItemVersion): Promise<boolean> {
    const key = versionKey(version);
    if (this.versions.has(key)) return false;
    this.versions.set(key, structuredClone(version));
    return true;
  }

  async getFinding(id: string): Promise<StoredFinding | undefined> {
    const f = this.findings.get(id);
    return f ? structuredClone(f) : undefined;
  }

  async listFindingsByStatus(status: FindingStatus, options: ListOptions = {}): Promise<Page<StoredFinding>> {
    return page([...this.findings.values()].filter((f) => f.status === status).sort(newestFirst), options);
  }

  async listFindingsByAuthor(author: AuthorRef, options: ListOptions = {}): Promise<Page<StoredFinding>> {
    const matches = (f: StoredFinding) =>
      f.platform === author.platform &&
      (author.authorId !== undefined
        ? f.authorId === author.authorId
        : f.authorId === undefined && f.authorHandle === author.authorHandle);
    return page([...this.findings.values()].filter(matches).sort(newestFirst), options);
  }

  async updateStatus(
    id: string,
    change: StatusChange,
    expectedStatus?: FindingStatus,
  ): Promise<StoredFinding> {
    const current = this.findings.get(id);
    if (!current) throw new FindingNotFoundError(id);
    if (expectedStatus && current.status !== expectedStatus) {
      throw new StoreConflictError(id, `is ${current.status}, expected ${expectedStatus}`);
    }
    const next: StoredFinding = {
      ...current,
      status: change.status,
      history: [...current.history, change],
      updatedAt: change.at,
    };
    this.findings.set(id, next);
    return structuredClone(next);
  }

  async markAlertSent(id: string, at: string): Promise<void> {
    const current = this.findings.get(id);
    if (!current) throw new FindingNotFoundError(id);
    this.findings.set(id, { ...current, alertState: 'sent', alertedAt: current.alertedAt ?? at });
  }

  async lookup(findingIds: readonly string[], versions: readonly VersionRef[]): Promise<LookupResult> {
    const findings = new Map<string, StoredFinding>();
    for (const id of findingIds) {
      const f = this.findings.get(id);
      if (f) findings.set(id, structuredClone(f));
    }
    const seen = new Set(versions.map(versionKey).filter((k) => this.versions.has(k)));
    return { findings, versions: seen };
  }

  async commitAnalyses(commit: AnalysisCommit): Promise<CommitResult> {
    const alreadyPresent: string[] = [];
    for (const f of commit.created) {
      if (this.findings.has(f.id)) alreadyPresent.push(f.id);
      else this.findings.set(f.id, structuredClone(f));
    }
    for (const { id, at } of commit.sent) {
      const current = this.findings.get(id);
      if (current)
        this.findings.set(id, { ...current, alertState: 'sent', alertedAt: current.alertedAt ?? at });
    }
    for (const v of commit.versions) {
      const key = versionKey(v);
      if (!this.versions.has(key)) this.versions.set(key, structuredClone(v));
    }
    return { alreadyPresent };
  }

  async listPendingAlerts(options: ListOptions = {}): Promise<Page<StoredFinding>> {
    const pending = [...this.findings.values()].filter((f) => f.alertState === 'pending');
    return page(
      pending.sort((a, b) => -newestFirst(a, b)),
      options,
    );
  }

  /** Every recorded item version (test inspection). */
  itemVersions(): ItemVersion[] {
    return [...this.versions.values()].map((v) => structuredClone(v));
  }
}
