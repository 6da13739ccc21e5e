import type { PhraseGroups } from '../types.ts';

/** `health-claim` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  pronounAfter: ['es', 'sie', 'ihn'],
  outcome: ['lasst (?:es|sie) verschwinden'],
  standalone: ['nie wieder krank'],
  timeOrIf: ['bis', 'wenn', 'sobald', 'falls'],
} satisfies PhraseGroups;
