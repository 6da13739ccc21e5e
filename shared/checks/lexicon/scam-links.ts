/**
 * Words and hosts for `phishing-link`, on normalized text. A short link or an IP address hides
 * where it goes; with wording about logging in, verifying, claiming or refunds it is the
 * usual credential-harvesting bait.
 */

/**
 * Link shorteners and redirectors (registrable domains) that a poster chooses to hide where a
 * link goes. Not `t.co`: X wraps every link and photo in it, whoever posts, and the X adapter
 * hands the real target in the item's `links`, where it is judged on its own domain; the
 * wrapper in the text says nothing about the poster.
 */
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'v.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'rb.gy',
  't.ly',
  'tiny.cc',
  'bl.ink',
  'lnkd.in',
  'shorte.st',
  'adf.ly',
  's.id',
  'short.io',
  'tr.im',
  'x.co',
  'soo.gd',
  'clck.ru',
  'u.to',
  'qr.ae',
  'tiny.one',
  'shorturl.asia',
  'linktr.ee',
]);

/** Login, verify, claim and refund wording, in the five languages (text or link path). */
export const BAIT =
  /(?:\blog\s?-?in\b|\blogin\b|\bsign\s?-?in\b|\bsignin\b|\bverif|\bconfirm\s+your|\bclaim|\brefund|\breactivat|\bunlock|\bsecure\s+(?:your|it)|\bcompensation|\bupdate\s+your\s+(?:details|account|payment|card|info)|\bredeem|\bprize|\bwinner|\bsuspend|\blocked\b|\breembols|\breclam|\biniciar\s+sesion|\bacces[ae]|\bresgat|\bdesbloque|\brembours|\bconnexion|\bconnectez|\bidentifiez|\berstatt|\banmeld|\beinlogg|\bbestatig|\bentsperr|\bgewinn)/;
