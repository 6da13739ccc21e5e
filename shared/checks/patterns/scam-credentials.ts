/**
 * Patterns for `credential-request`, on normalized text (lower case, no accents). A request
 * needs a named credential (password, one-time code, PIN, full card number or card details,
 * CVV, recovery phrase, private key, online-banking password) and an ask; English, Spanish,
 * Portuguese, French and German. The phrases are the lexicon's `credential-request` groups.
 */

import { lexicon } from '../../lexicon/index.ts';
import { pattern } from '../../text/pattern.ts';

const p = lexicon('credential-request');

/**
 * A cheap necessary condition for CREDENTIAL: every phrase of `credential` contains one of
 * the `credentialHint` fragments (keep the two groups in step).
 */
export const CREDENTIAL_HINT = pattern(p('credentialHint'));

/** Named credentials. "Code" alone is not one: a discount or ticket code is not a secret. */
export const CREDENTIAL = pattern(p('credential'), 'g');

/** Asking for something: to send, share, confirm, enter, reply with, DM it. */
export const ASK = pattern(`\\b${p('ask')}\\b`);

/**
 * "Have your account PIN ready", "keep your card details handy", "tenga a mano su PIN", "halten
 * Sie Ihre TAN bereit": preparing a credential for a call or chat is the ask. `HAVE_BEFORE` sits
 * shortly before the credential, `READY_AFTER` right after it.
 */
export const HAVE_BEFORE = pattern(`\\b(?:${p('haveVerb')}|${p('readyVerb')})\\b[^.!?\\n]{0,30}$`);
/** The same with the readiness word first ("tenga a mano su PIN", "deixe pronta a senha"). */
export const READY_BEFORE = pattern(`\\b${p('readyVerb')}\\s+${p('readyWord')}\\b[^.!?\\n]{0,20}$`);
export const READY_AFTER = pattern(`^\\s*(?:\\w+\\s+){0,3}?${p('readyAfter')}\\b`);

/** The poster in the sentence ("so we can", "when you call us"): advice to have a PIN ready for the bank is no ask. */
export const POSTER = pattern(`\\b${p('poster')}\\b`);

/** Negation, warnings and reports: "never share your PIN", "they asked me for the code". */
export const CREDENTIAL_NEGATION = pattern(`\\b${p('credentialNegation')}\\b`);

/** Things that look like a credential word but are not a secret. */
export const NOT_SECRET = pattern(
  `\\b${p('notSecretCode')}\\s+(?:card\\s+)?(?:code|card)\\b|\\b${p('cardEnding')}`,
);

/**
 * German puts the verb last ("Name, IBAN und Zugangsdaten per WhatsApp an ... senden", "die TAN
 * hier eingeben"): an ask verb after the credential, in the same sentence, is the ask.
 */
export const ASK_AFTER = pattern(`^[^.!?\\n]{0,90}?\\b${p('askAfter')}\\b`);
