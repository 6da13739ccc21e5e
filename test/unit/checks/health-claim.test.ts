import { describe, expect, it } from 'vitest';
import { healthClaim } from '../../../shared/checks/health-claim.ts';
import { mentionsCondition, slotted } from '../../../shared/checks/patterns/health.ts';
import { parseBrandProfile } from '../../../shared/model/index.ts';
import { BRAND, item, PARTNER, PUBLIC, runner, SUNMEADOW_INPUT } from './integrity-fixture.ts';

const { findings, fires } = runner([healthClaim]);

describe('health-claim', () => {
  it.each([
    'Our charcoal rinse reverses gum disease in two weeks.',
    'Gingivitis? Our new gel fixes it overnight 🦷',
    'This tea prevents migraines, every single time.',
    'Say goodbye to acid reflux with our Calm Belly chews',
    'Clove oil drops fight tooth decay naturally 🌿',
    'Our zinc lozenges beat a cold in 48 hours',
    'Clinically proven to whiten teeth.',
    'Dentist-approved formula for sensitive teeth ✨',
    'Helps with eczema flare-ups so you can sleep again',
    'Struggling with joint pain? Our capsules make it disappear.',
    'Goodbye bloating, hello flat tummy 👋',
    'Take one a day and never get sick again.',
    'Lowers blood pressure naturally.',
    'Recommended by 9 out of 10 dentists',
  ])('fires on a brand claim: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it('fires on a partner testimonial about the brand product', () => {
    expect(fires(item('#ad honestly @sunmeadow Night Drops cured my insomnia', PARTNER))).toBe(true);
  });

  it.each([
    ['es', 'Nuestro enjuague cura la gingivitis en 7 días'],
    ['es', '¿Siempre con dolor de cabeza? Nuestras gotas lo eliminan al instante'],
    ['pt', 'Nosso chá previne gripe e resfriados 🍵'],
    ['fr', 'Notre sirop guérit le rhume en une nuit'],
    ['fr', 'Dites adieu aux migraines avec nos gélules'],
    ['de', 'Unsere Tropfen lindern Kopfschmerzen sofort'],
    ['de', 'Klinisch bewiesen: weniger Zahnfleischentzündungen'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'Our toothpaste does not cure gum disease; see your dentist for that.',
    'Does magnesium help with migraines? We asked three experts.',
    'Our chamomile blend is a cosy evening ritual 🌙',
    'Vitamin C contributes to the normal function of the immune system.',
    'Customers keep telling us "it cured my eczema" but we never claim that.',
    'Nuestro té no cura la gripe: consulta a tu médico.',
    'Unser Tee heilt nicht, er schmeckt einfach gut.',
    'Treat yourself this winter: 20% off everything ☃️',
    'Flu season is here. Stop by any pharmacy for your jab 💧',
    'Our night serum reduces the appearance of fine lines.',
    'Fighting for a plastic-free bathroom since 2019 ♻️',
    'Stop by our store this weekend for cold and flu season essentials',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it('does not fire on the same words from the public', () => {
    expect(fires(item('Sunmeadow rinse cured my gum disease!!', PUBLIC))).toBe(false);
  });

  it('does not fire when the claim links to a study (DOI, PubMed, profile evidence domain)', () => {
    expect(fires(item('Xylitol gum reduces tooth decay: https://doi.org/10.1000/xyz123', BRAND))).toBe(false);
    expect(fires(item('Reduces cavities (pubmed.ncbi.nlm.nih.gov/12345678)', BRAND))).toBe(false);
    expect(fires(item('Reduces cavities: evidence.sunmeadow-research.org/fluoride', BRAND))).toBe(false);
    expect(fires(item('Reduces cavities: sunmeadow.com/blog', BRAND))).toBe(true);
  });

  it('accepts only evidence domains listed in the profile, not any domain', () => {
    const bare = parseBrandProfile({ ...SUNMEADOW_INPUT, evidenceDomains: [] });
    const strict = runner([healthClaim], bare);
    expect(strict.fires(item('Reduces cavities: evidence.sunmeadow-research.org/fluoride', BRAND))).toBe(
      true,
    );
  });

  it('points the evidence at the exact words, with emoji and combining accents before them', () => {
    // "é" written as e + U+0301 and a flag emoji (two surrogate pairs) before the claim.
    const text = '🇫🇷 Cafe\u0301 break? Our spray cures colds fast';
    const [f] = findings(item(text, BRAND));
    expect(f?.check).toBe('health-claim');
    const span = f!.evidence[0]!;
    expect(text.slice(span.start, span.end)).toBe('cures colds');
    expect(span.match).toBe('cures colds');
    expect(f!.reason).toContain("'cures colds'");
    expect(f!.reason).toMatch(/cite the evidence or remove the claim/);
  });
});

describe('health-claim: families of phrasing', () => {
  it.each([
    ['en', 'Our Focus Drops calm anxiety symptoms in minutes'],
    ['en', 'Sunmeadow balm eases arthritis pain overnight'],
    ['en', 'Night Drops tame migraines before they start'],
    ['en', 'Our ear drops reversed my tinnitus 👂'],
    ['es', 'Nuestras gotas calman la ansiedad en minutos'],
    ['pt', 'Nosso chá acalma a ansiedade antes de dormir'],
    ['fr', 'Nos gouttes apaisent les migraines'],
    ['de', 'Unsere Tropfen beruhigen Angstzustände'],
  ])('fires on an easing verb before its condition (%s): %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    ['en', "My son's psoriasis completely cleared up after two weeks of @sunmeadow balm #ad"],
    ['en', 'My migraines are gone since I started Sunmeadow Night Drops #ad'],
    ['es', 'Mi eccema desapareció con la crema de @sunmeadow #publi'],
    ['pt', 'Minha enxaqueca sumiu com o chá da @sunmeadow #publi'],
    ['fr', 'Mon eczéma a complètement disparu grâce à @sunmeadow #pub'],
    ['de', 'Meine Migräne ist komplett weg, danke @sunmeadow #werbung'],
  ])('fires on a condition reported gone (%s): %s', (_lang, text) => {
    expect(fires(item(text, PARTNER))).toBe(true);
  });

  it.each([
    ['en', "I haven't had a migraine since I started @sunmeadow Night Drops #ad"],
    ['en', 'My son no longer struggles with eczema thanks to @sunmeadow #ad'],
    ['es', 'Ya no tengo migrañas gracias a @sunmeadow #publi'],
    ['pt', 'Nunca mais tive enxaqueca depois da @sunmeadow #publi'],
    ['fr', "Je n'ai plus de migraines depuis @sunmeadow #pub"],
    ['de', 'Endlich keine Kopfschmerzen mehr dank @sunmeadow #werbung'],
    ['en', 'Kiss your heartburn goodbye with @sunmeadow chews #ad'],
  ])('fires on a testimonial that a condition stopped (%s): %s', (_lang, text) => {
    expect(fires(item(text, PARTNER))).toBe(true);
  });

  it.each([
    'Stay calm, flu season is here and our shelves are stocked',
    "I've never had acne, lucky me #ad @sunmeadow",
    "Haven't had a cold since? Tell us your winter routine #ad @sunmeadow",
    'Ease into autumn with our new toothpaste flavours 🍂',
    'Rest until your cold is gone, then come back to your routine',
    "My eczema hasn't cleared up yet, so I'm seeing a dermatologist",
    'Once the headache went away I went back to work',
    'Our new app update reduces bloat on older phones #ad @sunmeadow',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, PARTNER))).toBe(false);
  });

  it('points from the condition to the word that says it is gone', () => {
    const text = '✨ My acne finally cleared up #ad @sunmeadow';
    const [f] = findings(item(text, PARTNER));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('acne finally cleared up');
  });
});

