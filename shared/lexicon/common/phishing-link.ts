import type { PhraseGroups } from '../types.ts';

/** `phishing-link` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  /**
   * Link shorteners and redirectors (registrable domains, compared as written, not as
   * patterns) that a poster chooses to hide where a link goes. Not `t.co`: X wraps every link
   * and photo in it, whoever posts, and the X adapter hands the real target in the item's
   * `links`, where it is judged on its own domain; the wrapper in the text says nothing about
   * the poster.
   */
  shortener: [
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
  ],
} satisfies PhraseGroups;
