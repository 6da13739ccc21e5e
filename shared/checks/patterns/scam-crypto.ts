import { lexicon } from '../../lexicon/index.ts';
import { pattern } from '../../text/pattern.ts';

/**
 * Patterns for `crypto-scam`, on normalized text (lower case, no accents) unless said otherwise.
 * Each describes one way these scams are said, in English, Spanish, Portuguese, French, German;
 * the phrases are in shared/lexicon/<lang>/crypto-scam.ts, composed here.
 */

const p = lexicon('crypto-scam');
const EN = { languages: ['en'] } as const;

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
export const CRYPTO = pattern(`(?:\\b${p('cryptoWord')}\\b|${p('cryptoSymbol')})`);

/** A request to send funds. */
export const SEND = pattern(`\\b${p('send')}\\b`);

/** Doubling offers and multiplied-money testimonials. */
export const DOUBLE = pattern(p('double'));

// "10% a day", "5 % par jour", "3% pro Woche"
const PERCENT_PER_PERIOD = `\\d+\\s?%\\s+(?:${p('percentPer')}\\s+)?${p('returnPeriod')}\\b`;

/** Guaranteed or extraordinary returns. */
export const RETURNS = pattern(`(?:${PERCENT_PER_PERIOD}|${p('returns')})`);

const MULTIPLIER = '(?:\\d{1,3}\\s?x\\b|\\bx\\s?\\d{1,3}\\b|\\d+\\s?%|\\d+\\s?fold)';
const PERCENT_OVER_20 = '(?:[2-9]\\d|\\d{3,})\\s?%';

/**
 * Multiplied-money claims and the mentor testimonial around them, read with crypto or trading
 * context: "grows your crypto 10x in a month", "multiplica tu dinero", "x5 en una semana",
 * "300% returns", "I was broke until I met Mr. ...", in the five languages.
 */
export const MULTIPLY = pattern(
  [
    // "10x in a month", "x5 en una semana", "3x em 7 dias", "x10 en un mois", "10x in einem Monat"
    `(?:\\b\\d{1,3}\\s?x|\\bx\\s?\\d{1,3})\\s+${p('inTime')}\\s+(?:[a-z\\d]+\\s+){0,2}?${p('timeUnit')}\\b`,
    // "grows your crypto 10x", "turned my savings into 5x", "grew their portfolio by 300%"
    `\\b${p('growVerb')}\\s+(?:your|ur|my|his|her|their)\\s+(?:\\w+\\s+)?${p('grownStash')}\\b[^.!?\\n]{0,25}?${MULTIPLIER}`,
    // "multiply your money", "multiplica tu inversión", "multiplique seu dinheiro", "multipliez votre argent", "vervielfacht Ihr Geld"
    `\\b${p('multiplyVerb')}\\s+${p('multiplyYour')}\\s+(?:\\w+\\s+)?${p('multipliedStash')}\\b`,
    // "300% returns", "500% profit", "ROI of 200%": high percentages with no period stated
    `\\b${PERCENT_OVER_20}\\s+${p('yieldWord')}\\b`,
    `\\b${p('yieldWord', EN)}\\s+(?:of\\s+|up\\s+to\\s+)?${PERCENT_OVER_20}`,
    // "started with $500 and now...", "empecé con 200 € y ahora", "comecei com R$ 300 e hoje", "j'ai commencé avec 500 € et maintenant", "mit 500 € angefangen, jetzt"
    `\\b${p('started')}\\s+(?:${p('startedWith')}\\s+)?(?:${p('only')}\\s+)?(?:[$€£]|r\\$)\\s?\\d[^.!?\\n]{0,60}?\\b${p('nowWord')}\\b`,
    // "returns, guaranteed", "profit — guaranteed", "mit 500 € angefangen"
    `\\b${p('multiplied')}\\b`,
    // Mentor testimonials: "I was broke until I met Mr. ...", "since I found an expert trader"
    `\\b(?:until|since|after|when)\\s+i\\s+${p('metVerb')}\\s+${p('mentorTitle')}\\b`,
    `\\b${p('mentorMet')}\\b`,
    `\\b${p('wasBroke')}\\b`,
  ].join('|'),
);

/**
 * Stake-and-payout offers, the core of trading-group and "investment manager" pitches: "put £500
 * in my signals group and get £5000 back", "invest $200, receive $2,000", "invierte 100 € y
 * recibe 1.000 €", "coloque R$ 100 e receba R$ 1.000", "investissez 100 € et recevez 1 000 €",
 * "investiere 100 € und erhalte 1.000 €". Read with crypto or trading context.
 */
const AMT = `(?:${p('currencyBefore')}\\s?\\d[\\d.,]*k?|\\d[\\d.,]*(?:\\s\\d{3})*\\s?k?\\s?(?:[$€£]|${p('currencyCode')}|${p('stakeCurrency')}))`;
export const STAKE_PAYOUT = pattern(
  `\\b${p('stakeVerb')}\\s+(?:${p('only')}\\s+)?${AMT}[^.!?\\n]{0,70}?\\b${p('payoutVerb')}\\s+(?:back\\s+)?${AMT}`,
);

