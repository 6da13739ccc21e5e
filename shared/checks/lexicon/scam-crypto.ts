/**
 * Patterns for `crypto-scam`, on normalized text (lower case, no accents) unless said otherwise.
 * Each describes one way these scams are said, in English, Spanish, Portuguese, French, German.
 */

/**
 * Wallet address formats, matched on the original text. The character sets are looser than
 * the real encodings (base58 and bech32 exclude a few letters): an address typed by hand or
 * altered to dodge a filter is still a request to send to it.
 */
export const WALLETS: ReadonlyArray<{ readonly label: string; readonly re: RegExp }> = [
  { label: 'BTC bech32 address', re: /\b(?:bc1|tb1)[a-z0-9]{20,71}\b/gi },
  { label: 'ETH address', re: /\b0x[a-fA-F0-9]{40}\b/g },
  { label: 'BTC address', re: /\b[13][a-zA-Z0-9]{25,34}\b/g },
  { label: 'TRX address', re: /\bT[a-zA-Z0-9]{33}\b/g },
  { label: 'SOL address', re: /\b[1-9A-HJ-NP-Za-km-z]{32,44}\b/g },
];

/** Crypto, trading and investment vocabulary (text, handle or display name). */
export const CRYPTO =
  /(?:\b(?:btc|bitcoins?|eth|ether|ethereum|usdt|tether|crypto\w*|cripto\w*|krypto\w*|altcoins?|solana|sol|trx|tron|bnb|doge\w*|xrp|tokens?|coins?|nfts?|defi|web3|blockchain|wallets?|carteira|billetera|monedero|portefeuille|forex|fx|trading|trader|trades?|signals?|mining|minage|mineria|mineracao|staking|binary\s+options?|inversion\w*|inverti\w*|invest\w*|mentor|account\s+manager)\b|₿|\$[a-z]{2,6}\b)/;

/** A request to send funds. */
export const SEND =
  /\b(?:send|sending|transfer|deposit|envia\w*|envie|manda\w*|mande|deposita\w*|envoy\w*|sende[nt]?|schick\w*|uberweis\w*)\b/;

/** Doubling offers and multiplied-money testimonials. */
export const DOUBLE =
  /(?:\bdoubl(?:e|ed|es|ing)\s+(?:your|my|their|his|her|it|the|back)\b|\b(?:send|get|receive|pay)\s+(?:you\s+)?(?:back\s+)?double\b|\b(?:2|two|3|three|10)\s?x\s+(?:back|your|returns?)\b|\bx2\b|\bget\s+[\d.,]+\s*(?:btc|eth|usdt|sol|bnb|trx)?\s+back\b|\breceive\s+[\d.,]+\s*(?:btc|eth|usdt|sol|bnb|trx)\s+back\b|\b(?:i'?ll|will|we'?ll)\s+send\s+[\d.,]+\s*(?:btc|eth|usdt)?\s*back\b|\bdobr[ae]\w*\s+(?:seu|o\s+seu|tu|su)\b|\bduplic\w*\s+(?:tu|su|seu)\b|\bdoblar?\s+(?:tu|su)\b|\bverdoppel\w*\b|\bdoubler\s+(?:votre|ton)\b|(?:[$€£]|r\$)\s?[\d.,]+k?\s+(?:into|becomes?|became|turned\s+into|->|→|en|em|in)\s+(?:[$€£]|r\$)\s?[\d.,]+k?|\binverti\w*\s+(?:[$€£]|r\$)\s?[\d.,]+k?[^!?\n]{0,80}\b(?:recibi|recebi|received|got)\s+(?:[$€£]|r\$)\s?[\d.,]+)/;

