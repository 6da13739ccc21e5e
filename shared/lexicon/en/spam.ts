import type { PhraseGroups } from '../types.ts';

/** `spam` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** Invitations to look: "check out", "take a look at", "go stream", before "my channel". */
  lookAt: [
    'check(?:ing)?\\s*(?:out|it\\s+out)?',
    'checked\\s+out',
    'take\\s+a\\s+look\\s+at',
    'have\\s+a\\s+look\\s+at',
    'look\\s+at',
    'visit',
    'see',
    'go\\s+(?:to|see|stream|listen\\s+to)',
    'stream',
    'listen\\s+to',
    'watch',
    'come\\s+(?:to|see|check)',
  ],
  /** Invitations to play something somewhere: "go stream it on my page", "watch them on my profile". */
  playIt: ['stream', 'listen\\s+to', 'watch', 'hear', 'find', 'see'],
  /** Whose media is promoted: "my channel", "our page", "this video". */
  my: ['my', 'our', 'mah', 'me', 'this'],
  /** What is promoted: a channel, page, song, shop or feed (platform names are in common/). */
  media: [
    'channel',
    'chanel',
    'page',
    'profile',
    'video',
    'vid',
    'vids',
    'song',
    'track',
    'music',
    'mixtape',
    'playlist',
    'blog',
    'website',
    'site',
    'stream',
    'art',
    'shop',
    'store',
    'account',
    'feed',
    'content',
    'reel',
    'reels',
    'podcast',
    'beats?',
    'covers?',
    'rap',
  ],
  /** YouTube share boilerplate. */
  shareBoilerplate: ['check\\s+out\\s+this\\s+(?:video|playlist|channel)\\s+on\\s+youtube'],
  /**
   * Subscription bait: "subscribe to my channel", "sub to me", "sub4sub", "subscribe back", "please
   * subscribe".
   */
  subscribeTo: [
    'sub(?:scribe|scribed|scrib|s)?\\s*(?:4|for|to|2)\\s*(?:sub|me|my|our)\\b',
    'sub\\s*4\\s*sub',
    'subscribe\\s+(?:back|me\\b|pl(?:ea)?s|please)',
    '(?:please|pls|plz)\\s+(?:\\w+\\s+){0,2}subscribe',
    'like\\s+and\\s+subscrib\\w*',
    'subscribers?\\s+please',
  ],
  /** Begging for a subscription: "sub pls", "pls sub", "drop a sub", "a sub would mean a lot". */
  subBegging: [
    'subs?\\s+(?:pl[sz]|please|plea+se|pretty\\s+please|if\\s+(?:you|u)\\s+(?:like|enjoy|vibe))\\b',
    '(?:pl[sz]|please)\\s+sub\\b',
    '(?:drop|leave|smash)\\s+(?:me\\s+)?a\\s+sub\\b',
    '(?:a|any|every)\\s+sub\\s+(?:would\\s+)?(?:means?|helps?|counts?)\\b',
  ],
  /** Follow-for-follow and follower schemes, each with its own word boundaries (hashtags allowed). */
  followForFollow: [
    '#?\\bf4f\\b',
    '#?\\bfollow\\s*(?:4|for|to)\\s*follow\\b',
    '#?\\bfollow\\s*back\\b',
    '#?\\bfollowback\\b',
    '\\bfollow\\s+train\\b',
    '#?\\bl4l\\b',
    '#?\\blike\\s*4\\s*like\\b',
    "\\bfollow\\s+(?:me|us)\\b(?:\\s+\\w+){0,4}\\s+(?:i|we)(?:'ll)?\\s+follow\\s+(?:you\\s+)?back",
  ],
  /** Asking to be followed, before what the follow is for. */
  followMe: ['follow\\s+(?:me|us|my\\s+(?:page|account))'],
  /** What follows a follow request: "for", "and I", an exclamation mark, a hashtag, the end. */
  followFor: ['for', 'and\\s+i'],
  /** A link, in "link in bio". */
  linkWord: ['links?'],
  /** "link is in bio". */
  linkIs: ['is'],
  /** "in" or "on", in "link in bio". */
  linkIn: ['in', 'on'],
  /** "in", in "link in my description". */
  descriptionIn: ['in'],
  /** Whose bio: "in my bio", "in the bio". */
  bioOwner: ['my', 'the', 'our'],
  /** "my", in "link in my description". */
  myWord: ['my'],
  /** A profile or bio, where the link is. */
  profileWord: ['profile'],
  /** A description, where the link is. */
  descriptionWord: ['description'],
  /** "check my bio", "see our profile". */
  seeBio: [
    '(?:check|see|visit|peep)\\s+(?:(?:my|our|the)\\s+)?bio',
    '(?:check|see|visit)\\s+(?:my|our)\\s+profile',
  ],
  /** Who earns, in a money scheme: "I earn", "gana", "ganhe", "gagnez", "verdiene". */
  earn: ['earn', 'earns', 'earned', 'earning', 'make', 'makes', 'made', 'making'],
  /** "a" or "per" in "$500 a day". */
  per: ['a', 'per', 'each', 'every', 'in\\s+a'],
  /** The period of a money claim: "a day", "per week". */
  period: ['day', 'daily', 'week', 'weekly', 'hour', 'hr', 'month', 'monthly'],
  /** Where the money is made: "from home", "desde casa", "em casa", "depuis la maison", "von zu Hause". */
  fromHome: ['from\\s+(?:home|your\\s+(?:phone|couch|sofa))'],
  /** Working from home: "work from home", "trabaja desde casa", "travailler de la maison". */
  work: ['work(?:ing)?'],
  /** "from", in "work from home". */
  workFrom: ['from'],
  /** "home", in "work from home". */
  home: ['home'],
  /** "make money online", "no experience needed". */
  easyMoney: [
    'make\\s+money\\s+(?:online|from\\s+home|fast)',
    'no\\s+experience\\s+(?:needed|required|necessary)',
  ],
  /** Passive income. */
  passiveIncome: ['passive\\s+income'],
  /** Buying followers or engagement: "buy 1000 real followers". */
  buyVerb: ['buy', 'get', 'gain', 'grow'],
  /** "real followers", "more views". */
  audienceAdj: ['real', 'more', 'active'],
  /** What is sold: followers, subscribers, likes, views. */
  audience: ['followers', 'subscribers', 'likes', 'views'],
  /** Channel growth pleas: "help me reach 100 subscribers", "watch my videos", "my new channel". */
  channelGrowth: [
    '(?:reach|get\\s+to|hit)\\s+\\d[\\d,.]{0,12}k?\\s+(?:subs|subscribers|followers)\\b',
    '(?:watch|view|check|see|like)\\s+my\\s+(?:new\\s+)?(?:videos?|vids|stuff|pics?|photos?|songs?)\\b',
    '(?:my|a)\\s+new\\s+channel\\b',
    '(?:view|visit|check\\s+out)\\s+this\\s+channel\\b',
    'small\\s+(?:youtuber|channel|creator)\\b',
    '^\\s*subscribe\\b',
    'donate\\s+(?:to|please|now|bitcoins?)',
  ],
  /**
   * Imperative subscription and sharing pleas: "subscribe my channel", "like & subscribe", "please share
   * this".
   */
  subscribePlea: [
    '(?<!un)\\bsubscrib\\w*\\s+(?:my|to\\s+(?:my|hear|see|me)|me|pl[sz]|please|and)\\b',
    '\\b(?:click|like|please|plz|pls|and|&|&amp;)\\W{1,3}subscrib\\w*',
    '\\bshare\\s+(?:this|my|it|on)\\b[^.!?\\n]{0,40}(?:video|song|page|channel|vote|facebook|fb|please|!)',
    '\\bplease\\s+share\\b',
    '\\blike\\s+(?:please|pls|plz)\\b',
    '\\bput\\s+a\\s+like\\b',
    '\\bgive\\s+(?:it\\s+|me\\s+)?a\\s+like\\b',
    '\\blikes?\\s+(?:and|n|&|&amp;)\\s+(?:comments?|shares?)\\b',
    '\\b\\d+\\s+subs\\b',
  ],
  /** "like this comment so everyone sees", "thumbs up if". */
  engagementBait: ['like\\s+this\\s+comment', 'thumbs\\s+up\\s+(?:so|if)', 'please\\s+like\\s+(?:my|this)'],
  /** Growth services: "promote your page", "boost your account", "blow up your reach". */
  promoteVerb: ['promot\\w*', 'grow', 'boost\\w*', 'skyrocket', 'blow\\s+up'],
  /** What a growth service grows, after "your". */
  growthTarget: [
    'page',
    'account',
    'channel',
    'profile',
    'brand',
    'business',
    'insta(?:gram)?',
    'ig',
    'tiktok',
    'youtube',
    'followers',
    'audience',
    'reach',
    'engagement',
    'following',
  ],
  /**
   * Growth services said whole: "100% organic growth", "haz crecer tu cuenta", "divulgue seu perfil",
   * "organisches Wachstum".
   */
  growthService: ['(?:organic|real|targeted)\\s+(?:growth|followers|engagement|reach)'],
  /**
   * Recruiting for a scheme: "be your own boss", "join my team ... DM me", #bossbabe; each with its own
   * word boundaries.
   */
  recruiting: [
    '\\bbe\\s+(?:your|ur)\\s+own\\s+boss\\b',
    '\\bjoin\\s+(?:my|our)\\s+team\\b[^.!?\\n]{0,60}?(?:boss|income|money|dm|inbox|opportunit|from\\s+home|#)',
    '#(?:bossbabe|girlboss|bossmom|momboss|sidehustle|workfromhome|wfh|financialfreedom|networkmarketing|mlm|beyourownboss)\\b',
  ],
  /**
   * Promotions from third parties: "50% off this week only, see our page", referral links; each with its
   * own word boundaries.
   */
  thirdPartyPromo: [
    '\\b\\d{1,2}\\s?%\\s?off\\b[^\\n]{0,60}?\\b(?:bio|profile|page|link|dm|today|this\\s+week|only)\\b',
    '\\b(?:use\\s+my|my)\\s+(?:referral|ref|invite|affiliate)\\s+(?:link|code)\\b',
    '\\bcommissions?\\s+(?:are\\s+)?open\\b',
    '\\bfollow\\s+(?:us|our\\s+page)\\s+for\\s+(?:daily|the\\s+(?:best|cheapest)|more|exclusive)\\b',
    '\\bpromo\\s+code\\b[^\\n]{0,30}\\bmy\\b',
  ],
  /** Bulk text prizes: "you have been selected", "to claim ur prize", "reply STOP". */
  prizeClaim: [
    '(?:you|u)\\s+(?:have|ve|r|are)\\s+(?:been\\s+)?(?:specially\\s+)?(?:selected|awarded|chosen)\\s+(?:2|to|for)\\b',
    '(?:2|to)\\s+claim\\s+(?:your|ur|yr)\\s',
    '(?:reply|send|txt|text)\\s+stop\\b',
  ],
  /** "check it out" from the public promotes something else, unless it points at the brand. */
  checkOut: ['check\\s+(?:it\\s+)?out'],
  /** A customer asking to have their own account looked into ("check my account"): a support request. */
  lookInto: ['check(?:ing)?', 'look\\s+at', 'see', 'visit'],
  /** A cheap test first: a stem of some pattern's words must appear (the patterns are tried only then). */
  trigger: [
    'check',
    'sub',
    'follow',
    'earn',
    'make',
    'made',
    'work',
    'buy',
    'get',
    'gain',
    'grow',
    'followers',
    'like',
    'thumbs',
    'off',
    'referral',
    'ref',
    'commission',
    'promo',
    'visit',
    'see',
    'stream',
    'listen',
    'watch',
    'look',
    'come',
    'money',
    'income',
    'experience',
    'link',
    'donate',
    'channel',
    'share',
    'put',
    'give',
    'experien',
    'passiv',
    'boss',
    'team',
    'promot',
    'boost',
    'push',
    'engag',
    'growth',
    'hustle',
    'freedom',
    'marketing',
    'text',
    'send',
    'reply',
    'claim',
  ],
} satisfies PhraseGroups;
