import { createHash } from 'node:crypto';
import { parse as parseDomain } from 'tldts';
import type { BrandIndex } from '../checks/brand-index.ts';
import { spanEvidence } from '../checks/evidence.ts';
import { BrandLookalikes } from '../checks/impersonation.ts';
import { WALLETS } from '../checks/patterns/scam-crypto.ts';
import { SHORTENERS } from '../checks/patterns/scam-links.ts';
import { SCAM_CHECKS } from '../checks/scam-severity.ts';
import {
  type CheckId,
  type ContentItem,
  type Evidence,
  type Platform,
  PlatformSchema,
  PostwatchError,
  TEXT_CAP,
  ValidationError,
} from '../model/index.ts';
import {
  accountKey,
  collectPages,
  ImpersonatorConflictError,
  type ImpersonatorFinding,
  type ImpersonatorLink,
  type ImpersonatorRecord,
  type ImpersonatorStatus,
  type ImpersonatorStatusChange,
  type ImpersonatorStore,
  type Indicator,
  type IndicatorKind,
  impersonatorId,
} from '../store/impersonators.ts';
import type { FindingStore, StoredFinding } from '../store/types.ts';
import { findEmails, findPhones } from '../text/contacts.ts';
import { describeLinkField, type FoundLink, findLinksInText } from '../text/links.ts';
import { describeChar, lookalikeKey } from '../text/lookalike.ts';
import { normalize } from '../text/normalize.ts';

/**
 * Impersonator records (issue #11): every impersonation finding updates the record of the
 * account that imitates the brand; the other scam findings of an account with a record are
 * counted on it too. A record keeps the handles and display names seen, first and last seen,
 * the scam findings count, the contacts, domains and wallets used, and a status (watching,
 * reported, taken-down, re-emerged) with its history.
 *
 * Re-emergence: when an account uses a contact, domain, wallet or short link that a
 * taken-down account of the same brand used, it is linked to it, marked `re-emerged`, and a
 * re-emergence finding (check `impersonation`, severity critical, its own id) is recorded in
 * the findings store and alerted through the usual sink, so it sits in the triage queue
 * and the alert outbox like any finding. An account marked taken down that posts again is
 * re-emerged too.
 *
 * Idempotent: each counted finding leaves a marker written in the same transaction as the
 * record, on the condition that it did not exist, so a redelivered item counts nothing.
 */

const PIPELINE_ACTOR = 'postwatch';
/** Bounds of a record's sets, so a record stays a few KB whatever an account does. */
export const IMPERSONATOR_BOUNDS = {
  handles: 20,
  displayNames: 20,
  indicators: 50,
  history: 50,
  linkedTo: 10,
  reemergenceFindings: 10,
  /** Findings counted per save (one transaction: markers + indicators + links stay under 100 writes). */
  findingsPerSave: 20,
  indicatorsPerItem: 20,
} as const;
const MAX_SAVE_ROUNDS = 5;

/** What the record keeping needs. */
export interface ImpersonatorDeps {
  readonly store: ImpersonatorStore;
  /** Where re-emergence findings are recorded (the findings store of the pipeline). */
  readonly findings: Pick<FindingStore, 'putFindingIfAbsent'>;
  readonly brand: BrandIndex;
  /** Publishes the findings whose alert is still pending (analyze-and-record's deliverPendingAlerts). */
  readonly deliverAlerts: (findingIds: readonly string[]) => Promise<unknown[]>;
}

/** One analyzed item and its stored findings (any checks; only scam checks count). */
export interface Sighting {
  readonly item: ContentItem;
  readonly findings: readonly StoredFinding[];
}

/** The impersonator record of an item's author could not be updated; the finding is stored, retry the item. */
export class ImpersonatorUpdateError extends PostwatchError {
  override name = 'ImpersonatorUpdateError';
  constructor(options?: { cause?: unknown }) {
    super('impersonator record not updated (the findings are stored; the item will be retried)', options);
  }
}

// ---------------------------------------------------------------------------------------
// Indicators

/** An indicator and where the item shows it. */
export interface IndicatorSighting {
  readonly indicator: Indicator;
  readonly evidence: Evidence;
}

