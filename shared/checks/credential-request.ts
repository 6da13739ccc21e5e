import type { Evidence } from '../model/index.ts';
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
} from './lexicon/scam-credentials.ts';
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
const OWN_CREDENTIAL =
  /\b(?:(?:my|mi|mis|meu|minha|meus|minhas|mon|ma|mes|mein|meine|meinen)\s+(?:[a-z]+\s+){0,2}?|(?:wrong|incorrect|invalid|expired|a\s+new|new|incorrect[oa]|errad[oa]|faux|falsche[nr]?)\s+)$/;
// Where a credential is sent: to the poster, a number, a private channel ("per WhatsApp an +44 ...", "en DM").
const SENT_TO =
  /^\s*(?:(?:and|y|e|et|und)\s+[^.!?\n]{0,40}\s+)?(?:to\s+(?:us|our|me|\+?\(?\d|@)|(?:via|by|per|por|pelo|pela|par|en|on|over|through|auf|uber)\s+(?:dm|md|pm|mp|inbox|whatsapp|telegram|signal|sms|e-?mail|private\s+message|message\s+prive|privado)\b|(?:an|au|para|a)\s+\+?\(?\d|here\b|below\b|in\s+the\s+comments|at\s+\S+\.\S+)/;

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
        for (const c of sentence.matchAll(CREDENTIAL)) {
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