/** "guaranteed in 30 days", "garantizado en 7 días": a payout promised by a date. */
export const GUARANTEED_BY = pattern(
  `\\b${p('guaranteed')}\\s+${p('guaranteedWithin')}\\s+(?:\\d+|${p('smallNumber')})\\s+${p('guaranteedUnit')}\\b`,
);

/** Token presales and coin offerings: with crypto context they sell the scam token. */
export const PRESALE = pattern(`\\b${p('presale')}\\b`);

/** Airdrops, token claims and wallet-connect bait. */
export const AIRDROP = pattern(`\\b${p('airdrop')}\\b`);

/** An invitation to a fund-recovery service ("DM for recovery assistance"), inside a warning or not. */
export const RECOVERY_INVITE = pattern(`\\b${p('recoveryInvite')}`);

/** Asking for a wallet's private key or seed phrase. */
export const WALLET_SECRET = pattern(`\\b${p('walletSecret')}\\b`);

/** Paid trading-signal groups ("join my VIP group", "insider tips on Telegram"). */
export const SIGNAL_GROUP = pattern(`\\b${p('signalGroup')}\\b`);

/** Crypto giveaways and live-stream "send to the address on screen" scams. */
export const GIVEAWAY = pattern(`\\b${p('giveaway')}\\b`);

// "recovery is 100% guaranteed", "recuperación garantizada", "Rückholung garantiert"
const RECOVERY_GUARANTEED = `\\b${p('recoveryNoun')}\\s+(?:${p('recoveryIs')}\\s+)?(?:100\\s?%\\s+)?${p('recoveryGuaranteed')}`;
// "recupera tu dinero", "recupere o seu dinheiro", "récupérez votre argent"
const RECOVER_YOUR_MONEY = `\\brecuper\\w*\\s+${p('recoverYour')}\\s+${p('recoverMoney')}`;
// "lost $8,000 ... got it all back"
const LOST_AND_BACK = `\\blost\\s+(?:[$€£]\\s?[\\d.,]+k?|(?:my\\s+|our\\s+|your\\s+)?${p('lostStash')})\\b[^!?\\n]{0,120}\\b${p('gotBack')}`;
// "recovered $40,000 for my clients", "recuperamos 10.000 € para nuestros clientes"
const RECOVERED_SUM = `(?:${p('moreThan')}\\s+)?(?:[$€£]\\s?|r\\$\\s?)?[\\d.,]+\\s*${p('bigNumber')}?\\s*${p('recoveredCurrency')}?`;
const RECOVERED_FOR = `\\b${p('recoveredVerb')}\\s+${RECOVERED_SUM}\\s+${p('forWhom')}\\s+(?:${p('clientOwner')}\\s+)?(?:${p('caseKind')}\\s+)?${p('client')}\\b`;
// "I can help you trace ...", "we will recover ..."
const WE_CAN = '\\b(?:i|we)\\s+(?:can|will|could)\\s+(?:help\\s+(?:you\\s+)?)?';
const WE_CAN_TRACE = `${WE_CAN}${p('traceVerb')}\\s+(?:yours|your\\s+(?:lost\\s+|stolen\\s+|scammed\\s+)?${p('tracedStash')})\\b`;

/** Fund-recovery services for scam victims. */
export const RECOVERY = pattern(
  [
    RECOVERY_GUARANTEED,
    `\\b${p('recoveryOffer')}`,
    RECOVER_YOUR_MONEY,
    LOST_AND_BACK,
    RECOVERED_FOR,
    WE_CAN_TRACE,
    `\\b${p('weCanRecover')}\\b`,
  ].join('|'),
);

const SHARE_VERB = `${p('recoverStem')}\\w*(?:\\s+${p('andWord')}\\s+${p('returnStem')}\\w*)?`;
const SHARE_OF = `(?:${p('ofShare')}\\s+)?(?:${p('shareOwner')}\\s+)?(?:${p('lostAdj')}\\s+)?${p('shareStash')}`;

// "we recover 100% of lost funds", "recuperamos el 100% de tus fondos"
const SHARE_RECOVERED = `${SHARE_VERB}\\s+(?:${p('upTo')}\\s+)?(?:${p('theShare')}\\s+)?(?:100|9\\d)\\s?%\\s+${SHARE_OF}`;
// "we can trace and recover all your funds"
const TRACE_AND_RECOVER = `${WE_CAN}${p('traceFirst')}\\s+(?:and|&)\\s+${p('traceThen')}\\s+(?:all\\s+(?:of\\s+)?)?(?:your|the|their)\\s+(?:lost\\s+|stolen\\s+)?${p('tracedFunds')}`;