/** Hosts everyone links to: a link to them says nothing about who posted it. */
const SHARED_HOSTS: ReadonlySet<string> = new Set([
  'x.com',
  'twitter.com',
  // Wrappers the platforms put around every link: the target is in the item's links.
  't.co',
  'lnkd.in',
  'fb.me',
  'youtu.be',
  'instagr.am',
  'facebook.com',
  'fb.com',
  'instagram.com',
  'youtube.com',
  'tiktok.com',
  'reddit.com',
  'linkedin.com',
  'bsky.app',
  'threads.net',
  'google.com',
  'apple.com',
  'wikipedia.org',
]);
/** Link-in-bio pages: the page (host and path) is the account's, the host everyone's. */
const PAGE_HOSTS: ReadonlySet<string> = new Set([
  'beacons.ai',
  'bio.link',
  'lnk.bio',
  'taplink.cc',
  'linkin.bio',
  'solo.to',
]);
const TELEGRAM_HOSTS = new Set(['t.me', 'telegram.me', 'telegram.dog']);
const WHATSAPP_HOSTS = new Set(['wa.me', 'api.whatsapp.com', 'chat.whatsapp.com']);
const MESSENGER_HANDLE =
  /\b(telegram|signal|whatsapp|wechat|kik|snapchat|session)\b[\s:-]{0,3}(?:(?:at|on|en|no|sur|auf|@)\s{0,2})?@([a-z0-9_.]{4,32})\b/g;
const HANDLE_ON_MESSENGER =
  /@([a-z0-9_.]{4,32})\s{1,2}(?:on|via|en|no|sur|auf|por)\s{1,2}(telegram|signal|kik|snapchat)\b/g;

const KIND_LABEL: Record<IndicatorKind, string> = {
  phone: 'phone number',
  email: 'email address',
  domain: 'domain',
  wallet: 'wallet address',
  messenger: 'messenger account',
  link: 'short link',
};

/**
 * The contacts, domains, wallets and short links an item uses to reach people, in canonical
 * form (E.164 phones, lower-case emails, registrable domains, `telegram:@name`), with the
 * span that shows each. The brand's own domains and support contacts never count, nor hosts
 * everyone links to. Wallets count only on an item a crypto-scam finding fired on (the
 * address patterns are loose).
 */
