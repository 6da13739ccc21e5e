import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/checks/engine.ts';
import { spam } from '../../../shared/checks/spam.ts';
import type { CheckDefinition } from '../../../shared/checks/types.ts';
import { type ContentItem, parseBrandProfile } from '../../../shared/model/index.ts';
import { rulesAlone } from '../../support/rules-alone.ts';

const brand = parseBrandProfile({
  name: 'Harbor Coffee',
  aliases: ['Harbor'],
  accounts: [{ platform: 'youtube', handle: 'harborcoffee' }],
  domains: ['harborcoffee.com'],
});
const engine = createEngine(brand, { checks: [spam] });
const comment = (text: string, handle = 'someone'): ContentItem => ({
  platform: 'youtube',
  kind: 'comment',
  id: 'c1',
  author: { handle },
  text,
});
const fired = (text: string, handle?: string) => engine.analyze(comment(text, handle)).map((f) => f.check);

describe('spam', () => {
  it.each([
    'Great vid! pls check out my channel, I review espresso machines',
    'new lo-fi beats every week, go stream my music 🎧',
    'sub4sub anyone? 🙏',
    'follow me and I follow back instantly #f4f',
    'I make $380 a day working from home, no experience needed',
    'Buy 2,000 real followers for $7 👉 visit my profile',
    'link in bio for the cheapest sneakers 👟',
    'Sígueme para más recetas 🍰',
    'Folgt mir für tägliche Tipps! #follow4follow',
    'Ganhe R$400 por dia trabalhando de casa',
    'help me get to 500 subscribers this month please',
    'LIKE & SUBSCRIBE for more',
    'https://my-mixtape-site.example.net/track7 🔥',
  ])('fires on %s', (text) => {
    expect(fired(text)).toEqual(['spam']);
  });

  // Money schemes and link-in-profile, in the five languages.
  it.each([
    'I earn 250 dollars a day from my phone, link in my profile',
    'Gano 300 euros por semana sin salir de casa 💸',
    'Trabaja desde casa y gana 80 dólares la hora, sin experiencia previa',
    'Ganhei 1.200 reais em um mês, link no meu perfil',
    'Gagnez 200 € par jour depuis chez vous, lien dans ma bio',
    'Verdiene 150 Euro am Tag von zu Hause, ohne Vorkenntnisse nötig',
    'Mira mi perfil para el curso 🔥',
    'Schau auf mein Profil für mehr Tipps',
    'would love it if u checked out my channel 😊',
    'new beat out now, go stream it on my page 🎧',
  ])('fires on the family: %s', (text) => {
    expect(fired(text)).toEqual(['spam']);
  });

  // Third pass: growth services and scheme recruiting, in the five languages; "check bio".
  it.each([
    '✨ We grow your Instagram account with real engagement, DM for prices',
    'Boost your channel fast, 100% organic growth, see page',
    'Haz crecer tu cuenta con seguidores reales 📈',
    'Divulgue seu perfil com a gente, crescimento orgânico garantido',
    'Boostez votre page avec une croissance organique 🚀',
    'Organisches Wachstum für deinen Kanal, echte Follower ab 5 €',
    'be your own boss in 2026, ask me how 💼',
    'Join our team today, full-time income from home, inbox me',
    'Sé tu propia jefa y trabaja cuando quieras ✨',
    'Seja seu próprio chefe, me chama 👊',
    'Deviens ton propre patron, écris-moi pour en savoir plus',
    'Sei dein eigener Chef, schreib mir für Infos',
    'cute mugs! #momboss #sidehustle',
    'new drops every friday, check bio 🔥',
  ])('fires on the third-pass family: %s', (text) => {
    expect(fired(text)).toEqual(['spam']);
  });

  it.each([
    'Join my team for the charity fun run on Sunday, we still need two runners',
    'My boss bought the whole office a round of flat whites',
    'The oat latte helped our team get through the quarter, real talk',
    'Únete a mi equipo en la carrera del sábado',
    'Your bio says you roast in-house, is that true?',
  ])('stays quiet on the third-pass near misses: %s', (text) => {
    expect(fired(text)).toEqual([]);
  });

  it.each([
    'I checked my account and the order is still missing',
    'the link in the description is broken, can you fix it?',
    'made 40 dollars of sales at the farmers market with your beans, thanks!',
    'sin experiencia en café, ¿qué grano me recomiendan?',
    'ganamos 2 euros de descuento con la app, ¡gracias!',
  ])('stays quiet on customers: %s', (text) => {
    expect(fired(text)).toEqual([]);
  });

  it.each([
    'The oat latte is back! Best news this week ☕',
    'Does anyone know if the downtown store opens on Sundays?',
    'I subscribed to the bean club last month and love it',
    'Check out harborcoffee.com/menu for the winter drinks',
    'my order took 40 minutes today, not great',
  ])('stays quiet on %s', (text) => {
    expect(fired(text)).toEqual([]);
  });

  it('never fires on the brand itself', () => {
    expect(fired('check out our channel for brewing tips', 'harborcoffee')).toEqual([]);
  });

  it('gives way when another check fired on the same item', () => {
    const other: CheckDefinition = {
      id: 'offplatform-contact',
      description: 'test double',
      severity: 'high',
      action: 'takedown',
      appliesTo: ['public'],
      build: () => (input) =>
        input.text.text.includes('whatsapp') ? { reason: 'channel', evidence: [] } : null,
    };
    const both = createEngine(brand, { checks: [other, spam] });
    const checks = both.analyze(comment('check out my page or text me on whatsapp')).map((f) => f.check);
    expect(checks).toEqual(['offplatform-contact']);
  });

  it('points its evidence at the published characters', () => {
    const text = '🔥🔥 ＣＨＥＣＫ ＯＵＴ my channel';
    const [f] = engine.analyze(comment(text));
    const ev = f?.evidence[0];
    expect(ev && text.slice(ev.start, ev.end)).toBe(ev?.match);
    expect(ev?.match.startsWith('ＣＨＥＣＫ')).toBe(true);
  });
});

