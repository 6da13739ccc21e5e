/**
 * Triage use-cases for on-call responders (CONTRACTS.md §7): list, show, change status,
 * dismiss-and-allow, stats, export, forget. The CLI (functions/cli/) and the page call these;
 * they talk to the store only through the FindingStore port, so the same code runs on the
 * local store and on the AWS table.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, stat } from 'node:fs/promises';
import {
  CHECK_IDS,
  type CheckId,
  type Platform,
  PlatformSchema,
  PostwatchError,
  type Severity,
  SeveritySchema,
  ValidationError,
} from '../model/index.ts';
import { FindingNotFoundError } from '../store/errors.ts';
import {
  type AllowedAccount,
  type AllowedContact,
  type AuthorErasure,
  type AuthorRef,
  type BrandOverrides,
  FINDING_STATUSES,
  type FindingStatus,
  type FindingStore,
  type StoredFinding,
} from '../store/types.ts';
import { isChannelWords } from './brand-overrides.ts';

/** The triage verbs and the status each sets. */
export const VERBS = { ack: 'acknowledged', resolve: 'resolved', dismiss: 'dismissed' } as const;
export type Verb = keyof typeof VERBS;

/** Most severe first. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Which findings to list; every field narrows, an empty or absent list means "any". */
export interface FindingQuery {
  readonly statuses?: readonly FindingStatus[];
  readonly severities?: readonly Severity[];
  readonly checks?: readonly CheckId[];
  readonly platforms?: readonly Platform[];
  readonly brands?: readonly string[];
  /** ISO-8601 bounds on `createdAt`, inclusive. */
  readonly since?: string;
  readonly until?: string;
}

/** The query as text from a command line or a URL; `parseQuery` checks it. */
export interface RawQuery {
  readonly status?: string | readonly string[];
  readonly severity?: string | readonly string[];
  readonly check?: string | readonly string[];
  readonly platform?: string | readonly string[];
  readonly brand?: string | readonly string[];
  readonly since?: string;
  readonly until?: string;
}

