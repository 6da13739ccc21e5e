import type { PhraseGroups } from '../types.ts';

/** `crypto-scam` phrases in every language (emoji, symbols, names and tokens that belong to no one language), one per line (see shared/lexicon/README.md). */
export default {
  /** Coins, tickers and crypto platforms. */
  cryptoWord: [
    'btc',
    'bitcoins?',
    'eth',
    'ether',
    'ethereum',
    'usdt',
    'tether',
    'altcoins?',
    'solana',
    'sol',
    'trx',
    'tron',
    'bnb',
    'doge\\w*',
    'xrp',
    'nfts?',
    'defi',
    'web3',
    'blockchain',
    'forex',
    'fx',
  ],
  /** The bitcoin sign and cashtags ("$pepe"). */
  cryptoSymbol: ['₿', '\\$[a-z]{2,6}\\b'],
  /** A sum turned into another: "$500 into $5,000", "500 € → 5.000 €". */
  double: [
    '(?:[$€£]|r\\$)\\s?[\\d.,]+k?\\s+(?:into|becomes?|became|turned\\s+into|->|→|en|em|in)\\s+(?:[$€£]|r\\$)\\s?[\\d.,]+k?',
  ],
  multipliedStash: ['btc', 'bitcoins?', 'eth', 'coins'],
  /** A currency before a sum: "$500", "R$ 100", "usd 20". */
  currencyBefore: ['[$€£]', 'r\\$', 'usd', 'eur'],
  /** Currency codes. */
  currencyCode: ['usd', 'eur'],
  /** Currency words after a staked sum: "500 euros". */
  stakeCurrency: ['euros?', 'dollars?', 'reais', 'bucks'],
  /** Currency words after a sum: "300 dollars", "400 reais". */
  currencyName: ['dollars?', 'dolares', 'euros?', 'reais', 'pesos', 'bucks'],
  /** Thousands and millions after a figure: "40k", "2 mn", "1,2 Mio". */
  bigNumber: ['k', 'm', 'mn', 'million', 'millions', 'millones', 'milhoes', 'mio', 'bn'],
  /** The currency of a recovered sum. */
  recoveredCurrency: [
    'btc',
    'eth',
    'usdt',
    'bitcoin',
    'ether',
    'crypto',
    'dollars',
    'euros',
    'usd',
    'eur',
    '€',
    'reais',
  ],
  trigger: [
    'btc',
    'bitcoin',
    'eth',
    'usdt',
    'forex',
    '\\bfx',
    '\\d\\s?%',
    '[$€£₿]',
    'bc1',
    '0x[0-9a-f]{8}',
    '\\b[13t][1-9a-z]{25}',
    'dollar',
    'euro',
    '\\busd',
    '\\beur\\b',
    'garant',
    'recuper',
  ],
  /** Solana named in the text: a base58 run is read as a SOL address only then. */
  solana: ['sol(?:ana)?'],
} satisfies PhraseGroups;