// Fourth pass: begging for a subscription in five languages, and "link in bio" on one's own post.
describe('spam: subscription begging and own-post links', () => {
  it.each([
    'chill study beats, fresh upload every night, sub pls 🙏',
    'pls sub, trying to grow this lil channel',
    'drop a sub if you vibe with the covers',
    'every sub helps fr, new edits daily',
    'mixes nuevos cada día, suscríbete porfa 🙏',
    'vídeo novo todo dia, se inscreve aí pfv',
    'nouvelles vidéos chaque semaine, abonne-toi stp',
    'neue Beats jeden Tag, abonniert bitte 🙏',
  ])('fires on %s', (text) => {
    expect(fired(text)).toEqual(['spam']);
  });

  it.each([
    'I unsubscribed after the price went up, please bring back the old blend',
    'is the sub box still shipping in May?',
    'sub-zero temps and this latte still hits',
  ])('does not fire on %s', (text) => {
    expect(fired(text)).toEqual([]);
  });

  it("does not treat 'link in bio' on the author's own post as spam, but does under someone else's", () => {
    const text = 'sunrise over the harbor this morning, prints available, link in bio';
    const post: ContentItem = {
      platform: 'instagram',
      kind: 'post',
      id: 'p9',
      author: { handle: 'lens.by.ines' },
      text,
    };
    expect(engine.analyze(post).map((f) => f.check)).toEqual([]);
    expect(fired(text)).toEqual(['spam']);
  });
});

describe('spam: bulk text offers', () => {
  it.each([
    'Fancy a new ringtone every week? txt TUNE to 80010 now',
    'Weekly quiz, great prizes! reply PLAY 2 81234',
    'ur entry is confirmed, 150p/msg, 3 msgs a week',
    'FreeMsg: ur mobile has been specially selected for an upgrade!',
    'U have been selected to receive a holiday, to claim ur voucher visit the desk',
  ])('fires on %s', (text) => {
    expect(fired(text)).toEqual(['spam']);
  });

  it.each([
    '@harborcoffee I keep getting texts saying txt TUNE to 80010, is that you?',
    'my flight is at 10 and I have to send it to 12 people',
    'send 2 to the office by Friday',
  ])('no finding on %s', (text) => {
    expect(fired(text)).toEqual([]);
  });
});

