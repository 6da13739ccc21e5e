import { lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { matchesOf } from '../text/matches.ts';
import { isNegated } from '../text/negation.ts';
import { pattern } from '../text/pattern.ts';
import { insideSpans, quotedSpans } from '../text/quotes.ts';
import { isQuestion, sentenceAround } from '../text/sentences.ts';
import { quote, spanEvidence } from './evidence.ts';
import { bareDomain, linkOnDomains } from './patterns/evidence-links.ts';
import {
  CITATION_TEXT,
  CONDITION_ALL,
  EFFECT,
  ENDORSEMENT,
  EVIDENCE_DOMAINS,
  firstCondition,
  mentionsCondition,
  NO_LONGER,
  NO_LONGER_GATE,
  RESOLVED,
  WEAK_EFFECT,
} from './patterns/health.ts';
import type { CheckDefinition, CheckInput, FindingDraft } from './types.ts';

/**
 * `health-claim`: the brand or a partner ties a product or practice to a disease or condition
 * by a verb of effect ("cures colds", "heilt Migräne", "insomnia? X fixes it"), or calls it
 * "clinically proven" / "doctor recommended", with no link to evidence.
 *
 * Not a claim: the same words negated ("does not cure"), asked ("does it help you sleep?"),
 * inside quotation marks (someone else's words), or an item that cites a study (a DOI, a
 * PubMed id, or a link to a registry, journal or one of the profile's `evidenceDomains`).
 */

const p = lexicon('health-claim');

// How far a condition may sit after its verb ("reverses arthritis pain") or before an
// anaphoric verb ("Can't sleep? Wake at 3am? Mag+Sleep fixes it").
const AFTER_REACH = 60;
const WEAK_AFTER_REACH = 25;
const BEFORE_REACH = 160;
// Object pronouns pointing back at a condition named earlier: after the verb in English and
// German, before it in Spanish, French and Portuguese ("lo corrige", "la corrige").
const PRONOUN_AFTER = pattern(`^\\s+${p('pronounAfter')}\\b`);
const PRONOUN_BEFORE = pattern(`(?:\\b${p('pronounBefore')}\\s+|\\b${p('pronounBeforeElided')})$`);
// Outcomes that stand for a condition named before them ("eczema ... clear skin in 10 days",
// "that's IBS, and X is the only thing that works").
const OUTCOME = pattern(`\\b${p('outcome')}\\b`, 'g');
// Claims that carry their own condition: "you'll never get sick again".
const STANDALONE = pattern(`\\b${p('standalone')}\\b`, 'g');

// How far before "cleared up" / "went away" its condition may sit ("my daughter's eczema finally").
const RESOLVED_REACH = 40;
// "until your cold goes away", "once the headache is gone": advice about time, not a result.
const TIME_OR_IF = pattern(`\\b${p('timeOrIf')}\\b`);

interface Hit {
  readonly start: number;
  readonly end: number;
}

/** Index of the first clause break (, ; : or a dash) in `from..to`, or `to`. */
function clauseEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 8211 || c === 8212) return i;
  }
  return to;
}