export function indicatorsOf(
  item: ContentItem,
  brand: BrandIndex,
  checks: ReadonlySet<CheckId> = new Set(),
): IndicatorSighting[] {
  const out = new Map<string, IndicatorSighting>();
  const official = brand.officialContacts;
  const isBrandDomain = (domain: string) =>
    brand.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  const add = (indicator: Indicator, evidence: Evidence) => {
    const key = `${indicator.kind}:${indicator.value}`;
    if (out.has(key) || out.size >= IMPERSONATOR_BOUNDS.indicatorsPerItem) return;
    out.set(key, { indicator, evidence: { ...evidence, note: `uses this ${KIND_LABEL[indicator.kind]}` } });
  };
  const text = normalize(item.text.slice(0, TEXT_CAP));
  for (const m of [...findEmails(text.text, 10), ...findPhones(text.text, 10)]) {
    if (official.has(m.value)) continue;
    if (m.kind === 'email' && isBrandDomain(m.value.slice(m.value.indexOf('@') + 1))) continue;
    add({ kind: m.kind, value: m.value }, spanEvidence('text', text, m.start, m.end));
  }
  for (const re of [MESSENGER_HANDLE, HANDLE_ON_MESSENGER]) {
    for (const m of text.text.matchAll(re)) {
      const [app, name] = re === MESSENGER_HANDLE ? [m[1], m[2]] : [m[2], m[1]];
      add(
        { kind: 'messenger', value: `${app}:@${name}` },
        spanEvidence('text', text, m.index, m.index + m[0].length),
      );
    }
  }
  const links: FoundLink[] = [...findLinksInText(text), ...describeLinkField(item.links ?? [])].slice(0, 50);
  for (const link of links) {
    const evidence: Evidence = {
      field: link.field,
      start: link.start,
      end: link.end,
      match: link.raw,
      ...(link.index === undefined ? {} : { index: link.index }),
    };
    const host = link.host.replace(/^www\./, '');
    const first = link.path.split(/[/?#]/).filter(Boolean)[0] ?? '';
    if (TELEGRAM_HOSTS.has(host)) {
      if (/^[a-z0-9_]{4,32}$/.test(first)) add({ kind: 'messenger', value: `telegram:@${first}` }, evidence);
      continue;
    }
    if (WHATSAPP_HOSTS.has(host)) {
      const digits = (link.path.match(/\d{7,15}/) ?? [])[0];
      if (digits && !official.has(`+${digits}`)) add({ kind: 'phone', value: `+${digits}` }, evidence);
      continue;
    }
    if (link.isIp) {
      add({ kind: 'domain', value: link.host }, evidence);
      continue;
    }
    if (!link.domain || isBrandDomain(host) || official.has(link.url.toLowerCase())) continue;
    // With private suffixes, a site on shared hosting (x.github.io, y.netlify.app) is its own domain.
    const domain = parseDomain(host, { allowPrivateDomains: true }).domain ?? link.domain;
    if (SHORTENERS.has(host) || SHORTENERS.has(link.domain) || PAGE_HOSTS.has(link.domain)) {
      // One short link is one campaign; the shortener itself is everyone's.
      if (link.path.length > 1)
        add({ kind: 'link', value: `${host}${link.path.replace(/\/+$/, '')}` }, evidence);
      continue;
    }
    if (SHARED_HOSTS.has(link.domain)) continue;
    add({ kind: 'domain', value: domain }, evidence);
  }
  if (checks.has('crypto-scam')) {
    for (const { re } of WALLETS) {
      re.lastIndex = 0;
      for (const m of item.text.slice(0, TEXT_CAP).matchAll(re)) {
        const value = m[0].startsWith('0x') || /^(?:bc1|tb1)/i.test(m[0]) ? m[0].toLowerCase() : m[0];
        add(
          { kind: 'wallet', value },
          { field: 'text', start: m.index, end: m.index + m[0].length, match: m[0] },
        );
      }
    }
  }
  return [...out.values()];
}

// ---------------------------------------------------------------------------------------
// Record updates

/** Adds values to a bounded set, oldest first; the first value seen is kept when old ones go. */
function addBounded(values: readonly string[], more: readonly string[], max: number): string[] {
  const out = [...values];
  for (const v of more) {
    const at = out.indexOf(v);
    if (at >= 0) out.splice(at, 1);
    out.push(v);
  }
  return out.length > max ? [out[0] as string, ...out.slice(out.length - max + 1)] : out;
}

/** History bounded: the first entry (how the record began) and the latest ones. */
function boundedHistory(history: readonly ImpersonatorStatusChange[]): ImpersonatorStatusChange[] {
  const max = IMPERSONATOR_BOUNDS.history;
  return history.length > max ? [history[0]!, ...history.slice(history.length - max + 1)] : [...history];
}

const sameIndicator = (a: Indicator, b: Indicator) => a.kind === b.kind && a.value === b.value;

/** When an item was seen: its publication time when valid, else now. */
function seenAt(item: ContentItem, now: Date): string {
  const t = item.createdAt ? Date.parse(item.createdAt) : Number.NaN;
  return Number.isNaN(t) ? now.toISOString() : new Date(t).toISOString();
}

/** An indicator new to the record, and the sighting (item) that showed it. */
interface NewIndicator extends IndicatorSighting {
  readonly source: Sighting;
}

interface Applied {
  readonly record: ImpersonatorRecord;
  readonly markers: ImpersonatorFinding[];
  readonly newIndicators: NewIndicator[];
}

/**
 * The record after counting these (not yet counted) findings: pure. A new record starts
 * `watching`; handles, display names and indicators are merged into their bounded sets.
 */
export function applySightings(
  previous: ImpersonatorRecord | undefined,
  brand: BrandIndex,
  sightings: readonly Sighting[],
  now: Date,
): Applied {
  const first = sightings[0];
  if (!first) throw new ValidationError('sightings', ['expected at least one']);
  const { platform } = first.item;
  const account = accountKey(first.item.author);
  const at = now.toISOString();
  let record: ImpersonatorRecord = previous ?? {
    id: impersonatorId(platform, account),
    brand: brand.profile.name,
    platform,
    account,
    ...(first.item.author.id !== undefined ? { authorId: first.item.author.id } : {}),
    handles: [],
    displayNames: [],
    firstSeen: seenAt(first.item, now),
    lastSeen: seenAt(first.item, now),
    scamFindings: 0,
    findingsByCheck: {},
    indicators: [],
    status: 'watching',
    history: [{ status: 'watching', at, by: PIPELINE_ACTOR, note: 'first impersonation finding' }],
    linkedTo: [],
    reemergenceFindingIds: [],
    version: 0,
  };
  const markers: ImpersonatorFinding[] = [];
  const newIndicators: NewIndicator[] = [];
  const byCheck: Partial<Record<CheckId, number>> = { ...record.findingsByCheck };
  for (const sighting of sightings) {
    const { item, findings } = sighting;
    const scams = findings.filter((f) => SCAM_CHECKS.has(f.check));
    if (scams.length === 0) continue;
    const when = seenAt(item, now);
    for (const f of scams) {
      byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
      markers.push({
        findingId: f.id,
        brand: record.brand,
        check: f.check,
        itemId: item.id,
        ...(item.url !== undefined ? { itemUrl: item.url } : {}),
        ...(item.createdAt !== undefined ? { publishedAt: when } : {}),
        recordedAt: at,
      });
    }
    let indicators = [...record.indicators];
    for (const s of indicatorsOf(item, brand, new Set(scams.map((f) => f.check)))) {
      if (indicators.some((i) => sameIndicator(i, s.indicator))) continue;
      if (indicators.length >= IMPERSONATOR_BOUNDS.indicators) break;
      indicators = [...indicators, s.indicator];
      newIndicators.push({ ...s, source: sighting });
    }
    record = {
      ...record,
      handles: addBounded(record.handles, [item.author.handle], IMPERSONATOR_BOUNDS.handles),
      displayNames: item.author.displayName
        ? addBounded(record.displayNames, [item.author.displayName], IMPERSONATOR_BOUNDS.displayNames)
        : record.displayNames,
      firstSeen: [when, record.firstSeen].sort()[0] as string,
      lastSeen: [when, record.lastSeen].sort()[1] as string,
      scamFindings: record.scamFindings + scams.length,
      indicators,
    };
  }
  return {
    record: { ...record, findingsByCheck: byCheck, version: record.version + 1 },
    markers,
    newIndicators,
  };
}

function sha256(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** The time the record was last marked taken down, if it ever was. */
function lastTakedown(record: ImpersonatorRecord): string | undefined {
  return [...record.history].reverse().find((h) => h.status === 'taken-down')?.at;
}

interface Reemergence {
  readonly record: ImpersonatorRecord;
  readonly links: ImpersonatorLink[];
  readonly finding?: StoredFinding;
}

/**
 * Links the record to taken-down accounts of the same brand that used one of its new
 * indicators, marks it re-emerged, and drafts the re-emergence finding to alert.
 */
async function detectReemergence(
  previous: ImpersonatorRecord | undefined,
  applied: Applied,
  sightings: readonly Sighting[],
  deps: ImpersonatorDeps,
  now: Date,
): Promise<Reemergence> {
  let record = applied.record;
  const at = now.toISOString();
  const links: ImpersonatorLink[] = [];
  let via: NewIndicator | undefined;
  const checked = new Map<string, ImpersonatorRecord | undefined>();
  for (const s of applied.newIndicators) {
    if (record.linkedTo.length + links.length >= IMPERSONATOR_BOUNDS.linkedTo) break;
    for (const use of await deps.store.usesOf(s.indicator)) {
      if (
        use.brand !== record.brand ||
        (use.platform === record.platform && use.account === record.account)
      ) {
        continue;
      }
      const id = impersonatorId(use.platform, use.account);
      if (record.linkedTo.some((l) => l.id === id) || links.some((l) => l.id === id)) continue;
      if (!checked.has(id)) checked.set(id, await deps.store.get(use.brand, use.platform, use.account));
      const other = checked.get(id);
      if (other?.status !== 'taken-down') continue;
      links.push({
        id,
        platform: other.platform,
        account: other.account,
        handle: other.handles.at(-1) ?? '',
        via: s.indicator,
        at,
      });
      via ??= s;
    }
  }
  const back = previous?.status === 'taken-down';
  if (links.length === 0 && !back) return { record, links };
  const kinds = [...new Set(links.map((l) => KIND_LABEL[l.via.kind]))];
  const note = back
    ? 'posting again after it was marked taken down'
    : `uses the same ${kinds.join(', ')} as ${links.length === 1 ? 'an account' : `${links.length} accounts`} taken down before`;
  // The alert's id depends on what it reports, so a redelivery raises the same one.
  const id = sha256(
    back
      ? ['reemerged', record.brand, record.id, 'back', lastTakedown(previous!) ?? '']
      : ['reemerged', record.brand, record.id, ...links.map((l) => l.id).sort()],
  );
  record = {
    ...record,
    linkedTo: [...record.linkedTo, ...links],
    reemergenceFindingIds: addBounded(
      record.reemergenceFindingIds,
      [id],
      IMPERSONATOR_BOUNDS.reemergenceFindings,
    ),
    ...(record.status === 're-emerged'
      ? {}
      : {
          status: 're-emerged' as const,
          history: boundedHistory([
            ...record.history,
            { status: 're-emerged', at, by: PIPELINE_ACTOR, note },
          ]),
        }),
  };
  // The finding points at the item that gives the account away (else its newest) and at what does.
  const latest =
    via?.source ?? [...sightings].reverse().find((s) => s.findings.some((f) => SCAM_CHECKS.has(f.check)))!;
  const base = latest.findings.find((f) => f.check === 'impersonation') ?? latest.findings[0]!;
  const evidence = [
    ...(via ? [via.evidence] : []),
    ...(latest.findings.find((f) => f.check === 'impersonation')?.evidence ?? []),
  ].slice(0, 50);
  const when = back ? lastTakedown(previous!)?.slice(0, 10) : undefined;
  const finding: StoredFinding & { readonly reemergence: { readonly impersonator: string } } = {
    ...base,
    id,
    check: 'impersonation',
    severity: 'critical',
    action: 'takedown',
    reason: back
      ? `Re-emerged: this account impersonating ${record.brand} was marked taken down${when ? ` on ${when}` : ''} and is posting again; report it again.`
      : `Re-emerged: this account impersonating ${record.brand} ${note}; report it again and cite the earlier takedown.`,
    evidence,
    createdAt: at,
    status: 'open',
    history: [{ status: 'open', at, by: PIPELINE_ACTOR, note: 're-emerged impersonator' }],
    alertState: 'pending',
    reemergence: { impersonator: record.id },
  };
  delete (finding as { alertedAt?: string }).alertedAt;
  delete (finding as { updatedAt?: string }).updatedAt;
  return { record, links, finding };
}

/** Groups sightings by the account they are about, in input order. */
function byAccount(sightings: readonly (Sighting | undefined)[]) {
  const groups = new Map<string, { indexes: number[]; sightings: Sighting[] }>();
  sightings.forEach((s, i) => {
    if (!s?.findings.some((f) => SCAM_CHECKS.has(f.check))) return;
    const key = impersonatorId(s.item.platform, accountKey(s.item.author));
    const g = groups.get(key) ?? { indexes: [], sightings: [] };
    g.indexes.push(i);
    g.sightings.push(s);
    groups.set(key, g);
  });
  return [...groups.values()];
}

/** Counts one account's sightings, retrying on conflicts; returns nothing or throws. */
async function recordAccount(group: readonly Sighting[], deps: ImpersonatorDeps, now: Date): Promise<void> {
  const { store } = deps;
  const first = group[0]!;
  const platform = first.item.platform;
  const account = accountKey(first.item.author);
  const brand = deps.brand.profile.name;
  for (let round = 0; ; round++) {
    const previous = await store.get(brand, platform, account);
    // Scams by accounts that never imitated the brand cost this one read, nothing more.
    if (!previous && !group.some((s) => s.findings.some((f) => f.check === 'impersonation'))) return;
    const ids = [
      ...new Set(group.flatMap((s) => s.findings.filter((f) => SCAM_CHECKS.has(f.check)).map((f) => f.id))),
    ];
    const counted = await store.countedFindings(platform, account, ids);
    // Each finding once, and at most one transaction's worth per save (the rest in the next round).
    const seen = new Set<string>(counted);
    let budget = IMPERSONATOR_BOUNDS.findingsPerSave;
    const fresh: Sighting[] = [];
    for (const s of group) {
      const findings = s.findings.filter((f) => {
        if (!SCAM_CHECKS.has(f.check) || seen.has(f.id) || budget <= 0) return false;
        seen.add(f.id);
        budget--;
        return true;
      });
      if (findings.length > 0) fresh.push({ item: s.item, findings });
    }
    if (fresh.length === 0) {
      // A redelivery: everything was counted; an alert an earlier attempt could not send is owed still.
      if (previous?.reemergenceFindingIds.length) await deliverOrThrow(previous.reemergenceFindingIds, deps);
      return;
    }
    // Only an impersonation finding opens a record; other scams count on an account that has one.
    if (!previous && !fresh.some((s) => s.findings.some((f) => f.check === 'impersonation'))) return;
    const applied = applySightings(previous, deps.brand, fresh, now);
    const found = await detectReemergence(previous, applied, fresh, deps, now);
    if (found.finding) await deps.findings.putFindingIfAbsent(found.finding);
    try {
      await store.save({
        record: found.record,
        expectedVersion: previous?.version ?? 0,
        findings: applied.markers,
        indicators: applied.newIndicators.map((s) => s.indicator),
        links: found.links,
      });
    } catch (error) {
      if (!(error instanceof ImpersonatorConflictError)) throw error;
      if (round + 1 >= MAX_SAVE_ROUNDS) throw error;
      continue;
    }
    if (found.finding) await deliverOrThrow([found.finding.id], deps);
    // Findings beyond one save's budget: go round again (counted ones are skipped).
    if (seen.size < ids.length) continue;
    return;
  }
}

async function deliverOrThrow(ids: readonly string[], deps: ImpersonatorDeps): Promise<void> {
  const errors = await deps.deliverAlerts(ids);
  const failed = errors.find((e) => e !== undefined);
  if (failed !== undefined) throw failed;
}

/**
 * Updates the impersonator records for a batch of analyzed items (after their findings were
 * committed). Returns one entry per input: undefined when done (or nothing to do), or an
 * ImpersonatorUpdateError for the caller to retry the item; the retry counts only what was
 * not counted yet.
 */
export async function recordImpersonators(
  sightings: readonly (Sighting | undefined)[],
  deps: ImpersonatorDeps,
  now: Date = new Date(),
): Promise<(ImpersonatorUpdateError | undefined)[]> {
  const out: (ImpersonatorUpdateError | undefined)[] = new Array(sightings.length).fill(undefined);
  const groups = byAccount(sightings);
  const results = await Promise.allSettled(groups.map((g) => recordAccount(g.sightings, deps, now)));
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') return;
    const error = new ImpersonatorUpdateError({ cause: r.reason });
    for (const index of groups[i]!.indexes) out[index] = error;
  });
  return out;
}

// ---------------------------------------------------------------------------------------
// Triage: status changes

/** Parses `platform:account` (e.g. `instagram:5512`, `x:@acme_help`). */
export function parseImpersonatorId(id: string): { platform: Platform; account: string } {
  const at = id.indexOf(':');
  const platform = PlatformSchema.safeParse(at > 0 ? id.slice(0, at) : '');
  const account = at > 0 ? id.slice(at + 1) : '';
  if (!platform.success || !account) {
    throw new ValidationError('id', [
      `expected PLATFORM:ACCOUNT (e.g. instagram:5512 or x:@handle), got '${id}'`,
    ]);
  }
  return { platform: platform.data, account };
}

/** No impersonator record with this id for the brand. */
export class ImpersonatorNotFoundError extends PostwatchError {
  override name = 'ImpersonatorNotFoundError';
  constructor(readonly id: string) {
    super(`no impersonator ${id}`);
  }
}

/** A status change that makes no sense from where the record stands. */
export class ImpersonatorStatusError extends PostwatchError {
  override name = 'ImpersonatorStatusError';
}

const ALLOWED_FROM: Record<'reported' | 'taken-down', readonly ImpersonatorStatus[]> = {
  reported: ['watching', 're-emerged'],
  'taken-down': ['watching', 'reported', 're-emerged'],
};

/** Reads one record by id; ImpersonatorNotFoundError when there is none. */
export async function getImpersonator(
  store: ImpersonatorStore,
  brand: string,
  id: string,
): Promise<ImpersonatorRecord> {
  const { platform, account } = parseImpersonatorId(id);
  const record = await store.get(brand, platform, account);
  if (!record) throw new ImpersonatorNotFoundError(id);
  return record;
}

/**
 * Marks an impersonator reported (to the platform) or taken down, with who and a note,
 * appended to its history. Retries when the pipeline updated the record meanwhile.
 */
export async function setImpersonatorStatus(
  store: ImpersonatorStore,
  brand: string,
  id: string,
  status: 'reported' | 'taken-down',
  change: { readonly by: string; readonly note?: string },
  now: Date = new Date(),
): Promise<ImpersonatorRecord> {
  for (let round = 0; ; round++) {
    const current = await getImpersonator(store, brand, id);
    if (!ALLOWED_FROM[status].includes(current.status)) {
      throw new ImpersonatorStatusError(
        `impersonator ${id} is ${current.status}; it cannot be marked ${status}`,
      );
    }
    const entry: ImpersonatorStatusChange = {
      status,
      at: now.toISOString(),
      by: change.by,
      ...(change.note ? { note: change.note } : {}),
    };
    const next: ImpersonatorRecord = {
      ...current,
      status,
      history: boundedHistory([...current.history, entry]),
      version: current.version + 1,
    };
    try {
      await store.save({
        record: next,
        expectedVersion: current.version,
        findings: [],
        indicators: [],
        links: [],
      });
      return next;
    } catch (error) {
      if (!(error instanceof ImpersonatorConflictError) || round + 1 >= MAX_SAVE_ROUNDS) throw error;
    }
  }
}

/** A brand's records, latest seen first (all pages, up to `max`). */
export async function listImpersonators(
  store: ImpersonatorStore,
  brand: string,
  filter: { readonly status?: ImpersonatorStatus } = {},
  max = 10_000,
): Promise<ImpersonatorRecord[]> {
  const all = await collectPages((o) => store.list(brand, o), max);
  return all
    .filter((r) => !filter.status || r.status === filter.status)
    .sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0));
}

