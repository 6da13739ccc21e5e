import { describe, expect, it } from 'vitest';
import { offplatformContact } from '../../../shared/checks/offplatform-contact.ts';
import { item, runner } from './scam-fixture.ts';

const { fired, findings } = runner(offplatformContact);

describe('offplatform-contact', () => {
  it.each([
    'Our refunds agent answers fastest on WhatsApp: +44 7700 900555',
    'message my account manager on Telegram @quickfix_desk, he sorts it in an hour',
    'Having trouble? Send us a DM and we will check your account',
    'dm me "LOAN" for same-day approval',
    'w h a t s a p p me +1 202 555 0164 for the bonus',
    'Write to our claims team: claims.dept at mailbox dot com',
    'text QUICK to +1 (415) 555-0136 to get started',
    'Escríbenos por WhatsApp al +34 612 345 678 para tu reembolso',
    'Me chama no zap que eu resolvo: +55 11 91234-5678',
    'Contactez-nous en MP pour récupérer votre remboursement',
    'Schreiben Sie uns per DM, wir helfen sofort',
    'call our escalation line on +1 (202) 555-0148 right away',
    'Reach the agent at refund.helpdesk@example.org today',
    'whatsapp me at +1 (555) 0one-23 45 67',
  ])('fires on %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });

  // Someone offering their own number to the readers, not a customer asking to be called back.
  it.each([
    'Card blocked? I can unblock it today. Text me at (312) 555-0114 with your card number',
    'Anyone who needs a loan fast, call me on +44 7700 900612',
    'Llámame al +34 611 222 333 si necesitas el préstamo hoy',
    'Me ligue no +55 21 98765-4321 se precisar de crédito rápido',
    'Appelez-moi au +33 6 12 34 56 78 si vous avez besoin d’un prêt',
    'Ruf mich an unter +49 151 23456789, wenn du schnell Geld brauchst',
  ])('fires on a stranger offering their own line: %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });

  // A chat window offered for someone's details, in the five languages.
  it.each([
    'To unlock the card send us your card number and date of birth in chat',
    'Mándanos tu número de cliente por chat y lo revisamos',
    'Nos informe o número da conta pelo chat para liberar o cartão',
    'Envoyez-nous votre numéro de compte par chat pour le remboursement',
    'Schicken Sie uns Ihre Kundennummer im Chat, dann prüfen wir das',
  ])('fires on details asked for in a chat: %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });

  it('fires on a handle that only starts like an official one', () => {
    expect(fired(item('New cards ship faster if you order via Telegram @pinecrest_care_vip'))).toEqual([
      'offplatform-contact',
    ]);
  });

  it.each([
    'drop your questions in the chat, the stream starts at 8',
    'I asked in chat and the bot sorted my card',
    'Just call me at (312) 555-0199 please, I have been on hold for an hour',
    'message @pinecrest_care. they reply fast',
  ])('does not fire on a live chat, a customer or the brand account: %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it('fires on a partner sending followers to DMs', () => {
    expect(fired(item('DM me "SAVE" for my link', { handle: 'savvy.sam', displayName: 'Sam' }))).toEqual([
      'offplatform-contact',
    ]);
  });

  it.each([
    // The brand's own support contacts and account
    'Pinecrest only ever calls from +1 800 555 0177, anything else is fake',
    'just email care@pinecrestbank.com, they answered me in a day',
    'DM @pinecrest_care, they fixed my card in minutes',
    // A customer's own details (pii-exposure, not a channel)
    '@pinecrestbank please call me on +1 (312) 555-0199, my card is stuck',
    'Name: Ravi Shah, email ravi.shah@example.com, entering the draw!',
    // Reports and questions that name a channel without sending anyone there
    'Got a WhatsApp message from a fake Pinecrest agent today. Reported it.',
    'does Pinecrest do WhatsApp banking yet?',
    'never DM anyone who says they are from the bank',
    'Claim at pinecrest-bonus.com and see for yourself',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  // Third pass: a customer's own address in the five languages, customers asking the brand to
  // write to them, refusals that name a channel, and "send us" with no channel named.
  it.each([
    'Count me in! 🙌 My e-mail is jo.tanaka@example.com',
    'Me apunto, mi e-mail es lucia.r@example.com',
    'Quero participar! Meu e-mail é bia.costa@example.com',
    'Je participe, mon e-mail : claire.v@example.com',
    'Bin dabei, meine E-Mail ist jonas.b@example.com',
    '@pinecrest_care mi pedido no llega desde hace un mes. Escribidme a ines.vidal@example.com, gracias',
    '@pinecrest_care meu pedido sumiu, me escreve em rafa.lima@example.com por favor',
    "Ma commande n'est jamais arrivée, écrivez-moi à hugo.m@example.com",
    'Meine Bestellung fehlt seit Wochen, schreiben Sie mir an lena.k@example.com',
    'lol not messaging anyone on WhatsApp, my refund came through the app anyway',
    'I would never text a random number on Telegram for a refund',
    'No le voy a escribir a nadie por WhatsApp, prefiero ir a la sucursal',
    'Não vou chamar ninguém no WhatsApp, resolvi pelo app',
    "Je n'écris à personne sur Telegram, merci",
    'Ich schreibe niemandem auf Telegram, danke',
    'Félicitations ! Envoyez-nous la capture de votre commande pour recevoir le cadeau',
  ])('does not fire on a customer, a refusal or a plain ask: %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it.each([
    // The same "write to me" with no brand or own case addressed stays an offer to the readers
    'Escribidme a prestamos.rapidos@example.com y os lo gestiono hoy',
    'Schreiben Sie mir an kredit.sofort@example.com, Auszahlung in 24 Stunden',
    'Envoyez-nous un message sur WhatsApp au +33 6 00 00 00 00',
  ])('still fires on an offer to the readers: %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });

  it('never fires on the brand itself', () => {
    expect(fired(item('DM us your order number', { handle: 'pinecrest_care' }, { platform: 'x' }))).toEqual(
      [],
    );
  });

  it('points the evidence at the published characters (fullwidth digits, zero-width spaces)', () => {
    const text = 'WhatsApp\u200B us: ＋４４ ７７００ ９００５５５';
    const [f] = findings(item(text));
    expect(f).toBeDefined();
    for (const e of f!.evidence) expect(text.slice(e.start, e.end)).toBe(e.match);
    expect(f!.evidence.some((e) => e.match.includes('７７００'))).toBe(true);
  });
});

// Fourth pass: private messages named the French/Portuguese/German way, DMs on another platform,
// service offers with "text me", and a third person's details posted to be targeted.
describe('offplatform-contact: private-message families and targeting', () => {
  it.each([
    'Carte bloquée ? Envoyez-nous en MP votre numéro de dossier',
    'Écrivez par MP, on règle ça aujourd’hui',
    'Manda no privado que eu resolvo seu estorno',
    'chama na dm que te explico',
    'Schreib mir per PN, ich helfe sofort',
    'dm on ig @fix.it.fast for the unlock',
    'hmu on snap, same-day card unlocks',
    'I unlock frozen cards for $20, text me 415 555 0142',
    'we repair cracked phones cheap, call me at 415-555-0163',
    'Reparo celulares baratinho, me chama no zap 11 98765-4321',
  ])('fires on %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });

  it.each([
    // A third person's details posted for harassment: pii-exposure, not a channel
    'this is the guy who keeps trolling the queue, his email is pat.ruiz@example.com, go spam him',
    'flood her inbox: lena.k@example.org',
    // A customer's own number, no offer
    'Pinecrest please call me at 415 555 0199 about my card, I fixed nothing myself',
    // "MP" as multiplayer
    'le mode MP est cassé depuis la mise à jour',
    'no dms please, just answer here',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });
});

describe('offplatform-contact: numbers in an offer', () => {
  // A number in a text that reads as a commercial offer is the line it sends readers to.
  it.each([
    'CONGRATS! u have been selected 4 a £500 shopping voucher. Claim now 07700 900481 (18+ only)',
    'Free weekend break for 2 is waiting, to claim ring07700900482 now, 10p/min T&Cs apply',
    'Your bonus cash is ready. Customer care 020 7946 0312, reply STOP to opt out',
    'WIN a free phone this week! Enquiries: prizes.desk@example.co.uk',
  ])('fires without a contact verb: %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });

  it('does not treat a customer quoting such an offer to the brand as one', () => {
    expect(
      fired(
        item(
          '@pinecrestbank I got a text saying I won a prize with 10p/min, from 07700 900483. Is this you?',
        ),
      ),
    ).toEqual([]);
  });
});

describe('offplatform-contact: premium-rate pricing and a number labeled as the line', () => {
  it.each([
    'new in town, fancy a chat? Text JOIN to 80123. 30pp/txt. Help08712345670',
    'lonely tonight? pls leave a msg 2day 09012345671 Jo x Calls£1/min',
    'FREE ENTRY FOR LADIES at the club tonight!!! info: 07700900467/07700900468',
  ])('reads the number as the line the offer sends readers to: %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });
});

describe('offplatform-contact: everyday talk', () => {
  // A third person, or the verbs of everyday talk, send nobody anywhere on their own.
  it.each([
    'ok I will talk to him tonight',
    'can you text her when you land?',
    'nearly there, will reach my stop soon',
    'msg me when the film starts',
    'I have no way to contact them until Monday',
    'if she asks, send her a message about the dinner',
    // A text message needs a number: with none, "text me" reaches no reader, offer or not.
    'no idea, but if you want just text me whatever you find',
    'the girls are waiting for you to text them tonight! send STOP to stop this service',
  ])('no finding on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it.each([
    'talk to my account manager on WhatsApp, he fixes blocked cards',
    'contact him at +44 7700 900484 for a same-day loan',
    'text our agent, she unlocks accounts fast',
    'Billing issue? Text us at +1 555-0142 for help right away',
    'text me on WhatsApp for the refund form',
  ])('still fires when the text names where, or who: %s', (text) => {
    expect(fired(item(text))).toEqual(['offplatform-contact']);
  });
});
