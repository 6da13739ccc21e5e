import { describe, expect, it } from 'vitest';
import { misleadingClaim } from '../../../shared/checks/misleading-claim.ts';
import { BRAND, item, PARTNER, PUBLIC, runner } from './integrity-fixture.ts';

const { findings, fires } = runner([misleadingClaim]);

describe('misleading-claim', () => {
  it.each([
    'Whiter teeth in 3 days, guaranteed ✨',
    'Our floss is 100% safe for kids and pregnancy',
    'Try it risk-free today!',
    'The only toothpaste you will ever need.',
    'Dentists HATE this one simple trick 🤫',
    "What your dentist isn't telling you about fluoride",
    'Works for everyone, every time.',
    'Triple your savings with our rewards plan',
    'The secret your dentist will never reveal 🤐',
    'Zero side effects, all results.',
  ])('fires on a brand post: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it('fires on a partner post', () => {
    expect(fires(item('this @sunmeadow serum never fails, zero risk 💯', PARTNER))).toBe(true);
  });

  it.each([
    ['es', 'Resultados garantizados en una semana'],
    ['es', 'Sin riesgos y 100% seguro para toda la familia'],
    ['pt', 'Resultados garantidos ou seu dinheiro de volta'],
    ['fr', 'Sans risque, résultats garantis !'],
    ['de', 'Garantiert weißere Zähne, ohne Risiko'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'Results vary and are not guaranteed.',
    'Every order comes with a 30-day money-back guarantee.',
    'We will never ask for your password.',
    'Delivery guaranteed before Christmas if you order by Dec 18.',
    'Our 100% recyclable tubes are here 🌍',
    'Our floss is the best we have ever made.',
    'Thread: why "risk-free" claims on supplements are a red flag',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it('does not fire on the public', () => {
    expect(fires(item('guaranteed the best toothpaste ever lol', PUBLIC))).toBe(false);
  });

  it("reports the profile's banned terms", () => {
    const [f] = findings(item('Our Miracle Mint rinse is back 🌿', BRAND));
    expect(f?.evidence[0]?.match).toBe('Miracle');
    expect(f?.reason).toMatch(/guidelines ban/);
    expect(fires(item('Miracles happen on Mondays', BRAND))).toBe(false);
  });

  it('points at the exact words after emoji and combining characters', () => {
    const text = '🦷✨ Sourire\u0301 parfait, garanti\u0301 !';
    const [f] = findings(item(text, BRAND));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('garanti\u0301');
    expect(f!.reason).toMatch(/remove the guarantee/);
  });
});

describe('misleading-claim: families of phrasing', () => {
  it.each([
    ['en', 'Our app never crashes. Not once.'],
    ['en', 'Fibre that never goes down, wherever you are'],
    ['en', 'Our booking app has 100% uptime'],
    ['es', 'Funciona el 100% del tiempo'],
    ['es', 'Nuestra red nunca se cae'],
    ['pt', 'Nosso sinal nunca cai'],
    ['fr', 'Notre réseau ne tombe jamais'],
    ['de', 'Unser Netz bricht nie ab'],
  ])('fires on an absolute about reliability (%s): %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    ['en', "What the big banks don't want you to find out about savings"],
    ['en', 'Landlords HATE this simple trick 👀'],
    ['en', '7 ways to save on floss (number 4 will shock you)'],
    ['es', 'Lo que las aerolíneas no quieren que sepas'],
    ['es', 'Los bancos odian este truco'],
    ['pt', 'O que as operadoras não querem que você saiba'],
    ['pt', 'Os bancos odeiam este truque'],
    ['fr', 'Ce que les banques ne veulent pas que vous sachiez'],
    ['fr', 'Les dentistes détestent cette astuce'],
    ['de', 'Was Banken dir nicht sagen wollen'],
    ['de', 'Zahnärzte hassen diesen Trick'],
  ])('fires on an outrage hook with any villain (%s): %s', (_lang, text) => {
    const [f] = findings(item(text, BRAND));
    expect(f?.reason).toMatch(/clickbait/);
  });

  it.each([
    'Temperatures in our warehouse never drop below 5°C',
    'My kids hate this one flavour, so we made a new one',
    'We never share your data with anyone.',
    'Our team never stops learning about oral health',
    'Tubes made from 100% recycled plastic',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });
});

describe('misleading-claim: third-pass families (cannot lose, forever, any villain hates this)', () => {
  it.each([
    ['en', 'Sunmeadow Save is the safest 7% you will ever find. You literally cannot lose.'],
    ['en', "Put it in the Sunmeadow fund: there's no way to lose"],
    ['es', 'Con la cuenta Sunmeadow no puedes perder, nunca'],
    ['pt', 'Com a conta Sunmeadow não tem como perder'],
    ['fr', 'Avec le livret Sunmeadow, impossible de perdre'],
    ['de', 'Mit dem Sunmeadow-Konto kannst du nicht verlieren'],
    ['en', 'Our TrailShell stays 100% waterproof forever'],
    ['en', 'These blades stay sharp for life, no sharpening needed'],
    ['es', 'La chaqueta Sunmeadow es impermeable para siempre'],
    ['pt', 'Nossa bota é impermeável para sempre'],
    ['fr', 'Cette veste reste imperméable pour toujours'],
    ['de', 'Die Sunmeadow-Jacke bleibt für immer wasserdicht'],
  ])('fires on a guarantee (%s): %s', (_lang, text) => {
    const [f] = findings(item(text, BRAND));
    expect(f?.reason).toMatch(/Promises/);
  });

  it.each([
    ['en', 'Podiatrists HATE this 20-second foot trick 🤫'],
    ['en', 'Dentists hate him: the flossing swap that changed everything'],
    ['es', 'Los fisios odian este ejercicio de 30 segundos'],
    ['pt', 'Os dentistas odeiam este hábito'],
    ['fr', 'Les kinés détestent cette astuce de 30 secondes'],
    ['de', 'Physiotherapeuten hassen diese einfache Übung'],
  ])('fires on an outrage hook (%s): %s', (_lang, text) => {
    const [f] = findings(item(text, BRAND));
    expect(f?.reason).toMatch(/clickbait/);
  });

  it.each([
    '@lena.k fair point, nothing is zero risk and we should have said so',
    "There's no such thing as risk-free investing: read the terms first",
    'Best friends forever 💛 happy anniversary to our founders',
    "Only invest what you can't afford to lose? No: only what you can afford to lose.",
    'Rain jackets wear out: re-proof yours every season to keep it waterproof',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });
});

describe('misleading-claim: fourth-pass families (absolute security, "hate this one <thing>", any villain)', () => {
  it.each([
    // Security promised as absolute.
    ['en', 'Your Sunmeadow rewards account is now 100% hack-proof. Nobody will ever get into it.'],
    ['en', 'New login = totally fraud-proof. Sleep easy.'],
    ['en', 'Our app is unhackable, period.'],
    ['en', 'With the new PIN, no one can ever access your points but you.'],
    ['es', 'Tu cuenta ahora es imposible de hackear con el nuevo inicio de sesión.'],
    ['es', 'Con la nueva app nadie podrá nunca entrar en tu cuenta.'],
    ['pt', 'Sua conta agora é 100% à prova de hackers.'],
    ['pt', 'Com o novo login ninguém nunca vai entrar na sua conta.'],
    ['fr', 'Votre compte est désormais 100 % inviolable.'],
    ['fr', 'Avec la nouvelle appli, personne ne pourra jamais accéder à votre compte.'],
    ['de', 'Dein Konto ist jetzt unhackbar.'],
    ['de', 'Mit dem neuen Login wird niemand jemals in dein Konto kommen.'],
    // Outrage hooks with any villain and any noun.
    ['en', 'Dentists HATE this one setting on your electric brush 😳'],
    ['en', 'Swipe to see what the top 1% of brushers don’t want you to know ➡️'],
    ['es', 'Los dentistas odian este simple ajuste de tu cepillo'],
    ['pt', 'Dentistas odeiam este simples ajuste na sua escova'],
    ['fr', 'Les dentistes détestent ce simple réglage de ta brosse'],
    ['de', 'Zahnärzte hassen diese eine Einstellung deiner Bürste'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'No account is ever 100% hack-proof: turn on two-step login to stay safer.',
    'Nothing is unhackable, so never share your login code with anyone.',
    'Our new login makes your account much harder to break into. Turn on 2-step today.',
    'Ninguna cuenta es imposible de hackear: activa la verificación en dos pasos.',
    'Aucun compte n’est inviolable : activez la double authentification.',
    'Kein Konto ist unhackbar. Aktiviere die Zwei-Faktor-Anmeldung.',
    'Our team hates this one thing: missed deliveries. So we added tracking.',
    'Swipe to see what our top 1% of reviewers loved most ➡️',
    'No one can ever steal your smile 😁',
    'Nadie podrá nunca entrar en tu corazón como tu primer cepillo 💛',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });
});

describe('misleading-claim: guarantee words that promise nothing', () => {
  it.each([
    '@lena.k Unfortunately we are not able to guarantee a delivery slot on holidays.',
    "@lena.k We can't guarantee the colour will match your old tube, sorry.",
    '@lena.k Have a look at our guarantee for the steps to get a refund.',
    '@lena.k ...guaranteed. It changed because the supplier stopped the line. 2/2',
  ])('no finding on %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it.each([
    'Whiter teeth in a week, guaranteed.',
    'Our guarantee: results you can see in 3 days',
    '@lena.k it is guaranteed to work for everyone',
  ])('still fires on a promise: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });
});
