import { lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { matchesOf } from '../text/matches.ts';
import { pattern } from '../text/pattern.ts';
import { sentences } from '../text/sentences.ts';
import { spanEvidence } from './evidence.ts';
import {
  ASK,
  ASK_AFTER,
  CREDENTIAL,
  CREDENTIAL_HINT,
  CREDENTIAL_NEGATION,
  HAVE_BEFORE,
  NOT_SECRET,
  POSTER,
  READY_AFTER,
  READY_BEFORE,
} from './patterns/scam-credentials.ts';
import type { CheckDefinition, CheckInput } from './types.ts';

/**
 * `credential-request`: anyone other than the brand's own accounts asks for a password,
 * one-time code, PIN, full card number or card details, CVV, recovery phrase or private key,
 * in English, Spanish, Portuguese, French or German.
 *
 * A request is a named credential with an ask in the same sentence ("reply with the code we
 * texted you", "envíanos el número de tu tarjeta", "senden Sie uns Ihre TAN"), or a credential
 * sent somewhere ("your card PIN to +1 ..."). Warnings ("never share your PIN"), reports
 * ("they asked me for the code") and non-secrets (gift-card numbers, "card ending 4417") do
 * not fire. A link that only says "log in" is phishing-link's, not this check's.
 */

const MAX_EVIDENCE = 10;
const p = lexicon('credential-request');
// The speaker's own credential ("my PIN", "mi contraseña") or its trouble ("wrong PIN", "a new password").
const OWN_CREDENTIAL = pattern(
  `\\b(?:${p('ownPossessive')}\\s+(?:[a-z]+\\s+){0,2}?|${p('troubleAdjective')}\\s+)$`,
);
// Where a credential is sent: to the poster, a number, a private channel ("per WhatsApp an +44 ...", "en DM").
const SENT_TO = pattern(
  `^\\s*(?:${p('and')}\\s+[^.!?\\n]{0,40}\\s+)?` +
    `(?:to\\s+(?:${p('sentToWhom')}|\\+?\\(?\\d|@)|${p('sentVia')}\\s+${p('privateChannel')}\\b` +
    `|${p('sentToNumber')}\\s+\\+?\\(?\\d|${p('sentHere')}|at\\s+\\S+\\.\\S+)`,
);

/** The credential-request check (see the module comment). */
export const credentialRequest: CheckDefinition = {
  id: 'credential-request',
  description: 'Asks for a password, one-time code, PIN, card number, CVV or recovery phrase.',
  severity: 'high',
  action: 'takedown',
  appliesTo: ['public', 'partner'],
  build() {
    return (input: CheckInput) => {
      const text = input.text.text;
      if (!CREDENTIAL_HINT.test(text)) return null;
      CREDENTIAL.lastIndex = 0;
      if (!CREDENTIAL.test(text)) return null;
      const evidence: Evidence[] = [];
      for (const s of sentences(text)) {
        if (evidence.length >= MAX_EVIDENCE) break;
        const sentence = s.text;
        if (CREDENTIAL_NEGATION.test(sentence)) continue;
        CREDENTIAL.lastIndex = 0;
        for (const c of matchesOf(CREDENTIAL, sentence)) {
          const around = sentence.slice(Math.max(0, c.index - 20), c.index + c[0].length + 12);
          if (NOT_SECRET.test(around)) continue;
          // The speaker's own credential or its trouble ("my PIN", "mi contraseña", "wrong PIN", "a
          // new password"): a customer describing their problem asks nobody for anything.
          if (OWN_CREDENTIAL.test(sentence.slice(Math.max(0, c.index - 30), c.index))) continue;
          // The ask sits shortly before the credential; a bounded window keeps long texts linear.
          const before = sentence.slice(Math.max(0, c.index - 120), c.index);
          const after = sentence.slice(c.index + c[0].length, c.index + c[0].length + 120);
          const ready =
            ((READY_AFTER.test(after) && HAVE_BEFORE.test(before)) || READY_BEFORE.test(before)) &&
            POSTER.test(sentence);
          if (!ready && !ASK.test(before) && !SENT_TO.test(after) && !ASK_AFTER.test(after)) continue;
          const start = s.index + c.index;
          evidence.push(spanEvidence('text', input.text, start, start + c[0].length, 'credential asked for'));
          if (evidence.length >= MAX_EVIDENCE) break;
        }
      }
      if (evidence.length === 0) return null;
      const named = [...new Set(evidence.map((e) => e.match.toLowerCase().replace(/\s+/g, ' ')))].join(', ');
      return {
        reason: `Asks for a credential (${named}); no genuine brand asks for these in public or by DM. Take it down.`,
        evidence,
      };
    };
  },
};
