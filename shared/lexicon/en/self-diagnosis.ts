import type { PhraseGroups } from '../types.ts';

/** `self-diagnosis` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** A verdict before a condition (up to three words between): "you have ADHD", "that's adrenal fatigue". ADVERB stands for `verdictAdverb`. */
  verdict: [
    'you (?:ADVERB )?(?:have|got)',
    'you (?:might|may|could|probably|definitely) be',
    "you've (?:probably )?got",
    "that's",
    'thats',
    'that is',
    "it's",
    'this is',
    'those are',
    'these are',
    'sounds like',
    "chances are(?: that)? (?:you|they|he|she)(?:'re| are| have| has|'ve got| got)?",
    "you(?:'re| are)? (?:suffering|suffer) from",
    "you(?:'re| are) (?:dealing|living) with",
    "you(?:'re| are) showing (?:the )?(?:signs|symptoms) of",
    "(?:that's|thats|that is|it's|those are|these are) (?:a |the )?(?:(?:classic|textbook|typical|tell-?tale|clear|early|first) )?(?:signs?|symptoms?) of",
  ],
  /** Hedges inside "you ADVERB have": "you probably have", "you lowkey have". */
  verdictAdverb: [
    'probably',
    'definitely',
    'def',
    'defo',
    'likely',
    'most likely',
    'might',
    'may',
    'could',
    'totally',
    '100%',
    '100 percent',
    'for sure',
    'literally',
    'basically',
    'clearly',
    'obviously',
    'surely',
    'lowkey',
    'almost certainly',
    'already',
    'secretly',
  ],
  /** A hedged verdict opening a sentence: "Could be periodontitis." */
  hedgeOpening: ['(?:could|might|may|probably|likely|most likely) be'],
  /** A hedged verdict on a list of signs: "that could be periodontitis", "esto puede ser ansiedad". */
  hedge: [
    '(?:that|this|it|which) (?:(?:might|may|could|would|probably|likely|most likely) (?:be|mean)|(?:sounds|looks) (?:a lot )?like)',
  ],
  /** What may sit between a `hedge` and its condition: an article or a sign word, so "this might be the fix for back pain" is no verdict. */
  hedgeArticle: ['a', 'an', 'your', 'early', 'classic', 'signs? of'],
  /** Cheap literal test before the hedge pattern runs. */
  hedgeGate: ['could', 'might', 'may', 'would', 'probably', 'likely', 'sounds', 'looks'],
  /** A condition as a header over questions to the reader: "Gingivitis in adults: do you bleed when you brush?" */
  headerIn: ['in'],
  /** Who the header is about. */
  headerAudience: ['adults', 'women', 'men', 'kids', 'children', 'teens', 'gamers'],
  /** The reader addressed right after the header. */
  headerReader: ['you', 'your'],
  /**
   * A hedged verdict about someone else, often a child: "they're probably autistic" (the hedge
   * is required: "your child has ADHD" may be a parent's own account). RELATIVE and ADVERB
   * stand for `hedgedRelative` and `hedgedAdverb`.
   */
  hedged: [
    "(?:they|he|she|your (?:[a-z]{2,12} )?RELATIVE)(?:'re|'s|'ve| is| are| has| have)? ADVERB(?: (?:has|have|got|is|are|be))?",
  ],
  /** Whose condition: "your son", "your toddler". */
  hedgedRelative: [
    'child',
    'children',
    'kid',
    'kids',
    'son',
    'daughter',
    'toddler',
    'baby',
    'teen',
    'teenager',
    'partner',
    'husband',
    'wife',
    'boy',
    'girl',
  ],
  /** The hedge of `hedged`. */
  hedgedAdverb: [
    'probably',
    'definitely',
    'likely',
    'most likely',
    'clearly',
    'obviously',
    'almost certainly',
    'secretly',
  ],
  /** "You are" taking the condition itself: "you're anaemic", "du bist anämisch". */
  beingSubject: ["you(?:'re| are| re)"],
  /** An adverb after `beingSubject`: "you're probably diabetic". */
  beingAdverb: [
    'probably',
    'secretly',
    'definitely',
    'actually',
    'clearly',
    'obviously',
    'just',
    'simply',
    'totally',
  ],
  /** An article or intensifier after `beingSubject`: "you're a compulsive spender"; never a free gap. */
  beingDegree: ['a', 'an', 'so', 'very', 'really'],
  /** "7 signs you're secretly depressed". */
  signWord: ['signs?', 'symptoms?'],
  /** Optional after a `signWord`: "signs that you have". */
  signThat: ['that'],
  /** The reader after a `signWord`. */
  signReader: ["you(?:'re| are| have| might| may| could)"],
  /** Quizzes, checklists and scores that hand out a verdict. */
  quizWord: ['quiz', 'quizz', 'self[- ]test', 'self[- ]assessment', 'checklist'],
  /** Invitations to a test: "take our 2-minute test", "find out if you have", "finde es heraus". */
  quizTest: [
    'take (?:our|my|this|the) (?:[a-z0-9-]{1,20} ){0,3}test',
    '(?:[a-z]{3,20} )test\\b(?= ?[^a-z])',
    'find out (?:if|whether) you',
  ],
  /** "Tick 3 of these", "score 4 or more": before a `tickCount`. */
  tickLead: ['tick', 'check', 'score'],
  /** Numbers after a `tickLead`. */
  tickCount: ['one', 'two', 'three', 'four', 'five'],
  /** The test itself after `quizDo`. */
  quizTestWord: ['teste?'],
  /** "Three or more of these": numbers before an optional `quizOrMore` and `quizOfThese`. */
  quizCount: ['two', 'three', 'four', 'five'],
  /** "Or more". */
  quizOrMore: ['or more'],
  /** "Of these". */
  quizOfThese: ['of these'],
  /** A verdict introduced by a conditional or a question is not one: "if you have", "do you have". */
  conditional: ['if', 'whether', 'when', 'in case', 'do', 'does'],
  /** The reader's own guess after a `conditional`: "if you think you have", "si crees que tienes". */
  ownGuess: ['you (?:think|suspect|feel|worry|believe|fear)(?: that)?'],
  /** A negation inside the verdict lifts it: "that's not IBS". */
  negationInside: ['not', 'no', 'never'],
} satisfies PhraseGroups;