describe('health-claim: third-pass families (never again, dismissals, feet and joints)', () => {
  it.each([
    ['en', 'Our Stride insoles heal bunions in weeks #ad @sunmeadow'],
    ['en', "Roll for 5 minutes a day and you'll never get shin splints again #ad @sunmeadow"],
    ['en', 'Never deal with plantar fasciitis again with our night splint #ad @sunmeadow'],
    ['en', 'Say no to sciatica with our lumbar cushion #ad @sunmeadow'],
    ['es', 'Con nuestras plantillas nunca más tendrás fascitis plantar #ad @sunmeadow'],
    ['es', 'Olvídate del dolor de rodilla con la rodillera Sunmeadow #ad'],
    ['pt', 'Com a palmilha Sunmeadow você nunca mais vai ter canelite #ad'],
    ['fr', 'Plus jamais de tendinite avec notre attelle Sunmeadow #ad'],
    ['fr', "Avec nos semelles, vous n'aurez plus jamais de fasciite plantaire #ad"],
    ['de', 'Nie wieder Schienbeinkantensyndrom mit der Sunmeadow-Rolle #ad'],
    ['de', 'Die Sunmeadow-Einlage lindert Fersensporn in zwei Wochen #ad'],
  ])('fires on a partner post (%s): %s', (_lang, text) => {
    expect(fires(item(text, PARTNER))).toBe(true);
  });

  it.each([
    'Did the roller help your shin splints? Tell us below #ad @sunmeadow',
    'Forget about pace today, back pain means rest and a physio visit #ad @sunmeadow',
    'Never skip a rest day again with our training plan #ad @sunmeadow',
    'Say no to soggy socks on the trail #ad @sunmeadow',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, PARTNER))).toBe(false);
  });

  it('points at the never-again promise', () => {
    const text = "Roll daily and you'll never get shin splints again #ad @sunmeadow";
    const [f] = findings(item(text, PARTNER));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe("you'll never get shin splints");
  });
});

