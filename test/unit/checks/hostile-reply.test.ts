import { describe, expect, it } from 'vitest';
import { hostileReply } from '../../../shared/checks/hostile-reply.ts';
import { BRAND, item, PUBLIC, reply, runner } from './integrity-fixture.ts';

const { findings, fires } = runner([hostileReply]);

describe('hostile-reply', () => {
  it.each([
    '@lena.k maybe learn to read the label before complaining 🙄',
    '@lena.k ok boomer',
    "@lena.k it's toothpaste, not a personality. Grow up.",
    '@lena.k Keep talking like that and we will ban you from the store.',
    "@lena.k you clearly didn't use it right, sweetie 💅",
    '@lena.k Cool story.',
    '@lena.k imagine being this upset about floss 😂',
    '@lena.k nobody asked, Karen',
    '@lena.k Thanks for your input 🙄',
    "@lena.k It's called reading, try it sometime.",
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    ['es', '@lena.k si no sabes leer las instrucciones, no es nuestro problema 🤷'],
    ['pt', '@lena.k problema seu, né? 😂'],
    ['fr', "@lena.k apprenez à lire, c'est écrit sur la boîte 🙄"],
    ['de', '@lena.k selbst schuld, vielleicht einfach die Anleitung lesen? 🙄'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    "@lena.k We're so sorry about this. Please DM us your order number and we'll fix it today.",
    '@lena.k Not yet! The mint one lands in March 🌿',
    '@lena.k Firm answer, but honest: we cannot refund opened tubes. Here is our policy: sunmeadow.com/returns',
    '@lena.k haha a person of taste 😂',
    '@lena.k Maybe try the soft brush instead? It is gentler on gums 🙂',
    '@lena.k Next time just DM us and we will sort it faster 💛',
    '@lena.k Lo sentimos mucho, escríbenos por DM y lo revisamos.',
    '@lena.k Merci ! Oui, le dentifrice est sans fluor 🌿',
  ])('does not fire on: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it('applies to brand replies only: not posts, not the public', () => {
    expect(fires(item('ok boomer', BRAND))).toBe(false);
    expect(fires(reply('@sunmeadow ok boomer', PUBLIC))).toBe(false);
  });

  it('points at the put-down, exact offsets after emoji', () => {
    const text = '@lena.k 🙄🙄 Grow up.';
    const [f] = findings(reply(text, BRAND));
    const spans = f!.evidence.map((e) => text.slice(e.start, e.end));
    expect(spans).toContain('Grow up');
    expect(f!.reason).toMatch(/politely/);
  });
});

