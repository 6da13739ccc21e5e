import type { PhraseGroups } from '../types.ts';

/** `offplatform-contact` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** Private messages: DM, PM, inbox, private message. */
  private: ['dms?', 'pms?', 'inbox', 'direct(?:\\s+message)?', 'private\\s+message'],
  /** Whom a message is sent to: "DM me", "message us", "text this number". */
  object: [
    'me',
    'us',
    'him',
    'her',
    'them',
    'our',
    'my',
    'his',
    'their',
    'this\\s+account',
    'this\\s+page',
    'this\\s+profile',
    'this\\s+number',
  ],
  /** Verbs of "DM me", "message us", "WhatsApp us", "text him" (before an `object`). */
  messageVerb: [
    'dm',
    'pm',
    'inbox',
    'message',
    'msg',
    'text',
    'whatsapp',
    'telegram',
    'contact',
    'e-?mail',
    'write\\s+to',
    'reach(?:\\s+out\\s+to)?',
    'chat\\s+with',
    'talk\\s+to',
    'hmu',
  ],
  /** "send us a DM", "drop me a line", "shoot me a message". */
  sendVerb: ['send', 'drop', 'shoot', 'leave'],
  /** What is sent: "a DM", "a message on WhatsApp", "a line". */
  messageNoun: ['dm', 'pm', 'message', 'msg', 'text', 'line', 'whatsapp', 'e-?mail', 'note'],
  /** Verbs before a keyword in quotes: "DM 'START' to @x", "DM us 'YES'". */
  keywordVerb: ['dm', 'pm', 'text', 'message', 'whatsapp'],
  /** "to our inbox", "via DM", "in the DMs", "slide into my DMs". */
  viaPrivate: ['to', 'via', 'by', 'through', 'in', 'into', 'per'],
  /** The article before a private message: "in the DMs". */
  article: ['the'],
  /** "dm on ig @x", "message me on insta", "hmu on snap", "add me on discord: x". */
  socialVerb: ['dm', 'pm', 'message', 'msg', 'text', 'hmu', 'hit\\s+(?:me|us)\\s+up', 'add\\s+(?:me|us)'],
  socialObject: ['me', 'us'],
  socialAt: ['on', 'at', 'via'],
  /** "on WhatsApp", "via Telegram", "at our Telegram". */
  onApp: ['on', 'via', 'by', 'through', 'at', 'in'],
  appDeterminer: ['the'],
  /** Between an app and its number or handle: "WhatsApp at +44 ...", "our Telegram is @x". */
  appSeparator: ['at', 'is'],
  /** "WhatsApp us", "Telegram him". */
  appObject: ['me', 'us', 'him', 'her'],
  /**
   * "send us your PIN in chat": a chat window offered for details. The ask must be to the
   * poster ("us", "me"): "drop your questions in the chat" is a live stream's chat.
   */
  chatAsk: [
    'send\\s+(?:us|me)',
    'give\\s+(?:us|me)',
    'tell\\s+(?:us|me)',
    'show\\s+(?:us|me)',
    'provide\\s+(?:us|me)',
    'drop\\s+(?:us|me)',
    'share\\s+with\\s+(?:us|me)',
  ],
  chatPreposition: ['in', 'via', 'by', 'through', 'over', 'per'],
  chatDeterminer: ['the', 'our', 'my', 'a'],
  chatKind: ['private', 'live', 'secure'],
  /** "call our fraud line on", "call +1 ...", "ring 0800 ...". */
  callVerb: ['call', 'ring', 'phone'],
  callDeterminer: ['our', 'the', 'this', 'my', 'his', 'her'],
  callLine: ['line', 'number', 'desk', 'team', 'agent', 'hotline'],
  callAt: ['on', 'at'],
  /** Cheap pre-test: word starts that every directive has (a text with none has no directive). */
  trigger: [
    'dm',
    'pm',
    'inbox',
    'messag',
    'msg',
    'text',
    'contact',
    'e-?mail',
    'write',
    'reach',
    'chat',
    'talk',
    'hit',
    'hmu',
    'send',
    'drop',
    'shoot',
    'leave',
    'direct',
    'priv',
    'call',
    'ring',
    'phone',
  ],
  /** A customer giving their own number or address: "call me on 0770...", "my email is ...". */
  ownContact: [
    '(?:call|ring|text|reach|contact|email|e-mail)\\s+me\\b',
    'my\\s+(?:phone|number|cell|mobile|e-?mail|whatsapp|address)\\b',
  ],
  /**
   * Words that turn "text me at ..." into an offer to the audience: the poster asks the
   * readers for their details ("with your account number"), offers a service ("I can unlock
   * it"), or addresses whoever needs it ("anyone who wants").
   */
  audienceOffer: [
    '(?:with|and|plus|send(?:\\s+me)?|incl(?:uding)?)\\s+(?:your|ur|yours)\\b',
    'for\\s+(?:a\\s+)?(?:free|quick|fast|cheap|instant|same[\\s-]day)\\b',
    'if\\s+(?:you|u)\\s+(?:need|want|have|are|re|got)\\b',
    '(?:anyone|anybody|whoever)\\s+(?:who|that|needing|interested|wants?|needs?)\\b',
    "i\\s+(?:can|will|'?ll)\\s+(?:help|fix|get|push|unlock|sort|do|recover|restore|activate|approve|process)\\b",
    '(?:i|we)\\s+(?:also\\s+)?(?:repair|fix|sell|unlock|mod|flash|install|build|coach|tutor)s?\\s+(?!my\\b|our\\b|it\\b)\\w+',
  ],
  /** Refusals and warnings: the channel is named to say it will not be used, or is a scam. */
  warning: [
    "not\\s+(?:\\w+\\s+)?(?:messaging|texting|dming|dm'?ing|contacting|calling|whatsapping|writing\\s+to|replying\\s+to)",
    "(?:won'?t|wouldn'?t|will\\s+not|would\\s+never|not\\s+gonna|never\\s+gonna|ain'?t)\\s+(?:be\\s+)?" +
      '(?:dm|message|messaging|text|texting|contact|contacting|call|calling|write|writing|whatsapp)',
    '(?:message|text|dm|write\\s+to|contact|call)(?:ing)?\\s+(?:no\\s+one|nobody|strangers|randoms|random\\s+(?:people|accounts))',
    'scam(?:mer)?s?',
    'beware',
    "don'?t\\s+(?:dm|message|call|text|contact|reply|send|click|share)",
    'do\\s+not\\s+(?:dm|message|call|text|contact|reply|send|click|share)',
    'never\\s+(?:dm|message|call|text|contact|send|share|give)',
    '(?:called|texted|messaged|dmed|contacted)\\s+me\\b',
    'got\\s+an?\\s+(?:call|text|message|whatsapp|dm)',
    'reported',
  ],
  /**
   * Words that offer a number or address as a channel. A possessive before the word makes it
   * a noun ("her email is"), not an instruction.
   */
  channelVerb: [
    'call',
    'ring',
    'text',
    'sms',
    'message',
    'msg',
    'contact',
    'reach',
    'e-?mail',
    'write',
    'chat',
    'talk',
    'dial',
    'hotline',
    'helpline',
  ],
  possessive: ['my', 'her', 'his', 'their', 'your'],
  /** Calls to target someone ("go spam him", "flood her inbox"). */
  targeting: [
    '(?:go\\s+)?(?:spam|harass|flood|bomb|raid|dox+|troll|bother|annoy|mass[\\s-]?report)\\w*\\s+' +
      '(?:him|her|them|this\\s+(?:guy|girl|dude|person|clown))',
    'flood\\s+(?:his|her|their)\\s+(?:inbox|dms?|phone)',
  ],
  /** Fields of someone's details listed as data: "Name: ..., date of birth: ...". */
  dataField: ['name', 'ssn', 'dob', 'date\\s+of\\s+birth', 'address', 'birthday'],
  /** The poster's own case: "my order", "my refund". */
  my: ['my'],
  caseNoun: [
    'order',
    'package',
    'parcel',
    'refund',
    'account',
    'problem',
    'issue',
    'case',
    'complaint',
    'bill',
    'booking',
    'flight',
    'ticket',
    'reservation',
  ],
  /**
   * A person asking someone to message *them* about their own problem: "can you DM me?",
   * "please DM me", "DM me pls".
   */
  dmPlea: [
    '(?:can|could|would|will)\\s+(?:you|u|someone|somebody|anyone)\\s+(?:please\\s+|pls\\s+|plz\\s+|just\\s+)?(?:dm|pm|inbox|message|msg)\\s+me',
    '(?:please|pls|plz|kindly)\\s+(?:dm|pm|inbox|message|msg)\\s+me',
    '(?:dm|pm|inbox|message|msg)\\s+me\\s+(?:please|pls|plz|asap|back|when\\s+you\\s+can)',
  ],
  /**
   * Words that make a "DM me" an offer to the readers: what the poster gives ("for a code",
   * "I'll send you"), what they can do ("I recovered"), who they say they are ("I work at",
   * "mod here"), or whom they call on ("if skyhop won't refund you", "anyone", "ladies").
   */
  dmOffer: [
    'for\\s+(?:a|an|the|my|our|more|info|details|help|free|your|cheap|50|\\d)',
    "i(?:'ll|\\s+will|\\s+can|\\s+could)\\b",
    'i\\s+(?:recovered|fixed|helped|got\\s+(?:mine|my\\s+(?:money|refund|funds))|have\\s+a\\s+(?:contact|guy|friend|way))',
    'i\\s+(?:work|am)\\s+(?:at|for|in|from|on)\\b',
    "i'm\\s+(?:from|with|at|on)\\b",
    'mod\\b',
    'agent\\b',
    'official\\b',
    "if\\s+\\w+\\s+(?:won'?t|doesn'?t|didn'?t|can'?t|haven'?t|hasn'?t)\\b",
    'if\\s+(?:you|u|your)\\b',
    'anyone\\b',
    'anybody\\b',
    'ladies\\b',
    'guys\\b',
    'folks\\b',
    'whoever\\b',
  ],
  /** A customer's own detail written as a field label: "Contact: +49 …", "Phone: …". */
  contactLabel: [
    'contact',
    'phone',
    'tel',
    'telephone',
    'mobile',
    'cell',
    'contact\\s+(?:no|number)',
    'phone\\s+(?:no|number)',
  ],
  /** "Phone no.: ...". */
  numberSign: ['no\\.?'],
  /**
   * Bulk text marketing, as premium-rate SMS offers are written: a keyword to text to a short
   * code ("txt WIN to 80000", "reply GO 2 81234", "send STOP to 8xxxx").
   */
  shortCodeVerb: ['txt', 'text', 'send', 'reply', 'sms'],
  shortCodeTo: ['to'],
  /** A price per message glued to a word ("150p/msg", "msg150p"), the "free msg" header. */
  bulkUnit: ['msg', 'min', 'txt', 'text', 'wk', 'week', 'sms'],
  bulkWord: ['msg\\s?(?:rcvd|\\d+p)', 'free\\s?msg\\b'],
  /**
   * How a commercial offer or bulk marketing message is said: a prize to claim, a price per
   * minute or per message, an opt-out, terms and conditions, an age limit, a premium or
   * free-phone line, a service desk label. Strong phrases are enough alone.
   */
  offerStrong: [
    // a price per unit: "150p/msg", "£1.50/wk", "10p/min", "per msg", "ppm", "£3 per week"
    '\\d+(?:\\.\\d+)?\\s?p\\s?(?:/|per\\s?|a\\s)(?:min|minute|msg|message|txt|text|call|wk|week|month|sms)\\w*',
    '[£$€]\\s?\\d+(?:\\.\\d+)?\\s?(?:/|per\\s?|a\\s)(?:min|minute|msg|message|txt|text|call|wk|week|month|sms)\\w*',
    '\\d+ppm',
    '(?:per|a)\\s(?:msg|txt)\\b',
    'msg\\s?rcvd',
    'std\\s(?:txt|text|network)\\s(?:rate|charge)',
    // an opt-out: "reply STOP", "send STOP to", "to opt out", "unsubscribe", "stop to end"
    '(?:reply|send|text|txt)\\s(?:stop|end|unsub)\\b',
    'stop\\s(?:to\\s)?(?:end|opt\\s?out|unsub)',
    'opt[\\s-]?out',
    '2\\s?(?:stop|optout|unsub)',
    'unsubscribe',
    // terms and an age limit: "T&Cs apply", "Ts&Cs", "age 16+"
    't\\s?&\\s?c',
    'ts\\s?&\\s?cs',
    'tscs',
    '(?:age|aged|over)\\s?1[68]',
    // the prize and its claim: "to claim", "claim your prize", "you have won", "been selected"
    '(?:2|to)\\sclaim',
    'claim\\s(?:your|ur|yr|a|the|now)\\b',
    '(?:you|u)\\s(?:have|ve|has|r|are)\\s(?:been\\s)?(?:won|selected|chosen|awarded)',
    'specially\\sselected',
    '(?:guaranteed|urgent)[\\s!]+(?:prize|cash|award|claim|call)',
    // a premium or free line: "live operator", "from a landline", "freefone", "call now"
    'live\\soperator',
    'landline',
    'free\\s?(?:fone|phone)',
    'call\\s(?:now|today|free|2day|us\\snow)',
    // a service desk label before the number: "custcare", "customer service(s)", "helpline"
    'cust(?:omer)?\\s?(?:care|serv\\w*|support)',
    'help\\s?(?:line|desk)',
    'hotline',
  ],
  /** Offer words that count only two together: a free thing, a prize, cash, a ringtone, a voucher. */
  offerWeak: [
    'free',
    'win',
    'wins',
    'won',
    'winners?',
    'prizes?',
    'awards?',
    'cash',
    'bonus',
    'vouchers?',
    'ringtones?',
    'tones?',
    'offers?',
    'holiday',
    'rewards?',
    'urgent',
    'entry',
    'chance',
  ],
  /** "DM me" with one of the platform's own private-message verbs (not an outside app or a phone). */
  dmMe: ['dm\\s+me', 'pm\\s+me', 'inbox\\s+me', 'message\\s+me', 'msg\\s+me'],
  /** Asking to be written to, which sends somewhere: "message me", "add us", "find him". */
  sendToVerb: [
    'message',
    'text',
    'contact',
    'reach',
    'write\\s+to',
    'chat\\s+with',
    'talk\\s+to',
    'join',
    'add',
    'dm',
    'pm',
    'call',
    'find',
    'hit',
  ],
  sendToObject: ['me', 'us', 'him', 'her', 'them'],
  /** "talk to him", "text her", "reach my destination": a third person, everyday talk. */
  everydayObject: ['him', 'her', 'them', 'his', 'their', 'my'],
  /** "message us", "text our team": the poster speaks for an organisation. */
  weObject: ['us', 'our'],
  /** The verbs of everyday talk. */
  everydayVerb: ['talk\\s+to', 'reach', 'chat\\s+with', 'contact', 'text', 'message', 'msg'],
  /** "send me a message": a message as friends send one. */
  everydaySendObject: ['me', 'him', 'her', 'them'],
  everydayMessage: ['message', 'msg', 'text', 'line', 'note'],
  /** A role that makes "talk to him" an invitation: "our agent", "my mentor". */
  roleNoun: [
    'agent',
    'manager',
    'assistant',
    'advis[eo]r',
    'broker',
    'mentor',
    'coach',
    'expert',
    'specialist',
    'hacker',
    'trader',
    'consultant',
    'support',
    'team',
    'desk',
    'department',
    'lawyer',
    'attorney',
  ],
} satisfies PhraseGroups;
