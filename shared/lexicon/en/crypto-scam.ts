import type { PhraseGroups } from '../types.ts';

/** `crypto-scam` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** Crypto, trading and investment vocabulary (text, handle or display name). */
  cryptoWord: [
    'crypto\\w*',
    'tokens?',
    'coins?',
    'wallets?',
    'trading',
    'trader',
    'trades?',
    'signals?',
    'mining',
    'staking',
    'binary\\s+options?',
    'invest\\w*',
    'mentor',
    'account\\s+manager',
  ],
  /** A request to send funds. */
  send: ['send', 'sending', 'transfer', 'deposit'],
  /** Doubling offers and multiplied-money testimonials, each with its own word boundaries. */
  double: [
    '\\bdoubl(?:e|ed|es|ing)\\s+(?:your|my|their|his|her|it|the|back)\\b',
    '\\b(?:send|get|receive|pay)\\s+(?:you\\s+)?(?:back\\s+)?double\\b',
    '\\b(?:2|two|3|three|10)\\s?x\\s+(?:back|your|returns?)\\b',
    '\\bx2\\b',
    '\\b(?:get|receive|take\\s+home|withdraw)\\s+(?:(?:[$€£]|r\\$)\\s?)?[\\d.,]+k?\\s*(?:btc|eth|usdt|sol|bnb|trx|dollars|euros|bucks|reais)?\\s+back\\b',
    '\\breceive\\s+[\\d.,]+\\s*(?:btc|eth|usdt|sol|bnb|trx)\\s+back\\b',
    "\\b(?:i'?ll|will|we'?ll)\\s+send\\s+[\\d.,]+\\s*(?:btc|eth|usdt)?\\s*back\\b",
    '\\btripl(?:e|ed|es|ing)\\s+(?:your|my|their|his|her)\\b',
  ],
  /** Guaranteed or extraordinary returns, each with its own word boundaries. */
  returns: [
    '\\bguarantee[ds]?\\s+(?:\\d+\\s?%\\s+)?(?:profits?|returns?|income|gains?|earnings?)',
    '\\b(?:profits?|returns?|gains?)\\s+(?:are\\s+)?guaranteed',
    '\\bguaranteed\\s+profit',
    '\\bguarantees\\s+(?:\\d+\\s?%\\s+)?(?:returns?|profits?)',
    '(?:[$€£]|r\\$)\\s?[\\d.,]+k?\\s+(?:a|per|each|every)\\s+(?:day|week)\\b[^.!?\\n]{0,40}\\b(?:btc|bitcoin|crypto|trading|mining|forex)',
    '\\bearn(?:ing)?\\s+(?:[$€£]\\s?[\\d.,]+k?|\\d+\\s?%)\\s+(?:a|per|each|every)\\s+(?:day|week|month)',
    '\\bchanged\\s+my\\s+life\\b',
    '\\bquit\\s+my\\s+(?:job|9-?5|day\\s+job)',
  ],
  /** "a", "per" in "10% a day". */
  percentPer: ['a', 'per', 'each', 'every'],
  /** The period in "10% a day". */
  returnPeriod: ['day', 'daily', 'week', 'weekly', 'month', 'monthly'],
  /** "in", "within" in "10x in a month". */
  inTime: ['in', 'within'],
  /** The period in "10x in a month". */
  timeUnit: ['hours?', 'days?', 'weeks?', 'months?'],
  /** "grows your crypto 10x", "turned my savings into 5x". */
  growVerb: ['grows?', 'grew', 'growing', 'turns?', 'turned', 'turning', 'flips?', 'flipped'],
  /** What is grown, in "grows your crypto 10x". */
  grownStash: [
    'crypto\\w*',
    'money',
    'investments?',
    'capital',
    'savings',
    'portfolio',
    'funds',
    'btc',
    'bitcoin',
    'eth',
    'coins',
    'deposit',
  ],
  /** "multiply your money", "multiplica tu inversión". */
  multiplyVerb: ['multipl(?:y|ies|ied|ying)'],
  /** Whose money is multiplied. */
  multiplyYour: ['your', 'ur', 'my'],
  /** What is multiplied, in "multiply your money". */
  multipliedStash: ['crypto\\w*', 'money', 'investments?', 'capital', 'savings', 'portfolio'],
  /** Returns named by a percentage: "300% returns", "ROI of 200%". */
  yieldWord: ['returns?', 'profits?', 'gains?', 'roi', 'apy', 'yield'],
  /** "started with $500 and now...", "empecé con 200 € y ahora", "mit 500 € angefangen, jetzt". */
  started: ['started', 'began'],
  /** "with", in "started with $500". */
  startedWith: ['with'],
  /** "just", "only" before a sum. */
  only: ['just', 'only'],
  /** "now", "today", after the starting sum. */
  nowWord: ['now'],
  /** Multiplied-money claims said whole: "returns, guaranteed", "mit 500 € angefangen". */
  multiplied: ['(?:returns?|profits?|gains?)\\s*[,;:\\u2014-]\\s*guaranteed\\b'],
  /** Mentor testimonials: "since I found an expert trader", "until I met Mr. ...". */
  metVerb: [
    'met',
    'found',
    'came\\s+across',
    'was\\s+introduced\\s+to',
    'started\\s+(?:trading|investing)\\s+with',
  ],
  /** Who was met, in a mentor testimonial. */
  mentorTitle: [
    'mr',
    'mrs',
    'ms',
    'miss',
    'dr',
    'sir',
    'madam',
    'madame',
    'expert',
    'mentor',
    'coach',
    'an?\\s+(?:expert|mentor|coach|account\\s+manager|broker|trader)',
  ],
  /** "I was broke until ...", "estaba en la ruina", "j'étais fauché", "ich war pleite". */
  wasBroke: [
    '(?:i\\s+was|i\\s+had\\s+been)\\s+(?:broke|struggling|in\\s+debt|drowning\\s+in\\s+debt)\\s+until\\b',
  ],
  /** Putting money in: "put £500 in", "invierte 100 €", "coloque R$ 100", "investissez", "investiere". */
  stakeVerb: ['put', 'puts', 'putting', 'invest\\w*', 'deposit\\w*', 'start\\s+with', 'send'],
  /** Getting more out: "get £5000 back", "recibe 1.000 €", "receba", "recevez", "erhalte". */
  payoutVerb: ['get', 'receive', 'make', 'earn', 'withdraw', 'take\\s+home'],
  /** "guaranteed in 30 days", "garantizado en 7 días": a payout promised by a date. */
  guaranteed: ['guaranteed'],
  /** "in", "within" after "guaranteed". */
  guaranteedWithin: ['in', 'within'],
  /** A number in words: "within seven days". */
  smallNumber: ['one', 'two', 'three', 'seven', 'a'],
  /** The period of a guaranteed payout. */
  guaranteedUnit: ['hours?', 'days?', 'weeks?', 'months?'],
  /** Token presales and coin offerings. */
  presale: ['pre-?sale', 'ico', 'ido'],
  /** Airdrops, token claims and wallet-connect bait. */
  airdrop: [
    'airdrop\\w*',
    'connect\\s+(?:your\\s+)?wallet',
    'claim\\s+(?:your\\s+)?(?:free\\s+)?tokens?',
    'token\\s+(?:presale|launch|giveaway)',
    'free\\s+(?:btc|eth|crypto|tokens)',
  ],
  /** Crypto giveaways and live-stream "send to the address on screen" scams. */
  giveaway: [
    '(?:crypto|btc|bitcoin|eth|ethereum)\\s+giveaway',
    'giv(?:e|ing)\\s+away\\s+[\\d.,]*\\s*(?:btc|bitcoin|eth|ethereum|crypto)',
    '(?:address|wallet)\\s+(?:on|in)\\s+(?:the\\s+)?(?:screen|video|description|bio|stream)',
  ],
  /** "recovery is 100% guaranteed". */
  recoveryNoun: ['recovery'],
  /** "is", in "recovery is guaranteed". */
  recoveryIs: ['is'],
  /** "guaranteed", after "recovery is". */
  recoveryGuaranteed: ['guaranteed'],
  /** Fund-recovery services for scam victims, said whole. */
  recoveryOffer: [
    // "guaranteed recovery", "garantierte Rückholung".
    '(?:guaranteed|garantierte)\\s+(?:recovery|ruckholung)',
    'recover\\w*\\s+(?:your\\s+|my\\s+|the\\s+)?(?:scammed|lost|stolen)\\s+(?:money|funds|crypto|btc|savings)',
    '(?:funds?|money|asset|crypto)\\s+recovery\\b',
    'recovery\\s+(?:experts?|agents?|unit|services?|specialists?|hackers?|firm|company|team)\\b[^.!?\\n]{0,80}\\b(?:funds|money|back|\\$)',
    '(?:get|got|getting)\\s+(?:it\\s+all|all\\s+of\\s+it|everything|(?:your|my|their)\\s+(?:funds|money|crypto|btc|savings))\\s+back\\b',
  ],
  /** What was lost, in "lost my savings ... got it all back". */
  lostStash: ['money', 'funds', 'crypto', 'savings', 'btc'],
  /** The money back, after "lost ...". */
  gotBack: [
    'recovered',
    'got\\s+(?:it|them|everything|all|my\\s+\\w+)\\s+back',
    'get\\s+(?:it|your\\s+\\w+)\\s+back',
  ],
  /** "recovered $40,000 for my clients", "recuperamos 10.000 € para nuestros clientes". */
  recoveredVerb: ['recovered', 'retrieved', 'traced', '(?:get|got|brought)\\s+back'],
  /** "over", "more than" before a sum. */
  moreThan: ['over', 'more\\s+than'],
  /** "for", before whom the money was recovered. */
  forWhom: ['for'],
  /** "my", "our" before the clients. */
  clientOwner: ['a', 'my', 'our', 'one\\s+of\\s+my'],
  /** "scam victims", "fraud clients". */
  caseKind: ['scam', 'fraud', 'crypto'],
  /** For whom the money was recovered. */
  client: ['clients?', 'customers?', 'victims?', 'people', 'someone', 'others', 'famil(?:y|ies)'],
  /** "we can trace your lost funds". */
  traceVerb: ['trace', 'track', 'recover', 'retrieve', 'get\\s+back'],
  /** What is traced, in "we can trace your lost funds". */
  tracedStash: [
    'funds',
    'money',
    'crypto',
    'btc',
    'eth',
    'bitcoin',
    'coins',
    'assets',
    'savings',
    'usdt',
    'wallet',
  ],
  /**
   * Recovering a share of the money: "we recover 100% of lost funds", "recuperamos el 100% de tus
   * fondos".
   */
  recoverStem: ['recover', 'retriev', 'trac'],
  /** "and", in "trace and recover". */
  andWord: ['and', '&'],
  /** The second verb, in "trace and recover". */
  returnStem: ['recover', 'retriev', 'return'],
  /** "up to" before a share. */
  upTo: ['up\\s+to'],
  /** "of", after the share. */
  ofShare: ['of'],
  /** Whose money, after the share. */
  shareOwner: ['your', 'their', 'the'],
  /** "lost", "stolen" before the money. */
  lostAdj: ['lost', 'stolen', 'scammed'],
  /** The money a share of which is recovered. */
  shareStash: ['funds', 'money', 'crypto\\w*', 'btc', 'bitcoins?', 'savings', 'assets'],
  /** The first verb, in "we can trace and recover all your funds". */
  traceFirst: ['trace', 'track', 'recover', 'retrieve'],
  /** The second verb, in "we can trace and recover all your funds". */
  traceThen: ['recover', 'retrieve', 'return', 'get\\s+back'],
  /** The funds, in "we can trace and recover all your funds". */
  tracedFunds: ['funds', 'money', 'crypto', 'btc', 'assets', 'savings', 'coins'],
  /** Victims addressed by recovery scammers: "if you paid a fake clinic", "si fuiste estafado". */
  victimAsked: [
    'if\\s+(?:you|u)',
    'have\\s+you',
    'did\\s+you',
    'were\\s+you',
    'lost\\s+(?:money|funds|crypto|\\w+)\\s+to',
    'victims?\\s+of',
  ],
  /** The scam word that names the audience in `victimAsked`. */
  scamWord: ['scam\\w*', 'fake', 'fraud\\w*'],
  /**
   * Warnings and skeptical comments: they name the scam without making it ("scam victims" is the
   * recovery scammers' own audience, not a warning).
   */
  warning: [
    'scam(?!\\s+victims?\\b)',
    'scams',
    'scammer',
    'beware',
    'fake',
    "don'?t\\s+(?:send|fall|trust)",
    'never\\s+send',
    'is\\s+not\\s+how',
    "that'?s\\s+not\\s+how",
    'show\\s+me\\s+the\\s+math',
    'reported',
    'never\\s+(?:got|received|saw\\s+a\\s+(?:cent|penny|dime))\\s+(?:anything|a\\s+thing|a\\s+(?:cent|penny|dime)|it|them|my\\s+\\w+)\\s+back',
    'never\\s+(?:got|received)\\s+(?:anything|a\\s+thing|a\\s+(?:cent|penny|dime))',
    '(?:got|received|came)\\s+nothing\\s+back',
    'nothing\\s+came\\s+back',
    'lesson\\s+learned',
    "(?:i|we)\\s+(?:got|was|were|have\\s+been|'ve\\s+been)\\s+scammed",
    'fell\\s+for\\s+(?:it|that|this|the)',
  ],
  /**
   * Cheap pre-test over the text: multiplier, presale and testimonial patterns need crypto context,
   * which these stems cover; recovery offers are caught by their verbs.
   */
  trigger: [
    'crypt',
    'coin',
    'token',
    'wallet',
    'airdrop',
    'trad',
    'signal',
    'mining',
    'invest',
    'mentor',
    'double',
    'doubl',
    'guarant',
    'recover',
    '\\btrace',
    '\\bpull\\w* back',
    'claw',
    'retriev',
    'bring\\w* back',
    'tripl',
  ],
  /** A third person credited for the money, the core of the mentor testimonial: "thanks to Mrs. ...". */
  thanksTo: ['(?:all\\s+)?thanks\\s+to', 'credit\\s+to', 'shout\\s*-?out\\s+to'],
  /** A title before the credited person: "Mrs.", "Sra.", "Mme", "Frau". */
  honorific: ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam'],
  /** "my", "the" before the credited role. */
  mentorOwner: ['my'],
  /** The credited role: "my mentor", "my account manager". */
  mentorRole: ['mentor\\w*', 'account\\s+manager', 'manager', 'broker', 'trader', 'coach', 'expert\\w*'],
  /**
   * Someone else's channel recommended to the readers: "message her on Telegram", "escríbele", "fale com
   * ela".
   */
  refer: [
    '(?:message|contact|reach|text|dm|email|e-mail|write\\s+to|talk\\s+to|ask\\s+for)\\s+(?:her|him)\\b',
    '(?:her|his)\\s+(?:telegram|whatsapp|signal|number|email|inbox)\\b',
  ],
  /** Savings or capital, named as money at stake. */
  savings: ['capital', 'savings'],
  /** Earnings per period, the money-scheme claim: "now pull $6,200 a week", "gano 3.000 € al mes". */
  earnVerb: [
    'make',
    'makes',
    'making',
    'made',
    'earn\\w*',
    'pull\\w*(?:\\s+in)?',
    'bring\\w*\\s+in',
    'take\\w*\\s+home',
    'cash\\w*\\s+out',
    'withdr[ae]w\\w*',
    'receiv\\w*',
    'profit\\w*',
  ],
  /** "about", "over" before the sum. */
  earnAbout: ['in', 'out', 'over', 'about', 'around', 'up\\s+to'],
  /** "a", "per", "every" before the period. */
  earnPer: ['a', 'per', 'each', 'every', 'in\\s+(?:a|one|two|\\d+)'],
  /** The period of the earnings. */
  earnPeriod: ['days?', 'weeks?', 'fortnight', 'months?', 'hours?'],
  /** "daily profits of $500". */
  periodicProfit: [
    '(?:daily|weekly|monthly)\\s+(?:profits?|income|earnings|payouts?)\\s+of\\s+(?:[$€£]|usd|eur)\\s?\\d',
  ],
  /** Recovery agents for payments gone astray: "our agents pull back misdirected payments". */
  agentVerb: [
    'recover\\w*',
    'retriev\\w*',
    'pull\\w*\\s+back',
    'claw\\w*\\s+back',
    'bring\\w*\\s+back',
    'get(?:s|ting)?\\s+back',
    'trac(?:e|es|ing)',
  ],
  /** Whose payments, in "recover your lost payments". */
  agentOwner: ['your', 'their', 'the', 'all', 'any'],
  /** How the payment went astray. */
  astray: [
    'lost',
    'stolen',
    'scammed',
    'misdirected',
    'mistaken',
    'misplaced',
    'wrongly\\s+sent',
    'sent\\s+by\\s+mistake',
    'fraudulent',
    'hacked',
  ],
  /** The payment gone astray. */
  payment: [
    'payments?',
    'transfers?',
    'transactions?',
    'funds',
    'money',
    'deposits?',
    'crypto',
    'savings',
    'investments?',
    'wires?',
  ],
  /** A doubling verb before "your": "double your", "dobre seu", "duplica tu", "verdoppeln Sie Ihr". */
  doubleStem: ['double'],
  /** "your", after a doubling verb. */
  doubleYour: ['your'],
} satisfies PhraseGroups;
