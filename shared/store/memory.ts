import { ValidationError } from '../model/index.ts';
import { FindingNotFoundError, StoreConflictError } from './errors.ts';
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

const DEFAULT_PAGE = 50;

function newestFirst(a: StoredFinding, b: StoredFinding): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function page(found: StoredFinding[], options: ListOptions): Page<StoredFinding> {
  const all = found.filter(
    (f) =>
      (options.since === undefined || f.createdAt >= options.since) &&
      (options.until === undefined || f.createdAt <= options.until),
  );
  const start = options.cursor === undefined ? 0 : Number(options.cursor);
  if (!Number.isInteger(start) || start < 0) {
    throw new ValidationError('cursor', ['not a cursor returned by a previous page']);
  }
  const size = Math.max(1, options.limit ?? DEFAULT_PAGE);
  const items = all.slice(start, start + size).map((f) => structuredClone(f));
  return start + size < all.length ? { items, cursor: String(start + size) } : { items };
}

/** The byAuthor index's notion of one author: the stable id when known, else the handle. */
function sameAuthor(
  f: { platform: string; authorId?: string; authorHandle: string },
  author: AuthorRef,
): boolean {
  return (
    f.platform === author.platform &&
    (author.authorId !== undefined
      ? f.authorId === author.authorId
      : f.authorId === undefined && f.authorHandle === author.authorHandle)
  );
}

/**
 * A FindingStore in process memory with the same semantics as the DynamoDB one (conditional
 * insert, history append, conflicts). For unit tests and for runs that keep nothing.
 */
export class InMemoryFindingStore implements FindingStore {
  private readonly findings = new Map<string, StoredFinding>();
  private readonly versions = new Map<string, ItemVersion>();
  private readonly overrides = new Map<string, BrandOverrides>();

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
    return page([...this.findings.values()].filter((f) => sameAuthor(f, author)).sort(newestFirst), options);
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

  async getBrandOverrides(brand: string): Promise<BrandOverrides | undefined> {
    const o = this.overrides.get(brand);
    return o ? structuredClone(o) : undefined;
  }

  async addBrandAllowances(
    brand: string,
    add: { readonly accounts?: readonly AllowedAccount[]; readonly contacts?: readonly AllowedContact[] },
  ): Promise<BrandOverrides> {
    const current = this.overrides.get(brand) ?? { brand, version: 0, accounts: [], contacts: [] };
    const accounts = newEntries(current.accounts, add.accounts, accountKey);
    const contacts = newEntries(current.contacts, add.contacts, contactKey);
    if (accounts.length === 0 && contacts.length === 0) return structuredClone(current);
    const at = [...accounts, ...contacts]
      .map((e) => e.at)
      // The latest change, whichever writer lands last (concurrent adds retry in any order).
      .concat(current.updatedAt ? [current.updatedAt] : [])
      .sort()
      .at(-1);
    const next: BrandOverrides = {
      brand,
      version: current.version + 1,
      accounts: [...current.accounts, ...accounts],
      contacts: [...current.contacts, ...contacts],
      ...(at ? { updatedAt: at } : {}),
    };
    this.overrides.set(brand, next);
    return structuredClone(next);
  }

  async eraseAuthor(
    author: AuthorRef,
    options: { readonly brands?: readonly string[] } = {},
  ): Promise<AuthorErasure> {
    const findingIds: string[] = [];
    const items = new Set<string>();
    for (const f of this.findings.values()) {
      if (!sameAuthor(f, author)) continue;
      findingIds.push(f.id);
      items.add(`${f.platform}#${f.itemId}`);
    }
    for (const v of this.versions.values()) {
      if (v.author && sameAuthor(v.author, author)) {
        items.add(`${v.platform}#${v.itemId}`);
      }
    }
    for (const id of findingIds) this.findings.delete(id);
    let itemVersions = 0;
    for (const [key, v] of this.versions) {
      if (items.has(`${v.platform}#${v.itemId}`)) {
        this.versions.delete(key);
        itemVersions++;
      }
    }
    let allowances = 0;
    for (const brand of options.brands ?? []) {
      const current = this.overrides.get(brand);
      if (!current) continue;
      const accounts = current.accounts.filter((a) => !allowanceNames(a, author));
      if (accounts.length === current.accounts.length) continue;
      allowances += current.accounts.length - accounts.length;
      this.overrides.set(brand, { ...current, version: current.version + 1, accounts });
    }
    return { findingIds, itemVersions, seenMarks: 0, allowances };
  }

  /** Every recorded item version (test inspection). */
  itemVersions(): ItemVersion[] {
    return [...this.versions.values()].map((v) => structuredClone(v));
  }
}
