import {
  type BrandProfile,
  CHECK_IDS,
  type Platform,
  PlatformSchema,
  SeveritySchema,
} from '../model/index.ts';
import { listImpersonators } from '../pipeline/impersonators.ts';
import { precheck } from '../pipeline/precheck.ts';
import {
  ALLOWABLE_CHECKS,
  type ChangeOutcome,
  changeStatus,
  listFindings,
  parseQuery,
  type RawQuery,
  showFinding,
  type Verb,
} from '../pipeline/triage.ts';
import { FindingNotFoundError } from '../store/errors.ts';
import type { ImpersonatorStore } from '../store/impersonators.ts';
import { FINDING_STATUSES, type FindingStore, type StoredFinding } from '../store/types.ts';

/** A draft to check before publishing, as the page's pre-publish box sends it. */
export interface DraftInput {
  readonly text: string;
  /** `brand` or a partner's handle. */
  readonly as?: string;
  readonly platform?: Platform;
}

/** One triage step as the page asks for it. */
export interface ChangeInput {
  readonly verb: Verb;
  readonly note: string;
  readonly by: string;
  /** `dismiss` only: allow the impersonating account or the contact from now on. */
  readonly allow?: boolean;
}

/** The triage use-cases the page calls (shared/pipeline/triage.ts). */
export interface TriageService {
  /** The findings the raw query selects (ValidationError naming the field otherwise), in triage order. */
  list(
    query: RawQuery,
    limit: number,
  ): Promise<{ readonly findings: readonly StoredFinding[]; readonly more: boolean }>;
  show(id: string): Promise<StoredFinding | undefined>;
  /** Throws FindingNotFoundError, StoreConflictError or TriageError. */
  change(id: string, change: ChangeInput): Promise<Pick<ChangeOutcome, 'finding' | 'allowed'>>;
}

/** What the page needs to build its controls. */
export interface UiMeta {
  readonly brand: string;
  readonly partners: readonly { readonly platform: Platform; readonly handle: string }[];
  readonly statuses: readonly string[];
  readonly severities: readonly string[];
  readonly checks: readonly string[];
  readonly platforms: readonly string[];
  /** Checks whose dismissal can allow the account or contact (`dismiss --allow`). */
  readonly allowable: readonly string[];
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
    allowable: ALLOWABLE_CHECKS,
    features,
  };
}

/** Triage over the FindingStore through the use-cases the CLI runs. */
export function storeTriage(store: FindingStore, now: () => Date = () => new Date()): TriageService {
  return {
    list: (raw, limit) => listFindings(store, parseQuery(raw, now()), limit),
    async show(id) {
      try {
        return await showFinding(store, id);
      } catch (error) {
        if (error instanceof FindingNotFoundError) return undefined;
        throw error;
      }
    },
    async change(id, change) {
      const outcome = await changeStatus(store, id, { ...change, now: now() });
      return { finding: outcome.finding, ...(outcome.allowed ? { allowed: outcome.allowed } : {}) };
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