// ---------------------------------------------------------------------------------------
// Takedown packages

/** One character (or group) of a name that stands in for a letter of the brand's. */
export interface Substitution {
  readonly written: string;
  /** Code points and Unicode names of the written characters outside ASCII letters. */
  readonly characters: readonly {
    readonly char: string;
    readonly codePoint: string;
    readonly name: string;
  }[];
  readonly imitates: string;
  /** One line for a person: "0 (DIGIT ZERO) imitates o", "rn imitates m". */
  readonly text: string;
}

/** How one handle or display name imitates the brand. */
export interface LookalikeExplanation {
  readonly field: 'author.handle' | 'author.displayName';
  readonly name: string;
  /** The part of the name that imitates, and what (e.g. "the brand name 'Acme Bank'"). */
  readonly match: string;
  readonly imitates: string;
  readonly substitutions: readonly Substitution[];
  /** Other notes of the check: edits away from the brand's name, service words added. */
  readonly notes: readonly string[];
}

/** A handle as a name: no `@`, no Mastodon instance, no Bluesky default suffix. */
function bareHandle(platform: Platform, handle: string): string {
  const h = handle.replace(/^@/, '');
  if (platform === 'mastodon') return h.split('@')[0] ?? h;
  if (platform === 'bluesky') return h.replace(/\.bsky\.social$/, '');
  return h;
}