/** Splits repeated and comma-separated values: `--status open,acknowledged --status resolved`. */
function values(raw: string | readonly string[] | undefined): string[] {
  const list = raw === undefined ? [] : typeof raw === 'string' ? [raw] : raw;
  return list
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function oneOf<T extends string>(
  field: string,
  raw: string | readonly string[] | undefined,
  allowed: readonly T[],
  problems: string[],
): T[] {
  const out: T[] = [];
  for (const v of values(raw)) {
    if ((allowed as readonly string[]).includes(v)) out.push(v as T);
    else problems.push(`${field}: expected one of ${allowed.join(', ')}, not ${JSON.stringify(v)}`);
  }
  return out;
}

/**
 * An ISO-8601 time, or a relative one: `24h`, `7d`, `30m` ago. A bare date (`2026-11-20`) is
 * that day's start (for `since`) or end (for `until`), UTC.
 */
export function parseTime(text: string, now: Date, end = false): string | undefined {
  const rel = /^(\d+)([mhdw])$/.exec(text.trim());
  if (rel) {
    const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[rel[2] as 'm' | 'h' | 'd' | 'w'];
    return new Date(now.getTime() - Number(rel[1]) * unit).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) {
    return `${text.trim()}T${end ? '23:59:59.999' : '00:00:00.000'}Z`;
  }
  const t = Date.parse(text);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** Checks a raw query; every problem is named by field (ValidationError). */
export function parseQuery(raw: RawQuery, now: Date = new Date()): FindingQuery {
  const problems: string[] = [];
  const statuses = oneOf('status', raw.status, FINDING_STATUSES, problems);
  const severities = oneOf('severity', raw.severity, SeveritySchema.options, problems);
  const checks = oneOf('check', raw.check, CHECK_IDS, problems);
  const platforms = oneOf('platform', raw.platform, PlatformSchema.options, problems);
  const brands = values(raw.brand);
  const since = raw.since === undefined ? undefined : parseTime(raw.since, now);
  const until = raw.until === undefined ? undefined : parseTime(raw.until, now, true);
  if (raw.since !== undefined && since === undefined)
    problems.push(
      `since: expected an ISO-8601 time or an age like 24h, 7d, not ${JSON.stringify(raw.since)}`,
    );
  if (raw.until !== undefined && until === undefined)
    problems.push(
      `until: expected an ISO-8601 time or an age like 24h, 7d, not ${JSON.stringify(raw.until)}`,
    );
  if (since && until && since > until) problems.push('since: is after until');
  if (problems.length > 0) throw new ValidationError('query', problems);
  return {
    ...(statuses.length ? { statuses } : {}),
    ...(severities.length ? { severities } : {}),
    ...(checks.length ? { checks } : {}),
    ...(platforms.length ? { platforms } : {}),
    ...(brands.length ? { brands } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
  };
}

/** True when the finding passes the query's filters (the time bounds are the store's key condition). */
export function matches(f: StoredFinding, q: FindingQuery): boolean {
  if (q.severities?.length && !q.severities.includes(f.severity)) return false;
  if (q.checks?.length && !q.checks.includes(f.check)) return false;
  if (q.platforms?.length && !q.platforms.includes(f.platform)) return false;
  if (q.brands?.length && !q.brands.includes(f.brand)) return false;
  if (q.since && f.createdAt < q.since) return false;
  if (q.until && f.createdAt > q.until) return false;
  return true;
}

const PAGE = 200;

/**
 * Every finding the query selects, status by status (one byStatus Query each, newest first,
 * paged), never a Scan. For export and stats, which stream; `listFindings` sorts.
 */
export async function* iterateFindings(
  store: FindingStore,
  query: FindingQuery,
): AsyncGenerator<StoredFinding> {
  const statuses = query.statuses?.length ? query.statuses : FINDING_STATUSES;
  for (const status of statuses) {
    let cursor: string | undefined;
    do {
      const page = await store.listFindingsByStatus(status, {
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
        ...(query.since ? { since: query.since } : {}),
        ...(query.until ? { until: query.until } : {}),
      });
      for (const f of page.items) if (matches(f, query)) yield f;
      cursor = page.cursor;
    } while (cursor);
  }
}

/** Triage order: most severe first, then newest, then by id (stable). */
export function triageOrder(a: StoredFinding, b: StoredFinding): number {
  const bySeverity = SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  if (bySeverity !== 0) return bySeverity;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The findings the query selects, in triage order; at most `limit` (then `more` is true). */
export async function listFindings(
  store: FindingStore,
  query: FindingQuery,
  limit = Number.POSITIVE_INFINITY,
): Promise<{ readonly findings: StoredFinding[]; readonly more: boolean }> {
  const all: StoredFinding[] = [];
  for await (const f of iterateFindings(store, query)) all.push(f);
  all.sort(triageOrder);
  return { findings: all.slice(0, limit), more: all.length > limit };
}

/** Shortest id prefix `resolveFindingId` looks up. */
export const MIN_PREFIX = 6;

/**
 * The finding with this id, or with this unique id prefix (at least MIN_PREFIX hex
 * characters, as the table shows them). FindingNotFoundError when there is none; a
 * TriageError (`state`) naming the candidates when a prefix is ambiguous.
 */
export async function showFinding(store: FindingStore, idOrPrefix: string): Promise<StoredFinding> {
  const id = idOrPrefix.trim();
  const f = await store.getFinding(id);
  if (f) return f;
  if (id.length < MIN_PREFIX || id.length >= 64 || !/^[0-9a-f]+$/.test(id))
    throw new FindingNotFoundError(id);
  const found: StoredFinding[] = [];
  for await (const candidate of iterateFindings(store, {})) {
    if (candidate.id.startsWith(id)) found.push(candidate);
    if (found.length > 5) break;
  }
  if (found.length === 0) throw new FindingNotFoundError(id);
  if (found.length > 1) {
    throw new TriageError(
      `id prefix ${id} is ambiguous: ${found.map((c) => c.id.slice(0, 12)).join(', ')}…`,
      'state',
    );
  }
  return found[0] as StoredFinding;
}

/**
 * A triage step that cannot be taken as asked: `usage` when the request itself is wrong (no
 * note, `--allow` on a check that has nothing to allow), `state` when the finding is not in
 * a state that allows it (already dismissed).
 */
export class TriageError extends PostwatchError {
  override name = 'TriageError';
  constructor(
    message: string,
    readonly kind: 'usage' | 'state',
  ) {
    super(message);
  }
}

/** Who changes what, and why. */
export interface ChangeRequest {
  readonly verb: Verb;
  readonly note: string;
  readonly by: string;
  readonly now: Date;
  /** `dismiss` only: add the impersonating account or the contact to the brand's allowlist. */
  readonly allow?: boolean;
}

/** What a change did: the finding as stored after it, and what was allowed (if anything). */
export interface ChangeOutcome {
  readonly finding: StoredFinding;
  readonly allowed?: {
    readonly accounts: readonly AllowedAccount[];
    readonly contacts: readonly AllowedContact[];
  };
  readonly overrides?: BrandOverrides;
}

/** Checks that allow an allowlist entry on dismissal. */
export const ALLOWABLE_CHECKS: readonly CheckId[] = ['impersonation', 'offplatform-contact'];

/**
 * What `dismiss --allow` adds for a finding: the author's account for an impersonation, the
 * contacts its evidence matched for an off-platform contact. TriageError for any other check.
 */
export function allowancesFor(
  f: StoredFinding,
  by: string,
  at: string,
): { accounts: AllowedAccount[]; contacts: AllowedContact[] } {
  if (f.check === 'impersonation') {
    return {
      accounts: [
        {
          platform: f.platform,
          handle: f.authorHandle,
          ...(f.authorId !== undefined ? { authorId: f.authorId } : {}),
          findingId: f.id,
          by,
          at,
        },
      ],
      contacts: [],
    };
  }
  if (f.check === 'offplatform-contact') {
    const contacts = [
      ...new Set(
        f.evidence
          .filter((e) => (e.field === 'text' || e.field === 'links') && !isChannelWords(e))
          .map((e) => e.match.trim()),
      ),
    ]
      .filter((c) => c.length > 0)
      .map((contact) => ({ contact, findingId: f.id, by, at }));
    if (contacts.length === 0)
      throw new TriageError('--allow: the finding has no contact in its evidence', 'usage');
    return { accounts: [], contacts };
  }
  throw new TriageError(
    `--allow: only ${ALLOWABLE_CHECKS.join(' and ')} findings can be allowed; this one is ${f.check}`,
    'usage',
  );
}

/**
 * Moves a finding to the verb's status, conditionally on the status it was read in (a
 * concurrent change fails with StoreConflictError rather than being overwritten), and
 * appends who, when and the note to its history. With `allow`, the allowlist entry is
 * written first, so a dismissal never claims an allowance that is not stored.
 */
export async function changeStatus(
  store: FindingStore,
  id: string,
  request: ChangeRequest,
): Promise<ChangeOutcome> {
  if (!request.note.trim()) throw new TriageError('--note: required (say why, for the next person)', 'usage');
  if (!request.by.trim()) throw new TriageError('--by: required', 'usage');
  if (request.allow && request.verb !== 'dismiss')
    throw new TriageError('--allow: only with dismiss', 'usage');
  const current = await showFinding(store, id);
  const status = VERBS[request.verb];
  if (current.status === status) throw new TriageError(`finding ${current.id} is already ${status}`, 'state');
  const at = request.now.toISOString();
  let allowed: ChangeOutcome['allowed'];
  let overrides: BrandOverrides | undefined;
  if (request.allow) {
    allowed = allowancesFor(current, request.by, at);
    overrides = await store.addBrandAllowances(current.brand, allowed);
  }
  const note = request.allow ? `${request.note} (allowlisted)` : request.note;
  const finding = await store.updateStatus(current.id, { status, at, by: request.by, note }, current.status);
  return { finding, ...(allowed ? { allowed } : {}), ...(overrides ? { overrides } : {}) };
}

/** One row of `stats`: one check in one period. */
export interface StatsRow {
  /** The period's first day, `YYYY-MM-DD` (a week starts on Monday, ISO). */
  readonly period: string;
  readonly check: CheckId;
  readonly findings: number;
  readonly dismissed: number;
  /** dismissed / findings, 0..1. */
  readonly dismissalRate: number;
}

/** The first day of the period holding `iso`. */
export function periodOf(iso: string, bucket: 'day' | 'week'): string {
  const day = iso.slice(0, 10);
  if (bucket === 'day') return day;
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0
  return new Date(d.getTime() - weekday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Each check's findings and dismissals per period, by the day a finding was created: a
 * check that people keep dismissing is noisy. Rows by period (newest first), then check.
 */
export async function computeStats(
  store: FindingStore,
  query: FindingQuery,
  bucket: 'day' | 'week',
): Promise<StatsRow[]> {
  const counts = new Map<string, { period: string; check: CheckId; findings: number; dismissed: number }>();
  for await (const f of iterateFindings(store, query)) {
    const period = periodOf(f.createdAt, bucket);
    const key = `${period}|${f.check}`;
    const c = counts.get(key) ?? { period, check: f.check, findings: 0, dismissed: 0 };
    c.findings++;
    if (f.status === 'dismissed') c.dismissed++;
    counts.set(key, c);
  }
  return [...counts.values()]
    .map((c) => ({ ...c, dismissalRate: c.findings === 0 ? 0 : c.dismissed / c.findings }))
    .sort((a, b) => (a.period !== b.period ? (a.period < b.period ? 1 : -1) : a.check < b.check ? -1 : 1));
}

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'status',
  'check',
  'severity',
  'action',
  'brand',
  'platform',
  'itemKind',
  'itemId',
  'itemUrl',
  'authorId',
  'authorHandle',
  'reason',
  'evidence',
  'updatedAt',
  'lastBy',
  'lastNote',
] as const;

/**
 * One CSV field (RFC 4180 quoting). A field that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe: the texts are anyone's.
 */
export function csvField(value: string | undefined): string {
  let v = value ?? '';
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A finding as one CSV line (without the line end). */
export function csvLine(f: StoredFinding): string {
  const last = f.history.at(-1);
  const row: Record<(typeof CSV_COLUMNS)[number], string | undefined> = {
    id: f.id,
    createdAt: f.createdAt,
    status: f.status,
    check: f.check,
    severity: f.severity,
    action: f.action,
    brand: f.brand,
    platform: f.platform,
    itemKind: f.itemKind,
    itemId: f.itemId,
    itemUrl: f.itemUrl,
    authorId: f.authorId,
    authorHandle: f.authorHandle,
    reason: f.reason,
    evidence: f.evidence.map((e) => `${e.field}: ${e.match}`).join(' | '),
    updatedAt: f.updatedAt,
    lastBy: last?.by,
    lastNote: last?.note,
  };
  return CSV_COLUMNS.map((c) => csvField(row[c])).join(',');
}

/** `PLATFORM:AUTHOR_ID` (or `PLATFORM:@handle` for an author known by handle only). */
export function parseAuthor(text: string): AuthorRef {
  const at = text.indexOf(':');
  const platform = text.slice(0, at);
  const rest = text.slice(at + 1).trim();
  if (at <= 0 || !rest || !(PlatformSchema.options as readonly string[]).includes(platform)) {
    throw new ValidationError('author', [
      `expected PLATFORM:AUTHOR_ID (or PLATFORM:@handle) with PLATFORM one of ${PlatformSchema.options.join(', ')}, not ${JSON.stringify(text)}`,
    ]);
  }
  return rest.startsWith('@')
    ? { platform: platform as Platform, authorHandle: rest.slice(1) }
    : { platform: platform as Platform, authorId: rest, authorHandle: '' };
}

/** The erase function of the impersonator records (shared/store/impersonators.ts), when wired. */
export interface ImpersonatorEraser {
  eraseAuthor(platform: Platform, authorIdOrHandle: string): Promise<object>;
}

/** A file of JSON lines to clean of an author: the alert JSONL, the dead-letter file. */
export interface ErasableFile {
  readonly path: string;
  /** True when the parsed line is about the author (the ids are the findings just erased). */
  readonly about: (line: Record<string, unknown>, erased: ErasedAuthor) => boolean;
}

/** What is known of the author once its findings are read: for matching lines in files. */
export interface ErasedAuthor {
  readonly author: AuthorRef;
  readonly findingIds: ReadonlySet<string>;
  /** Handles the findings named (lower case), for files that hold handles only. */
  readonly handles: ReadonlySet<string>;
}

/** What `forget` erased, everywhere. */
export interface ForgetReport {
  readonly store: AuthorErasure;
  readonly files: readonly { readonly path: string; readonly lines: number }[];
  readonly impersonators?: object;
}

/** A JSONL alert line (formatAlert's document) about the author. */
export function alertLineAbout(line: Record<string, unknown>, erased: ErasedAuthor): boolean {
  if (typeof line.findingId === 'string' && erased.findingIds.has(line.findingId)) return true;
  return (
    line.platform === erased.author.platform &&
    typeof line.authorHandle === 'string' &&
    erased.handles.has(line.authorHandle.toLowerCase())
  );
}

/** A dead-letter line (`{at, attempts, error, job}`) whose job is an item by the author. */
export function deadLetterLineAbout(line: Record<string, unknown>, erased: ErasedAuthor): boolean {
  const job = line.job as {
    platform?: unknown;
    author?: { id?: unknown; handle?: unknown };
    findingId?: unknown;
  };
  if (!job || typeof job !== 'object') return false;
  if (typeof job.findingId === 'string') return erased.findingIds.has(job.findingId);
  if (job.platform !== erased.author.platform || !job.author) return false;
  if (erased.author.authorId !== undefined && job.author.id === erased.author.authorId) return true;
  return typeof job.author.handle === 'string' && erased.handles.has(job.author.handle.toLowerCase());
}

/**
 * Rewrites a JSONL file without the lines `drop` selects: written to a temporary file beside
 * it, synced, renamed over it (atomic: a reader sees the old file or the new one). If the
 * file grew meanwhile (an alert appended), it is read again. Returns the lines dropped;
 * a missing file is 0. Lines that are not JSON are kept as they are.
 */
export async function rewriteJsonl(
  path: string,
  drop: (line: Record<string, unknown>) => boolean,
): Promise<number> {
  for (let round = 0; round < 5; round++) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw e;
    }
    const size = Buffer.byteLength(text);
    let dropped = 0;
    const kept: string[] = [];
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        kept.push(line);
        continue;
      }
      if (parsed && typeof parsed === 'object' && drop(parsed as Record<string, unknown>)) dropped++;
      else kept.push(line);
    }
    if (dropped === 0) return 0;
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await open(tmp, 'w', 0o600);
    try {
      await handle.writeFile(kept.map((l) => `${l}\n`).join(''), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if ((await stat(path)).size !== size) {
      await rm(tmp, { force: true });
      continue;
    }
    await rename(tmp, path);
    return dropped;
  }
  throw new Error(`${path} kept changing while it was being rewritten; try again`);
}

/**
 * Erases one author everywhere postwatch keeps them: the store (findings, item versions,
 * seen marks, allowances), the impersonator records when that store is wired, and the lines
 * about them in JSONL files (alerts, dead letters). Idempotent: a second run erases nothing.
 */
export async function forgetAuthor(
  store: FindingStore,
  author: AuthorRef,
  options: {
    readonly brands?: readonly string[];
    readonly files?: readonly ErasableFile[];
    readonly impersonators?: ImpersonatorEraser;
  } = {},
): Promise<ForgetReport> {
  // Handles first: the files hold handles, and the store is about to forget them.
  const handles = new Set<string>();
  if (author.authorHandle) handles.add(author.authorHandle.toLowerCase());
  let cursor: string | undefined;
  do {
    const page = await store.listFindingsByAuthor(author, { limit: 500, ...(cursor ? { cursor } : {}) });
    for (const f of page.items) handles.add(f.authorHandle.toLowerCase());
    cursor = page.cursor;
  } while (cursor);
  const erasedStore = await store.eraseAuthor(author, options.brands ? { brands: options.brands } : {});
  const erased: ErasedAuthor = { author, findingIds: new Set(erasedStore.findingIds), handles };
  const files: { path: string; lines: number }[] = [];
  for (const file of options.files ?? []) {
    files.push({ path: file.path, lines: await rewriteJsonl(file.path, (line) => file.about(line, erased)) });
  }
  const impersonators = options.impersonators
    ? await options.impersonators.eraseAuthor(author.platform, author.authorId ?? `@${author.authorHandle}`)
    : undefined;
  return { store: erasedStore, files, ...(impersonators ? { impersonators } : {}) };
}
