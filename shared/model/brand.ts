import * as z from 'zod/mini';
import { PlatformSchema } from './item.ts';
import './zod-locale.ts';

/** An account on one platform, identified by its handle (without `@`). */
export const AccountRefSchema = z.object({
  platform: PlatformSchema,
  handle: z.pipe(
    z.string().check(z.minLength(1)),
    z.transform((h: string) => h.replace(/^@/, '')),
  ),
});

const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 date'));

/** A non-empty string after trimming. */
const trimmed = z.string().check(z.trim(), z.minLength(1));

/** An influencer or other partner; only `approved` partners with current vetting may promote the brand. */
export const PartnerSchema = z.extend(AccountRefSchema, {
  status: z.enum(['approved', 'pending', 'suspended']),
  vettedUntil: z.optional(isoDate),
});
export type Partner = z.infer<typeof PartnerSchema>;

/**
 * Who the brand is (CONTRACTS.md §2). Only `name` is required.
 *
 * Extensions (optional): `evidenceDomains` are domains that count as a citation for a
 * health claim on top of the built-in list; `bannedTerms` are words the brand's own and
 * partners' content must never use (reported as `misleading-claim`).
 */
export const BrandProfileSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, 'expected a non-empty brand name')),
  aliases: z._default(z.array(trimmed), []),
  accounts: z._default(z.array(AccountRefSchema), []),
  domains: z._default(z.array(trimmed), []),
  supportContacts: z._default(z.array(trimmed), []),
  partners: z._default(z.array(PartnerSchema), []),
  evidenceDomains: z._default(z.array(trimmed), []),
  bannedTerms: z._default(z.array(trimmed), []),
});
export type BrandProfile = z.infer<typeof BrandProfileSchema>;
export type BrandProfileInput = z.input<typeof BrandProfileSchema>;
