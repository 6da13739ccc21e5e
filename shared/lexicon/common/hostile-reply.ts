import type { PhraseGroups } from '../types.ts';

/** `hostile-reply` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  /** An eye-roll, a nail-polish shrug-off or a clown from the brand's account is mockery on its own. */
  mockEmoji: ['🙄', '💅', '🤡'],
  /** Mocking emoji that count as a softer sign. */
  softEmoji: ['🤷', '🙃', '😒', '🥱', '😘', '👋', '😬', '😂', '🤣', '😉', '💁', '💀', '🥴', '😴'],
  /** Emoji of a plainly warm reply. */
  warmEmoji: ['❤', '💙', '💚', '💛', '🧡', '💜', '😊', '😃', '😄', '🙌', '🎉', '🥳'],
} satisfies PhraseGroups;
