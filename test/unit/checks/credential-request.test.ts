import { describe, expect, it } from 'vitest';
import { credentialRequest } from '../../../shared/checks/credential-request.ts';
import { item, runner } from './scam-fixture.ts';

const { fired, findings } = runner(credentialRequest);

describe('credential-request', () => {
  it.each([
    'To unlock your card, reply with the 6-digit code we just texted you',
    'DM us your card number, expiry and CVV so we can refund you',
    'Please confirm your online banking password to continue',
    'send me the code you receive and I will fix it',
    'Text your card PIN to +1 (202) 555-0177',
    'enter your recovery phrase on the form to restore the wallet',
    'Envíanos por DM el número de tu tarjeta y el CVV',
    'Compártenos el código que te llegará por SMS',
    'Informe sua senha e o código de verificação para desbloquear',
    'Merci de nous envoyer votre numéro de carte et le cryptogramme',
    'Bitte senden Sie uns Ihre TAN und Ihr Passwort per DM',
    'reply with your ＰＩＮ',
    'share your p\u200Bassword here',
  ])('fires on %s', (text) => {
    expect(fired(item(text))).toEqual(['credential-request']);
  });

  // A credential to keep at hand for "us", and N-digit codes, in the five languages.
  it.each([
    'Our agent will call shortly, keep your card PIN handy so we can verify you',
    'Tenga a mano la clave de acceso y nuestro asesor le llamará',
    'Escriba aquí el código de 6 dígitos que le llegó',
    'Deixe a senha pronta que nós ligamos em seguida',
    'Mande aqui o código de seis dígitos para confirmar a troca',
    'Indiquez-nous le code à 6 chiffres pour valider le remboursement',
    'Donnez le code que nous vous avons envoyé pour garder votre ligne',
    'Halten Sie Ihre TAN bereit, wir rufen Sie gleich an',
    'Nennen Sie uns bitte den 6-stelligen Code aus der SMS',
  ])('fires on the family: %s', (text) => {
    expect(fired(item(text))).toEqual(['credential-request']);
  });

  // Third pass: the credential in a list of details with a mail or chat ask, the German verb at
  // the end, qualified card numbers ("complete", "16 digits", "the long number on your card").
  it.each([
    'To get the voucher, email your name, phone and the card number you used to refunds@example.net',
    'Write your address and your online banking password in a message to me',
    'For the chargeback, whatsapp the long number on your card and the expiry date',
    'Para el reembolso, envíanos por DM el número completo de tu tarjeta',
    'Responda com os 16 dígitos do cartão e a validade',
    'Pour annuler le débit, écrivez-nous en MP avec le numéro complet de votre carte',
    'Einfach Vorname, Adresse und Online-Banking-Passwort per Telegram an +49 151 0000 0000 schicken',
    'Kartennummer und Ablaufdatum bitte hier eintragen, dann buchen wir zurück',
    'Manda los datos de tu tarjeta por WhatsApp a +34 600 000 000',
  ])('fires on the third-pass family: %s', (text) => {
    expect(fired(item(text))).toEqual(['credential-request']);
  });

  it.each([
    'Edit your comment, you put your full card number in there',
    'I emailed them my order number and still no answer',
    'Le numéro de carte de fidélité ne marche pas à la caisse',
    'Die Kartennummer steht auf der Rückseite, die PIN bekommen Sie separat',
  ])('does not fire on a report or a non-secret: %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it.each([
    'Have your PIN ready when you call the number on the back of your card',
    'El código de 6 dígitos de la caja fuerte del hotel no funciona',
    'my 6-digit code came late again, anyone else?',
  ])('does not fire on advice or a complaint: %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it.each([
    'Pinecrest will never ask for your PIN or password',
    'someone asked me to read out the code from my texts, I hung up',
    'Nunca compartas tu código con nadie',
    'my gift card number keeps failing at checkout',
    'refund went to the card ending 4417',
    'DM us for a discount code',
    'use code SAVE10 at checkout',
    'log in to verify your account at the link',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });

  it('names the credentials in the evidence', () => {
    const [f] = findings(item('please send your password and the OTP'));
    expect(f!.evidence.map((e) => e.match)).toEqual(['password', 'OTP']);
  });
});

// Fourth pass: login credentials named as such, and "log in with your password" in five languages.
describe('credential-request: login credentials and log-in-with asks', () => {
  it.each([
    'Refunds are manual this week: send your order number and online banking login to our agent',
    'To unlock the account just DM us your login details',
    'reply with your mobile banking username and password',
    'Para el sorteo inicia sesión en pinecrest-premios.com con tu usuario y contraseña',
    'Envíanos tus datos de acceso por privado y lo solucionamos',
    'Pra participar é só entrar em pinecrest-sorteio.com com seu usuário e senha',
    'Mande seus dados de acesso no direct que a gente resolve',
    'Connectez-vous sur pinecrest-cadeau.fr avec vos identifiants bancaires',
    'Senden Sie uns Ihre Anmeldedaten, dann erstatten wir den Betrag',
  ])('fires on %s', (text) => {
    expect(fired(item(text))).toEqual(['credential-request']);
  });

  it.each([
    'never send anyone your online banking login, not even us',
    'I logged in with my password and the app crashed again',
    'please send your account details so the refund can be wired',
    'My login details stopped working after the update?',
    'Ne partagez jamais vos identifiants bancaires',
  ])('does not fire on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });
});

describe('credential-request: a customer describing their own credential problem', () => {
  it.each([
    'I keep typing my PIN and the app says wrong PIN, what now?',
    '@pinecrestbank I need a new PIN for my debit card, mine is blocked',
    '@pinecrestbank why do you need my card number again?',
    '@pinecrestbank I never got the verification code you said you sent',
    '@pinecrestbank no me llega el código de verificación y mi contraseña no funciona',
    '@pinecrestbank minha senha não funciona depois da redefinição',
    "@pinecrestbank je n'ai jamais reçu le code de vérification",
    '@pinecrestbank ich habe den Bestätigungscode nie bekommen, mein Passwort geht nicht',
  ])('no finding on %s', (text) => {
    expect(fired(item(text))).toEqual([]);
  });
  it('still fires when someone asks for yours', () => {
    expect(fired(item('I fixed my account, just send me your PIN and I will fix yours'))).toEqual([
      'credential-request',
    ]);
  });
});
