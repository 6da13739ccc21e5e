import { impersonation } from './impersonation.ts';
import { offplatformContact } from './offplatform-contact.ts';
import { spam } from './spam.ts';
import type { CheckDefinition } from './types.ts';

/** Every check that is implemented, in report order. Only checks that work are registered. */
export const ALL_CHECKS: readonly CheckDefinition[] = [impersonation, offplatformContact, spam];
