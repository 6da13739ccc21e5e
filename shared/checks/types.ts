import type { Action, CheckId, ContentItem, Evidence, Severity } from '../model/index.ts';
import type { FoundLink } from '../text/links.ts';
import type { NormalizedText } from '../text/normalize.ts';
import type { BrandIndex } from './brand-index.ts';

/** Who wrote an item, as far as the brand profile tells. */
export type AuthorRole = 'brand' | 'partner' | 'public';

/** Everything a check may look at for one item. Built once per item by the engine, shared by all checks. */
export interface CheckInput {
  readonly item: ContentItem;
  readonly role: AuthorRole;
  /** The analysis time (for vetting dates); never read from the clock inside a check. */
  readonly now: Date;
  readonly brand: BrandIndex;
  /** Normalized text (see shared/text/normalize.ts), up to the engine's text cap. */
  readonly text: NormalizedText;
  readonly handle: NormalizedText;
  readonly displayName: NormalizedText;
  /** Links from the text and from `links`, parsed. */
  readonly links: readonly FoundLink[];
  /** True when the text was longer than the cap and only its start was scanned. */
  readonly truncated: boolean;
}

/** What a check returns; the engine adds the id, defaults and the truncation flag. */
export interface FindingDraft {
  readonly reason: string;
  readonly evidence: readonly Evidence[];
  readonly severity?: Severity;
  readonly action?: Action;
}

/** Runs a built check on one item. Pure: no I/O, no clock, no randomness. */
export type CheckRunner = (input: CheckInput) => FindingDraft | FindingDraft[] | null;

/** A check module: metadata plus a builder that precomputes what it needs from the profile. */
export interface CheckDefinition {
  readonly id: CheckId;
  readonly description: string;
  readonly severity: Severity;
  readonly action: Action;
  /** Author roles the check applies to; the engine skips the rest. */
  readonly appliesTo: readonly AuthorRole[];
  /** Item kinds the check applies to (default: both). */
  readonly kinds?: readonly ContentItem['kind'][];
  /** An exclusive check's findings are dropped when any other check fired on the item (`spam`). */
  readonly exclusive?: boolean;
  /**
   * Where the check's learned model must stay silent whatever its score, judged on the item's
   * links and the brand (the trainer applies the same test, so its figures are the engine's).
   */
  readonly modelSilent?: (links: readonly FoundLink[], brand: BrandIndex) => boolean;
  build(brand: BrandIndex): CheckRunner;
}
