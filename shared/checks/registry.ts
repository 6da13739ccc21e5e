import { credentialRequest } from './credential-request.ts';
import { cryptoScam } from './crypto-scam.ts';
import { healthClaim } from './health-claim.ts';
import { hostileReply } from './hostile-reply.ts';
import { impersonation } from './impersonation.ts';
import { misleadingClaim } from './misleading-claim.ts';
import { offplatformContact } from './offplatform-contact.ts';
import { phishingLink } from './phishing-link.ts';
import { piiExposure } from './pii-exposure.ts';
import { selfDiagnosis } from './self-diagnosis.ts';
import { spam } from './spam.ts';
import type { CheckDefinition } from './types.ts';
import { undisclosedDataCollection } from './undisclosed-data-collection.ts';
import { undisclosedSponsorship } from './undisclosed-sponsorship.ts';
import { unvettedPartner } from './unvetted-partner.ts';

/** Every check that is implemented, in report order. Only checks that work are registered. */
export const ALL_CHECKS: readonly CheckDefinition[] = [
  healthClaim,
  selfDiagnosis,
  misleadingClaim,
  undisclosedDataCollection,
  undisclosedSponsorship,
  unvettedPartner,
  hostileReply,
  piiExposure,
  impersonation,
  offplatformContact,
  cryptoScam,
  phishingLink,
  credentialRequest,
  spam,
];
