import type { PhraseGroups } from '../types.ts';

/** `health-claim` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** Object pronouns after the verb that point back at a condition named earlier: "Mag+Sleep fixes it". */
  pronounAfter: ['it', 'them', 'mine', 'yours', 'this', 'that'],
  /** Outcomes that stand for a condition named before them: "eczema ... clear skin in 10 days". */
  outcome: [
    'clear skin',
    '(?:the )?only (?:thing|one|product|remedy|\\w+) that (?:actually |really |truly )?works',
    'makes? (?:it|them) (?:disappear|vanish|go away)',
  ],
  /** Claims that carry their own condition: "you'll never get sick again". */
  standalone: ['never (?:get|be|fall) (?:sick|ill)(?: again)?', 'no more sick days'],
  /** "Until your cold goes away", "once the headache is gone": advice about time, not a result. */
  timeOrIf: ['until', 'till', 'once', 'before', 'when', 'whenever', 'if'],
} satisfies PhraseGroups;
