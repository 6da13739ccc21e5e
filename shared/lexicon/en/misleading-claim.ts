import type { PhraseGroups } from '../types.ts';

/** `misleading-claim` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** Guarantee words: "guaranteed", "GUARANTEED approval", "garantizado" ("money-back guarantee" alone is excluded by `refundGuarantee`). */
  guarantee: ['guaranteed?', 'guarantees'],
  /** Absolutes before a quality: "100% safe", "completely risk-free". */
  absoluteLead: ['completely', 'totally', 'absolutely'],
  /** What an absolute promises: "100% safe", "totalmente seguro". */
  absoluteQuality: ['safe', 'risk[- ]free', 'effective', 'guaranteed'],
  /** No risk, no side effects, nothing to lose. */
  noRisk: [
    'no side[- ]effects',
    'zero side[- ]effects',
    'perfectly safe',
    'risk[- ]free',
    'zero[- ]risk',
    'no risk',
    'without any risk',
    "(?:you )?(?:can't|cannot|can not) (?:possibly )?lose",
    'no way (?:to|you can|you could) lose',
    'impossible to lose',
    "(?:the )?(?:safest|surest) (?:[a-z0-9%$.,-]{1,12} ){0,3}you(?:'ll| will)? ever (?:find|get|make|see|buy)",
  ],
  /** Present-tense absolutes about reliability: "never drops", "works for everyone"; "never drops below 10°" is a measurement and stays out. */
  neverFails: [
    'never (?:drops?|fails?|breaks?(?: down)?|goes (?:down|out)|cuts? out|disconnects?|lags?)(?! (?:below|under|beneath|to|by|more|less))',
    'never (?:buffers?|crashes|crash|freezes|misses|stops? working|lets? (?:you|anyone) down)(?! (?:below|under|beneath|to|by|more|less))',
    'never late',
    '100 ?% (?:uptime|success rate|of the time)',
    "(?:will|'ll) never (?:drop|fall|go down|change|fail|disappoint)",
    'works? for (?:everyone|everybody|anyone|all|every (?:type|kind|body|single))',
    'works every (?:single )?time',
    'always works',
    "(?:it|this|they)(?: will|'ll) (?:work for|fix|cure|heal) (?:yours|you|everyone)",
  ],
  /** Performance that lasts "forever" or "for life": "100% waterproof forever", "stays sharp for life". */
  durableQuality: [
    '[a-z]{2,12}-?proof',
    'dry',
    'warm',
    'sharp',
    'new',
    'safe',
    'secure',
    'clean',
    'fresh',
    'spotless',
  ],
  /** "Forever", after a `durableQuality` or a verb of `lasting`. */
  forever: ['forever'],
  /** "For life", after a `durableQuality` only. */
  forLife: ['for life'],
  /** Verbs of lasting before `forever`: "lasts forever", "dura para siempre". */
  lasting: ['lasts?', 'will last'],
  /** Cheap literal test before the security patterns run. */
  securityGate: ['hack', 'proof', 'nobody', 'no one', 'no-one'],
  /** Security promised as absolute: "100% hack-proof", "unhackable", "inviolable". */
  security: [
    '(?:100 ?%|completely|totally|fully|absolutely) (?:hack|fraud|scam|theft|tamper|breach|bullet)[- ]?proof',
    'unhackable',
    'un-hackable',
    "(?:impossible|can't be|cannot be|can never be|will never be) (?:to )?(?:hack(?:ed)?|breach(?:ed)?|compromised?)",
  ],
  /** Nobody will ever get in: the lead before `intrusionTarget` (SLOT stands for it). */
  intruder: [
    "(?:nobody|no one|no-one) (?:will|can|could) ever (?:get into|access|hack|break into|steal) (?:[a-z']{1,12} ){0,2}(?:SLOT)",
  ],
  /** What nobody will ever get into: "account", "cuenta", "compte". */
  intrusionTarget: [
    'account',
    'accounts',
    'data',
    'wallet',
    'password',
    'login',
    'card',
    'points',
    'info',
    'information',
    'details',
  ],
  /** "The only thing that works". */
  onlyOne: [
    '(?:the )?only (?:thing|one|product|remedy|account|card|\\w+) (?:that )?(?:actually |really |truly )?works',
    "the only \\w+ you(?:'ll| will)? ever need",
  ],
  /** "Double your money" (no word boundary after, except in German). */
  moneyDoubling: ['(?:double|triple|doubles|triples) your (?:money|savings|investment|income|cash)'],
  /** Outrage and clickbait hooks: "doctors hate this", "what they don't want you to know". */
  clickbait: [
    "doctors? (?:hate|hates|won't tell you|don't want you to know)",
    "(?:doctors?|dentists?|banks?|airlines?|big pharma|they|experts) (?:will never|won't ever|never want to|don't want to|won't) (?:tell|reveal|share|admit)",
    "(?:they|big pharma|banks|airlines|the industry|doctors) (?:don't|doesn't|do not|does not) want you to know",
    "what (?:your )?(?:doctor|doctors|bank|dentist|they)(?: is| are)?(?:n't| not| won't| will not| don't) (?:telling|tell) you",
    "(?:the )?secret (?:they|doctors|banks) don't want",
    'one (?:weird|simple) trick',
    "you won't believe",
  ],
  /** Cheap literal test before `villainBait` and `hateBait`. */
  villainGate: ['want', 'hate', '\\d will'],
  /** Outrage hooks with any villain: "what the other carriers don't want you to know", "number 3 will shock you". */
  villainBait: [
    "what (?:[a-z0-9%'-]{1,20} ){0,5}(?:don't|doesn't|do not|does not|won't|will not|never) want (?:you|us) to (?:know|find out|see|hear)",
    '(?:number|no\\.?|#) ?\\d{1,2} will (?:shock|surprise|blow|amaze|make) you',
  ],
  /** "<anyone> HATE this trick": SLOT stands for the language's `hatedThing`. */
  hateBait: [
    '(?<=[a-z]{2} )hates? (?:him|her|them|(?:this|these|that|my|our|his|her) (?:[a-z0-9-]{1,16} ){0,2}(?:SLOT)s?)',
  ],
  /** What someone is said to hate in `hateBait`. */
  hatedThing: [
    'trick',
    'hack',
    'secret',
    'method',
    'tip',
    'loophole',
    'swap',
    'routine',
    'move',
    'habit',
    'exercise',
    'stretch',
    'ingredient',
    'product',
    'app',
    'card',
    'account',
    'setting',
    'feature',
    'tool',
    'gadget',
    'mod',
    'setup',
    'food',
    'drink',
    'supplement',
    'snack',
    'brush',
    'paste',
    'cream',
    'toothpaste',
    'device',
  ],
  /** A refund policy is not a promise of results: "money-back guarantee", "30-day guarantee" (the words right before it). */
  refundGuarantee: ['money[- ]back', 'satisfaction', 'refund', 'price[- ]match', '\\d+[- ]day'],
  /** A delivery date promise is logistics: "delivery guaranteed" (the noun before a `guaranteedWord`). */
  delivery: ['delivery', 'shipping', 'arrival'],
  /** Optional between a `delivery` noun and its `guaranteedWord`: "delivery is guaranteed". */
  deliveryIs: ['is'],
  /** "Guaranteed" around a `delivery` noun. */
  guaranteedWord: ['guaranteed?'],
  /** After a `guaranteedWord`: "guaranteed delivery", "garantie livraison". */
  guaranteedFor: ['delivery', 'before', 'by', 'to arrive', 'arrival'],
  /** A denial that opens the sentence lifts a security absolute: "no account is ever 100% hack-proof". */
  deniedSubject: ['no', 'nothing', 'none'],
  /** Only a negation right before the words lifts them ("not guaranteed", "there's no such thing as risk-free"). */
  negator: ['not', 'no', "isn't", "aren't", 'never', "nothing(?: is|'s)?", 'no such thing as(?: an?)?'],
  /** Between a `negator` and the words: "not be guaranteed". */
  negatorFiller: ['be', 'been'],
  /** The brand declining to promise: "we can't guarantee", "unable to guarantee" (with the contraction "n't"). */
  declineNegator: ['not', 'never', 'unable', 'cannot'],
  /** Between a `declineNegator` and "guarantee": "not able to", "not always". */
  /** The contraction that declines too: "can't guarantee", "won't guarantee". */
  declineSuffix: ["n't"],
  declineFiller: ['(?:be\\s+|been\\s+)?able\\s+to', 'always', 'possibly', 'fully'],
  /** "Guarantee" as the name of a policy the reply points to: "our guarantee covers it", "the guarantee page". */
  /** The policy noun itself. */
  policyNoun: ['guarantee'],
  policyAfter: [
    'for',
    'on',
    'page',
    'policy',
    'programme',
    'program',
    'terms',
    'covers',
    'applies',
    'details',
    'section',
    'steps',
    'info',
  ],
  /** A determiner before that policy noun. */
  policyDeterminer: ['our', 'the', 'this', 'your', 'its'],
} satisfies PhraseGroups;