const NOTE_WITH_NAME = /^(.) U\+([0-9A-F]{4,6}) (.+) for (.+)$/su;
const NOTE_PLAIN = /^(.+) for (.+)$/su;

/** Turns a note of explainSubstitutions ("о U+043E CYRILLIC SMALL LETTER O for o", "rn for m") into a Substitution. */
function toSubstitution(note: string): Substitution | undefined {
  const named = NOTE_WITH_NAME.exec(note);
  // "0 for a" where the key tells them apart is an edit, not a lookalike: the caller lists it as one.
  // Read inside a word, as in a name, so that digits are read as the letters they imitate.
  const [, written0, meant0] = NOTE_PLAIN.exec(note) ?? [];
  if (written0 === undefined || meant0 === undefined) return undefined;
  const w = named ? (named[1] as string) : written0;
  if (lookalikeKey(`x${w}x`) !== lookalikeKey(`x${meant0}x`)) return undefined;
  if (named) {
    const [, char, hex, name, meant] = named as unknown as [string, string, string, string, string];
    return {
      written: char,
      characters: [{ char, codePoint: `U+${hex}`, name }],
      imitates: meant,
      text: `${char} (${name}) imitates ${meant}`,
    };
  }
  const plain = NOTE_PLAIN.exec(note);
  if (!plain) return undefined;
  const [, written, meant] = plain as unknown as [string, string, string];
  const single = [...written].length === 1;
  const characters = [...written]
    .filter((c) => single || !/^[a-z]$/i.test(c))
    .map((c) => {
      const [, hex, ...name] = describeChar(c).split(' ');
      return { char: c, codePoint: hex ?? '', name: name.join(' ') };
    });
  const names = characters.map((c) => c.name).join(', ');
  return {
    written,
    characters,
    imitates: meant,
    text: `${written}${names ? ` (${names})` : ''} imitates ${meant}`,
  };
}

