import { languagesWith, lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { matchesOf } from '../text/matches.ts';
import { negatedBefore } from '../text/negation.ts';
import { pattern } from '../text/pattern.ts';
import { insideSpans, quotedSpans } from '../text/quotes.ts';
import { quote, spanEvidence } from './evidence.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

/**
 * `misleading-claim`: guarantees and absolutes about results, safety or money ("guaranteed",
 * "100% safe", "risk-free", "never fails", "double your money", "works for everyone") and
 * outrage or clickbait hooks ("doctors hate this", "what they don't want you to know"), in
 * English, Spanish, Portuguese, French and German; plus the profile's `bannedTerms`.
 *
 * Not misleading: the same words negated ("returns are not guaranteed"), a money-back
 * guarantee on its own (a refund policy, not a promise of results), or quoted words.
 */

const p = lexicon('misleading-claim');

/**
 * Each language's `group` phrases with SLOT replaced by that language's `slot` group, in
 * language order: "nobody will ever get into your SLOT" takes only English targets.
 */
function withSlot(group: string, slot: string): string {
  return languagesWith('misleading-claim', group)
    .map((l) => p(group, { languages: [l] }).replaceAll('SLOT', p(slot, { languages: [l] })))
    .join('|');
}

interface Pattern {
  readonly label: string;
  readonly re: RegExp;
  /** A cheap test the text must pass before `re` runs (keeps wide patterns off most items). */
  readonly gate?: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  {
    label: 'guarantee',
    // "guaranteed", "GUARANTEED approval", "results guaranteed", "garantizado", "garantido",
    // "garanti", "garantiert"; "money-back guarantee" alone is excluded below.
    re: pattern(`\\b${p('guarantee')}\\b`, 'g'),
  },
  {
    label: 'absolute',
    re: pattern(`\\b${p('absoluteLead')} ?${p('absoluteQuality')}\\b`, 'g'),
  },
  {
    label: 'no risk',
    re: pattern(`\\b${p('noRisk')}\\b`, 'g'),
  },
  {
    label: 'never fails',
    // Present-tense absolutes about reliability: "never drops", "nunca se cae", "ne coupe
    // jamais", "bricht nie ab"; "never drops below 10°" is a measurement and stays out.
    re: pattern(`\\b${p('neverFails')}\\b`, 'g'),
  },
  {
    label: 'forever',
    // Performance promised for ever: "100% waterproof forever", "stays sharp for life",
    // "impermeable para siempre", "à prova d'água para sempre", "imperméable pour toujours",
    // "für immer wasserdicht". "Friends forever" has no performance word and stays out.
    gate: pattern(`${p('forever')}|${p('forLife')}|${p('foreverBefore')}`),
    re: pattern(
      `\\b(?:${p('durableQuality')} (?:${p('forever')}|${p('forLife')})|${p('lasting')} (?:${p('forever')}|${p('foreverBefore')})|${p('foreverBefore')} ${p('durableQualityAfter')})\\b`,
      'g',
    ),
  },
  {
    label: 'security',
    // Security promised as absolute: "100% hack-proof", "unhackable", "nobody will ever get into
    // your account", "imposible de hackear", "à prova de hackers", "inviolable", "unhackbar".
    gate: pattern(p('securityGate')),
    re: pattern(
      `\\b(?:${p('security')}|${withSlot('intruder', 'intrusionTarget')}|${p('shieldLead')} ${p('shield')} ${p('shieldAgainst')}|${p('impossibleTo')} ${p('hackVerb')})\\b`,
      'g',
    ),
  },
  {
    label: 'only one',
    re: pattern(`\\b${p('onlyOne')}\\b`, 'g'),
  },
  {
    label: 'money doubling',
    re: pattern(`\\b${p('moneyDoubling')}`, 'g'),
  },
  {
    label: 'clickbait',
    re: pattern(`\\b${p('clickbait')}\\b`, 'g'),
  },
  {
    label: 'clickbait',
    // Outrage hooks with any villain: "what the other carriers don't want you to know",
    // "<anyone> HATE this trick", "number 3 will shock you".
    gate: pattern(p('villainGate')),
    re: pattern(`\\b(?:${p('villainBait')}|${withSlot('hateBait', 'hatedThing')})\\b`, 'g'),
  },
];

// A refund policy is not a promise of results: "money-back guarantee", "30-day guarantee".
const REFUND_GUARANTEE = pattern(`${p('refundGuarantee')}[- ]$`);

// A delivery date promise is logistics, not a claim about results, safety or money.
const DELIVERY_GUARANTEE = pattern(
  `\\b${p('delivery')} (?:${p('deliveryIs')} )?${p('guaranteedWord')}\\b|\\b${p('guaranteedWord')} ${p('guaranteedFor')}\\b`,
);

// A denial that opens the sentence lifts a security absolute: "no account is ever 100%
// hack-proof", "nothing is unhackable", "ninguna cuenta es...", "aucun compte n'est...".
const DENIED_SUBJECT = pattern(`(?:^|[.!?:\\n]\\s*)${p('deniedSubject')}\\b[^.!?:\\n]{0,40}$`);

// Only a negation right before the words lifts them ("not guaranteed", "nicht garantiert"):
// "no fees, guaranteed" is still a guarantee.
// "Nothing is zero risk", "there's no such thing as risk-free" deny the claim too.
const NEGATED = negatedBefore(p('negator'), `(?:${p('negatorFiller')}\\s+)?`);

// The brand declining to promise: "we are not able to guarantee", "we can't guarantee", "unable
// to guarantee", "no podemos garantizar", "nous ne pouvons pas garantir", "wir können nicht garantieren".
const DECLINED = pattern(
  `(?:\\b${p('declineNegator')}|${p('declineSuffix')})\\s+(?:${p('declineFiller')}\\s+)?$`,
);
// "Guarantee" as the name of a policy the reply points to ("look at our guarantee for steps", "the
// guarantee covers it"): a noun after a determiner, followed by what one does with the policy.
const POLICY_GUARANTEE = pattern(`^${p('policyNoun')}\\s+${p('policyAfter')}\\b`);
const DETERMINER_BEFORE = pattern(`\\b${p('policyDeterminer')}\\s+(?:[a-z-]+\\s+)?$`);
// A continuation of a thread ("…guaranteed. It was changed because…", "2/3"): the words before it
// are in the previous post, so a guarantee word right after the opening ellipsis is not judged.
const CONTINUATION_START = /^(?:@[\w.]+[\s,]*)*(?:\.{2,}|…)\s*$/;

/** Escapes a literal for use in a regular expression. */
function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const misleadingClaim: CheckDefinition = {
  id: 'misleading-claim',
  description:
    'Brand or partner content with guarantees, absolutes or outrage bait ("guaranteed results", "100% risk-free", "doctors hate this")',
  severity: 'medium',
  action: 'correction',
  appliesTo: ['brand', 'partner'],
  build(brand) {
    const banned = brand.profile.bannedTerms
      .map((t) => t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim())
      .filter(Boolean);
    const bannedRe = banned.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${banned.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null;
    return (input): FindingDraft | null => {
      const text = input.text.text;
      const evidence: Evidence[] = [];
      let firstLabel = '';
      let quoted: Array<readonly [number, number]> | null = null;
      for (const { label, re, gate } of PATTERNS) {
        if (gate && !gate.test(text)) continue;
        for (const m of matchesOf(re, text)) {
          const start = m.index;
          const end = start + m[0].length;
          if (label === 'guarantee' && REFUND_GUARANTEE.test(text.slice(Math.max(0, start - 20), start)))
            continue;
          if (label === 'guarantee' && DELIVERY_GUARANTEE.test(text.slice(Math.max(0, start - 24), end + 24)))
            continue;
          if (NEGATED.test(text.slice(Math.max(0, start - 24), start))) continue;
          if (label === 'guarantee') {
            const before = text.slice(Math.max(0, start - 40), start);
            if (DECLINED.test(before) || CONTINUATION_START.test(text.slice(0, start))) continue;
            if (DETERMINER_BEFORE.test(before) && POLICY_GUARANTEE.test(text.slice(start, end + 24)))
              continue;
          }
          if (label === 'security' && DENIED_SUBJECT.test(text.slice(Math.max(0, start - 60), start)))
            continue;
          quoted ??= quotedSpans(text);
          if (insideSpans(quoted, start, end)) continue;
          if (!firstLabel) firstLabel = label;
          evidence.push(spanEvidence('text', input.text, start, end));
          break;
        }
      }
      if (bannedRe) {
        for (const m of matchesOf(bannedRe, text)) {
          if (!firstLabel) firstLabel = 'banned';
          evidence.push(spanEvidence('text', input.text, m.index, m.index + m[0].length, 'banned term'));
          break;
        }
      }
      if (evidence.length === 0) return null;
      evidence.sort((a, b) => a.start - b.start);
      const said = quote(evidence.map((e) => e.match).join(' … '));
      const reason =
        firstLabel === 'banned'
          ? `Uses ${said}, a term the brand guidelines ban: remove it.`
          : firstLabel === 'clickbait'
            ? `Uses the clickbait hook ${said}: say plainly what the product does.`
            : `Promises ${said}, which no product can guarantee: remove the guarantee or state the real terms and limits.`;
      return { reason, evidence };
    };
  },
};