function conditionAfter(text: string, from: number, sentenceEnd: number, reach: number): Hit | null {
  let limit = Math.min(sentenceEnd, from + reach);
  // An everyday verb governs only its own clause: "stay calm, flu season is here" is no claim.
  if (reach === WEAK_AFTER_REACH) limit = clauseEnd(text, from, limit);
  const m = firstCondition(text.slice(from, limit));
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

function conditionBefore(text: string, to: number): Hit | null {
  const from = Math.max(0, to - BEFORE_REACH);
  let last: Hit | null = null;
  for (const m of matchesOf(CONDITION_ALL, text.slice(from, to))) {
    last = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return last;
}

function hasEvidence(input: CheckInput, evidenceDomains: ReadonlySet<string>): boolean {
  if (input.links.some((l) => linkOnDomains(l, evidenceDomains))) return true;
  return CITATION_TEXT.test(input.text.text);
}

/** Finds claim spans in one normalized text; exported for the lexicon tests. */
export function findHealthClaims(text: string): Array<{ spans: Hit[]; kind: 'effect' | 'endorsement' }> {
  const out: Array<{ spans: Hit[]; kind: 'effect' | 'endorsement' }> = [];
  let quoted: Array<readonly [number, number]> | null = null;
  const allowed = (start: number, end: number): boolean => {
    if (isQuestion(text, start, end) || isNegated(text, start, end)) return false;
    quoted ??= quotedSpans(text);
    return !insideSpans(quoted, start, end);
  };
  for (const v of matchesOf(EFFECT, text)) {
    const vs = v.index;
    const ve = vs + v[0].length;
    const sentence = sentenceAround(text, vs, ve);
    const reach = WEAK_EFFECT.test(v[0]) ? WEAK_AFTER_REACH : AFTER_REACH;
    const after = conditionAfter(text, ve, sentence.end, reach);
    if (after) {
      if (allowed(vs, ve)) out.push({ kind: 'effect', spans: [{ start: vs, end: after.end }] });
      continue;
    }
    const pronounAfter = PRONOUN_AFTER.exec(text.slice(ve, ve + 8));
    const pronounBefore = PRONOUN_BEFORE.test(text.slice(Math.max(0, vs - 5), vs));
    if (!pronounAfter && !pronounBefore) continue;
    const before = conditionBefore(text, pronounBefore ? vs - 4 : vs);
    if (before && allowed(vs, ve)) {
      const end = pronounAfter ? ve + pronounAfter[0].length : ve;
      out.push({ kind: 'effect', spans: [before, { start: vs, end }] });
    }
  }
  for (const o of matchesOf(OUTCOME, text)) {
    const before = conditionBefore(text, o.index);
    if (before && allowed(o.index, o.index + o[0].length)) {
      out.push({ kind: 'effect', spans: [before, { start: o.index, end: o.index + o[0].length }] });
    }
  }
  for (const r of matchesOf(RESOLVED, text)) {
    const rs = r.index;
    const sentence = sentenceAround(text, rs, rs + r[0].length);
    const from = Math.max(sentence.start, rs - RESOLVED_REACH);
    const c = firstCondition(text.slice(from, rs));
    if (!c) continue;
    const cs = from + c.index;
    if (TIME_OR_IF.test(text.slice(Math.max(sentence.start, cs - 30), cs))) continue;
    if (allowed(rs, rs + r[0].length)) {
      out.push({ kind: 'effect', spans: [{ start: cs, end: rs + r[0].length }] });
    }
  }
  for (const n of NO_LONGER_GATE.test(text) ? matchesOf(NO_LONGER, text) : []) {
    // The negation is the claim here, so only questions and quotes lift it.
    const ns = n.index;
    const ne = ns + n[0].length;
    if (isQuestion(text, ns, ne)) continue;
    quoted ??= quotedSpans(text);
    if (!insideSpans(quoted, ns, ne)) out.push({ kind: 'effect', spans: [{ start: ns, end: ne }] });
  }
  for (const e of matchesOf(STANDALONE, text)) {
    if (allowed(e.index, e.index + e[0].length)) {
      out.push({ kind: 'effect', spans: [{ start: e.index, end: e.index + e[0].length }] });
    }
  }
  for (const e of matchesOf(ENDORSEMENT, text)) {
    if (allowed(e.index, e.index + e[0].length)) {
      out.push({ kind: 'endorsement', spans: [{ start: e.index, end: e.index + e[0].length }] });
    }
  }
  return out;
}

// Cheap first pass: without a condition word or an endorsement there is nothing to look at.
const ENDORSEMENT_OR_STANDALONE = pattern(`${ENDORSEMENT.source}|${STANDALONE.source}`);

export const healthClaim: CheckDefinition = {
  id: 'health-claim',
  description:
    'Brand or partner content claiming to cure, treat or prevent a disease or condition, or "clinically proven" style claims, with no evidence linked',
  severity: 'high',
  action: 'correction',
  appliesTo: ['brand', 'partner'],
  build(brand) {
    const evidenceDomains = new Set([...EVIDENCE_DOMAINS, ...brand.profile.evidenceDomains.map(bareDomain)]);
    return (input): FindingDraft | null => {
      const text = input.text.text;
      if (!ENDORSEMENT_OR_STANDALONE.test(text) && !mentionsCondition(text)) return null;
      const claims = findHealthClaims(text);
      if (claims.length === 0 || hasEvidence(input, evidenceDomains)) return null;
      const evidence: Evidence[] = [];
      for (const c of claims.slice(0, 3)) {
        for (const s of c.spans) evidence.push(spanEvidence('text', input.text, s.start, s.end));
      }
      const first = claims[0]!;
      const said = evidence
        .slice(0, first.spans.length)
        .map((e) => e.match)
        .join(' … ');
      const reason =
        first.kind === 'endorsement'
          ? `Says ${quote(said)} with no study linked: link the study that shows it or remove the wording.`
          : `Claims it ${quote(said)} with no study cited: cite the evidence or remove the claim.`;
      return { reason, evidence };
    };
  },
};
