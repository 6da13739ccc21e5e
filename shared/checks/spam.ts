import { lexicon } from '../lexicon/index.ts';
import type { FoundLink } from '../text/links.ts';
import { pattern } from '../text/pattern.ts';
import type { BrandIndex } from './brand-index.ts';
import { quote, spanEvidence } from './evidence.ts';
import { BULK_PRICE, SHORT_CODE_CALL } from './patterns/scam-contact.ts';
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

const p = lexicon('spam');

const MEDIA = p('media');
const MY = p('my');

// Money-scheme pieces, in the five languages: who earns, how much, per what, from where.
const EARN = p('earn');
const AMOUNT = `(?:${p('currencyBefore')}\\s?\\d[\\d,.]{0,12}k?|\\d[\\d,.]{0,12}k?\\s?${p('currencyAfter')})`;
const PER = p('per');
const PERIOD = `${p('period')}\\b`;
const FROM_HOME = `${p('fromHome')}\\b`;

// "links in my bio", "link is on the profile", "enlace en mi perfil", "lien dans ma bio", "Link im Profil"
const LINK_IN_BIO = `${p('linkWord')}\\s+(?:${p('linkIs')}\\s+)?${p('linkIn')}\\s+(?:${p('bioOwner')}\\s+)?${p('profileWord')}`;
const LINK_IN_DESCRIPTION = `${p('linkWord')}\\s+${p('descriptionIn')}\\s+${p('myWord')}\\s+${p('descriptionWord')}`;
const NOT_EN = { languages: ['es', 'pt', 'fr', 'de', 'common'] } as const;
const LOOK_AT_PROFILE = `${p('lookVerb')}\\s+${p('lookMy')}\\s+${p('profileWord', NOT_EN)}`;

// "buy 1000 real instagram followers", "get more views"
const BUY_AUDIENCE = `${p('buyVerb')}\\s+(?:\\d[\\d,.]{0,12}k?\\s+)?(?:${p('audienceAdj')}\\s+)?(?:${p('platform')}\\s+)?${p('audience')}`;

// Adult and dating bait: its own words, so it also runs on texts the trigger below turns away.
const ADULT_BAIT: Pattern = { label: 'adult bait', re: pattern(p('adultSolicitation')) };

const PATTERNS: readonly Pattern[] = [
  // "check out my channel", "check my profile", "go see our page", "visit my profile"
  {
    label: 'self-promotion',
    re: pattern(`\\b${p('lookAt')}\\s+(?:out\\s+)?${MY}\\s+(?:\\w+\\s+){0,3}?${MEDIA}\\b`),
  },
  // "go stream it on my page", "listen to it on my channel", "watch them on my profile"
  {
    label: 'self-promotion',
    re: pattern(
      `\\b${p('playIt')}\\s+(?:it|this|them|that|more)\\s+(?:on|at|in)\\s+${MY}\\s+(?:\\w+\\s+)?${MEDIA}\\b`,
    ),
  },
  // YouTube share boilerplate: "check out this video on youtube"
  { label: 'share boilerplate', re: pattern(`\\b${p('shareBoilerplate')}\\b`) },
  // "subscribe to my channel", "sub to me", "sub4sub", "subscribe back", "please subscribe"
  { label: 'subscription bait', re: pattern(`\\b${p('subscribeTo')}`) },
  // Begging for a subscription: "sub pls", "pls sub", "drop a sub", "a sub would mean a lot",
  // "suscríbete porfa", "se inscreve aí pfv", "abonne-toi stp", "abonniert bitte", "bitte abonnieren"
  { label: 'subscription bait', re: pattern(`\\b${p('subBegging')}`) },
  // follow-for-follow and follower schemes
  { label: 'follow-for-follow', re: pattern(p('followForFollow')) },
  {
    label: 'follow request',
    re: pattern(`\\b${p('followMe')}\\b(?:\\s+\\S+){0,8}?\\s*${p('followFor')}`),
  },
  // "link in bio", "see my profile for the link", "enlace en mi perfil", "lien dans ma bio", "Link im Profil"
  {
    label: 'link in bio',
    re: pattern(`\\b(?:${LINK_IN_BIO}|${LINK_IN_DESCRIPTION}|${p('seeBio')}|${LOOK_AT_PROFILE})\\b`),
  },
  // Earn-from-home schemes: "I earn $500 a day from home", "gana 500 dólares al día", "ganhe R$400
  // por dia", "gagnez 300 € par jour", "verdiene 200 Euro am Tag", "sin experiencia previa"
  {
    label: 'money scheme',
    re: pattern(
      [
        `\\b${EARN}\\b[^.!?\\n]{0,50}?(?:${AMOUNT}\\s*${PER}?\\s*(?:${p('periodArticle')}\\s+)?${PERIOD}|${FROM_HOME})`,
        `\\b${p('work')}\\s*${p('workFrom')}\\s*${p('home')}\\b`,
        `\\b${p('easyMoney')}\\b`,
        `\\b${p('without')}\\s+(?:\\w+\\s+)?${p('experience')}\\s+${p('required')}\\b`,
        `\\b${p('passiveIncome')}\\b`,
      ].join('|'),
    ),
  },
  // Selling followers or engagement
  {
    label: 'engagement selling',
    re: pattern(
      `\\b(?:${BUY_AUDIENCE}|\\d[\\d,.]{0,12}k?\\s+(?:real\\s+)?${p('audience')}\\s+(?:for|in|per)\\b)`,
    ),
  },
  // "help me reach 100 subscribers", "watch my videos", "my new channel", "give my channel a chance"
  { label: 'channel growth plea', re: pattern(`\\b${p('channelGrowth')}`) },
  // Imperative subscription and sharing pleas: "subscribe my channel", "like & subscribe", "please share this"
  { label: 'subscription bait', re: pattern(p('subscribePlea')) },
  // "like this comment so everyone sees", "thumbs up if"
  { label: 'engagement bait', re: pattern(`\\b${p('engagementBait')}\\b`) },
  // Growth services: "promote your page with us", "100% organic growth", "haz crecer tu cuenta",
  // "divulgue seu perfil", "boostez votre page", "organisches Wachstum", "echte Follower"
  {
    label: 'growth service',
    re: pattern(
      `\\b(?:${p('promoteVerb')}\\s+(?:your|ur)\\s+(?:\\w+\\s+)?${p('growthTarget')}|${p('growthService')})\\b`,
    ),
  },
  // Recruiting for a scheme: "be your own boss", "join my team ... DM me", "sé tu propio jefe",
  // "seja seu próprio chefe", "deviens ton propre patron", "sei dein eigener Chef", #bossbabe
  { label: 'recruiting scheme', re: pattern(p('recruiting')) },
  // Promotions from third parties: "50% off this week only, see our page", referral links
  { label: 'third-party promotion', re: pattern(p('thirdPartyPromo')) },
  // Adult and dating bait from strangers: "see my private pics", "hot singles near you", "free
  // sex cams", "chicas calientes cerca de ti", "einsame Frauen in deiner Nähe"
  ADULT_BAIT,
];