/**
 * Explains, for each handle and display name, which characters imitate which letters of
 * the brand's name or official handles (through the impersonation check's own lookalike
 * search, shared/text/lookalike.ts and the Unicode confusables data).
 */
export function explainLookalikes(
  record: Pick<ImpersonatorRecord, 'platform' | 'handles' | 'displayNames'>,
  brand: BrandIndex,
): LookalikeExplanation[] {
  const lookalikes = new BrandLookalikes(brand);
  const out: LookalikeExplanation[] = [];
  const names: ReadonlyArray<readonly [LookalikeExplanation['field'], string]> = [
    ...record.handles.map((h) => ['author.handle', bareHandle(record.platform, h)] as const),
    ...record.displayNames.map((n) => ['author.displayName', n] as const),
  ];
  for (const [field, name] of names) {
    const verdict = lookalikes.judge(field, name);
    if (!verdict || verdict === 'fan') continue;
    const substitutions: Substitution[] = [];
    const notes: string[] = [];
    for (const note of verdict.notes) {
      const sub = toSubstitution(note);
      if (sub) substitutions.push(sub);
      else
        notes.push(
          note.replace(/^(.) U\+[0-9A-F]+ .+ for (.+)$|^(.+) for (.+)$/su, "'$1$3' in place of '$2$4'"),
        );
    }
    const detail = (verdict.evidence.note ?? '').replace(/^imitates [^:]*:?\s*/, '');
    notes.push(...detail.split('; ').filter((n) => n && !verdict.notes.includes(n)));
    out.push({
      field,
      name,
      match: verdict.evidence.match,
      imitates: verdict.target.label,
      substitutions,
      notes,
    });
  }
  return out;
}

