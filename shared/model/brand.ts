import { z } from 'zod';
import { PlatformSchema } from './item.ts';

/** An account on one platform, identified by its handle (without `@`). */
export const AccountRefSchema = z.object({
  platform: PlatformSchema,
  handle: z
    .string()
    .min(1)
    .transform((h) => h.replace(/^@/, '')),
});

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 date');

/** An influencer or other partner; only `approved` partners with current vetting may promote the brand. */
export const PartnerSchema = AccountRefSchema.extend({
  status: z.enum(['approved', 'pending', 'suspended']),
  vettedUntil: isoDate.optional(),
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
  name: z.string().trim().min(1, 'expected a non-empty brand name'),
  aliases: z.array(z.string().trim().min(1)).default([]),
  accounts: z.array(AccountRefSchema).default([]),
  domains: z.array(z.string().trim().min(1)).default([]),
  supportContacts: z.array(z.string().trim().min(1)).default([]),
  partners: z.array(PartnerSchema).default([]),
  evidenceDomains: z.array(z.string().trim().min(1)).default([]),
  bannedTerms: z.array(z.string().trim().min(1)).default([]),
});
export type BrandProfile = z.infer<typeof BrandProfileSchema>;
export type BrandProfileInput = z.input<typeof BrandProfileSchema>;
