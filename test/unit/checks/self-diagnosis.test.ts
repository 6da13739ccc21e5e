import { describe, expect, it } from 'vitest';
import { selfDiagnosis } from '../../../shared/checks/self-diagnosis.ts';
import { BRAND, item, PARTNER, PUBLIC, runner } from './integrity-fixture.ts';

const { findings, fires } = runner([selfDiagnosis]);

describe('self-diagnosis', () => {
  it.each([
    'Forget names? Lose your train of thought? You probably have early dementia. Try our Focus blend.',
    '6 signs you have a zinc deficiency 👇 (number 4 will surprise you)',
    'jaw clicks when you yawn? thats TMJ disorder, bestie',
    'Take our 2-minute quiz to find out if you have sleep apnea 😴',
    'If you crave salt and hate mornings, you have adrenal fatigue.',
    'Are you an anxious person? Take the test in our bio and find out 🧠',
  ])('fires on a brand post: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it('fires on a partner post', () => {
    expect(
      fires(item('cold hands + always tired = you have hypothyroidism, trust me @sunmeadow', PARTNER)),
    ).toBe(true);
  });

  it.each([
    ['es', '¿Te duele la cabeza por las tardes? Tienes una carencia de magnesio.'],
    ['pt', 'Cansada o dia todo? Você tem anemia, amiga.'],
    ['fr', 'Vous oubliez tout ? Vous avez un trouble de l’attention.'],
    ['de', 'Immer müde? Du hast Eisenmangel.'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'Common signs of iron deficiency include tiredness. If this sounds familiar, talk to your GP about a blood test.',
    'If you have diabetes, check with your doctor before taking any supplement.',
    'Do you have sensitive teeth? Our new paste is gentle.',
    "That's not anxiety, that's just Monday 😅",
    'Wir erklären, was Eisenmangel ist. Sprich mit deinem Arzt, bevor du etwas nimmst.',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it('does not fire on the public', () => {
    expect(fires(item('6 signs you have ADHD, a thread', PUBLIC))).toBe(false);
  });

  it('points at the verdict, exact offsets after emoji and a combining accent', () => {
    const text = '😴🥱 Re\u0301sume\u0301: you have insomnia.';
    const [f] = findings(item(text, BRAND));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('you have insomnia');
    expect(f!.reason).toMatch(/professional/);
  });
});

describe('self-diagnosis: families of phrasing', () => {
  it.each([
    ['en', "Can't sit still at dinner and forgets everything? Those are classic signs of ADHD"],
    ['en', 'Picky eater who covers their ears at parties? Your son is most likely autistic.'],
    ['en', "Always tired and cold? She's probably got a thyroid problem."],
    ['es', 'Si no para quieto en clase, probablemente tiene TDAH'],
    ['es', 'Cansancio, uñas frágiles: estos son los signos de anemia'],
    ['pt', 'Seu filho não se concentra? Provavelmente tem TDAH.'],
    ['fr', 'Il aligne ses jouets ? Il est probablement autiste.'],
    ['fr', "Fatigue et ongles cassants : ce sont les signes d'une carence"],
    ['de', 'Kann er nicht stillsitzen? Er hat wahrscheinlich ADHS.'],
    ['en', 'Bloated after pasta? Chances are you have a gluten intolerance.'],
    ['es', 'Si te hinchas después del pan, lo más probable es que tengas una intolerancia'],
    ['pt', 'Cansada o tempo todo? Provavelmente seu filho tem anemia.'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'These are the best snacks for kids with ADHD, say parents',
    'If you think your child might have ADHD, talk to your GP about an assessment.',
    'Is he probably autistic? Only a specialist can tell you.',
    'Your son is probably the fastest brusher in the family 🦷',
    "Chances are you'll love our new mint flavour",
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it('points at the hedged verdict', () => {
    const text = 'Lines up toys? They’re probably autistic 💛';
    const [f] = findings(item(text, BRAND));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('They’re probably autistic');
  });
});

describe('self-diagnosis: third-pass families (quizzes, being, inverted verbs, new conditions)', () => {
  it.each([
    // "you are <condition>": the adjective alone is the verdict.
    ['en', 'Pale, cold hands and dizzy on stairs? You are anemic, simple as that.'],
    ['en', 'Signs you are a compulsive shopper: carts full at midnight, tags still on.'],
    ['es', '¿Te mareas al levantarte? Eres anémica, así de claro.'],
    ['pt', 'Sempre com frio? Você é anêmica e nem sabe.'],
    ['fr', 'Toujours épuisée ? Vous êtes anémique, tout simplement.'],
    ['de', 'Ständig blass? Du bist anämisch, ganz einfach.'],
    // Suffering from, and the verb before the subject after "then".
    ['en', "Heel stabs on your first step? You're suffering from plantar fasciitis."],
    ['es', 'Si te cruje la rodilla, entonces tienes artrosis.'],
    ['pt', 'Dói o calcanhar de manhã? Então você tem fascite plantar.'],
    ['fr', 'Le talon vous lance le matin ? Alors vous avez une fasciite plantaire.'],
    ['de', 'Ferse sticht morgens? Dann hast du einen Fersensporn.'],
    ['de', 'Rücken zieht beim Sitzen? Wahrscheinlich leidest du an Ischias.'],
    // Sign-of verdicts and addictions.
    ['en', "Checking your banking app ten times a day? That's a textbook sign of spending addiction."],
    ['en', "Can't put the dice down? That is gambling addiction, friend."],
    ['es', '¿Compras sin pensar? Tienes una adicción a las compras.'],
    ['de', 'Jeden Abend im Onlineshop? Das ist Kaufsucht.'],
    // "You're not X, it's <condition>": the reframe is the verdict.
    ['en', "You're not clumsy, it's dyspraxia."],
    ['es', 'No eres despistado, es TDAH.'],
    ['pt', 'Você não é preguiçosa, isso é anemia.'],
    ['fr', "Tu n'es pas paresseux, c'est un trouble de l'attention."],
    ['de', 'Du bist nicht faul, das ist Eisenmangel.'],
    // Quizzes and checklists that hand out the verdict.
    ['en', 'Tick 3 of these 5 and scoliosis could be why your bag slips: see the list below'],
    ['en', 'Score 4 or more on our checklist? Bunions are on the way.'],
    ['es', 'Haz el test de 1 minuto: descubre si tienes juanetes'],
    ['pt', 'Faça o teste e descubra se você tem escoliose'],
    ['fr', 'Faites le test : découvrez si vous avez une scoliose'],
    ['de', 'Knie schmerzt? Finde in 60 Sekunden heraus, ob es Arthrose ist.'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    "@nurse.ola you're right that the flu jab is the best protection, thanks",
    'You are so ready for this trail season 🥾',
    'Signs you are a true trail runner: mud on every shoe',
    'Estas señales de cansancio piden descanso, no café',
    'If you think you have plantar fasciitis, see a physio before changing shoes.',
    'Du bist nicht allein: viele Läufer kennen Knieschmerzen. Sprich mit deinem Arzt.',
    'Tick 3 of these 5 trail snacks and you are set for Sunday',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it('points at the "you are" verdict', () => {
    const text = 'Bruise easily? You’re anaemic, plain and simple.';
    const [f] = findings(item(text, BRAND));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('You’re anaemic');
  });
});

describe('self-diagnosis: fourth-pass families (symptom lists, certainty words, hedged verdicts, tests)', () => {
  it.each([
    // A run of symptom questions, then the verdict.
    [
      'en',
      'Gums bleed when you floss? Morning breath that lingers? That’s gingivitis. Drop a 🪥 if this is you.',
    ],
    ['en', 'Sore wrist after a long shift at the keyboard? That could be carpal tunnel.'],
    ['en', 'Jaw aches when you wake up? This sounds like bruxism.'],
    ['es', '¿Te sangran las encías? ¿Mal aliento? Entonces tienes gingivitis. ¡Haz nuestro test!'],
    ['es', '¿Dolor en la muñeca al teclear? Eso puede ser túnel carpiano.'],
    ['pt', 'Gengiva sangrando? Mau hálito? Então você tem gengivite, faça o nosso teste.'],
    ['pt', 'Dor no pulso depois de jogar? Isso pode ser túnel do carpo.'],
    ['fr', 'Gencives qui saignent ? Mauvaise haleine ? Alors tu as une parodontite.'],
    ['fr', 'Mâchoire douloureuse au réveil ? Ça pourrait être du bruxisme.'],
    ['de', 'Zahnfleischbluten? Mundgeruch? Dann hast du Parodontitis.'],
    ['de', 'Handgelenk tut weh nach dem Zocken? Das könnte Karpaltunnelsyndrom sein.'],
    // Certainty words between "you" and "have".
    ['en', 'if you always lose your keys you 100% have ADHD lol'],
    ['en', 'grinding your teeth at night? you literally have bruxism, bestie'],
    ['es', 'Si muerdes el boli en clase, seguro que tienes ansiedad jaja'],
    ['pt', 'Se você range os dentes, com certeza tem bruxismo.'],
    ['fr', 'Tu grinces des dents la nuit ? Tu as clairement du bruxisme.'],
    ['de', 'Du knirschst nachts? Du hast 100% Bruxismus.'],
    // Checklists and self-tests.
    ['en', 'Three or more of these sound like you? Receding gums are already starting.'],
    ['de', 'Mach unseren 2-Minuten-Test und finde heraus, ob du Karies hast!'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'Gums bleed when you floss? That could be gingivitis: book a check-up and see your dentist.',
    'This might be the best brush for anyone with sensitive gums 🪥',
    'It could be the fix for your morning routine: two minutes, twice a day.',
    'Sore wrist after gaming? Talk to your doctor about carpal tunnel before it gets worse.',
    'Three of these flavours are back in stock: mint, lemon and clove.',
    '¿Te sangran las encías? Consulta a tu dentista, puede ser gingivitis.',
    'Mach unseren Geschmackstest: Minze oder Zitrone?',
    'Do you have bruxism? Our night guard page explains what a dentist looks for.',
    'That’s not gingivitis, it’s just a cut from a hard crisp 😅',
    'You 100% have the best followers. Thank you for 10k!',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it('points at the certainty verdict', () => {
    const text = 'if you bite your nails you 100% have anxiety lol';
    const [f] = findings(item(text, BRAND));
    expect(f!.evidence[0]!.match).toBe('you 100% have anxiety');
  });
});

describe('self-diagnosis: registers (reframes, "this is what X looks like", headers, bare hedges)', () => {
  it.each([
    ['en', "You're not lazy, it's ADHD."],
    ['en', 'This is what anxiety looks like in your mouth: clenching, grinding, cracked fillings.'],
    ['en', '5 signs you have gum disease 👇'],
    ['en', 'If this is you, you might have bruxism.'],
    ['en', 'Always tired after brushing your teeth? Could be your thyroid.'],
    ['en', 'Gingivitis in adults: do you bleed when you brush? Do your gums look puffy?'],
    ['es', '¿Siempre cansada? Puede ser tu tiroides.'],
    ['pt', 'Não é preguiça, é TDAH.'],
    ['fr', "T'es pas paresseux, c'est le TDAH."],
    ['de', 'Du bist nicht faul, das ist ADHS.'],
    ['de', 'Parodontitis bei Erwachsenen: Blutet dein Zahnfleisch beim Putzen?'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'Could be your old brush: swap it every three months.',
    'This is what healthy gums look like 💚',
    'Score 4 or more in our mint trivia and win a brush!',
    'If you have ADHD, our timer brush buzzes every 30 seconds to keep you on track.',
    'It might be the best paste for people who brush in a hurry.',
    'Gingivitis in adults: what a dentist looks for. See your dentist twice a year.',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });
});

describe('self-diagnosis: a verdict’s evidence runs to the end of its condition', () => {
  it.each([
    ['Forget names? You probably have early dementia.', 'You probably have early dementia'],
    ['6 signs you have a zinc deficiency 👇', '6 signs you have a zinc deficiency'],
    // The first verdict is a question and drops out; the search goes on after its condition.
    ['Do you have insomnia? You most likely have adrenal fatigue.', 'You most likely have adrenal fatigue'],
  ])('%s', (text, match) => {
    const [f] = findings(item(text, BRAND));
    expect(f?.evidence[0]?.match).toBe(match);
  });
});
