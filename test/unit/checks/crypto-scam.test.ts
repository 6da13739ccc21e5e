import { describe, expect, it } from 'vitest';
import { cryptoScam } from '../../../shared/checks/crypto-scam.ts';
import { rulesAlone } from '../../support/rules-alone.ts';
import { item, PINECREST, runner } from './scam-fixture.ts';

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

  // Multiplied money, token presales, mentor testimonials and recovery offers, in five languages.
  it.each([
    'she grows your crypto 12x in a few weeks, message her today',
    'Multiplica tu inversión en cripto con mi método, escríbeme',
    'Multiplique seu dinheiro com bitcoin, vagas limitadas',
    'Multipliez votre argent avec mes signaux crypto',
    'Mit seinen Krypto-Signalen x5 in zwei Wochen, schreib ihm',
    '$PINE presale is live, early buyers get 400% returns',
    'crypto returns, guaranteed. Ask me how',
    'I was broke until I met Mr. Alvarez, now my trading account pays my rent',
    'Estaba en la ruina hasta que conocí a la Sra. Campos y sus señales de cripto',
    'I recovered 2 BTC for a client in March. I can trace yours too',
    'Podemos recuperar tus fondos perdidos en cripto, sin adelantos',
    'Posso rastrear seus bitcoins roubados em 48 horas',
    'Je peux retrouver vos fonds perdus en 48 heures',
    'Wir können Ihr Geld zurückholen, auch bei Krypto-Betrügern',
  ])('fires on the family: %s', (text) => {
    expect(fired(item(text))).toEqual(['crypto-scam']);
  });

  it.each([
    // A victim describing their own loss, wallet included
    'Sent 0.2 ETH from my wallet 0x52908400098527886E0F7030069857D2E4169EE7 to that "Pinecrest airdrop". Never got anything back.',
    'Lesson learned: I joined an airdrop, connected my wallet and got nothing back',
    'Envié 0.1 BTC a ese airdrop y nunca recibí nada',
    // Multipliers and presales with no crypto or trading context
    'The presale for the concert opens Friday at 10',
    'our book club grew 3x in a year, come join',
    'bitcoin dropped 20% this week, ouch',
    'I recovered my account after the bank reset my password',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
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

  // Third pass: earnings per period, credited mentors, growth testimonials, recovery agents for
  // payments gone astray and recovery guarantees, in five languages.
  it.each([
    'Went from $300 to pulling in $4,800 a week with Ms. Okafor and her forex signals',
    'I now earn €2,500 every week trading with my account manager, ask me how',
    'Thanks to Mr. Halvorsen I make $9,400 per month. Write to him: halvorsen.fx@example.com',
    'Started with just $250 and now I can pay my rent twice over. All thanks to my mentor, message her',
    'Gano 3.000 € a la semana gracias a la Sra. Ibáñez, escríbele por Telegram',
    'Ganho R$ 2.000 por semana graças ao meu mentor, fale com ela no WhatsApp',
    "J'ai triplé mon épargne en un mois grâce à Mme Roussel, contactez-la sur Telegram",
    'Ich verdiene 700 € pro Tag dank Frau Berger, schreib ihr auf Telegram',
    'Dupliqué mis ahorros en 2 semanas gracias a mi asesora, escríbele',
    'Our agents claw back misdirected transfers from any bank within 24h. Message us',
    'We retrieve stolen payments from every wallet app, no upfront fee',
    'Recuperamos pagos enviados por error en cualquier banco, contacto por DM',
    'Recuperamos transferências perdidas em 48 horas',
    'Nous récupérons les virements envoyés par erreur, écrivez-nous',
    'Wir holen fehlgeleitete Überweisungen zurück, schnell und diskret',
    'We helped get back over $4.1M for fraud victims in 2025. Results guaranteed',
    'Recovery is 100% guaranteed, no win no fee',
    'Recuperación garantizada de su dinero perdido',
  ])('fires on the third-pass family: %s', (text) => {
    expect(fired(item(text))).toEqual(['crypto-scam']);
  });

  it.each([
    // Money and a person credited, but no earnings claim or scheme
    'Thanks to Ms. Duarte at the branch I got my $40 fee refunded',
    'Thanks to Dr. Imrie my knee is fine, I even quit my job stress',
    'Message him if you want the $20 concert ticket, he has two spare',
    // Asking how to get a payment back is a victim's question, not an offer
    'How do I recover a misdirected payment I sent to the wrong account?',
    'Can Pinecrest pull back lost transfers if I report them in time?',
    // Pay per period that nobody credits to a mentor or trading
    'The barista job pays $600 a week, not bad for students',
    // A warning about recovery scammers
    'Beware of anyone who says they recover lost funds for a fee, it is a scam',
  ])('does not fire on the third-pass near misses: %s', (text) => {
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

// Families from the fourth pass: stake-and-payout pitches, recovery promises with a share of the
// money, and recovery offers that address scam victims. Five languages, no corpus text.
describe('crypto-scam: stake-and-payout and recovery families', () => {
  it.each([
    'forget savings accounts, put $300 in my trading signals room and get $3,000 back in a month',
    'invest £250 with my forex desk and withdraw £2500 by Friday, dm me',
    'crypto bros: start with just $100, take home $1,200 every cycle',
    'my bitcoin group pays out, returns guaranteed in 14 days',
    'Invierte 100 € en mi grupo de trading y recibe 1.000 € en una semana',
    'Coloque R$ 200 no meu grupo de cripto e receba R$ 2.000 em 10 dias',
    'Investissez 150 € dans mes signaux crypto et recevez 1 500 € le mois prochain',
    'Investiere 100 € in meine Krypto-Signale und erhalte 1.000 € zurück',
  ])('fires on the stake-and-payout offer: %s', (text) => {
    expect(fired(item(text))).toEqual(['crypto-scam']);
  });

  it.each([
    'if you sent money to a fake Pinecrest agent we can trace and recover 100% of your funds, DM me',
    'Got scammed by a crypto app? We recover 100% of lost funds. Message agent Rita',
    'we retrieve up to 95% of stolen crypto for our clients, fast and discreet',
    'Recuperamos el 100% de tus fondos perdidos en cripto, escríbenos',
    'Recuperamos 100% dos seus fundos roubados, chama no privado',
    'Nous récupérons 100 % de vos fonds perdus, contactez-nous',
    'Wir holen 100 % Ihres Geldes zurück, schreiben Sie uns',
  ])('fires on the recovery promise: %s', (text) => {
    expect(fired(item(text))).toEqual(['crypto-scam']);
  });

  it.each([
    // Warnings about the same pitches
    'Anyone promising to recover 100% of your funds is a scammer, do not pay them',
    'beware: "put $300 in and get $3,000 back" is how every crypto scam starts',
    // Cashback and refunds with no trading context
    'buy two jackets and get $20 back at the register',
    'the clinic will return 100% of your deposit if you cancel 48h ahead',
    // A question from a victim, not an offer
    'can anyone recover 100% of lost funds? asking for my dad',
    'my trading app lost 30% this month, rough',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });
});

describe('crypto-scam: recovery invitations, wallet secrets, signal groups', () => {
  const ruled = rulesAlone(PINECREST, cryptoScam, (text) => item(text));

  it.each([
    'Heads up: #Zentrix may be freezing withdrawals. Avoid deposits and DM for recovery assistance.',
    'If your coins are stuck, reach out via inbox for trusted recovery support',
    'Users report blocked withdrawals on #Voltra, verified recovery specialists can assist',
    'To confirm your airdrop slot please provide your seed phrase below',
    'Want the bonus tokens? DM your 12-word phrase to our agent',
    'Join our VIP group for daily crypto signals, link in bio',
    'Forex signals every morning on Telegram, message me to join',
    'Send "picks" to get them free every morning, my stock group is open',
    'DM me "learn" and I will show you the exact crypto setup',
    'Start free cloud mining today and earn daily BTC profit',
    'claim $PINE right now before it is gone',
  ])('fires on %s', (text) => {
    expect(ruled(text)).toContain('crypto-scam');
  });

  it.each([
    'Beware of fake recovery services that DM you after a crypto loss, they are scammers',
    'Never share your seed phrase with anyone, not even support',
    'Our wallet team will never ask you to share your private key',
    'I trade crypto part time, no VIP stuff, just learning',
    'I sent "hello" to the support bot and got nothing',
    'We moved our crypto mining rigs to the cloud, no profit yet lol',
    'To restore the wallet, enter your seed phrase in the official app',
    'Broke down on the M6? Contact our vehicle recovery services, they were quick',
    'Our roadside recovery experts can help 24/7',
    'Join our VIP group for early access to the new sneakers',
    'Lost my wallet password, where do I find account recovery support for the exchange app?',
  ])('no finding on %s', (text) => {
    expect(ruled(text)).not.toContain('crypto-scam');
  });
});
