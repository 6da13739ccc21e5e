import type { FoundLink } from '../text/links.ts';
import type { BrandIndex } from './brand-index.ts';
import { quote, spanEvidence } from './evidence.ts';
import { BULK_PRICE, SHORT_CODE_CALL } from './lexicon/scam-contact.ts';
import type { CheckDefinition, CheckInput, FindingDraft } from './types.ts';

/**
 * `spam`: generic self-promotion and spam that is none of the other checks ("check out my
 * channel", "follow for follow", "earn $500 a day from home", "buy followers"). It applies
 * to the public only (the brand and its partners are judged by the integrity checks), and it
 * is exclusive: when a more specific check fires, spam gives way.
 *
 * Patterns describe how such comments are said, in English, Spanish, Portuguese, French and
 * German, on the normalized text (lower case, no accents, no invisible characters).
 */

interface Pattern {
  readonly label: string;
  readonly re: RegExp;
}

const MEDIA =
  '(?:channel|chanel|page|profile|video|vid|vids|song|track|music|mixtape|playlist|blog|website|site|stream|art|shop|store|account|feed|content|reel|reels|podcast|beats?|covers?|rap|youtube|insta|tiktok)';
const MY = '(?:my|our|mah|me|this)';

// Money-scheme pieces, in the five languages: who earns, how much, per what, from where.
const EARN =
  '(?:earn|earns|earned|earning|make|makes|made|making|gana|ganas|gane|ganar|gano|ganando|ganhe|ganho|ganhar|ganhei|ganhando|gagne[rsz]?|gagnant|verdien(?:e|en|st|t)?)';
const AMOUNT =
  '(?:(?:[$€£]|r\\$|usd|eur)\\s?\\d[\\d,.]{0,12}k?|\\d[\\d,.]{0,12}k?\\s?(?:[$€£]|usd|eur|dollars?|dolares|dolar|euros?|reais|pesos|bucks))';
const PER = '(?:\\/|a|per|por|par|pro|al|am|au|each|every|in\\s+a|en\\s+un|em\\s+um)';
const PERIOD =
  '(?:day|daily|week|weekly|hour|hr|month|monthly|dia|diarios?|semana|mes|hora|jour|semaine|mois|heure|tag|taglich|woche|monat|stunde)\\b';
const FROM_HOME =
  '(?:from\\s+(?:home|your\\s+(?:phone|couch|sofa))|desde\\s+(?:tu\\s+|su\\s+|la\\s+)?(?:casa|celular|movil)|de\\s+casa|em\\s+casa|do\\s+(?:celular|sofa)|(?:a|de|depuis)\\s+la\\s+maison|depuis\\s+(?:chez\\s+(?:vous|toi|soi)|(?:ton|votre)\\s+(?:telephone|canape))|von\\s+zu\\s*hause|vom\\s+(?:sofa|handy))\\b';