describe('health-claim: fourth pass (teeth, gums, wrists)', () => {
  it.each([
    ['en', '#ad @sunmeadow Gum Shield heals receding gums, seen it in my own chair 🌿'],
    ['en', 'Our night guard stops bruxism for good.'],
    ['es', 'Nuestro gel cura la gingivitis en una semana.'],
    ['pt', 'Nosso creme dental trata a periodontite.'],
    ['fr', 'Notre bain de bouche guérit la parodontite.'],
    ['de', 'Unsere Zahncreme heilt Parodontitis.'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it('does not fire on a cosmetic promise', () => {
    expect(fires(item('Our gel leaves your gums feeling fresh and your smile bright ✨', BRAND))).toBe(false);
  });
});

describe('health-claim: infectious-disease and pathogen claims', () => {
  it.each([
    'Our elderberry spray kills the virus before it settles in your throat',
    'This zinc lozenge boosts immunity against colds and flu all winter',
    'Nuestro spray mata el virus y previene la gripe',
    'O nosso chá protege contra o coronavírus e elimina as bactérias',
    'Notre huile essentielle tue les germes et prévient la grippe',
    'Unser Kräutertee tötet Viren und schützt vor Erkältungen',
  ])('fires on %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });
  it.each([
    ['Wash your hands to stop the flu spreading, see https://www.who.int/news-room/handwashing', BRAND],
    ['Ugh, I have the flu again, staying in bed with tea', PUBLIC],
    ['Staying home with a cold today, no video this week!', PARTNER],
  ] as const)('does not fire on %s', (text, who) => {
    expect(fires(item(text, who))).toBe(false);
  });
});

describe('mentionsCondition (the first question of health-claim and self-diagnosis)', () => {
  it('answers for each text, not the one asked before it', () => {
    const texts = [
      'this tea helps with insomnia',
      'see you at the cafe on saturday',
      'see you at the cafe on saturday',
      'my eczema is back',
      '',
      'my eczema is back',
    ];
    expect(texts.map((t) => mentionsCondition(t))).toEqual([true, false, false, true, false, true]);
  });
});

describe('slotted (one copy of a long list for adjacent phrases that end with it)', () => {
  const phrases = [
    'never had (?:a )?(?:SLOT) since',
    'no longer (?:have|get) (?:SLOT)',
    'kiss (?:your )?(?:SLOT)',
    'bye (?:SLOT) forever',
    'nie (?:mehr|wieder) (?:SLOT)',
  ];
  const list = 'colds?|flu|cold sores?|back pain|pain';

  it('shares the list between neighbours that end with it, and keeps every phrase in its place', () => {
    expect(slotted(phrases, 'SLOT', list)).toBe(
      `(?:never had (?:a )?(?:${list}) since|(?:no longer (?:have|get) |kiss (?:your )?)(?:${list})|bye (?:${list}) forever|(?:nie (?:mehr|wieder) )(?:${list}))`,
    );
  });

  it('finds exactly the matches of each phrase written out', () => {
    const plain = new RegExp(`\\b(?:${phrases.map((p) => p.replaceAll('SLOT', list)).join('|')})\\b`, 'g');
    const shared = new RegExp(`\\b${slotted(phrases, 'SLOT', list)}\\b`, 'g');
    const texts = [
      'i never had a cold since, no longer have back pain and kiss your cold sores goodbye',
      'no longer get colds. kiss flu. bye pain forever. nie mehr flu',
      'never had a cold sore since; kiss your back pain; nie wieder pain',
      'no longer have a cold, kiss, never had since',
    ];
    let found = 0;
    for (const t of texts) {
      const want = [...t.matchAll(plain)].map((m) => `${m.index}:${m[0]}`);
      found += want.length;
      expect([...t.matchAll(shared)].map((m) => `${m.index}:${m[0]}`)).toEqual(want);
    }
    expect(found).toBeGreaterThanOrEqual(8);
  });
});