// Bulk text marketing, as premium-rate SMS offers are written: a keyword to text to a short
// code ("txt WIN to 80000", "reply GO 2 81234"), a price per message or minute ("150p/msg",
// "25p/min", "msg rcvd"), a prize to claim ("you have been selected", "to claim ur prize"). A
// customer who mentions the brand's account or their own case is describing such a message,
// not sending it.
const BULK_TEXT: readonly RegExp[] = [
  pattern(SHORT_CODE_CALL),
  pattern(BULK_PRICE),
  pattern(`\\b${p('prizeClaim')}`),
];
const CHECK_OUT = pattern(`\\b${p('checkOut')}\\b`);
// A customer asking to have their own account looked into ("check my account", "look at my
// account", "see my account"): a support request, not an invitation to visit a profile, which
// spam says with "check out" or with a page, channel or profile.
const LOOK_INTO_ACCOUNT = pattern(`^${p('lookInto')}\\s+(?:my|our|this)\\s+(?:(?:\\w+\\s+){0,2}?)accounts?$`);
// X's own wrapper around every link and photo: whoever posts, the text shows t.co; the target
// (when there is one) comes in the item's `links`, judged on its own domain.
const PLATFORM_WRAPPER = 't.co';

const TRIGGER = pattern(p('trigger'));

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

function patternDraft(input: CheckInput, p: Pattern, m: RegExpExecArray): FindingDraft {
  const ev = spanEvidence('text', input.text, m.index, m.index + m[0].length);
  return {
    reason: `Looks like ${p.label} (${quote(ev.match)}): hide or remove it if it breaks the page's rules.`,
    evidence: [ev],
  };
}

/** Builds the spam runner; patterns are compiled once at module load. */
function build() {
  return function runSpam(input: CheckInput): FindingDraft | null {
    const t = input.text.text;
    if (!TRIGGER.test(t)) {
      const m = ADULT_BAIT.re.exec(t);
      return m ? patternDraft(input, ADULT_BAIT, m) : null;
    }
    for (const p of PATTERNS) {
      // "link in bio" on one's own post points at one's own profile, as the platform intends.
      if (p.label === 'link in bio' && input.item.kind === 'post') continue;
      const m = p.re.exec(t);
      if (!m) continue;
      if (p.label === 'self-promotion' && LOOK_INTO_ACCOUNT.test(m[0])) continue;
      return patternDraft(input, p, m);
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