const PATTERNS: readonly Pattern[] = [
  // "check out my channel", "check my profile", "go see our page", "visit my profile"
  {
    label: 'self-promotion',
    re: new RegExp(
      `\\b(?:check(?:ing)?\\s*(?:out|it\\s+out)?|checked\\s+out|take\\s+a\\s+look\\s+at|have\\s+a\\s+look\\s+at|look\\s+at|visit|see|go\\s+(?:to|see|stream|listen\\s+to)|stream|listen\\s+to|watch|come\\s+(?:to|see|check))\\s+(?:out\\s+)?${MY}\\s+(?:\\w+\\s+){0,3}?${MEDIA}\\b`,
    ),
  },
  // "go stream it on my page", "listen to it on my channel", "watch them on my profile"
  {
    label: 'self-promotion',
    re: new RegExp(
      `\\b(?:stream|listen\\s+to|watch|hear|find|see)\\s+(?:it|this|them|that|more)\\s+(?:on|at|in)\\s+${MY}\\s+(?:\\w+\\s+)?${MEDIA}\\b`,
    ),
  },
  // YouTube share boilerplate: "check out this video on youtube"
  { label: 'share boilerplate', re: /\bcheck\s+out\s+this\s+(?:video|playlist|channel)\s+on\s+youtube\b/ },
  // "subscribe to my channel", "sub to me", "sub4sub", "subscribe back", "please subscribe"
  {
    label: 'subscription bait',
    re: /\b(?:sub(?:scribe|scribed|scrib|s)?\s*(?:4|for|to|2)\s*(?:sub|me|my|our)\b|sub\s*4\s*sub|subscribe\s+(?:back|me\b|pl(?:ea)?s|please)|(?:please|pls|plz)\s+(?:\w+\s+){0,2}subscribe|like\s+and\s+subscrib\w*|subscribers?\s+please|suscribete\s+a\s+mi|suscribanse|inscreva-?se\s+no\s+meu|se\s+inscreve(?:m)?\s+no\s+meu|abonne[rz]?-?(?:vous)?\s+a\s+ma\s+chaine|abonniert?\s+(?:meinen|mein)\s+kanal)/,
  },
  // Begging for a subscription: "sub pls", "pls sub", "drop a sub", "a sub would mean a lot",
  // "suscríbete porfa", "se inscreve aí pfv", "abonne-toi stp", "abonniert bitte", "bitte abonnieren"
  {
    label: 'subscription bait',
    re: /\b(?:subs?\s+(?:pl[sz]|please|plea+se|pretty\s+please|if\s+(?:you|u)\s+(?:like|enjoy|vibe))\b|(?:pl[sz]|please)\s+sub\b|(?:drop|leave|smash)\s+(?:me\s+)?a\s+sub\b|(?:a|any|every)\s+sub\s+(?:would\s+)?(?:means?|helps?|counts?)\b|suscribete\s+(?:porfa|por\s+fa(?:vor)?|plis|pls)\b|suscribanse\b|se\s+inscreve(?:m)?\s+(?:ai|la|pfv|por\s+favor|pf)\b|inscreva-?se\s+(?:ai|pfv|por\s+favor)\b|abonne[sz]?-(?:toi|vous)\s+(?:stp|svp|s'?il\s+(?:te|vous)\s+plait)\b|abonniert?\s+(?:mich\s+)?bitte\b|bitte\s+abonnieren\b)/,
  },
  // follow-for-follow and follower schemes
  {
    label: 'follow-for-follow',
    re: /(?:#?\bf4f\b|#?\bfollow\s*(?:4|for|to)\s*follow\b|#?\bfollow\s*back\b|#?\bfollowback\b|\bfollow\s+train\b|#?\bl4l\b|#?\blike\s*4\s*like\b|\bfollow\s+(?:me|us)\b(?:\s+\w+){0,4}\s+(?:i|we)(?:'ll)?\s+follow\s+(?:you\s+)?back)/,
  },
  {
    label: 'follow request',
    re: /\b(?:follow\s+(?:me|us|my\s+(?:page|account))|sigueme|siganme|sigue\s+mi\s+cuenta|siga-?me|me\s+sigam?|segue\s+(?:a\s+)?minha\s+conta|suivez-?moi|abonnez-?vous|folgt\s+mir|folge\s+mir)\b(?:\s+\S+){0,8}?\s*(?:for|para|pour|fur|f(?:u|ue)r|and\s+i|y\s+te|e\s+eu|!|$|#)/,
  },
  // "link in bio", "see my profile for the link", "enlace en mi perfil", "lien dans ma bio", "Link im Profil"
  {
    label: 'link in bio',
    re: /\b(?:(?:links?|enlaces?|liens?)\s+(?:is\s+|esta\s+|ta\s+|est\s+|ist\s+)?(?:in|en|na|no|dans|im|on)\s+(?:(?:my|the|our|mi|meu|minha|mon|ma|meinem|meiner|der|dem)\s+)?(?:bio|profile|perfil|profil)|(?:links?|enlaces?|liens?)\s+(?:in|en|na|no|dans|im)\s+(?:my|mi|meu|minha|mon|ma|meinem|meiner)\s+(?:description|descripcion|descricao|beschreibung)|(?:check|see|visit|peep)\s+(?:(?:my|our|the)\s+)?bio|(?:check|see|visit)\s+(?:my|our)\s+profile|(?:mira|miren|visita|revisa|olha|olhem|veja|visite|regarde[zr]?|schau(?:t)?(?:\s+auf)?)\s+(?:mi|meu|o\s+meu|mon|ma|mein(?:em|e)?)\s+(?:perfil|profil|bio))\b/,
  },
  // Earn-from-home schemes: "I earn $500 a day from home", "gana 500 dólares al día", "ganhe R$400
  // por dia", "gagnez 300 € par jour", "verdiene 200 Euro am Tag", "sin experiencia previa"
  {
    label: 'money scheme',
    re: new RegExp(
      [
        `\\b${EARN}\\b[^.!?\\n]{0,50}?(?:${AMOUNT}\\s*${PER}?\\s*(?:el\\s+|la\\s+|o\\s+|le\\s+|den\\s+)?${PERIOD}|${FROM_HOME})`,
        '\\b(?:work(?:ing)?|trabaj\\w*|trabalh\\w*|travaill\\w*|arbeit\\w*)\\s*(?:from|desde|de|em|a|von)\\s*(?:home|casa|la\\s+maison|chez\\s+(?:vous|toi|soi)|zu\\s*hause)\\b',
        '\\bmake\\s+money\\s+(?:online|from\\s+home|fast)\\b',
        '\\bno\\s+experience\\s+(?:needed|required|necessary)\\b',
        '\\b(?:sin|sem|sans|ohne)\\s+(?:\\w+\\s+)?(?:experiencia|experience|erfahrung|vorkenntnisse)\\s+(?:necesaria|requerida|previa|necessaria|previa|requise|necessaire|prealable|notig|erforderlich)\\b',
        '\\bpassive\\s+income\\b|\\bingresos\\s+pasivos\\b|\\brenda\\s+passiva\\b|\\brevenus?\\s+passifs?\\b|\\bpassives\\s+einkommen\\b',
      ].join('|'),
    ),
  },
  // Selling followers or engagement
  {
    label: 'engagement selling',
    re: /\b(?:(?:buy|get|gain|grow)\s+(?:\d[\d,.]{0,12}k?\s+)?(?:real\s+|more\s+|active\s+)?(?:instagram\s+|youtube\s+|tiktok\s+)?(?:followers|subscribers|likes|views)|\d[\d,.]{0,12}k?\s+(?:real\s+)?(?:followers|subscribers|likes|views)\s+(?:for|in|per)\b)/,
  },
  // "help me reach 100 subscribers", "watch my videos", "my new channel", "give my channel a chance"
  {
    label: 'channel growth plea',
    re: /\b(?:(?:reach|get\s+to|hit)\s+\d[\d,.]{0,12}k?\s+(?:subs|subscribers|followers)\b|(?:watch|view|check|see|like)\s+my\s+(?:new\s+)?(?:videos?|vids|stuff|pics?|photos?|songs?)\b|(?:my|a)\s+new\s+channel\b|(?:view|visit|check\s+out)\s+this\s+channel\b|small\s+(?:youtuber|channel|creator)\b|^\s*subscribe\b|donate\s+(?:to|please|now|bitcoins?)|gofundme)/,
  },
  // Imperative subscription and sharing pleas: "subscribe my channel", "like & subscribe", "please share this"
  {
    label: 'subscription bait',
    re: /(?:(?<!un)\bsubscrib\w*\s+(?:my|to\s+(?:my|hear|see|me)|me|pl[sz]|please|and)\b|\b(?:click|like|please|plz|pls|and|&|&amp;)\W{1,3}subscrib\w*|\bshare\s+(?:this|my|it|on)\b[^.!?\n]{0,40}(?:video|song|page|channel|vote|facebook|fb|please|!)|\bplease\s+share\b|\blike\s+(?:please|pls|plz)\b|\bput\s+a\s+like\b|\bgive\s+(?:it\s+|me\s+)?a\s+like\b|\blikes?\s+(?:and|n|&|&amp;)\s+(?:comments?|shares?)\b|\b\d+\s+subs\b)/,
  },
  // "like this comment so everyone sees", "thumbs up if"
  {
    label: 'engagement bait',
    re: /\b(?:like\s+this\s+comment|thumbs\s+up\s+(?:so|if)|please\s+like\s+(?:my|this))\b/,
  },
  // Growth services: "promote your page with us", "100% organic growth", "haz crecer tu cuenta",
  // "divulgue seu perfil", "boostez votre page", "organisches Wachstum", "echte Follower"
  {
    label: 'growth service',
    re: /\b(?:(?:promot\w*|grow|boost\w*|skyrocket|blow\s+up)\s+(?:your|ur)\s+(?:\w+\s+)?(?:page|account|channel|profile|brand|business|insta(?:gram)?|ig|tiktok|youtube|followers|audience|reach|engagement|following)|(?:organic|real|targeted)\s+(?:growth|followers|engagement|reach)|(?:promociona\w*|impulsa\w*|haz\s+crecer)\s+(?:tu|su)\s+(?:pagina|cuenta|perfil|canal|negocio|marca)|crecimiento\s+organico|seguidores\s+(?:reales|reais|organicos)|(?:divulg\w*|impulsion\w*|turbin\w*|faca\s+crescer)\s+(?:o\s+|a\s+)?(?:seu|sua)\s+(?:pagina|conta|perfil|canal|negocio|marca)|crescimento\s+organico|(?:boost\w*|promouv\w*|faites\s+grandir)\s+(?:votre|ton|ta|vos)\s+(?:page|compte|profil|chaine|business|marque|visibilite)|croissance\s+organique|abonnes\s+reels|(?:pushe?n?|bewirb|bewerben\s+sie|steigern\s+sie|steigere)\s+(?:deine?n?|ihre?n?)\s+(?:seite|account|profil|kanal|reichweite|marke)|organisches\s+wachstum|echte\s+follower)\b/,
  },
  // Recruiting for a scheme: "be your own boss", "join my team ... DM me", "sé tu propio jefe",
  // "seja seu próprio chefe", "deviens ton propre patron", "sei dein eigener Chef", #bossbabe
  {
    label: 'recruiting scheme',
    re: /(?:\bbe\s+(?:your|ur)\s+own\s+boss\b|\bjoin\s+(?:my|our)\s+team\b[^.!?\n]{0,60}?(?:boss|income|money|dm|inbox|opportunit|from\s+home|#)|#(?:bossbabe|girlboss|bossmom|momboss|sidehustle|workfromhome|wfh|financialfreedom|networkmarketing|mlm|beyourownboss)\b|\bse\s+tu\s+propi[oa]\s+jef[ea]\b|\bunete\s+a\s+mi\s+equipo\b[^.!?\n]{0,60}?(?:jef|ingreso|dinero|dm|md|oportunidad|desde\s+casa|#)|\bseja\s+(?:o\s+|a\s+)?(?:seu|sua)\s+propri[oa]\s+(?:chefe|patra?o)\b|\b(?:entre|venha)\s+para\s+(?:o\s+|a\s+)?(?:meu|minha)\s+(?:time|equipe)\b[^.!?\n]{0,60}?(?:chef|renda|dinheiro|dm|direct|oportunidade|de\s+casa|#)|\b(?:sois|soyez|deviens|devenez)\s+(?:ton|votre)\s+propre\s+(?:patron|boss|chef)\b|\b(?:rejoins|rejoignez)\s+mon\s+equipe\b[^.!?\n]{0,60}?(?:patron|revenu|argent|mp|dm|opportunite|maison|#)|\b(?:sei|werde|seien\s+sie|werden\s+sie)\s+(?:dein|ihr)\s+eigene[rn]?\s+(?:chef|boss)\b|\bwerde\s+teil\s+meines\s+teams\b[^.!?\n]{0,60}?(?:chef|einkommen|geld|dm|pn|chance|zu\s*hause|#))/,
  },
  // Promotions from third parties: "50% off this week only, see our page", referral links
  {
    label: 'third-party promotion',
    re: /(?:\b\d{1,2}\s?%\s?off\b[^\n]{0,60}?\b(?:bio|profile|page|link|dm|today|this\s+week|only)\b|\b(?:use\s+my|my)\s+(?:referral|ref|invite|affiliate)\s+(?:link|code)\b|\bcommissions?\s+(?:are\s+)?open\b|\bfollow\s+(?:us|our\s+page)\s+for\s+(?:daily|the\s+(?:best|cheapest)|more|exclusive)\b|\bpromo\s+code\b[^\n]{0,30}\bmy\b)/,
  },
];

// Bulk text marketing, as premium-rate SMS offers are written: a keyword to text to a short
// code ("txt WIN to 80000", "reply GO 2 81234"), a price per message or minute ("150p/msg",
// "25p/min", "msg rcvd"), a prize to claim ("you have been selected", "to claim ur prize"). A
// customer who mentions the brand's account or their own case is describing such a message,
// not sending it.
const BULK_TEXT: readonly RegExp[] = [
  new RegExp(SHORT_CODE_CALL),
  new RegExp(BULK_PRICE),
  /\b(?:you|u)\s+(?:have|ve|r|are)\s+(?:been\s+)?(?:specially\s+)?(?:selected|awarded|chosen)\s+(?:2|to|for)\b|\b(?:2|to)\s+claim\s+(?:your|ur|yr)\s|\b(?:reply|send|txt|text)\s+stop\b/,
];
const CHECK_OUT = /\bcheck\s+(?:it\s+)?out\b/;
// A customer asking to have their own account looked into ("check my account", "look at my
// account", "see my account"): a support request, not an invitation to visit a profile, which
// spam says with "check out" or with a page, channel or profile.
const LOOK_INTO_ACCOUNT =
  /^(?:check(?:ing)?|look\s+at|see|visit)\s+(?:my|our|this)\s+(?:(?:\w+\s+){0,2}?)accounts?$/;
// X's own wrapper around every link and photo: whoever posts, the text shows t.co; the target
// (when there is one) comes in the item's `links`, judged on its own domain.
const PLATFORM_WRAPPER = 't.co';

const TRIGGER =
  /check|sub|suscrib|follow|f4f|l4l|bio|earn|make|made|gana|ganh|gagn|verdien|work|trabaj|trabalh|travail|arbeit|buy|get|gain|grow|followers|like|thumbs|off|referral|ref|commission|promo|sigue|siga|segue|suiv|folg|abonn|inscrev|visit|see|stream|listen|watch|look|come|money|income|experience|link|enlace|lien|gofundme|donate|channel|youtuber|share|put|give|perfil|profil|experien|erfahrung|passiv|mira|olha|veja|regard|schau|boss|jef|chef|patr|team|equip|unete|rejoin|werde|promot|promoc|divulg|boost|impuls|turbin|organi|crec|cresc|croiss|wachstum|bewirb|steiger|push|engag|growth|hustle|wfh|freedom|mlm|marketing|txt|text|send|reply|sms|msg|claim|\.|\d{2,}/;

/** True when the text mentions one of the brand's own accounts (a customer writing to the brand). */
function mentionsBrandAccount(input: CheckInput): boolean {
  const t = input.text.text;
  if (!t.includes('@')) return false;
  for (const h of input.brand.officialHandles) if (t.includes(`@${h}`)) return true;
  return false;
}

function isBrandDomain(input: CheckInput, domain: string | null): boolean {
  if (!domain) return false;
  return input.brand.domains.some(
    (d) => d === domain || d.endsWith(`.${domain}`) || domain.endsWith(`.${d}`),
  );
}

/** Builds the spam runner; patterns are compiled once at module load. */
function build() {
  return function runSpam(input: CheckInput): FindingDraft | null {
    const t = input.text.text;
    if (!TRIGGER.test(t)) return null;
    for (const p of PATTERNS) {
      // "link in bio" on one's own post points at one's own profile, as the platform intends.
      if (p.label === 'link in bio' && input.item.kind === 'post') continue;
      const m = p.re.exec(t);
      if (!m) continue;
      if (p.label === 'self-promotion' && LOOK_INTO_ACCOUNT.test(m[0])) continue;
      const ev = spanEvidence('text', input.text, m.index, m.index + m[0].length);
      return {
        reason: `Looks like ${p.label} (${quote(ev.match)}): hide or remove it if it breaks the page's rules.`,
        evidence: [ev],
      };
    }
    for (const re of BULK_TEXT) {
      const m = re.exec(t);
      if (!m || mentionsBrandAccount(input)) continue;
      const ev = spanEvidence('text', input.text, m.index, m.index + m[0].length);
      return {
        reason: `Reads as a bulk text offer (${quote(ev.match)}): review it as spam.`,
        evidence: [ev],
      };
    }
    // "check out …" from the public is promotion, unless it points at the brand itself.
    const co = CHECK_OUT.exec(t);
    if (co) {
      const after = t.slice(co.index + co[0].length, co.index + co[0].length + 40);
      if (
        !input.brand.names.some((n) => after.includes(n)) &&
        !input.brand.domains.some((d) => after.includes(d))
      ) {
        const ev = spanEvidence('text', input.text, co.index, co.index + co[0].length);
        return {
          reason: `Promotes something else under the brand's post (${quote(ev.match)}): review it as spam.`,
          evidence: [ev],
        };
      }
    }
    // A comment from the public whose only purpose is an outside link (not the brand's site).
    if (input.item.kind === 'comment') {
      const outside = (l: FoundLink) => l.domain !== PLATFORM_WRAPPER && !isBrandDomain(input, l.domain);
      // A wrapper in the text stands for the target in `links`; a wrapper alone is a photo or a
      // link whose target is unknown, which tells nothing about promotion.
      const link =
        input.links.find((l) => l.field === 'text' && outside(l)) ??
        (input.links.some((l) => l.field === 'text' && l.domain === PLATFORM_WRAPPER)
          ? input.links.find((l) => l.field === 'links' && outside(l))
          : undefined);
      if (link) {
        let rest = t;
        for (const l of [...input.links]
          .filter((x) => x.field === 'text')
          .sort((a, b) => b.start - a.start)) {
          if (l.domain === PLATFORM_WRAPPER || l === link) rest = rest.slice(0, l.start) + rest.slice(l.end);
        }
        rest = rest.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
        if (rest.split(' ').filter(Boolean).length <= 12) {
          return {
            reason: `Comment promotes an outside link (${quote(link.raw)}) with little else: review it as spam.`,
            evidence: [
              link.field === 'text'
                ? { field: 'text', start: link.start, end: link.end, match: link.raw }
                : {
                    field: 'links',
                    start: link.start,
                    end: link.end,
                    match: link.raw,
                    ...(link.index === undefined ? {} : { index: link.index }),
                  },
            ],
          };
        }
      }
    }
    return null;
  };
}

/**
 * The spam model stays silent on an item whose text links only to the brand's own sites
 * ("[Store] headset $59 (-40%) https://brand.example/store"): sending people to the brand
 * under the brand's post is not spam, however much it reads like a deal.
 */
function onlyBrandLinks(links: readonly FoundLink[], brand: BrandIndex): boolean {
  const text = links.filter((l) => l.field === 'text' && l.domain !== PLATFORM_WRAPPER);
  return (
    text.length > 0 &&
    text.every(
      (l) => l.domain !== null && brand.domains.some((d) => l.domain === d || l.domain!.endsWith(`.${d}`)),
    )
  );
}

export const spam: CheckDefinition = {
  id: 'spam',
  description:
    'Generic spam and self-promotion: "check out my channel", follow-for-follow, earn-from-home, bought followers.',
  severity: 'low',
  action: 'review',
  appliesTo: ['public'],
  kinds: ['comment', 'post'],
  exclusive: true,
  modelSilent: onlyBrandLinks,
  build,
};
