import { lexicon } from '../../lexicon/index.ts';

/**
 * Word lists for the impersonation check. An account name is read as "brand + these words":
 * if every piece of the name that is not the brand is one of them, the name presents itself
 * as the brand (a help desk, a regional branch, a promotion), not as a person or another
 * business that merely shares a word with it. English, Spanish, Portuguese, French, German:
 * the words are the `impersonation` groups of shared/lexicon.
 */

const p = lexicon('impersonation');

/** Words that present an account as the brand's service, staff or promotion. */
export const SUPPORT_WORDS: readonly string[] = [
  'staffRole',
  'supportDesk',
  'securityDesk',
  'promotion',
  'token',
  'travelAndJobs',
  'companyForm',
  'orderDesk',
  'lineDesk',
  'domainPart',
].flatMap((group) => p.list(group));

/**
 * Words that name a service desk or its staff. With one of them, a person's name beside the
 * brand ("Tom · Brand Fraud Team", "anna_brandsupport") presents a member of the brand's staff.
 */
export const STAFF_WORDS: readonly string[] = p.list('staffWord');

/** Country, region and language words: "VitaLeaf España", "SkyHop Air Brasil" are regional names. */
export const REGION_WORDS: readonly string[] = p.list('region');

/** Little words that join the others ("Atención al Cliente", "Service de la"). */
export const FILLER_WORDS: readonly string[] = p.list('filler');

/** Words by which fan, parody and critic accounts say what they are: such accounts never fire. */
export const FAN_WORDS: readonly string[] = p.list('fanWord');
