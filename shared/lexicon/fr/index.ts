import type { LanguageLexicon } from '../types.ts';
import credentialRequest from './credential-request.ts';
import cryptoScam from './crypto-scam.ts';
import grammar from './grammar.ts';
import health from './health.ts';
import healthClaim from './health-claim.ts';
import hostileReply from './hostile-reply.ts';
import impersonation from './impersonation.ts';
import misleadingClaim from './misleading-claim.ts';
import offplatformContact from './offplatform-contact.ts';
import personalData from './personal-data.ts';
import phishingLink from './phishing-link.ts';
import piiExposure from './pii-exposure.ts';
import selfDiagnosis from './self-diagnosis.ts';
import spam from './spam.ts';
import undisclosedDataCollection from './undisclosed-data-collection.ts';
import undisclosedSponsorship from './undisclosed-sponsorship.ts';
import unvettedPartner from './unvetted-partner.ts';

/** Every topic's phrases in French. */
export default {
  grammar: grammar,
  health: health,
  'personal-data': personalData,
  'health-claim': healthClaim,
  'self-diagnosis': selfDiagnosis,
  'misleading-claim': misleadingClaim,
  'undisclosed-data-collection': undisclosedDataCollection,
  'undisclosed-sponsorship': undisclosedSponsorship,
  'unvetted-partner': unvettedPartner,
  'hostile-reply': hostileReply,
  'pii-exposure': piiExposure,
  impersonation: impersonation,
  'offplatform-contact': offplatformContact,
  'crypto-scam': cryptoScam,
  'phishing-link': phishingLink,
  'credential-request': credentialRequest,
  spam: spam,
} satisfies LanguageLexicon;
