import type { Evidence } from '../model/index.ts';
import { quote, spanEvidence } from './evidence.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

/**
 * `hostile-reply`: a reply by the brand's own account that insults, mocks, threatens or talks
 * down to someone, in English, Spanish, Portuguese, French and German.
 *
 * Each reply gets a score: a put-down, insult, threat or condescending form of address counts
 * 2; a softer sign (a mocking emoji such as 🤷 or 😂 (🙄, 💅 and 🤡 count 2), "maybe" opening a piece of advice,
 * "honestly", "lol") counts 1; an apology takes 1 away. Two points fire, so one
 * eye-roll on an otherwise helpful reply does not, and "Cute." on its own does.
 */

interface Signal {
  readonly re: RegExp;
  readonly weight: number;
  /** A cheap test the text must pass before `re` runs. */
  readonly gate?: RegExp;
  /** Signals of one group count once: the first that matches. */
  readonly group?: string;
}

// Nouns that insult a person, one per line.
const INSULT_NOUN_SOURCE = [
  'idiots?',
  'morons?',
  'fools?',
  'retards?',
  'trolls?',
  'losers?',
  'clowns?',
  'jerks?',
  'a+ss+holes?',
  'dumb\\s?a+ss(?:es)?',
  'jacka+ss(?:es)?',
  'dick(?:head)?s?',
  'pricks?',
  'douche(?:bag)?s?',
  'bitch(?:es)?',
  'bastards?',
  'twats?',
  'cunts?',
  'scum(?:bag)?s?',
  'pigs?',
  'cowards?',
  'hypocrites?',
  'liars?',
  'bigots?',
  'racists?',
  'haters?',
  'hacks?',
  'punks?',
  'schmucks?',
  'whores?',
  'sluts?',
  'nazis?',
  'maggots?',
  'creeps?',
  'perverts?',
  'freaks?',
  'psychos?',
  'lunatics?',
  'bull(?:y|ies)',
  'thugs?',
  'parasites?',
  'vermin',
  'rats?',
  'traitors?',
  'frauds?',
  'degenerates?',
  'shills?',
  'halfwits?',
  'dimwits?',
  'nitwits?',
  'buffoons?',
  'imbeciles?',
  'disgrace',
  'excuse\\s+for\\s+a\\s+(?:human|man|woman|person)',
];
// Adjectives that insult a person, one per line ("you are so ignorant", "you're pathetic").
const INSULT_ADJ_SOURCE = [
  'ignorant',
  'pathetic',
  'worthless',
  'useless',
  'brainless',
  'spineless',
  'delusional',
  'disgusting',
  'stupid',
  'dumb',
  'vile',
  'sick',
  'twisted',
  'filthy',
  'lame',
  'clueless',
  'moronic',
  'idiotic',
  'retarded',
  'deranged',
  'senile',
  'illiterate',
  'arrogant',
  'conceited',
  'ugly',
  'fat',
  'a\\s+joke',
];
const INSULT_NOUN = `(?:${INSULT_NOUN_SOURCE.join('|')})`;
const INSULT_ADJ = `(?:${INSULT_ADJ_SOURCE.join('|')})`;
const INSULT_WORD = `(?:${INSULT_NOUN}|${INSULT_ADJ})`;
// Words between "you (are)" and the insult: "such a", "a complete", "a f***ing little".
const INTENSIFIERS =
  '(?:(?:such|so|a|an|the|just|really|truly|complete|total|absolute|utter|f+u*c*k+i*n+g?|f[*]+(?:ing|in)?|effing|little|stupid|dumb|big|sad|pathetic|ignorant|old|fat|lying|sorry|miserable)\\s+){0,4}';
// Any few words before an insulting noun ("you tedious old hack", "you are a vile racist bigot"),
// but not a denial ("you are not an idiot").
const ANY_WORDS = "(?:(?!not\\b|never\\b|no\\b|nor\\b)[a-z'-]+\\s+){0,3}?";
const YOU_ARE =
  "\\b(?:you|u|ya|youre|you're|ur|yall|y'all)\\s+(?:(?:are|r|is|were|'re|sound\\s+like|look\\s+like|act\\s+like)\\s+)?";
