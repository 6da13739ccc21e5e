import type { PhraseGroups } from '../types.ts';

/** `undisclosed-data-collection` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** A determiner before a request verb makes it a noun: "the comment with your email", "your reply". */
  determiner: ['your', 'the', 'a', 'an', 'my', 'our', 'this', 'that', 'his', 'her', 'their', 'its'],
  /** The brand's own private messages named as where the data goes: "DM us your booking reference". */
  privateMessage: ['dm', 'pm', 'inbox', 'private message', 'direct message'],
  /** A support agent speaking as one person: "DM me". */
  agentSpeaks: ['(?:dm|send|message|pm) me'],
  /** The agent's "I" before a word: "I'd be happy to look into it". */
  agentFirstPerson: ["i(?:'d| would| will|'ll| can| am|'m)"],
  /** Request verbs that ask for the data in public (how the verb starts: "commenting", "reply"). */
  publicPosting: ['comment', 'reply', 'post', 'leave', 'drop', 'pop', 'share'],
  /** Where the data is asked for in public: "below", "in the comments". */
  inPublic: ['below', 'here', 'in (?:the )?(?:comments|replies|thread)', 'publicly'],
} satisfies PhraseGroups;
