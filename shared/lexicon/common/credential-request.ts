import type { PhraseGroups } from '../types.ts';

/** `credential-request` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  /**
   * A cheap necessary condition for `credential`: every phrase of that group, in every
   * language, contains one of these fragments. A short list of literals is about 2.5x faster
   * to reject than the full alternation, and ~88% of texts name no credential at all. Keep
   * the two in step: a new credential phrase needs one of these fragments (or a new one here).
   */
  credentialHint: [
    'pass',
    'pin',
    'cv',
    'csc',
    'cod',
    'otp',
    '2fa',
    'card',
    'cart',
    'kart',
    'tarj',
    'phrase',
    'frase',
    'word',
    'mnemonic',
    'key',
    'schl',
    'chave',
    'cle',
    'tan',
    'contra',
    'clave',
    'nip',
    'senha',
    'mot',
    'kennwort',
    'sicher',
    'bestat',
    'verifiz',
    'sms',
    'zugang',
    'crypto',
    'digit',
    'stell',
    'memorable',
    'chiffre',
    '16',
    'sixteen',
    'seed',
    'bank',
    'login',
    'log-in',
    'cred',
    'acces',
    'acess',
    'identifiant',
    'anmelde',
  ],
  /** Apps asked over: "WhatsApp me the code". */
  ask: ['whatsapp', 'telegram'],
  /** Apps and channels a credential is sent over. */
  privateChannel: ['whatsapp', 'telegram', 'signal', 'sms', 'e-?mail'],
} satisfies PhraseGroups;