// Aimed insults that need a second person in the text; a cheap test of "you" keeps them off the rest.
const YOU_WORD = /\b(?:you|u|ya|youre|ur|yall)\b/;
const AIMED_AT_YOU = new RegExp(
  [
    `${YOU_ARE}${INTENSIFIERS}${INSULT_ADJ}\\b`,
    `${YOU_ARE}${ANY_WORDS}${INSULT_NOUN}\\b`,
    `\\b(?:you|u)\\s+(?:people|guys|lot|two)\\s+(?:are|r)\\s+${INTENSIFIERS}${INSULT_WORD}\\b`,
    '\\b(?:you|u)\\s+(?:have|got)\\s+no\\s+(?:idea|clue|life|brain|friends|shame|class)\\b',
    "\\b(?:you|u)\\s+(?:can't|cant|cannot)\\s+even\\s+(?:spell|read|write|think)\\b",
  ].join('|'),
);
const AIMED_INSULT = new RegExp(
  [
    '\\b(?:f+u+c*k+|f[*]+k?|screw)\\s+(?:you|u|off|yourself|urself)\\b',
    '\\bgo\\s+(?:f+u+c*k+|f[*]+k?|screw|kill|hang)\\s+(?:your\\s*self|urself)\\b',
    '\\bshut\\s+(?:your|ur)\\s+(?:mouth|face|trap|pie\\s*hole)\\b',
    '\\bpiece\\s+of\\s+(?:shit|crap|garbage|trash|work)\\b',
    '\\bwaste\\s+of\\s+(?:space|air|oxygen|skin)\\b',
    `\\b(?:what|such)\\s+an?\\s+${INTENSIFIERS}${INSULT_WORD}\\b`,
    '\\b(?:your|ur)\\s+(?:stupid|dumb|fat|ugly|ignorant|sorry|worthless|pathetic|lazy)\\s+(?:ass|face|mouth|brain|head|self|comments?|opinions?)\\b',
    // Dismissals: "nobody cares", "get a brain", "you have no clue", "learn to spell",
    // "crawl back under your bridge", "kiss my …", "shut the hell up", "kill yourself".
    '\\b(?:no\\s+one|nobody)\\s+(?:cares|likes\\s+you|asked\\s+you)\\b',
    '\\bget\\s+(?:a\\s+(?:brain|clue)|lost)\\b',
    '\\blearn\\s+(?:to|how\\s+to)\\s+(?:spell|write|think)\\b',
    '\\b(?:crawl|go)\\s+back\\s+(?:under|to|in(?:to)?)\\s+(?:your|ur)\\s+(?:bridge|cave|hole|rock|basement)\\b',
    '\\b(?:kiss|suck)\\s+my\\b',
    '\\beat\\s+(?:shit|dirt)\\b',
    '\\bkill\\s+(?:your\\s*self|urself)\\b',
    '\\bshut\\s+the\\s+(?:f+u*c*k+|f[*]+k?|hell)\\s+up\\b',
  ].join('|'),
);

// Words one of AIMED_INSULT's alternatives starts with (or needs): a cheap test first.
const AIMED_GATE =
  /\b(?:f[u*]|screw|go|shut|piece|waste|what|such|your|ur|no\s+one|nobody|get|learn|crawl|kiss|suck|eat|kill)/;

// "…, coward." "…, you sick fool!": an insulting noun as the closing form of address, tested on
// the text after the last comma only.
const CLOSING_INSULT = new RegExp(`^,\\s*(?:you\\s+)?(?:[a-z'-]+\\s+){0,2}${INSULT_NOUN}\\s*[.!?]*\\s*$`);
const CLOSING_REACH = 48;

