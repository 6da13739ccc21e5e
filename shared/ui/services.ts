import {
  type BrandProfile,
  CHECK_IDS,
  type CheckId,
  type Platform,
  PlatformSchema,
  type Severity,
  SeveritySchema,
} from '../model/index.ts';
import { listImpersonators } from '../pipeline/impersonators.ts';
import { precheck } from '../pipeline/precheck.ts';
import { FindingNotFoundError } from '../store/errors.ts';
import type { ImpersonatorStore } from '../store/impersonators.ts';
import {
  FINDING_STATUSES,
  type FindingStatus,
  type FindingStore,
  type StoredFinding,
} from '../store/types.ts';

/** The triage verbs of CONTRACTS.md §7 and the status each one sets. */
export const VERBS = { ack: 'acknowledged', resolve: 'resolved', dismiss: 'dismissed' } as const;
export type Verb = keyof typeof VERBS;

/** The queue's filters as the page sends them; `status: 'all'` lists every status. */
export interface FindingFilter {
  readonly status: FindingStatus | 'all';
  readonly severity?: Severity;
  readonly check?: CheckId;
  readonly platform?: Platform;
  readonly limit: number;
}

/** A draft to check before publishing, as the page's pre-publish box sends it. */
export interface DraftInput {
  readonly text: string;
  /** `brand` or a partner's handle. */
  readonly as?: string;
  readonly platform?: Platform;
}

/** The triage use-cases the page calls. */
export interface TriageService {
  list(filter: FindingFilter): Promise<readonly StoredFinding[]>;
  show(id: string): Promise<StoredFinding | undefined>;
  /** Applies a verb with a note; throws FindingNotFoundError, StoreConflictError or ValidationError. */
  change(id: string, verb: Verb, note: string, by: string): Promise<StoredFinding>;
}

/** What the page needs to build its controls. */
export interface UiMeta {
  readonly brand: string;
  readonly partners: readonly { readonly platform: Platform; readonly handle: string }[];
  readonly statuses: readonly string[];
  readonly severities: readonly string[];
  readonly checks: readonly string[];
  readonly platforms: readonly string[];
  /** Views whose use-case is not wired in this process show "not available". */
  readonly features: { readonly impersonators: boolean; readonly precheck: boolean };
}

/** Everything the UI server calls: each view's use-case; the optional ones may be absent. */
export interface UiServices {
  meta(): Promise<UiMeta>;
  readonly triage: TriageService;
  readonly impersonators?: { list(): Promise<readonly unknown[]> };
  readonly precheck?: (draft: DraftInput) => Promise<unknown>;
}

/** The page's control vocabulary for one brand, with which optional views are on. */
export function uiMeta(brand: BrandProfile, features: UiMeta['features']): UiMeta {
  return {
    brand: brand.name,
    partners: brand.partners.map((p) => ({ platform: p.platform, handle: p.handle })),
    statuses: FINDING_STATUSES,
    severities: SeveritySchema.options,
    checks: CHECK_IDS,
    platforms: PlatformSchema.options,
    features,
  };
}

const PAGE = 200;
/** Pages read per status for one listing, so a huge table cannot hold the page up. */
const MAX_PAGES = 25;

/**
 * Triage straight over the FindingStore (listFindingsByStatus, getFinding, updateStatus).
 * The moved-meanwhile check uses the status read just before the update.
 */
export function storeTriage(store: FindingStore, now: () => Date = () => new Date()): TriageService {
  return {
    async list(filter) {
      const statuses = filter.status === 'all' ? FINDING_STATUSES : [filter.status];
      const out: StoredFinding[] = [];
      for (const status of statuses) {
        let cursor: string | undefined;
        let pages = 0;
        do {
          const page = await store.listFindingsByStatus(status, {
            limit: PAGE,
            ...(cursor ? { cursor } : {}),
          });
          for (const f of page.items) {
            if (filter.severity && f.severity !== filter.severity) continue;
            if (filter.check && f.check !== filter.check) continue;
            if (filter.platform && f.platform !== filter.platform) continue;
            out.push(f);
          }
          cursor = page.cursor;
          pages += 1;
        } while (cursor && out.length < filter.limit && pages < MAX_PAGES);
      }
      out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
      return out.slice(0, filter.limit);
    },
    show: (id) => store.getFinding(id),
    async change(id, verb, note, by) {
      const current = await store.getFinding(id);
      if (!current) throw new FindingNotFoundError(id);
      return store.updateStatus(
        id,
        { status: VERBS[verb], at: now().toISOString(), by, note },
        current.status,
      );
    },
  };
}

/** Records shown at most, latest seen first: the page is a working list, `impersonators list` has them all. */
const IMPERSONATORS_SHOWN = 500;

function impersonatorList(store: ImpersonatorStore, brand: string): NonNullable<UiServices['impersonators']> {
  return { list: async () => (await listImpersonators(store, brand)).slice(0, IMPERSONATORS_SHOWN) };
}

/** What the page runs on in one process; the optional use-cases switch their views on. */
export interface UiDeps {
  readonly store: FindingStore;
  readonly brand: BrandProfile;
  /** Impersonator records; without them the page's impersonator view says "not available". */
  readonly impersonators?: ImpersonatorStore;
  readonly now?: () => Date;
}

/** The page's services over one store and brand profile; the pre-publish box runs `precheck`. */
export function createUiServices(deps: UiDeps): UiServices {
  const meta = uiMeta(deps.brand, { impersonators: Boolean(deps.impersonators), precheck: true });
  const now = deps.now ?? (() => new Date());
  return {
    meta: async () => meta,
    triage: storeTriage(deps.store, now),
    ...(deps.impersonators ? { impersonators: impersonatorList(deps.impersonators, deps.brand.name) } : {}),
    precheck: async (draft) =>
      precheck(deps.brand, draft.text, {
        ...(draft.as ? { as: draft.as } : {}),
        ...(draft.platform ? { platform: draft.platform } : {}),
        now: now(),
      }),
  };
}
