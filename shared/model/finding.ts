import * as z from 'zod/mini';
import { declared } from './declared.ts';
import './zod-locale.ts';

/** The 14 stable check ids (CONTRACTS.md §3). */
export const CHECK_IDS = [
  'health-claim',
  'self-diagnosis',
  'misleading-claim',
  'undisclosed-data-collection',
  'undisclosed-sponsorship',
  'unvetted-partner',
  'hostile-reply',
  'pii-exposure',
  'impersonation',
  'offplatform-contact',
  'crypto-scam',
  'phishing-link',
  'credential-request',
  'spam',
] as const;
export const CheckIdSchema = /* @__PURE__ */ declared(() => z.enum(CHECK_IDS));
export type CheckId = z.infer<typeof CheckIdSchema>;

export const SeveritySchema = /* @__PURE__ */ declared(() => z.enum(['low', 'medium', 'high', 'critical']));
export type Severity = z.infer<typeof SeveritySchema>;
export const ActionSchema = /* @__PURE__ */ declared(() => z.enum(['takedown', 'correction', 'review']));
export type Action = z.infer<typeof ActionSchema>;
export const EvidenceFieldSchema = /* @__PURE__ */ declared(() =>
  z.enum(['text', 'author.handle', 'author.displayName', 'links']),
);
export type EvidenceField = z.infer<typeof EvidenceFieldSchema>;

/** A whole number ≥ 0 (checked as classic zod's `.int().nonnegative()` does). */
const offset = /* @__PURE__ */ declared(() => z.number().check(z.int(), z.nonnegative()));

/**
 * One span that triggered a finding. Offsets are UTF-16 code units of the field as published.
 * For `links`, `index` says which entry of the item's `links` array.
 */
export const EvidenceSchema = /* @__PURE__ */ declared(() =>
  z.object({
    field: EvidenceFieldSchema,
    start: offset,
    end: offset,
    match: z.string(),
    index: z.optional(offset),
    note: z.optional(z.string()),
  }),
);
export type Evidence = z.infer<typeof EvidenceSchema>;

/** One check that fired on one item. */
export const FindingSchema = /* @__PURE__ */ declared(() =>
  z.object({
    check: CheckIdSchema,
    severity: SeveritySchema,
    action: ActionSchema,
    reason: z.string(),
    evidence: z.array(EvidenceSchema),
    truncated: z.optional(z.boolean()),
  }),
);
export type Finding = z.infer<typeof FindingSchema>;
