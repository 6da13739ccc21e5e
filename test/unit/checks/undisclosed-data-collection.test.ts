import { describe, expect, it } from 'vitest';
import { undisclosedDataCollection } from '../../../shared/checks/undisclosed-data-collection.ts';
import { BRAND, item, PARTNER, reply, runner } from './integrity-fixture.ts';

const { findings, fires } = runner([undisclosedDataCollection]);

describe('undisclosed-data-collection', () => {
  it.each([
    'Win a year of floss! Comment your email and your mobile number below 👇',
    'Birthday club 🎂 DM us your date of birth and home address.',
    'To verify your age, send us a photo of your ID card.',
    'Leave your phone number and we will call you with the results!',
  ])('fires on a brand post: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it('fires on a brand reply asking in public', () => {
    expect(
      fires(reply('@lena.k so sorry! Reply with your address and phone number so we can resend it', BRAND)),
    ).toBe(true);
  });

  it.each([
    ['es', 'Comenta tu correo y tu fecha de nacimiento para participar'],
    ['pt', 'Deixe seu e-mail e telefone nos comentários!'],
    ['fr', 'Envoyez-nous votre adresse postale en DM'],
    ['de', 'Schreib uns deine E-Mail-Adresse und dein Geburtsdatum in die Kommentare'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    'Comment your email to join the list. We only use it to send the newsletter.',
    'Drop your email below! Privacy notice: sunmeadow.com/privacy',
    'Never share your phone number or address with accounts that DM you first.',
    'DM us your order number and we will sort it out.',
    'Send us a message with the date of your visit.',
    'Comment your favourite flavour below 👇',
    'Enter our giveaway at sunmeadow.com/win. We use your email only to contact the winner.',
    'Reminder: share your order number only by DM, never in the comments.',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });

  it('does not count a stated purpose as a data-use notice', () => {
    expect(fires(item('Comment your email to enter the giveaway!', BRAND))).toBe(true);
  });

  it('does not apply to partners', () => {
    expect(fires(item('comment your email for my ebook', PARTNER))).toBe(false);
  });

  it('points from the request to the data, exact offsets after emoji', () => {
    const text = '🎁🎉 Comment your e\u0301mail below';
    const [f] = findings(item(text, BRAND));
    const e = f!.evidence[0]!;
    expect(text.slice(e.start, e.end)).toBe('Comment your e\u0301mail');
    expect(f!.reason).toMatch(/privacy link/);
  });
});

describe('undisclosed-data-collection: identity documents', () => {
  it.each([
    ['en', 'Win a hamper! Reply with a selfie holding your ID to enter'],
    ['en', 'Samples are 18+ only: send us your proof of age and we will post one'],
    ['es', 'Envíanos una foto de tu documento de identidad para el reembolso'],
    ['pt', 'Envie uma foto do seu RG para participar'],
    ['fr', "Envoyez-nous votre justificatif d'identité pour recevoir le cadeau"],
    ['de', 'Schick uns ein Foto deines Personalausweises für die Erstattung'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(item(text, BRAND))).toBe(true);
  });

  it.each([
    "Send us your order ID and we'll check where the parcel is",
    'Reply with your ID: we only use it to check your age and delete it after 24 hours',
  ])('does not fire on: %s', (text) => {
    expect(fires(item(text, BRAND))).toBe(false);
  });
});

describe('undisclosed-data-collection: fourth pass (the request word used as a noun)', () => {
  it.each([
    "@lena.k We've hidden your reply since it had your phone number in it. Our team will call the number on your order.",
    '@lena.k We removed the comment with your email address so it stays private.',
    '@lena.k Hemos ocultado tu comentario porque tenía tu número de teléfono.',
  ])('does not fire when the brand protects data: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it.each([
    '@lena.k Please reply with your phone number so we can call you.',
    'Comment your email below to join the giveaway!',
  ])('still fires on a request: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });
});

describe('undisclosed-data-collection: an agent handling one case', () => {
  it.each([
    '@lena.k Hi Lena, please DM us your order number and a photo of the receipt, we will sort it out!- Marco',
    '@lena.k Hi Lena, could you let us know the shop you visited, along with your full name and phone number. Thanks. ^Priya',
    '@lena.k Could you send us your email address in a DM? *TR 2/2',
  ])('no finding on a signed reply to one customer: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it.each([
    '@lena.k Reply with your address and phone number so we can resend it -Marco',
    '@lena.k Hi! Share your email and date of birth below and we will check ^Priya',
  ])('still fires when the signed reply asks for the data in public: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });
});