/** Guaranteed or extraordinary returns. */
export const RETURNS =
  /(?:\bguarantee[ds]?\s+(?:\d+\s?%\s+)?(?:profits?|returns?|income|gains?|earnings?)|\b(?:profits?|returns?|gains?)\s+(?:are\s+)?guaranteed|\bguaranteed\s+profit|\bguarantees\s+(?:\d+\s?%\s+)?(?:returns?|profits?)|\b(?:retorno|rendimento|lucro|ganancia|rentabilidad|rendement|rendite|gewinn)\w*\s+garant\w*|\bgarant\w+\s+(?:retorno|lucro|ganancia|rendite|gewinn)|\d+\s?%\s+(?:a\s+|per\s+|each\s+|every\s+|ao\s+|al\s+|par\s+|pro\s+)?(?:day|daily|week|weekly|month|monthly|dia|semana|mes|jour|semaine|mois|tag|woche|monat)\b|(?:[$€£]|r\$)\s?[\d.,]+k?\s+(?:a|per|each|every)\s+(?:day|week)\b[^.!?\n]{0,40}\b(?:btc|bitcoin|crypto|trading|mining|forex)|\bearn(?:ing)?\s+(?:[$€£]\s?[\d.,]+k?|\d+\s?%)\s+(?:a|per|each|every)\s+(?:day|week|month)|\bchanged\s+my\s+life\b|\bquit\s+my\s+(?:job|9-?5|day\s+job))/;

/** Airdrops, token claims and wallet-connect bait. */
export const AIRDROP =
  /\b(?:airdrop\w*|connect\s+(?:your\s+)?wallet|claim\s+(?:your\s+)?(?:free\s+)?tokens?|token\s+(?:presale|launch|giveaway)|free\s+(?:btc|eth|crypto|tokens))\b/;

/** Crypto giveaways and live-stream "send to the address on screen" scams. */
export const GIVEAWAY =
  /\b(?:(?:crypto|btc|bitcoin|eth|ethereum)\s+giveaway|giv(?:e|ing)\s+away\s+[\d.,]*\s*(?:btc|bitcoin|eth|ethereum|crypto)|(?:address|wallet)\s+(?:on|in)\s+(?:the\s+)?(?:screen|video|description|bio|stream))\b/;

/** Fund-recovery services for scam victims. */
export const RECOVERY =
  /(?:\brecover\w*\s+(?:your\s+|my\s+|the\s+)?(?:scammed|lost|stolen)\s+(?:money|funds|crypto|btc|savings)|\b(?:funds?|money|asset|crypto)\s+recovery\b|\brecovery\s+(?:experts?|agents?|unit|services?|specialists?|hackers?|firm|company|team)\b[^.!?\n]{0,80}\b(?:funds|money|back|\$)|\b(?:get|got|getting)\s+(?:it\s+all|all\s+of\s+it|everything|(?:your|my|their)\s+(?:funds|money|crypto|btc|savings))\s+back\b|\brecuper\w*\s+(?:tu|su|seu|o\s+seu|votre)\s+(?:dinero|dinheiro|argent|fondos|fundos)|\bgeld\s+zuruck\w*|\blost\s+(?:[$€£]\s?[\d.,]+k?|(?:my\s+|our\s+|your\s+)?(?:money|funds|crypto|savings|btc))\b[^!?\n]{0,120}\b(?:recovered|got\s+(?:it|them|everything|all|my\s+\w+)\s+back|get\s+(?:it|your\s+\w+)\s+back))/;

/** Warnings and skeptical comments about such offers: they name the scam without making it. */
export const CRYPTO_WARNING =
  /\b(?:scam|scams|scammer|beware|fake|don'?t\s+(?:send|fall|trust)|never\s+send|is\s+not\s+how|that'?s\s+not\s+how|show\s+me\s+the\s+math|estafa|golpe|arnaque|betrug|reported)\b/;

/** Cheap pre-test over the text and the author's names. */
export const CRYPTO_TRIGGER =
  /btc|bitcoin|eth|usdt|crypt|cript|krypt|coin|token|wallet|airdrop|forex|\bfx|trad|signal|mining|invest|inverti|mentor|double|doubl|dobr|duplic|verdoppel|guarant|garant|recover|recuper|\d\s?%|[$€£₿]|bc1|0x[0-9a-f]{8}|\b[13t][1-9a-z]{25}/;