const STRONG: readonly Signal[] = [
  // Insults and name-calling.
  {
    weight: 2,
    re: /\b(?:idiots?|stupid|dumb|moron(?:ic|s)?|clowns?|pathetic|losers?|clueless|crybab(?:y|ies)|snowflakes?|whiners?|whiny|entitled|ungrateful|ridiculous|imbeciles?|estupid[oa]s?|idiotas?|tont[oa]s?|burr[oa]s?|llor[oa]n|chat[oa]s?|cretins?|debiles?|dumm(?:kopf)?|idiotin|trottel|lacherlich)\b/,
  },
  // Insults aimed at the addressee: "you are such an ignorant fool", "ur a troll", "you
  // f***ing idiot", "go f*** yourself", "f*** you", "piece of sh*t", "waste of space".
  { weight: 2, re: AIMED_AT_YOU, gate: YOU_WORD, group: 'aimed' },
  { weight: 2, re: AIMED_INSULT, gate: AIMED_GATE, group: 'aimed' },
  // Put-downs and condescension.
  {
    weight: 2,
    re: /\b(?:ok(?:ay)? boomer|karen|touch(?:ing)? grass|get a life|grow up|get over it|cry (?:more|about it)|cope|skill issue|who asked|nobody asked|bye,? felicia|deal with it|shut up|stfu|learn (?:to|how to) read|(?:stop )?wasting (?:our|my|everyone's) time|a you problem|what (?:(?:did|do|else did) you expect|were you expecting)(?: for [^?.!\n]{1,20})?\?|use your (?:brain|head|eyes)|(?:people|those|anyone|someone|folks|customers|adults) (?:who|that) (?:can|could|actually|bother to) (?:read|count|follow (?:instructions|directions))|if you (?:could|bothered to|actually|had bothered to) (?:read|look|scroll)|reading is hard|can't read|not rocket science|like an adult|(?:the )?grown-?ups|stick to (?:your|coupon|\w+ing)|leave (?:the \w+|\w+) to (?:the )?(?:professionals|experts|adults|big \w+)|(?:you )?clearly (?:haven't|didn't|don't|can't|never|have no)|tell me you .{1,60} without telling me|nobody forced you|there's (?:a|the) door|imagine (?:crying|complaining|being|thinking|getting)|calm down|sit down|you'll survive|we'll reply when we reply|we(?:'ve| have) told you (?:\w+ ){0,2}(?:times|already|before)|unlike your (?:manners|brain|attitude|\w+)|(?:the )?problem (?:is|isn't) (?:the|our) \w+|the problem is you|\w+ much\?|bless your heart|good luck with that|sure,? jan|not our (?:problem|fault)|your (?:problem|fault)|did you (?:even )?read|it's called \w+|try it sometime|that's on you|(?:that's|it's) your own fault|it's literally (?:in|on|right)|try reading|reading comprehension|have fun with that|good for you\.|we don't care|(?:no ?one|nobody) cares|cry (?:harder|me a river)|tough luck|your loss|stay mad|drama queen|so dramatic|welcome to adulthood|git gud|glad you(?:'re| are) (?:flying|going|leaving|shopping|banking) (?:with )?(?:someone|somewhere) else|go (?:bill|charge|lecture|preach to|tell|cry to|complain to|whine to|moan to|rant to|explain it to|sell|bother|annoy|troll|pester) (?:someone|somebody|anyone|some(?:one|body) else)|go (?:cry|complain|whine|moan|rant|shop|cry about it|take your \w+) (?:somewhere else|elsewhere)|(?:keep|save) your (?:opinions?|advice|lectures?|sermons?|two cents|hot takes?) (?:to yourself|for (?:someone|your))|(?:vete|vaya|ve) a (?:llorar|quejarte|quejarse|cobrar(?:le)?|contarselo|sermonear) (?:a )?(?:otro|otra|otros|alguien|otra parte|a otro lado)|(?:vai|va) (?:chorar|reclamar|cobrar|reclamar com|encher o saco de) (?:pra |para |com )?(?:outro|outra|outros|alguem|outro lugar)|(?:va|allez) (?:pleurer|vous plaindre|te plaindre|facturer|faire la morale) (?:a quelqu'un d'autre|ailleurs)|geh(?:en sie)? (?:woanders|wo anders|jemand anderem) (?:heulen|jammern|meckern|auf die nerven|predigen)|(?:jammer|heul|meckere?) woanders)/,
  },
  // Threats.
  {
    weight: 2,
    // Conditional threats: "keep threatening us and we'll close your account", "one more
    // comment like that and...", "sigue así y...", "continue assim e...", "continuez comme ça
    // et...", "mach so weiter und...".
    re: /\b(?:(?:keep (?:[a-z]{2,16}ing|it up|this up|that up|going)|(?:one|any) more (?:[a-z]{1,16} ){0,2}(?:like (?:that|this))?)(?: [a-z']{1,16}){0,3},? and (?:we|i)(?:'ll| will| are going to|'re going to)(?: [a-z]{1,12})? (?:close|cancel|ban|block|report|delete|suspend|terminate|remove|restrict|mute|hide|blacklist|take (?:legal )?action|sue|call (?:the police|security|the cops)|involve|refuse)|(?:sigue|sigues|siga) (?:asi|[a-z]{2,16}ndo)(?: [a-z]{1,16}){0,2},? y (?:te |le |lo |la |tu cuenta )?(?:vamos a |sera )?(?:bloque|cerr|elimin|denunci|cancel|suspend|borr)[a-z]{0,8}|(?:continue|continua) (?:assim|[a-z]{2,16}ndo)(?: [a-z]{1,16}){0,2},? e (?:vamos |sua conta sera |voce sera )?(?:bloque|encerr|cancel|suspen|denunci|exclu|apag)[a-z]{0,8}|(?:continuez|continue) (?:comme (?:ca|cela)|a [a-z]{2,16}er)(?: [a-z]{1,16}){0,2},? et (?:nous|on) (?:allons |va )?(?:bloqu|ferm|supprim|signal|suspend|annul|resili)[a-z]{0,8}|(?:mach|macht|machen sie) (?:nur |ruhig )?so weiter,? und wir (?:sperren|loschen|kundigen|melden|blockieren|schliessen)|keep talking like that|we(?:'ll| will) make sure you|you(?:'ll| will) regret|watch (?:yourself|your mouth|it)|no-?fly list|blacklist(?:ed)?|we know where you|see you in court|banned for life)\b/,
  },
  // Passive-aggressive digs about a third person who is plainly the reader ("sounds like
  // someone didn't read", "alguien no leyó"), ridicule ("everyone laughs at you", "se ríe de
  // ti"), "believe whatever you want" brush-offs and "your <record> speaks for itself".
  {
    weight: 2,
    re: /\b(?:(?:sounds|looks|seems) like (?:someone|somebody|some people) (?:didn't|did not|can't|cannot|doesn't|don't|forgot|skipped|missed|never|needs to (?:read|learn|calm|relax))|someone(?:'s| is) (?:salty|mad|upset|triggered|jealous|pressed|big mad)|(?:someone|somebody) (?:didn't|did not|can't|forgot to|never) (?:read|look|check|scroll)|(?:laugh(?:s|ing|ed)?|giggl(?:es|ing))(?<!\b(?:we|i|we're|i'm|we are|i am|we were|i was)(?: (?:all|still|just|literally|so|really))? [a-z]{5,8}) at (?:you\b|your (?!(?:joke|meme|video|pun|comment|story|post|tweet|reply|gif|caption|photo|pic)s?\b))|(?:you can |you may |feel free to )?(?:believe|think) (?:whatever|what) you (?:like|want|wish)|your (?:[a-z0-9/.'-]{1,16} ){1,3}speaks? for (?:itself|themselves)|(?:babe|hon)\b|(?:reading|scrolling|clicking|following|looking|searching|checking|googling|opening)[a-z ]{0,30} (?:must be|is) (?:so |really |very )?(?:hard|difficult|tough)(?: for you)?|did you even (?:try|look|check|bother|open|read)|keep telling yourself (?:that|this)|as (?:we(?:'ve| have) )?(?:already |clearly )?(?:stated|explained|said|mentioned|told you),? (?:twice|several times|multiple times|many times|repeatedly|more than once)|as we(?:'ve| have) (?:repeatedly|clearly) (?:stated|explained|said|told you)|who hurt you|not sure what you (?:expected|were expecting)|alguien no (?:leyo|sabe leer|miro)|sigue (?:diciendote|creyendote) eso|quien te hizo (?:dano|tanto dano)|(?:me|te) das (?:pena|risa)|continue? (?:se enganando|acreditando nisso)|quem te machucou|(?:voce|vc|tu) (?:me|nos) das? (?:pena|do)|continuez? de (?:te|vous) le dire|qui (?:t'a|vous a) fait du mal|(?:tu me|vous me|tu nous|vous nous) (?:fais|faites) (?:pitie|rire|de la peine)|red(?:e|en sie)? (?:dir|sich|ihnen) das (?:nur |ruhig |doch )?(?:weiter )?ein|wer hat dir (?:so )?weh ?getan|(?:du tust|sie tun) (?:mir|uns) (?:echt |wirklich |richtig )?leid|se (?:rie|rien|reira) de (?:ti|usted)|cree(?:s)? lo que quieras|tu (?:[a-z]{1,16} ){1,2}habla por si sol[oa]|(?:carino|mija)\b|alguem (?:nao leu|nao sabe ler|esqueceu de ler)|(?:ri|riem) de (?:voce|vc|ti)|acredit(?:e|a) no que quiser|(?:seu|sua|teu|tua) (?:[a-z]{1,16} ){1,2}fala por si(?: so| mesm[oa])?|(?:queridinh[oa]|meu bem)\b|quelqu'un n'a pas (?:lu|su lire|regarde)|(?:se moque|se moquent) de (?:toi|vous)|(?:croyez|crois) ce que (?:vous voulez|tu veux)|(?:votre|ton|ta) (?:[a-z]{1,16} ){1,2}parle d'(?:elle|lui)-meme|(?:mon chou|ma petite)\b|da hat (?:wohl )?jemand (?:nicht|wohl nicht) (?:gelesen|aufgepasst|hingeschaut)|(?:lacht|lachen|lachte) (?:uber dich|uber sie|dich aus|sie aus)|glaub(?:en sie)? (?:doch |ruhig )?(?:was|woran) (?:du willst|sie wollen)|(?:dein|deine|ihr|ihre) (?:[a-z]{1,16} ){1,2}spricht fur sich|(?:susse|schatz)\b)/,
  },
  // Spanish, Portuguese, French, German put-downs.
  {
    weight: 2,
    re: /\b(?:usa (?:la cabeza|a cabeca)|(?:y )?que esperabas(?=\?)|o que (?:voce|vc|tu) esperava(?=\?)|(?:vous vous attendiez|tu t'attendais) a quoi(?= ?\?)|was (?:hast du|haben sie) (?:denn )?erwartet(?=\?)|reflechissez (?:un peu|deux secondes)|denk (?:mal |doch mal )?nach|(?:los|las|quienes|gente) que (?:saben|sepan) leer|quien sabe leer|(?:quem|pessoas que|os que) sabe[mn]? ler|(?:ceux|celles|les gens) qui sav(?:ent|ez) lire|(?:wer|leute,? die) lesen (?:kann|konnen)|si no sabes leer|aprende a leer|no es (?:nuestro problema|culpa nuestra)|es tu problema|supera?lo|callate|quedate en casa|ni modo|nao pode reclamar|aprende a ler|problema (?:seu|teu)|se vira|chora mais|cala a boca|fica em casa|apprenez a lire|apprends a lire|pas notre (?:probleme|faute)|c'est (?:votre|ton) probleme|tais-toi|taisez-vous|restez chez vous|reste chez toi|ma (?:petite )?cherie|lern(?:en sie)? lesen|nicht unser problem|(?:dein|ihr) problem|selbst schuld|heul doch|halt die klappe|schatzchen|nadie te pregunto|a nadie le importa|llora mas|que dramatic[oa]|ninguem (?:perguntou|liga)|que drama|azar o seu|personne ne (?:t'a|vous a) demande|on s'en fiche|tant pis pour (?:toi|vous)|hat (?:keiner|niemand) gefragt|interessiert (?:keinen|niemanden)|pech gehabt|dein pech|heul leise|(?:einfach )?zu ?hause bleiben|sondern an (?:dir|ihnen)|liegt(?:'s| es)? (?:an dir|an ihnen))\b/,
  },
];

// A pet name or "buddy" aimed at the customer talks down to them ("Calm down, sweetie."), unless
// the reply is plainly warm ("Yeah, buddy! Send us a pic, for sure."): banter with a fan.
const VOCATIVE = /\b(?:sweetie|sweetheart|honey|hun|darling|sugar|princess|kiddo|buddy|pal|champ|chief)\b/;
const WARM =
  /\b(?:yeah|yes|yay|woo+|for sure|thanks|thank you|awesome|glad|enjoy|love|happy|welcome|congrat\w*|cheers)\b[^.?]*!|!\s*(?:\w+\s+){0,6}(?:for sure|thanks|enjoy|cheers)\b|[❤💙💚💛🧡💜😊😃😄🙌🎉🥳]/u;

// A one-word sarcastic sentence: "Cute.", "Impressive.", "Cool story."
// A first name may follow as a pointed vocative: "Cool story, Nell.", "Noted, Sam."
const ONE_LINER =
  /(?:^|[.!?]\s+|\n)(?:cute|impressive|cool story(?:,? bro)?|noted|(?:just )?wow|ok(?:ay)? then|k|bless|ta bom|d'accord|na dann|si,? claro|yikes|que bonito|que fofo|c'est mignon|wie suss|riveting|fascinating|fascinante|fascinant|spannend)(?:,? (?!thanks|thank|cheers|merci|danke|gracias|obrigad)[a-z]{2,14})?\.\s*(?:[^\p{L}\p{N}\s]\s*)*$/u;

const WEAK: readonly Signal[] = [
  // An eye-roll, a nail-polish shrug-off or a clown from the brand's account is mockery on its own.
  { weight: 2, re: /🙄|💅|🤡/u },
  { weight: 1, re: /🤷|🙃|😒|🥱|😘|👋|😬|😂|🤣|😉|💁|💀|🥴|😴/u },
  { weight: 1, re: /(?:^|[.!?]\s+|\s)(?:maybe|perhaps|vielleicht|quizas|tal vez|talvez|peut-etre)\b/ },
  {
    weight: 1,
    re: /\b(?:honestly|lol|lmao|just a thought|ne\?|oder\?|n'est-ce pas|wow|sir,|ma'am,|next time)\b/,
  },
];

// Apologies and thanks are the opposite of hostility.
// Thanks are left out: "Thanks for your input 🙄" is still an eye-roll.
const POLITE =
  /\b(?:sorry|apolog\w*|we understand|lo sentimos|disculpa\w*|perdon|desculp\w*|desole\w*|excuse[sz]|entschuldig\w*|tut uns leid)\b/;

export const hostileReply: CheckDefinition = {
  id: 'hostile-reply',
  description: "A reply by the brand's own account that insults, mocks, threatens or talks down to someone",
  severity: 'high',
  action: 'correction',
  appliesTo: ['brand'],
  kinds: ['comment'],
  build() {
    return (input): FindingDraft | null => {
      const text = input.text.text;
      // The @mention that opens a reply is addressing, not content.
      const body = text.replace(/^(?:@[\w.]+[\s,]*)+/, '');
      const offset = text.length - body.length;
      let score = 0;
      const evidence: Evidence[] = [];
      const add = (start: number, end: number, weight: number) => {
        score += weight;
        evidence.push(spanEvidence('text', input.text, offset + start, offset + end));
      };
      let grouped: string | undefined;
      for (const { re, weight, gate, group } of STRONG) {
        if ((group && group === grouped) || (gate && !gate.test(body))) continue;
        const m = re.exec(body);
        if (!m) continue;
        add(m.index, m.index + m[0].length, weight);
        grouped = group;
      }
      if (!grouped) {
        const comma = body.lastIndexOf(',');
        if (comma >= 0 && body.length - comma <= CLOSING_REACH && CLOSING_INSULT.test(body.slice(comma))) {
          add(comma + 1, body.length, 2);
        }
      }
      const pet = VOCATIVE.exec(body);
      if (pet && !WARM.test(body)) add(pet.index, pet.index + pet[0].length, 2);
      const one = ONE_LINER.exec(body);
      if (one) {
        const word = one[0].replace(/^[\s.!?]+/, '');
        const start = one.index + one[0].length - word.length;
        add(start, start + word.indexOf('.') + 1, 2);
      }
      for (const { re, weight } of WEAK) {
        const m = re.exec(body);
        if (m) {
          const lead = m[0].length - m[0].trimStart().length;
          add(m.index + lead, m.index + m[0].length, weight);
        }
      }
      if (POLITE.test(body)) score -= 1;
      if (score < 2 || evidence.length === 0) return null;
      // Strong signals were added first: show those.
      const shown = evidence.slice(0, 3).sort((a, b) => a.start - b.start);
      return {
        reason: `Reply talks down to the customer (${quote(shown.map((e) => e.match).join(' … '))}): delete or edit it and answer the point politely.`,
        evidence: shown,
      };
    };
  },
};