describe('spam: mobile-content clubs, prize teasers, bundle offers', () => {
  const ruled = rulesAlone(brand, spam, (text) => comment(text));

  it.each([
    'Tone Club: 3 fresh polys sent direct to ur mobile each week!',
    'Thank you, you have ordered the Disco Fever ringtone, it arrives shortly',
    'Your content is ready, download ur content from the service menu',
    'Heads up, your phone will be charged 3 GBP weekly, reply NO to cancel',
    'TODAY IS UR LUCKY DAY! a super prize awaiting u at our site',
  ])('fires on %s', (text) => {
    expect(ruled(text)).toEqual(['spam']);
  });

  it.each([
    'my ringtone is still the old default one lol',
    'I ordered the grinder last week, is it on the way?',
    'Coffee club members get a free refill, love it',
    'The gift box awaits under the tree 🎄',
    'Upgrade today and get 300 free mins plus 50 free texts with the new plan',
    'I had to text YES to confirm the plan change, all done now',
    'Tone Club classes are back on Tuesdays at the gym',
    'You will receive the wallpaper samples by Friday, the sage one is gorgeous',
    'You have received the new skin tone palette? Swatches please!',
    'Download your content from the creator dashboard before Friday',
    'Get alerts direct to your phone with the app',
    'We did a cash giveaway at school for the fundraiser, thanks for donating',
  ])('no finding on %s', (text) => {
    expect(ruled(text)).toEqual([]);
  });
});

describe('spam: words run together at a missing space', () => {
  it.each(['I was asleep that time.you there?', 'we lost the title.so sad', 'Ya had just now.onion soup'])(
    'is no outside link: %s',
    (text) => {
      expect(fired(text)).toEqual([]);
    },
  );

  it('still reads a real bare domain as a link', () => {
    expect(fired('cheap-sneakers-outlet.com')).toEqual(['spam']);
  });
});

describe('spam: adult and dating bait', () => {
  it.each([
    'wanna see my private pics? 😘 link in my page',
    'Hot singles in your area are waiting for you tonight',
    'free live xxx cams, no signup',
    "i'm so lonely tonight 😢 text me baby",
    'Chicas calientes cerca de ti, entra ya',
    'mulheres solteiras perto de você te esperando',
    'Célibataires coquines près de chez vous 💋',
    'Einsame Frauen in deiner Nähe warten auf dich',
  ])('fires on %s', (text) => {
    const findings = engine.analyze(comment(text));
    expect(findings.map((f) => f.check)).toEqual(['spam']);
  });

  it.each([
    'the photos of the new cafe are so pretty, where is it?',
    'my wife and I had our first date at your Harbor location ❤️',
    'is the hot chocolate still on the menu?',
    'lonely mornings are better with a flat white',
    'can you check my order? the pics on the site show a bigger cup',
  ])('stays quiet on %s', (text) => {
    expect(fired(text)).toEqual([]);
  });
});

describe('spam: more adult bait, prizes to claim, stock tips', () => {
  it.each([
    // Adult bait written as a come-on or an invitation, not only as "hot singles near you".
    'naughty webcam babes are all waiting right now ;)',
    "im so naughty tonight and i'm looking for something rude, wanna play?",
    'lonely and sexy, I live near you, say hi',
    'exclusive adult parties every friday, ask for the address',
    'Nenas traviesas te esperan esta noche',
    'Tô com tesão e moro perto, me chama',
    'Des filles coquines vous attendent ce soir',
    'Ich bin so versaut und wohne in deiner Nähe, schreib mir',
    // Prizes to claim and stock tips, as bulk messages write them.
    'WIN a $500 cash prize this weekend, just tap the link',
    'To claim these rewards visit our page before midnight',
    'Dear lucky winner, your gift is ready, claim it now',
    'Gana un premio en efectivo hoy mismo',
    'Pour réclamer votre lot, répondez à ce message',
    'STRONG BUY: this one is going up 400% next week',
  ])('fires on %s', (text) => {
    const findings = engine.analyze(comment(text));
    expect(findings.map((f) => f.check)).toEqual(['spam']);
  });

  it.each([
    // Customers and fans, about the brand's own things.
    'my friends are waiting for you to open the new store 😄',
    'I won a prize in your raffle last month and it never arrived',
    'how do I claim the voucher from my receipt?',
    'the adult menu prices went up again?',
    'is this a good time to buy, or will the price drop after the holidays?',
    'we live near the Harbor shop and love it',
  ])('stays quiet on %s', (text) => {
    expect(fired(text)).toEqual([]);
  });
});
