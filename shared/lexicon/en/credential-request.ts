import type { PhraseGroups } from '../types.ts';

/** `credential-request` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /**
   * Named credentials. "Code" alone is not one: a discount or ticket code is not a secret.
   * Every phrase needs a fragment of common `credentialHint`. Matched in order: keep a
   * longer phrase before its prefix.
   */
  credential: [
    'pass\\s?words?',
    'passcodes?',
    '\\bpins?\\b(?:\\s+(?:code|number))?',
    '\\bcv[cv]2?\\b',
    '\\bcsc\\b',
    '\\bsecurity\\s+code',
    '\\bone[\\s-]?time\\s+(?:pass)?(?:code|password|pin)',
    '\\botps?\\b',
    '\\b2fa\\s+code',
    '\\b(?:verification|sms|text|auth(?:entication)?|login|access|confirmation|security)\\s+codes?',
    // "6-digit code", "six digit PIN", and German "6-stelliger Code", "sechsstellige PIN"
    '\\b(?:\\d|four|six|eight|vier|sechs|acht)[\\s-]?(?:digits?\\s+(?:code|pin|number\\s+(?:we|you|that)\\s+(?:just\\s+)?(?:sent|texted|received|got))|stellige[nrm]?\\s+(?:code|pin|tan|nummer))',
    '\\bcodes?\\s+(?:we|you|that|they)\\s+(?:just\\s+)?(?:sent|texted|text|sms|send|receive|received|get|got)',
    '\\bcodes?\\s+(?:from|in)\\s+(?:your|the|my)\\s+(?:texts?|sms|messages?)',
    '\\b(?:full\\s+)?(?:credit\\s+|debit\\s+|bank\\s+)?card\\s+(?:numbers?|details|info(?:rmation)?|no\\b)',
    '\\bfull\\s+card\\b',
    // "the long number on your card", "the 16 digits on the front of the card", "your card's number"
    '\\b(?:long|full|16[\\s-]digit|sixteen[\\s-]digit)\\s+(?:card\\s+)?(?:number|digits)\\s+(?:on|from|of)\\s+(?:the\\s+(?:front|back)\\s+of\\s+)?(?:your|the|ur)\\s+card',
    '\\b(?:16|sixteen)\\s+(?:digits|numbers)\\s+(?:on|of|from)\\s+(?:your|the|ur)\\s+card',
    "\\bcard'?s\\s+(?:full\\s+)?number",
    '\\b(?:recovery|seed|secret|wallet|backup)\\s+(?:phrase|words)',
    '\\bmnemonic\\b',
    '\\bprivate\\s+keys?',
    '\\b(?:12|24|twelve|twenty[\\s-]four)[\\s-]words?\\b',
    // Login credentials named as such: "online banking login", "your login details", "app credentials"
    '\\b(?:online|internet|mobile|net|e)[\\s-]?banking\\s+(?:login|log-?in|logon|credentials|details|username|user\\s?name|access|sign[\\s-]?in)',
    '\\b(?:login|log-?in|sign[\\s-]?in)\\s+(?:details|credentials|info(?:rmation)?|data)\\b',
    '\\b(?:banking\\s+)?credentials\\b',
    '\\bmemorable\\s+(?:word|information)',
    '\\btans?\\b',
  ],
  /** Asking for something: to send, share, confirm, enter, reply with, DM it (whole words). */
  ask: [
    'send',
    'share',
    'give',
    'provide',
    'confirm',
    'enter',
    'type',
    'submit',
    'reply(?:ing)?(?:\\s+with)?',
    'respond\\s+with',
    'dm',
    'pm',
    'inbox',
    'message',
    'text',
    'tell',
    'read\\s+(?:out|me|us)',
    'drop',
    'fill\\s+in',
    'input',
    're-?enter',
    'verify',
    'update',
    'keep',
    'need',
    'require',
    'requires',
    'include',
    'log\\s?-?in\\s+with',
    'sign\\s?-?in\\s+with',
    'login\\s+with',
    'with\\s+your',
    "what'?s",
    'what\\s+(?:is|was)',
    'e-?mail',
    'mail',
    'write',
    'attach',
    'upload',
    'paste',
    'forward',
    'say',
  ],
  /**
   * Preparing a credential for a call or chat, shortly before it: "have your PIN ready" (and
   * every `readyVerb`, which also takes the readiness word first: "tenga a mano su PIN").
   */
  haveVerb: ['have', 'keep', 'get'],
  /** Readiness right after the credential: "keep your card details handy". */
  readyAfter: ['ready', 'handy', '(?:at|to|on)\\s+hand', 'nearby'],
  /** The poster in the sentence ("so we can", "when you call us"). */
  poster: ['we', "we'll", 'us', 'our', 'me', 'i', "i'll", 'my'],
  /** Negation, warnings and reports: "never share your PIN", "they asked me for the code". */
  credentialNegation: [
    'never',
    "don'?t",
    'do\\s+not',
    "won'?t",
    'will\\s+not',
    'wont',
    'nobody',
    'no\\s+one',
    'not\\s+ask',
    'asked\\s+(?:me|him|her|my|us)',
    'asking\\s+(?:me|him|her|my)',
    '(?:they|he|she|someone|scammers?)\\s+(?:asked|wanted|tried)',
    'was\\s+asked',
    'scam\\w*',
    'phishing',
    'beware',
    'warning',
    'psa',
    'legit',
    'real\\s+bank',
  ],
  /** Codes and cards that are no secret: "gift card code", "promo code", "QR code". */
  notSecretCode: ['gift', 'discount', 'promo', 'coupon', 'ticket', 'booking', 'voucher', 'referral', 'qr'],
  /** A card's last digits, no secret: "last 4", "ending in 4417". */
  cardEnding: ['last\\s+(?:4|four)\\b', 'ending\\s+(?:in\\s+)?\\d'],
  /** The speaker's own credential: "my PIN", "my online banking password". */
  ownPossessive: ['my'],
  /** A credential's trouble: "wrong PIN", "a new password". */
  troubleAdjective: ['wrong', 'incorrect', 'invalid', 'expired', 'a\\s+new', 'new'],
  /** "…and my name to …": what joins a second thing sent. */
  and: ['and'],
  /** Sent to the poster: "to us", "to me". */
  sentToWhom: ['us', 'our', 'me'],
  /** How it is sent: "by DM", "over WhatsApp". */
  sentVia: ['via', 'by', 'on', 'over', 'through'],
  /** A private channel it is sent over. */
  privateChannel: ['dm', 'pm', 'inbox', 'private\\s+message'],
  /** Sent to a place in public: "here", "below", "in the comments". */
  sentHere: ['here\\b', 'below\\b', 'in\\s+the\\s+comments'],
} satisfies PhraseGroups;