describe('hostile-reply: families of phrasing', () => {
  it.each([
    ['en', '@lena.k keep spamming our page and we will block you'],
    ['en', "@lena.k one more comment like that and we'll report you"],
    ['en', "@lena.k it's on the label, for anyone who can read"],
    ['en', "@lena.k use your brain, it's printed on the box"],
    ['es', '@lena.k usa la cabeza, está en la caja'],
    ['de', '@lena.k denk mal nach, steht auf der Packung'],
    ['en', '@lena.k sounds like a you problem'],
    ['en', '@lena.k what did you expect for five dollars?'],
    ['en', '@lena.k please stop wasting our time'],
    ['es', '@lena.k ¿y qué esperabas?'],
    ['pt', '@lena.k o que você esperava?'],
    ['fr', "@lena.k tu t'attendais à quoi ?"],
    ['de', '@lena.k was hast du denn erwartet?'],
    ['es', '@lena.k sigue insultando y te bloquearemos'],
    ['es', '@lena.k está en la etiqueta, para los que saben leer'],
    ['pt', '@lena.k continua xingando e vamos bloquear sua conta'],
    ['pt', '@lena.k está no rótulo, pra quem sabe ler'],
    ['fr', '@lena.k continuez comme ça et nous fermerons votre compte'],
    ['fr', "@lena.k c'est écrit sur la boîte, pour ceux qui savent lire"],
    ['de', '@lena.k mach nur so weiter und wir sperren dein Konto'],
    ['de', '@lena.k steht auf der Packung, für Leute, die lesen können'],
  ])('fires on a conditional threat or a can-you-read put-down (%s): %s', (_lang, text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    "@lena.k keep using it daily and you'll see results in a couple of weeks!",
    "@lena.k keep an eye on your inbox and we'll send the return label",
    "@lena.k one more thing and we'll be all set: your order ships Monday",
    '@lena.k sigue usándolo y te encantará el resultado',
    "@lena.k thanks for the feedback, we'll try harder next time",
    "@lena.k what did you expect from the new flavour? We'd love to hear",
  ])('does not fire on: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: dismissive "go do it somewhere else" (third pass)', () => {
  it.each([
    ['en', '@lena.k lol ok, go bill someone $150/hr for that opinion'],
    ['en', '@lena.k go complain to someone else'],
    ['en', '@lena.k keep your opinions to yourself'],
    ['es', '@lena.k vete a llorar a otra parte'],
    ['pt', '@lena.k vai reclamar com outra pessoa, vai reclamar com outro'],
    ['fr', '@lena.k allez vous plaindre ailleurs'],
    ['de', '@lena.k geh woanders jammern'],
  ])('fires (%s): %s', (_lang, text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k go ahead and send us a DM, someone from the team will help',
    '@lena.k we passed your opinion to the product team, thanks!',
    '@lena.k si prefieres, ve a la tienda y alguien te ayuda',
  ])('does not fire on: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: fourth-pass families (digs at "someone", ridicule, brush-offs, pointed one-liners)', () => {
  it.each([
    // A dig at "someone" who is plainly the customer.
    ['en', '@lena.k looks like somebody forgot to read the box, hon'],
    ['en', "@lena.k sounds like someone didn't floss for a month 💁‍♀️"],
    ['es', '@lena.k parece que alguien no leyó la etiqueta 🤷'],
    ['pt', '@lena.k alguém não leu a embalagem, né? 😬'],
    ['fr', "@lena.k on dirait que quelqu'un n'a pas lu la notice 🙃"],
    ['de', '@lena.k da hat wohl jemand nicht gelesen, was auf der Tube steht 😬'],
    // Ridicule: others laugh at the customer.
    ['en', '@lena.k even your toothbrush is laughing at you, Tom 😬'],
    ['es', '@lena.k hasta tu dentista se ríe de ti 😂'],
    ['pt', '@lena.k até o seu dentista ri de você 😂'],
    ['fr', '@lena.k même votre dentiste se moque de vous 😂'],
    ['de', '@lena.k sogar dein Zahnarzt lacht über dich 😂'],
    // Brush-offs: believe what you want, your record speaks for itself.
    ['en', '@lena.k believe whatever you want, your plaque score speaks for itself 💀'],
    ['es', '@lena.k cree lo que quieras, tu historial habla por sí solo'],
    ['pt', '@lena.k acredite no que quiser, seu histórico fala por si'],
    ['fr', '@lena.k croyez ce que vous voulez, votre dossier parle de lui-même'],
    ['de', '@lena.k glaub doch, was du willst, deine Bilanz spricht für sich'],
    // Pointed one-liners, with a name or in another language.
    ['en', '@lena.k Cool story, Priya.'],
    ['en', '@lena.k Riveting.'],
    ['es', '@lena.k Fascinante, Marta.'],
    ['fr', '@lena.k Fascinant.'],
    ['de', '@lena.k Spannend.'],
    // Pet names used to talk down.
    ['en', "@lena.k it's a toothbrush babe, not a spaceship"],
    ['es', '@lena.k es un cepillo, cariño, no un cohete'],
    ['pt', '@lena.k é só uma escova, queridinha'],
    ['fr', "@lena.k c'est une brosse, mon chou"],
    ['de', '@lena.k das ist eine Zahnbürste, Schatz'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k Noted, thanks! We passed it to the product team.',
    '@lena.k Noted, Priya, we are checking your order now and will reply today.',
    "@lena.k Sounds like someone's getting a new brush for their birthday 🎁 enjoy!",
    '@lena.k Sorry, it looks like someone on our side forgot to ship it. A new one leaves today.',
    '@lena.k The results speak for themselves in our published trial: sunmeadow.com/study',
    '@lena.k We would never laugh at anyone asking for help. DM us and we will sort it.',
    '@lena.k Lo sentimos, parece que alguien de nuestro equipo se equivocó. Te escribimos por DM.',
    "@lena.k Merci pour votre retour, nous regardons votre commande aujourd'hui.",
    '@lena.k Danke dir! Wir prüfen das sofort.',
    '@lena.k Cheers, Sam. Your replacement is on the way.',
    '@lena.k We laughed at your meme 😂 10/10',
    "@lena.k I'm still laughing at your joke 😂",
    '@lena.k Nos reímos mucho con tu vídeo 😂',
  ])('does not fire on a polite or warm reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it('does not fire when the same dig comes from a member of the public', () => {
    expect(fires(reply('@lena.k sounds like someone didn’t read the instructions 💁‍♀️', PUBLIC))).toBe(false);
  });
});

describe('hostile-reply: registers (sarcasm, slang, formal, questions, emoji-only)', () => {
  it.each([
    ['en', '@lena.k wow, reading the FAQ must be so hard for you'],
    ['en', '@lena.k did you even try turning it on?'],
    ['en', '@lena.k keep telling yourself that 😂'],
    ['en', '@lena.k As we have already explained, twice, the tube is recyclable.'],
    ['en', '@lena.k who hurt you?'],
    ['en', '@lena.k Yikes.'],
    ['en', '@lena.k 🙄🙄'],
    ['en', '@lena.k not sure what you expected from a $3 brush'],
    ['es', '@lena.k sigue diciéndote eso 😂'],
    ['es', '@lena.k la verdad, me das pena'],
    ['pt', '@lena.k continue se enganando 😂'],
    ['pt', '@lena.k você me dá pena, sério'],
    ['fr', '@lena.k continue de te le dire 😂'],
    ['fr', '@lena.k tu me fais pitié'],
    ['de', '@lena.k red dir das nur weiter ein 😂'],
    ['de', '@lena.k du tust mir echt leid, ehrlich'],
  ])('fires in %s: %s', (_lang, text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k Sorry the FAQ was hard to find, we moved it: sunmeadow.com/faq',
    '@lena.k Did you try holding the button for 3 seconds? That usually wakes it up 🙂',
    '@lena.k Keep telling your friends about us 💛 it means a lot',
    '@lena.k Yikes, that is not okay. DM us your order and we will fix it.',
    '@lena.k As we said in our post, the mint tube is back on Monday!',
    "@lena.k As we've already mentioned, the restock lands Monday 💛",
    '@lena.k Es tut uns leid, das sollte nicht passieren. Schreib uns bitte per DM.',
    '@lena.k Nos da pena leer esto, lo sentimos. Escríbenos por DM.',
  ])('does not fire on: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: pet names', () => {
  it.each([
    '@lena.k Yeah, buddy! Send us a photo of the build, for sure.',
    '@lena.k Thanks so much, pal! Enjoy the new flavour 😊',
  ])('no finding on warm banter: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it.each([
    '@lena.k Our chief chemist wrote the label, it is all on the back.',
    '@lena.k My pal in the warehouse says it ships Monday.',
    '@lena.k Honey and lemon is the new flavour this winter.',
  ])('no finding on a pet-name word that addresses nobody: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it.each([
    '@lena.k Calm down, buddy.',
    '@lena.k Read the label first, sweetie.',
    '@lena.k sure thing chief.',
  ])('fires on a pet name that talks down: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });
});

describe('hostile-reply: insults aimed at the addressee', () => {
  it.each([
    '@lena.k you are such an ignorant fool',
    '@lena.k ur a troll, nothing more',
    '@lena.k you people are complete morons',
    '@lena.k nobody cares about your review',
    '@lena.k learn to spell before you post',
    '@lena.k go back to your cave',
    '@lena.k what a clown',
    '@lena.k you tedious old hack',
    '@lena.k you are a sad excuse for a human being',
    '@lena.k keep your receipts next time, coward.',
  ])('fires on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k you are right, the new tube is much better',
    '@lena.k your fat-free recipe sounds lovely',
    '@lena.k we have no idea yet when it restocks, sorry!',
    '@lena.k you are not a fool for asking, it confuses lots of people',
    '@lena.k did you see the fat-free version?',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: more insulting nouns and slurs', () => {
  it.each([
    "@lena.k you're nothing but a bum",
    '@lena.k honestly you are a tard',
    "@lena.k you're a nobody, stop posting",
    '@lena.k you absolute wanker',
    '@lena.k people like you are human garbage',
    '@lena.k what a joke you are',
    '@lena.k only a retard would ask that',
    '@lena.k eres basura humana',
    '@lena.k du bist Abschaum',
    // "your" written for "you're", garbage words aimed at the reader, brushing a group aside.
    '@lena.k your a clown lol',
    "@lena.k you're just trash",
    '@lena.k you are one sick individual',
    '@lena.k people like you are the problem here',
  ])('fires on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k the refills are flame retardant, so no worries there',
    "@lena.k you're not a nobody to us, thanks for writing",
    '@lena.k we recycle the trash from every shop',
    '@lena.k no joke, this ink really is waterproof!',
    '@lena.k your account is back, a new code is on its way',
    '@lena.k are you taking out the trash bags too? they are compostable',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: insults written around a word list, and what is wrong with the reader', () => {
  it.each([
    '@lena.k only an i.d.i.o.t would leave the lid off',
    '@lena.k what a st00pid question',
    '@lena.k only a m0r0n would ask that',
    "@lena.k what's wrong with you? it says mint on the box",
    '@lena.k who the hell do you think you are',
    "@lena.k you're not welcome here anymore",
    '@lena.k take your refund request and shove it up your nose',
    '@lena.k get the hell out of our mentions',
    '@lena.k your ignorant as hell about teeth',
    '@lena.k says the keyboard warrior who lives in his mom’s basement',
    "@lena.k you're a complete joke, honestly",
    '@lena.k you clearly have mental issues if a toothbrush upsets you',
    '@lena.k go back to licking the windows',
    '@lena.k typical trailer trash complaint',
    '@lena.k grow a spine and read the label',
    '@lena.k s.t.f.u already',
    '@lena.k what a turd',
    '@lena.k ok, douche-bag',
    '@lena.k of course you would, bottom feeder',
    '@lena.k you are crazy, just plain crazy',
    "@lena.k you're so naive about fluoride",
    '@lena.k you dummies never read the label',
    '@lena.k that is the stupidest review we have read',
    '@lena.k nobody gives a damn what you think',
    '@lena.k go suck a lemon',
    '@lena.k did you forget to take your meds today?',
    '@lena.k what a piece-of-crap take',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    "@lena.k Nothing's wrong with your order, it ships today 💛",
    '@lena.k Stick it in the fridge after opening and it keeps for a month.',
    '@lena.k Your order is as good as new, we replaced the cap.',
    "@lena.k You're welcome here anytime, the café opens at 8!",
    '@lena.k It is the idiom, not the ingredient: mint is in the box.',
    "@lena.k That joke about the minty breath made our day, you're a joy 😂",
    '@lena.k Our team has mental health days, so replies may be slow on Friday.',
    '@lena.k Go back to the checkout page and the code applies itself.',
    '@lena.k Crazy good deal this week: 20% off the mint tubes!',
    '@lena.k Please take your meds with water, and ask your pharmacist about the toothpaste.',
  ])('stays silent on an ordinary brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: name-calling with no "you", and slurs', () => {
  it.each([
    // An insulting noun opening a sentence, or closing one bare: the form of address.
    '@lena.k Idiot. The cap twists off.',
    '@lena.k Dipshit thinks the lid is a bug.',
    '@lena.k read the label first. Moron.',
    '@lena.k nice try troll!',
    '@lena.k the refund is not coming, get lost loser',
    '@lena.k that was last week already liar.',
    // "… like you", an insulting noun for the reader and their kind.
    '@lena.k we do not sell to cowards like you',
    '@lena.k jerks like u never read the label',
    // Spelled out around a word list, and slurs: never a brand's word, aimed or not.
    '@lena.k what an a s s hole move',
    '@lena.k ok f@ggot, whatever',
    '@lena.k sounds like a tranny wrote this review',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    "@lena.k We're not liars, the offer ended on Sunday and the page says so.",
    '@lena.k Beware of trolls offering refunds in the replies.',
    '@lena.k Happy Halloween to all the witches and trolls!',
    '@lena.k This setup is idiot-proof, promise: two screws and done.',
    '@lena.k Please report the account, it is a troll.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it('does not fire when the public calls names: the check is about the brand', () => {
    expect(fires(reply('@acme Idiot. Nice try troll!', PUBLIC))).toBe(false);
  });
});

describe('hostile-reply: "you seem / must be …", bigotry words, family insults, curses at what is yours', () => {
  it.each([
    '@lena.k you look like a pedo in that avatar',
    "@lena.k you're starting to sound like a bigot",
    '@lena.k you really are a dense one',
    '@lena.k you must be an imbecile to think that',
    '@lena.k you seem so xenophobic today',
    '@lena.k you are a child, honestly',
    '@lena.k your mom is a liar too',
    '@lena.k f*ck your refund',
    '@lena.k take your complaint and shove it.',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k You are a child of the 90s, like the rest of our team!',
    '@lena.k Your mom is a legend, tell her we said hi',
    '@lena.k Shove it in the oven for ten minutes and it is ready.',
    '@lena.k You must be so proud of that garden 🌱',
    '@lena.k You seem to have the old version; the new cap is blue.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: the insult before "you are", more degrees and nouns', () => {
  it.each([
    '@lena.k narrow-minded little fool you are',
    '@lena.k every reply shows how crazy you are',
    '@lena.k you are either very ignorant or trolling',
    "@lena.k you're pretty dense about toothpaste",
    '@lena.k you truly are a mental midget',
    '@lena.k you dirty fucker',
    '@lena.k you rube, it says mint on the tube',
    '@lena.k your mom must be a real lowlife',
    '@lena.k read the label, libtard!',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    "@lena.k You're very kind, thank you!",
    '@lena.k Clever you are, that is the trick with the cap 😄',
    '@lena.k You are either in the EU or the UK shop, both ship free.',
    '@lena.k Our low-lift refill takes a minute.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: character words, spelled-apart nouns, "get a real life"', () => {
  it.each([
    "@lena.k you're a dim-wit",
    '@lena.k clearly you are a fucktard',
    '@lena.k you are a horrible little person',
    "@lena.k you're so small-minded about mint",
    '@lena.k you come off as an arrogant s.o.b',
    '@lena.k shut da fuck up',
    '@lena.k you need a real life',
    '@lena.k you need to s..t..f..u',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k You come across as someone who loves mint, so try the spearmint 🌿',
    '@lena.k The toxic-free formula is in every tube.',
    '@lena.k Our real-life tests took a year.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: "you sir, are …", "how pathetic you sound", brush-offs', () => {
  it.each([
    '@lena.k you sir, are a jackass',
    '@lena.k you people are clowns',
    '@lena.k do you hear how pathetic you sound?',
    '@lena.k you is shit at reading',
    "@lena.k you're a butthurt little troll",
    '@lena.k you are the real @sshole here',
    '@lena.k get over yourself',
    '@lena.k have you been living under a rock?',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k You sir, are a legend. Thank you!',
    '@lena.k How great you look in that photo!',
    '@lena.k People like you are the reason we make this 💛',
    '@lena.k The hermit crab lives under a rock, so does our mascot.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: "stupid", "pathetic", "ridiculous" only when the reply speaks to someone', () => {
  it.each([
    '@lena.k what a stupid question from you',
    '@lena.k your review is ridiculous',
    '@lena.k pathetic, you could have read the label',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k The old rule was stupid, so we dropped it last week.',
    '@lena.k Our dumb phone case is back in stock: buttons only, no apps.',
    'Ridiculous weather today, stay dry everyone ☔',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: a name set off by commas, "your ignorance", "good riddance"', () => {
  it.each([
    '@lena.k so, fool, will you read the label now?',
    '@lena.k we can all see your ignorance here',
    '@lena.k unsubscribe then, good riddance',
    '@lena.k read it again, dumb fucks',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k We block spam, trolls, and bots as soon as we see them.',
    '@lena.k Sorry for our ignorance of the new rule, it is fixed now.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: judging what the reader wrote needs no "you"', () => {
  it.each(['@lena.k that is a stupid question, read the FAQ', '@lena.k what a ridiculous complaint'])(
    'fires on a brand reply: %s',
    (text) => {
      expect(fires(reply(text, BRAND))).toBe(true);
    },
  );
});

describe('hostile-reply: "you suck", "shut your filthy mouth", "sack of …", respelled nouns', () => {
  it.each([
    '@lena.k you suck, honestly',
    '@lena.k shut your filthy mouth',
    '@lena.k close your mouth already',
    '@lena.k what a sack of shit take',
    '@lena.k go fok yourself',
    "@lena.k you're a skumbag",
    '@lena.k d-bags like you never read the label',
    '@lena.k you are a born m o r o n',
    '@lena.k you are an azz',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k Suck it up, it is only Monday 😄',
    '@lena.k You suck at this game? Same here, the boss level is hard!',
    '@lena.k Close your eyes and breathe, the mint does the rest.',
    '@lena.k The sack of flour is 5 kg, the bag of oats 2 kg.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: "your the …", IQ jabs, insulting what the reader wrote', () => {
  it.each([
    '@lena.k so your the idiot who left the review',
    '@lena.k you just proved you have an IQ of no higher than 20',
    '@lena.k nobody reads your delusional posts',
    '@lena.k we all see your lunacy',
    '@lena.k are you lost, little boy?',
    '@lena.k you are an evil, spiteful troll',
    '@lena.k it is sold out, dikhead.',
    '@lena.k knew you were a bltch',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k your the best, thank you!',
    '@lena.k Our little boy and girl range is back: sizes 2 to 8.',
    '@lena.k The IQ test kit is 20% off this week.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: sending the reader off, "your own stupidity"', () => {
  it.each([
    '@lena.k Go away, nobody wants your review.',
    '@lena.k go back to where you came from',
    '@lena.k go back to your cave',
    '@lena.k you are blinded by your own political stupidity',
    '@lena.k you are stupider than the average troll',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k The itch will go away in a day or two, keep using the balm.',
    '@lena.k Go back to the app and tap Orders, it is there.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe("hostile-reply: wishing harm, compounds, taunts, the reader's family", () => {
  it.each([
    '@lena.k I hope you choke on it',
    '@lena.k honestly your whole family should die',
    "@lena.k I'd punch you if you came in",
    '@lena.k may you and your reviews rot forever',
    '@lena.k typical shoptard whining',
    '@lena.k you sound ignorant as heck',
    '@lena.k what planet are you from?',
    '@lena.k what are you people smoking',
    '@lena.k We read the label, unlike you.',
    '@lena.k your lack of common sense is impressive',
    '@lena.k that is your perverted little mind talking',
    '@lena.k your sister sells herself on the corner',
    '@lena.k none of your reviews... your comments have no merit',
    '@lena.k f*ck you and your refund',
    '@lena.k keep your big mouth shut',
    "@lena.k don't be a coward",
    '@lena.k you are a cheap, lazy fool',
    '@lena.k you are too_dumb to follow instructions',
    '@lena.k Stop whining about the lid.',
    '@lena.k you really messed it up, you little shit',
    '@lena.k you dont know squat about toothpaste',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    '@lena.k The leotard, the unitard and the custard tart are all in the spring drop.',
    '@lena.k Mustard seed oil is not in any of our pastes.',
    '@lena.k Try the wrap with honeymustard, or the eggcustard tart for dessert!',
    '@lena.k He needs to stop crying, says his mum, so we sent a new plush.',
    "@lena.k I can't stop laughing at this, best review ever 😂",
    '@lena.k Tell your mom this gift set will blow her away!',
    '@lena.k A sick person should rest and see a doctor first.',
    '@lena.k We hope you get better soon, take care.',
    '@lena.k That would piss off anyone, we are fixing it today.',
    '@lena.k Keep your receipt, and your mouth guard in its case.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: "not very bright", respelled "shut up", more names', () => {
  it.each([
    "@lena.k you're not very bright, are you",
    '@lena.k you, sir, are not intelligent',
    '@lena.k not the sharpest tool in the shed, this one',
    '@lena.k shaddap and read the label',
    '@lena.k what are you going to do about it, tough guy?',
    '@lena.k go on then, shit for brains',
    '@lena.k you are clearly unhinged',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    "@lena.k You're not too smart to ask, everyone asks this!",
    '@lena.k You are not smart enough to need a smart toothbrush? Nobody is, it just counts to two minutes.',
    "@lena.k That's a tough guy to beat, our mascot in the relay race!",
    '@lena.k The store shutdown is at 5 pm on Sundays.',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: imperatives said to the reader, not the same words in a story', () => {
  it.each([
    '@lena.k Sit down, the grown-ups are talking.',
    '@lena.k Watch it.',
    "@lena.k you have no idea what you're talking about",
    '@lena.k We covered it in the video. Maybe watch the video again?',
  ])('fires on a brand reply: %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });

  it.each([
    "@lena.k I've tried to sit down with the manual too, it is long!",
    '@lena.k We will re-watch it tonight with the whole team 📺',
    '@lena.k You have no idea how happy this makes us!',
    '@lena.k Why do people love this flavour so much? We ask ourselves daily!',
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });
});

describe('hostile-reply: the same words in a kind reply', () => {
  it.each([
    '@lena.k Oh no, you sound sick, rest up and feel better!',
    "@lena.k You're too sick to come in? Get well soon, we'll hold it for you.",
    "@lena.k I'll shoot you a DM with the tracking number.",
    '@lena.k We hope you do not suffer any more delays, the new stock is in.',
    '@lena.k May you never suffer a bad cup of coffee again!',
    '@lena.k Your little brainteaser kit ships Monday 🧩',
    '@lena.k Your comments have value to us, thank you!',
    "@lena.k You're not a terrible person for loving pineapple pizza 🍍",
    "@lena.k We nailed your mom's birthday cake order, she'll love it!",
    '@lena.k We cried like a baby at the ending too 😭',
    '@lena.k Our butt plug range is back in stock, discreet shipping as always.',
    '@lena.k What are you guys smoking this weekend? Brisket here 🍖',
    '@lena.k Tell your mom she needs a garden hoe for the new beds 🌱',
    "@lena.k Your dad screwed the shelf in wrong? Send us a pic and we'll help.",
    '@lena.k Our Reaper sauce will make you burn in hell 🔥 in the best way',
    '@lena.k Our chews fix your pup’s dog breath in a week',
    '@lena.k Were you disturbed by the noise last night? Let us know.',
    "@lena.k If you're not sharp in the morning, try our espresso ☕",
    "@lena.k You're crazy for doing that in one sitting 😂 respect!",
  ])('no finding on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(false);
  });

  it.each([
    '@lena.k you sound ignorant as heck',
    "@lena.k you're too dumb to follow instructions",
    "@lena.k I'll punch you if you come in again",
  ])('still fires on %s', (text) => {
    expect(fires(reply(text, BRAND))).toBe(true);
  });
});