/** The public profile address of an account, where the platform has a stable form. */
export function profileUrl(platform: Platform, handle: string, authorId?: string): string | undefined {
  const h = encodeURIComponent(handle.replace(/^@/, ''));
  switch (platform) {
    case 'x':
      return `https://x.com/${h}`;
    case 'instagram':
      return `https://www.instagram.com/${h}/`;
    case 'facebook':
      return authorId ? `https://www.facebook.com/profile.php?id=${encodeURIComponent(authorId)}` : undefined;
    case 'youtube':
      return authorId?.startsWith('UC')
        ? `https://www.youtube.com/channel/${encodeURIComponent(authorId)}`
        : `https://www.youtube.com/@${h}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${h}`;
    case 'bluesky':
      return `https://bsky.app/profile/${h}`;
    case 'reddit':
      return `https://www.reddit.com/user/${h}/`;
    case 'mastodon': {
      const [user, host] = handle.replace(/^@/, '').split('@');
      return user && host ? `https://${host}/@${encodeURIComponent(user)}` : undefined;
    }
    default:
      return undefined;
  }
}

/** One scam item in a takedown package. */
export interface TakedownItem {
  readonly itemId: string;
  readonly url?: string;
  readonly publishedAt?: string;
  readonly recordedAt: string;
  readonly checks: readonly CheckId[];
  readonly reasons: readonly string[];
  /** The evidence excerpts (no whole texts, no screenshots). */
  readonly evidence: readonly {
    readonly check: CheckId;
    readonly field: string;
    readonly match: string;
    readonly note?: string;
  }[];
}

