import { lexicon } from '../lexicon/index.ts';
import { matchesOf } from '../text/matches.ts';
import { isNegated } from '../text/negation.ts';
import { pattern } from '../text/pattern.ts';
import { isQuestion, sentenceAround } from '../text/sentences.ts';
import { quote, spanEvidence } from './evidence.ts';
import {
  BARE_NUMBER_AFTER_POSSESSIVE,
  DATA_USE_NOTICE,
  PERSONAL_DATA,
  POSSESSIVE,
  PRIVACY_PATH,
  REQUEST_VERB,
} from './patterns/personal-data.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

/**
 * `undisclosed-data-collection`: the brand asks people to post or send personal data (phone,
 * email, address, birth date, ID or passport photo, account number) and says nothing about
 * how it will be used and links to no privacy notice.
 *
 * A stated reason ("to enter", "so we can take a look") is not a data-use notice; "we'll
 * only use it to...", "we never sell it" or a privacy link is. Warnings ("never share your
 * phone number") are negated requests and do not count.
 */

// How far after the request verb the data may be named: "comment below with your full name,
// email address and date of birth".
const REQUEST_REACH = 120;
const p = lexicon('undisclosed-data-collection');
// A determiner before the word makes it a noun, not a request: "we've hidden your reply since it
// had your number in it", "the comment with your email", "tu comentario", "votre message".
const NOUN_BEFORE = pattern(`\\b${p('determiner')}\\s+$`);

// The brand's own private messages named as where the data goes ("DM us your booking reference",
// "send me … in a private message").
const PRIVATE_TO_BRAND = pattern(`\\b${p('privateMessage')}\\b`);
// A support agent handling one customer's case: asks it as a question ("could you DM us …?"),
// speaks as one person ("DM me", "I'd be happy to look into it"), or signs off ("^JB", "- Ana").
const AGENT_SPEAKS = pattern(`\\b(?:${p('agentSpeaks')}|${p('agentFirstPerson')} )`);
// A sign-off may follow the last word's punctuation ("see you there!- Anwar"), be a first name
// after a caret ("^Sophie"), and carry a thread counter ("*ABN 3/3").
const AGENT_SIGN_OFF =
  /(?:^|[\s!.?,)])(?:[\^*/]\s?(?:[A-Z]{1,3}|[A-Z][a-z]{1,15})|[-\u2013]\s?[A-Z][a-z]{1,15})\s*(?:\d\/\d\s*)?(?:https?:\/\/\S+\s*)?$/;
// A reply that opens by addressing one customer ("@jo Hi Jo, could you let us know…"): their case.
const ADDRESSES_ONE = /^\s*@[\w.]+/;
const PUBLIC_POSTING = pattern(`^${p('publicPosting')}`);
const IN_PUBLIC = pattern(`\\b${p('inPublic')}\\b`);

export const undisclosedDataCollection: CheckDefinition = {
  id: 'undisclosed-data-collection',
  description:
    'Brand content asking people to send personal data with no word on how it is used or a privacy link',
  severity: 'medium',
  action: 'correction',
  appliesTo: ['brand'],
  build() {
    return (input): FindingDraft | null => {
      const text = input.text.text;
      if (!POSSESSIVE.test(text)) return null;
      for (const v of matchesOf(REQUEST_VERB, text)) {
        const vs = v.index;
        const ve = vs + v[0].length;
        if (NOUN_BEFORE.test(text.slice(Math.max(0, vs - 8), vs))) continue;
        const sentence = sentenceAround(text, vs, ve);
        const window = text.slice(ve, Math.min(sentence.end, ve + REQUEST_REACH));
        const pos = POSSESSIVE.exec(window);
        if (!pos) continue;
        const rest = window.slice(pos.index);
        const data = PERSONAL_DATA.exec(rest) ?? BARE_NUMBER_AFTER_POSSESSIVE.exec(rest);
        if (!data) continue;
        if (isNegated(text, vs, ve)) continue;
        // Asked into the brand's own DMs while handling one customer's case: the official channel.
        const asked = text.slice(sentence.start, sentence.end);
        const agent =
          isQuestion(text, vs, ve) || AGENT_SPEAKS.test(text) || AGENT_SIGN_OFF.test(input.item.text);
        if (PRIVATE_TO_BRAND.test(asked) && agent) continue;
        // A signed reply to one customer asking for what their case needs: the agent handling it.
        // Not when it asks for the data in public ("reply with your address", "comment below").
        if (
          ADDRESSES_ONE.test(text) &&
          AGENT_SIGN_OFF.test(input.item.text) &&
          input.item.kind === 'comment' &&
          !PUBLIC_POSTING.test(v[0]) &&
          !IN_PUBLIC.test(asked)
        )
          continue;
        if (DATA_USE_NOTICE.test(text) || input.links.some((l) => PRIVACY_PATH.test(l.path))) return null;
        const dataStart = ve + pos.index + data.index;
        const dataEnd = dataStart + data[0].length;
        const evidence = [spanEvidence('text', input.text, vs, dataEnd)];
        return {
          reason: `Asks people to ${quote(evidence[0]!.match)} with no word on how the data is used: add a privacy link or say how it will be used, or move the request to a private channel.`,
          evidence,
        };
      }
      return null;
    };
  },
};
