import type { PhraseGroups } from '../types.ts';

/** `pii-exposure` phrases in English, one per line (see shared/lexicon/README.md). */
export default {
  /** Whose contact it is: "my phone is", "her email is". */
  selfPossessive: ['my', 'her', 'his', 'their', "mum's", "mom's"],
  /** A word between the possessive and the contact: "my new number". */
  contactQualifier: [
    'new',
    'old',
    'own',
    'personal',
    'private',
    'work',
    'home',
    'real',
    'current',
    'main',
    'mobile',
    'cell',
    'phone',
  ],
  /** A contact named after the possessive: "my phone", "meu e-mail", "mon numéro", "meine Nummer". */
  contactWord: ['e-?mail', 'email', 'mail', 'phone', 'cell', 'mobile', 'number', 'address', 'contact'],
  /** Asking to be rung or written to, in every person the imperative takes: "ring me on", "email me at". */
  callMe: [
    '(?:ring|call|phone|text|reach|contact|e-?mail|mail|write(?: to)?|message) (?:me|her|him|my \\w+)(?: back)?(?: on| at)?',
  ],
  /** Verbs and apps that offer a contact as a channel, just before it. */
  channelCue: [
    'text',
    'txt',
    'call',
    'dial',
    'ring',
    'e-?mail',
    'mail',
    'contact',
    'message',
    'msg',
    'dm',
    'inbox',
    'reach',
    'write',
    'hit (?:me|us) up',
  ],
  /** The brand offering its own channel: "call us", "our team". */
  ownChannel: [
    '(?:call|ring|phone|text|e-?mail|mail|contact|message|write to|reach|dm|whatsapp) (?:us|our)',
    'our (?:\\w+ )?(?:team|desk|line|office|number|email|address)',
  ],
  /** A stranger pitching help to the audience: "I can push it through", "I work at a store". A customer asking the brand to ring them back does not recruit others. */
  offerCue: [
    "i (?:can|could|will|'ll|am able to|know how to) (?:help|fix|sort|push|unlock|recover|resolve|assist|speed|trace|handle|get (?:it|this|that|yours|you|your))",
    'i work (?:at|for|in) (?:a|an|the) (?:[a-z]{1,16} )?(?:store|shop|branch|office|department|team|call cent(?:er|re)|support)',
    '(?:send|text|dm|message|email|bring|have|with) (?:me )?your (?:account|details|info|pin|password|code|login|number|card|wallet|seed)',
    '(?:dm|text|message|contact|call|whatsapp) me for (?:help|assistance|support|a fix|details)',
    'anyone (?:else )?(?:having|with|who)',
  ],
  /** A word that makes the number after it a parcel, order or ticket number, not a phone. */
  referenceWord: [
    'tracking',
    'track',
    'parcel',
    'package',
    'shipment',
    'waybill',
    'consignment',
    'order',
    'reference',
    'ref',
    'confirmation',
    'booking',
    'invoice',
    'case',
    'ticket',
    'claim',
    'serial',
    'imei',
    'pnr',
  ],
  /** Between the reference word and its number: "order no.", "n.º de pedido". */
  referenceNumberWord: ['no', 'number', 'num', 'id', 'code'],
  /** Right before a contact named as a destination: "email your name and card number to ...". */
  destinationPrep: ['to', 'at', 'on', 'via'],
  /** A third person recommended as a channel: "agent Mark at ... Email him, he's legit". */
  thirdPartyChannel: [
    '(?:e-?mail|mail|call|text|message|contact|write to|reach out to|reach|whatsapp|dm|ring) (?:him|her|them)',
    "(?:he|she|they)(?:'s| is|'re| are) (?:legit|real|trustworthy|the real deal)",
  ],
  /** Someone else's details posted to set people on them (doxxing): "go spam him", "flood her inbox". The contact is then exposed, not offered as a channel. */
  doxxCue: [
    "(?:go|let's|lets|everyone|y'all|yall|you all|guys) (?:spam|harass|flood|bomb|troll|bother|annoy|pester|dox|doxx|expose|blow up|mass report)(?: (?:him|her|them|his|their))?",
    '(?:spam|flood|bomb|blow up) (?:his|her|their) (?:inbox|email|phone|dms?|mentions)',
    'make (?:his|her|their) life (?:hell|miserable)',
  ],
  /** Before a call verb, a word that makes it no imperative: "we'll call you on ...". */
  notImperative: [
    'will',
    "'ll",
    'can',
    'to',
    'shall',
    'would',
    'we',
    'i',
    'agent',
    'they',
    'he',
    'she',
    'may',
    'might',
  ],
  /** The brand pointing at a line to ring or write: "call 0800 ...", "llame al ...". */
  brandLineVerb: ['call', 'ring', 'dial', 'phone', 'contact', 'text'],
  /** Whose line: "call our support line on ...". */
  brandLineOwner: ['us', 'our', 'the'],
  /** The line rung: "ring the team on ...". */
  brandLine: ['line', 'team', 'desk', 'number', 'helpline', 'hotline'],
  /** Right before the number: "call us on", "llame al", "appelez le". */
  brandLinePrep: ['on', 'at'],
} satisfies PhraseGroups;
