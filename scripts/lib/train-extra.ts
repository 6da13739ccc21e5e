/**
 * Negatives written by hand for `npm run train` (none comes from a corpus): ordinary
 * phrasing that the real corpora under-represent and that looks, word by word, like what
 * the models learn to flag — a customer recommending a site ("check out …"), a victim
 * telling how a crypto scam took their money, a news line about an airdrop, a brand's
 * polite reply in German, Spanish, French, Portuguese or Italian, a blog link with the
 * brand's name in its path. `{brand}` is replaced by each written corpus's brand name and
 * `{word}` by its first name word, so every brand gets its own copy.
 */

export interface ExtraText {
  readonly text: string;
  /** Who writes it: a member of the public, or the brand's own account (a reply). */
  readonly role: 'public' | 'brand';
}

const PUBLIC: readonly string[] = [
  'check out the new store on main street, the staff were lovely',
  'Check out this guide I found: tastykitchen.net/blog/{word}-cake-recipe',
  'you should check out their app, way better than the old website',
  'have a look at cityweather.org/forecast before you fly tomorrow',
  'Took a look at healthyhome.co.uk/articles/{word}-review and it matches my experience',
  'my cousin wrote about the trip on travelnotes.blog/2024/{word}-weekend, worth a read',
  'I got scammed by a fake airdrop last year, lost my savings, please be careful everyone',
  'Warning: someone is promising to double your bitcoin in the comments. It is a scam, do not send anything',
  'I sent ETH to a giveaway wallet and never saw it again. Reported it to the police',
  'They drained my wallet after I connected it to a site claiming free tokens. Lesson learned',
  'Is {brand} really giving away crypto? Looks fake to me',
  'News: regulators warn about crypto recovery services that charge upfront fees',
  'bitcoin fell again today, glad I only put in what I could lose',
  'my order arrived two days late and the box was damaged, can someone check please',
  'Please check my booking, the app shows the wrong date',
  'Details sent in DM, please check when you can',
  'still waiting on my refund, it has been three weeks',
  'Can you check why my card was charged twice? Thanks',
  'subscribed to the newsletter and never got the discount code',
  'free shipping did not apply at checkout, is the offer over?',
  'Loved the winter menu, check the seasonal page on their site',
  'watch the interview on youtube.com/watch?v=abc123, the part about {brand} is at minute 4',
  'great video, I shared it with my parents',
  'the link on your page goes to an error, docs.google.com/forms/d/e/abc/viewform',
  'who else is here after the {brand} announcement?',
  'does anyone know if {brand} ships to Canada?',
  'Congratulations to the team on the award!',
  'Join us on Saturday at the community garden, everyone welcome',
];

const BRAND: readonly string[] = [
  'Es tut uns leid, dass das passiert ist. Schreib uns bitte per DM, wir kümmern uns darum.',
  'Danke für deine Geduld, wir prüfen das gerade.',
  'Lo sentimos mucho. Escríbenos por mensaje privado y lo revisamos.',
  'Gracias por avisarnos, ya lo estamos mirando.',
  'Nous sommes désolés pour ce retard. Envoyez-nous un message privé, nous allons vérifier.',
  'Merci pour votre retour, on s’en occupe.',
  'Sentimos muito pelo transtorno. Manda uma mensagem privada pra gente, por favor.',
  'Ci dispiace per il disagio, scrivici in privato e verifichiamo subito.',
  'Thanks for flagging this, we have passed it on to the team.',
  'Sorry to hear that. Could you DM us your order number so we can take a look?',
  'We hear you, and we are on it. Expect an update by tomorrow.',
  'Happy to help! The new timetable is on our site.',
];

export const EXTRA_TEXTS: readonly ExtraText[] = [
  ...PUBLIC.map((text) => ({ text, role: 'public' as const })),
  ...BRAND.map((text) => ({ text, role: 'brand' as const })),
];
