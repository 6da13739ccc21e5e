import { credentialRequest } from './credential-request.ts';
import { cryptoScam } from './crypto-scam.ts';
import { impersonation } from './impersonation.ts';
import { offplatformContact } from './offplatform-contact.ts';
import { phishingLink } from './phishing-link.ts';
import { spam } from './spam.ts';
import type { CheckDefinition } from './types.ts';

/** Every check that is implemented, in report order. Only checks that work are registered. */
export const ALL_CHECKS: readonly CheckDefinition[] = [
  impersonation,
  offplatformContact,
  cryptoScam,
  phishingLink,
  credentialRequest,
  spam,
];