/** What a platform's impersonation report form asks for (issue #11). */
export interface TakedownPackage {
  readonly generatedAt: string;
  readonly account: {
    readonly id: string;
    readonly platform: Platform;
    readonly accountId?: string;
    readonly handles: readonly string[];
    readonly displayNames: readonly string[];
    readonly profileUrl?: string;
    readonly status: ImpersonatorStatus;
    readonly firstSeen: string;
    readonly lastSeen: string;
    readonly scamFindings: number;
    readonly findingsByCheck: Readonly<Partial<Record<CheckId, number>>>;
  };
  readonly impersonates: {
    readonly brand: string;
    readonly officialAccounts: readonly {
      readonly platform: Platform;
      readonly handle: string;
      readonly url?: string;
    }[];
    readonly domains: readonly string[];
    readonly supportContacts: readonly string[];
  };
  readonly lookalikes: readonly LookalikeExplanation[];
  readonly indicators: readonly Indicator[];
  readonly items: readonly TakedownItem[];
  readonly linkedTo: readonly ImpersonatorLink[];
  readonly history: readonly ImpersonatorStatusChange[];
}

/**
 * Builds the takedown package of one impersonator: the account, the lookalike characters,
 * the scam items (from the finding markers, with the findings' evidence excerpts where the
 * findings are still kept), the indicators and the brand's official accounts.
 */
export async function buildTakedownPackage(
  record: ImpersonatorRecord,
  deps: {
    readonly store: ImpersonatorStore;
    readonly findings: Pick<FindingStore, 'lookup'>;
    readonly brand: BrandIndex;
  },
  now: Date = new Date(),
): Promise<TakedownPackage> {
  const markers = await collectPages((o) => deps.store.findingsOf(record.platform, record.account, o), 1_000);
  const mine = markers.filter((m) => m.brand === record.brand);
  const { findings } = await deps.findings.lookup(
    mine.map((m) => m.findingId),
    [],
  );
  const items = new Map<string, { marker: ImpersonatorFinding; found: StoredFinding[]; checks: CheckId[] }>();
  for (const m of mine) {
    const entry = items.get(m.itemId) ?? { marker: m, found: [], checks: [] };
    if (!entry.checks.includes(m.check)) entry.checks.push(m.check);
    const f = findings.get(m.findingId);
    if (f) entry.found.push(f);
    items.set(m.itemId, entry);
  }
  const itemList: TakedownItem[] = [...items.values()]
    .map(({ marker, found, checks }) => ({
      itemId: marker.itemId,
      ...(marker.itemUrl !== undefined ? { url: marker.itemUrl } : {}),
      ...(marker.publishedAt !== undefined ? { publishedAt: marker.publishedAt } : {}),
      recordedAt: marker.recordedAt,
      checks,
      reasons: found.map((f) => f.reason),
      evidence: found.flatMap((f) =>
        f.evidence.map((e) => ({
          check: f.check,
          field: e.field,
          match: e.match,
          ...(e.note !== undefined ? { note: e.note } : {}),
        })),
      ),
    }))
    .sort((a, b) => ((a.publishedAt ?? a.recordedAt) < (b.publishedAt ?? b.recordedAt) ? -1 : 1));
  const profile = deps.brand.profile;
  const handle = record.handles.at(-1) ?? '';
  const url = profileUrl(record.platform, handle, record.authorId);
  return {
    generatedAt: now.toISOString(),
    account: {
      id: record.id,
      platform: record.platform,
      ...(record.authorId !== undefined ? { accountId: record.authorId } : {}),
      handles: record.handles,
      displayNames: record.displayNames,
      ...(url ? { profileUrl: url } : {}),
      status: record.status,
      firstSeen: record.firstSeen,
      lastSeen: record.lastSeen,
      scamFindings: record.scamFindings,
      findingsByCheck: record.findingsByCheck,
    },
    impersonates: {
      brand: profile.name,
      officialAccounts: profile.accounts.map((a) => {
        const u = profileUrl(a.platform, a.handle);
        return { platform: a.platform, handle: a.handle, ...(u ? { url: u } : {}) };
      }),
      domains: profile.domains,
      supportContacts: profile.supportContacts,
    },
    lookalikes: explainLookalikes(record, deps.brand),
    indicators: record.indicators,
    items: itemList,
    linkedTo: record.linkedTo,
    history: record.history,
  };
}
