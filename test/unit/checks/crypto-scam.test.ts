import { describe, expect, it } from 'vitest';
import { cryptoScam } from '../../../shared/checks/crypto-scam.ts';
import { item, runner } from './scam-fixture.ts';

const { fired, findings } = runner(cryptoScam);

describe('crypto-scam', () => {
  it.each([
    'Send 0.1 BTC to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 and receive 0.2 BTC back',
    'Transfer 1 ETH to 0x52908400098527886E0F7030069857D2E4169EE7, we return double',
    'LIVE event: send to the wallet on screen and get 2x back',
    '$PINE token airdrop is open, connect your wallet to claim',
    'my forex mentor guarantees 25% weekly profit',
    'I turned $400 into $7,900 in two weeks with her bitcoin signals',
    'We will double your savings balance in 48 hours, limited spots',
    'Lost your crypto to scammers? Our recovery experts get your funds back fast',
    'Con mi estrategia cripto doblas tu dinero en 10 días, ganancia garantizada',
    'Investimento em cripto com retorno garantido de 20% ao mês',
    'Kryptowährung: wir verdoppeln Ihre Einzahlung in 24 Stunden',
    'ｓｅｎｄ 0.05 ＢＴＣ to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq and get 0.1 back',
  ])('fires on %s', (text) => {
    expect(fired(item(text))).toEqual(['crypto-scam']);
  });

  it.each([
    'double in 20 years at 3.5%? that is just compound interest',
    'guaranteed returns?? that is not how investing works',
    'Beware: the bitcoin giveaway in the replies is a scam',
    'my wallet got emptied last month, still sad about it',
    'We are giving away 10 concert tickets, comment to enter',
    'Want guaranteed 6% on our savings account? Open one today',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it('reads trading vocabulary in the display name as context', () => {
    const i = item('my clients earn 12% weekly, inbox me to start', {
      handle: 'lena.m',
      displayName: 'Lena | Forex',
    });
    expect(fired(i)).toEqual(['crypto-scam']);
  });

  it('quotes the wallet address as published', () => {
    const text = 'send 0.02 BTC to bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 now';
    const [f] = findings(item(text));
    const wallet = f!.evidence.find((e) => e.note?.includes('address'))!;
    expect(text.slice(wallet.start, wallet.end)).toBe('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4');
  });
});
