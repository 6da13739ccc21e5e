import { lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { matchesOf } from '../text/matches.ts';
import { normalize } from '../text/normalize.ts';
import { pattern } from '../text/pattern.ts';
import { sentenceEnds } from '../text/sentences.ts';
import { spanEvidence } from './evidence.ts';
import {
  AIRDROP,
  CRYPTO,
  CRYPTO_TRIGGER,
  CRYPTO_WARNING,
  DOUBLE,
  EARNINGS,
  GIVEAWAY,
  GUARANTEED_BY,
  MENTOR,
  MONEY,
  MULTIPLY,
  PRESALE,
  RECOVERY,
  RECOVERY_AGENT,
  RECOVERY_INVITE,
  RECOVERY_SHARE,
  REFER,
  RETURNS,
  SEND,
  SIGNAL_GROUP,
  STAKE_PAYOUT,
  VICTIM_ADDRESS,
  WALLET_SECRET,
  WALLETS,
} from './patterns/scam-crypto.ts';
import type { CheckDefinition, CheckInput } from './types.ts';

/**
 * `crypto-scam`: crypto and trading giveaways, doubling offers ("send 1 get 2 back"), wallet
 * addresses with a request to send, airdrops and wallet-connect bait, guaranteed trading
 * returns, and "recovery" services for lost funds.
 *
 * Signals are read on the normalized text (so fullwidth letters and spacing tricks do not hide
 * them); wallet formats (BTC base58 and bech32, ETH, TRX, SOL) on the text as published. The
 * author's handle and display name count as context ("Forex & BTC"). The brand's own
 * over-promises are `misleading-claim`, so the brand's accounts are not judged here; warnings
 * and skeptical replies ("that's not how any of this works") are not scams.
 */

const p = lexicon('crypto-scam');

const DOUBLE_OFFER = pattern(`\\b${p('doubleStem')}\\w*\\s+${p('doubleYour')}\\b`);
// Solana named in the text: a base58 run is read as a SOL address only then.
const SOLANA = pattern(`\\b${p('solana')}\\b`);
// A question mark before the sentence ends: the match is asked about, not offered.
const QUESTION = /^[^.!\n]*\?/;

// Money at stake, for a recovery invitation with no crypto word ("funds stuck", "withdrawals blocked").
const FUNDS_NAMED = pattern(`\\b${p('fundsNamed')}\\b`);
// Stocks and forex, for a signal group with no crypto word.
const STOCK_WORD = pattern(`\\b${p('stockWord')}\\b`);

/** The sentence around `index` and the one after it: a skeptical reply often comments right after the quote. */
function sentenceOf(text: string, index: number): string {
  let start = 0;
  let seen = 0;
  for (const stop of sentenceEnds(text)) {
    if (stop <= index) start = stop;
    else if (++seen === 2) return text.slice(start, stop);
  }
  return text.slice(start);
}

/** The crypto-scam check (see the module comment). */
export const cryptoScam: CheckDefinition = {
  id: 'crypto-scam',
  description: 'Crypto giveaways, doubling, wallet addresses with a send request, airdrops, recovery scams.',
  severity: 'high',
  action: 'takedown',
  appliesTo: ['public', 'partner'],
  build() {
    return (input: CheckInput) => {
      const text = input.text.text;
      // Separators split a handle into words ("jasmine_trades" → "jasmine trades").
      const names = `${input.handle.text} ${input.displayName.text}`.replace(/[_.-]+/g, ' ');
      if (!CRYPTO_TRIGGER.test(text)) return null;
      const evidence: Evidence[] = [];
      const labels: string[] = [];

      // A signal counts when its sentence is not a warning about it.
      // Recovery offers address scam victims ("if you paid a fake clinic"): that scam word is no warning.
      // An invitation to a recovery service is the offer even when its sentence warns ("avoid … and DM for recovery").
      const find = (re: RegExp, label: string, victims = false, warned = true): boolean => {
        const m = re.exec(text);
        if (!m) return false;
        let sentence = sentenceOf(text, m.index);
        if (victims) sentence = sentence.replace(VICTIM_ADDRESS, ' ');
        if (warned && CRYPTO_WARNING.test(sentence)) return false;
        evidence.push(spanEvidence('text', input.text, m.index, m.index + m[0].length, label));
        labels.push(label);
        return true;
      };

      // The same for offers that a question would turn around ("can anyone recover a lost payment?").
      const findOffer = (re: RegExp, label: string): boolean => {
        const m = re.exec(text);
        if (!m || QUESTION.test(text.slice(m.index, m.index + m[0].length + 80))) return false;
        return find(re, label, true);
      };

      const original = input.text.original;
      let wallet = false;
      for (const { label, re } of WALLETS) {
        if (wallet) break;
        if (label === 'SOL address' && !SOLANA.test(text)) continue;
        re.lastIndex = 0;
        for (const m of matchesOf(re, original)) {
          // Base58 runs of plain words or numbers are not addresses: an address mixes digits and letters.
          if (!/\d/.test(m[0]) || !/[a-z]/i.test(m[0])) continue;
          // A victim quoting their own wallet in a report ("never got anything back") asks nobody to send.
          // (Wallets are found on the original text: its sentence is normalized here, rarely.)
          if (CRYPTO_WARNING.test(normalize(sentenceOf(original, m.index)).text)) break;
          wallet = true;
          evidence.push({
            field: 'text',
            start: m.index,
            end: m.index + m[0].length,
            match: m[0],
            note: label,
          });
          labels.push(label);
          break;
        }
      }

      const cryptoContext = CRYPTO.test(text) || CRYPTO.test(names);
      // A testimonial that credits a person ("thanks to Mrs. ...") or hands out their channel
      // ("message her on Telegram") around a sum of money is the mentor scam even without crypto words.
      const mentor = !cryptoContext && MONEY.test(text) && (MENTOR.test(text) || REFER.test(text));
      const send = SEND.test(text);
      const airdrop = find(AIRDROP, 'airdrop or wallet-connect bait');
      const giveaway = find(GIVEAWAY, 'crypto giveaway');
      const doubleHit = DOUBLE.test(text);
      const doubling =
        doubleHit &&
        (cryptoContext || send || mentor || DOUBLE_OFFER.test(text)) &&
        find(DOUBLE, 'doubling offer');
      const returns =
        (cryptoContext &&
          (find(RETURNS, 'guaranteed or extraordinary returns') ||
            find(MULTIPLY, 'multiplied-money claim') ||
            find(EARNINGS, 'earnings-per-period claim') ||
            find(STAKE_PAYOUT, 'stake-and-payout offer') ||
            find(GUARANTEED_BY, 'payout guaranteed by a date') ||
            find(PRESALE, 'token presale'))) ||
        (mentor && (find(EARNINGS, 'earnings-per-period claim') || find(MULTIPLY, 'multiplied-money claim')));
      const recovery =
        find(RECOVERY, 'fund-recovery service', true) ||
        findOffer(RECOVERY_SHARE, 'fund-recovery service') ||
        findOffer(RECOVERY_AGENT, 'fund-recovery service') ||
        ((cryptoContext || FUNDS_NAMED.test(text)) &&
          find(RECOVERY_INVITE, 'fund-recovery service', true, false));
      const secret = find(WALLET_SECRET, 'request for a wallet secret');
      // A VIP group of a shop or a club is no signal group: trading or crypto must be named.
      const signals = (cryptoContext || STOCK_WORD.test(text)) && find(SIGNAL_GROUP, 'trading-signal group');

      const fires =
        (wallet && (send || doubling || giveaway)) ||
        airdrop ||
        giveaway ||
        doubling ||
        returns ||
        recovery ||
        secret ||
        signals;
      if (!fires) return null;
      evidence.sort((a, b) => a.start - b.start);
      return {
        reason: `Crypto scam pattern (${[...new Set(labels)].join(', ')}); take it down before people send money.`,
        evidence,
      };
    };
  },
};