/**
 * Recovery promises with a share of the money: "we can trace and recover 100% of your funds",
 * "we recover 100% of lost funds", "recuperamos el 100% de tus fondos", "recuperamos 100% dos
 * seus fundos", "nous récupérons 100 % de vos fonds", "wir holen 100 % Ihres Geldes zurück".
 */
export const RECOVERY_SHARE = pattern(`\\b(?:${SHARE_RECOVERED}|${TRACE_AND_RECOVER})\\b`);

/**
 * Victims addressed by recovery scammers: "if you paid a fake clinic", "if you got scammed",
 * "lost money to a crypto scam?", "si fuiste estafado", "se você caiu num golpe", "si vous
 * avez été victime d'une arnaque", "wenn Sie Opfer eines Betrugs wurden". The scam word in them
 * names the audience, not a warning; it is removed before the warning test.
 */
export const VICTIM_ADDRESS = pattern(
  `\\b${p('victimAsked')}\\b[^,.!?;\\n]{0,60}?\\b${p('scamWord')}\\b`,
  'g',
);

/**
 * Warnings and skeptical comments about such offers: they name the scam without making it.
 * "Scam victims" is the recovery scammers' own audience, not a warning.
 */
export const CRYPTO_WARNING = pattern(`\\b${p('warning')}\\b`);

/**
 * Cheap pre-test over the text. Multiplier, presale and testimonial patterns need crypto
 * context, which these words already cover; recovery offers are caught by their verbs.
 */
export const CRYPTO_TRIGGER = pattern(p('trigger'));

/**
 * A third person credited for the money, the core of the mentor testimonial: "thanks to
 * Mrs. ...", "all thanks to my account manager", "gracias a la Sra. ...", "graças ao meu
 * mentor", "grâce à Mme ...", "dank Frau ...". Read with money or crypto context only.
 */
export const MENTOR = pattern(
  `\\b${p('thanksTo')}\\s+(?:${p('honorific')}(?:\\b|\\s)|${p('mentorOwner')}\\s+(?:\\w+\\s+)?${p('mentorRole')}\\b)`,
);

/**
 * Someone else's channel recommended to the readers: "message her on Telegram", "reach him:",
 * "escríbele", "contáctala", "fale com ela", "contactez-la", "schreib ihr", "kontaktiere ihn".
 */
export const REFER = pattern(`\\b${p('refer')}`);

/** A sum of money, in figures with a currency or a currency word. */
export const MONEY = pattern(
  `(?:[$€£₿]|\\br\\$|\\b${p('currencyCode')}\\b)\\s?\\d|\\d\\s?(?:k|m)?\\s?(?:[$€£]|\\b(?:${p('currencyCode')}|${p('currencyName')})\\b)|\\b${p('savings')}\\b`,
);

const EARNED_SUM = `(?:${p('currencyBefore')}\\s?\\d[\\d,.\\s]{0,10}(?:k|mil)?|\\d[\\d,.\\s]{0,10}(?:k|mil)?\\s?(?:[$€£]|${p('currencyCode')}|${p('currencyName')}))`;

/**
 * Earnings per period, the money-scheme claim: "now pull $6,200 a week", "I make $11,000
 * every two weeks", "gano 3.000 € al mes", "ganho R$ 900 por semana", "je gagne 2 000 € par
 * semaine", "ich verdiene 500 € pro Tag". Read with crypto, trading or mentor context.
 */
export const EARNINGS = pattern(
  `\\b${p('earnVerb')}\\s+(?:${p('earnAbout')}\\s+)?${EARNED_SUM}\\s*${p('earnPer')}\\s+(?:\\w+\\s+)?${p('earnPeriod')}\\b|\\b${p('periodicProfit')}`,
);

/**
 * Recovery agents for payments gone astray: "our agents pull back misdirected payments",
 * "we recover lost transfers", "recuperamos pagos enviados por error", "recuperamos
 * transferências perdidas", "nous récupérons les virements envoyés par erreur", "wir holen
 * fehlgeleitete Überweisungen zurück". Questions ("how do I recover a lost payment?") are not offers.
 */
const ROMANCE = { languages: ['es', 'pt', 'fr'] } as const;
const DE = { languages: ['de'] } as const;
export const RECOVERY_AGENT = pattern(
  [
    `\\b${p('agentVerb', EN)}\\s+(?:${p('agentOwner')}\\s+)?(?:${p('astray', EN)}\\s+)+${p('payment', EN)}\\b`,
    `\\b${p('agentVerb', ROMANCE)}\\s+(?:${p('paymentOwner', ROMANCE)}\\s+)?${p('payment', ROMANCE)}\\s+${p('astray', ROMANCE)}`,
    `\\b${p('agentVerb', DE)}\\s+(?:${p('paymentOwner', DE)}\\s+)?${p('astray', DE)}\\w*\\s+${p('payment', DE)}\\s+zuruck\\b`,
  ].join('|'),
);
