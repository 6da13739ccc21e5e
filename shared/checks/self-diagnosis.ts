import { lexicon } from '../lexicon/index.ts';
import type { Evidence } from '../model/index.ts';
import { matchesOf } from '../text/matches.ts';
import { pattern } from '../text/pattern.ts';
import { insideSpans, quotedSpans } from '../text/quotes.ts';
import { isQuestion } from '../text/sentences.ts';
import { quote, spanEvidence } from './evidence.ts';
import {
  CONDITION_SOURCE,
  firstCondition,
  mentionsCondition,
  PROFESSIONAL_REFERRAL,
} from './patterns/health.ts';
import type { CheckDefinition, FindingDraft } from './types.ts';

/**
 * `self-diagnosis`: brand or partner content that has the audience conclude they have a
 * disorder from everyday signs or a quiz: "you have ADHD", "that's adrenal fatigue",
 * "7 signs you're secretly depressed", "take our quiz to find out if you have...", "tienes
 * hipotiroidismo", "vous avez une carence", "du hast Eisenmangel".
 *
 * Not self-diagnosis: awareness content that points to a professional ("if these sound
 * familiar, talk to your GP"), conditionals and questions ("if you have insomnia", "do you
 * have...?"), negations ("that's not IBS"), and quoted words.
 */

const p = lexicon('self-diagnosis');

const CONDITION = `(?:${CONDITION_SOURCE})`;
// Up to three words between the verdict and the condition: "you have a magnesium deficiency",
// "that's postpartum depression". Words are bounded runs, so the pattern stays linear.
const GAP = "(?:[a-z'-]{1,20} ){0,3}";
// The condition that ends a verdict, in a lookahead that captures it: the same match as
// `CONDITION\b` written out (nothing follows it, so the lookahead's choice is final either
// way), but V8 compiles the long list once instead of once per way the words before can end
// (the verdict pattern: 387 KB of regexp bytecode, about half with this). A match's end is
// `matchEnd()`, and a search for the next resumes there.
const CONDITION_LAST = `(?=(?<condition>${CONDITION})\\b)`;

/** Where a verdict match ends: its text plus the condition its lookahead captured. */
function matchEnd(m: RegExpExecArray): number {
  return m.index + m[0].length + (m.groups?.condition?.length ?? 0);
}

const VERDICT = pattern(
  `\\b${p('verdict').replaceAll('ADVERB', p('verdictAdverb'))}\\s+${GAP}${CONDITION_LAST}`,
  'g',
);
// A hedged verdict on a list of signs: "that could be periodontitis", "esto puede ser
// ansiedad", "isso pode ser", "ça pourrait être", "das könnte ADHS sein". Only an article or
// a sign word may sit between, so "this might be the fix for back pain" is no verdict.
const MAYBE = pattern(
  `(?:(?<=(?:^|[.!?¿:]\\s*))${p('hedgeOpening')}|\\b${p('hedge')})\\s+(?:${p('hedgeArticle')}\\s*)?${CONDITION_LAST}`,
  'g',
);
// A condition as a header over a run of questions to the reader: "Gingivitis in adults: do you
// bleed when you brush?", "Parodontitis bei Erwachsenen: Blutet dein Zahnfleisch?".
const HEADER_OVER = `${p('headerIn')} ${p('headerAudience')}\\s*[:?-]`;
const HEADER = pattern(
  `\\b${CONDITION} ${HEADER_OVER}\\s*[¿¡]?(?:[a-z]{2,12} )?${p('headerReader')}\\b`,
  'g',
);
// Cheap literal tests that keep the two patterns above off texts that cannot match them: both
// start with a full scan for a condition otherwise.
const MAYBE_GATE = pattern(`\\b${p('hedgeGate')}\\b`);
const HEADER_GATE = pattern(`\\b${HEADER_OVER}`);
// A hedged verdict about someone else, often a child, at the end of a list of everyday
// behaviours: "they're probably autistic", "your son most likely has ADHD", "probablemente
// tiene TDAH", "provavelmente tem", "il est sans doute autiste", "er hat bestimmt ADHS". The
// hedge word is required: "your child has ADHD" alone may be a parent's own account.
const HEDGED_LEAD = p('hedged')
  .replaceAll('RELATIVE', p('hedgedRelative'))
  .replaceAll('ADVERB', p('hedgedAdverb'));
const HEDGED = pattern(`\\b${HEDGED_LEAD} ${GAP}${CONDITION_LAST}`, 'g');
// "You are" takes the condition itself, an article or an intensifier, never a free gap: "you're
// anaemic", "you're a compulsive spender", "eres anémico", "du bist anämisch"; "you're
// right that the flu jab..." is no verdict.
const BEING = pattern(
  `\\b${p('beingSubject')}(?: ${p('beingAdverb')})?(?: ${p('beingDegree')})? ${CONDITION_LAST}`,
  'g',
);
const SIGNS = pattern(
  `\\b(?:\\d+ )?${p('signWord')} (?:${p('signThat')} )?${p('signReader')}\\s+${GAP}${CONDITION_LAST}`,
  'g',
);
// Quizzes, checklists and scores that hand out a verdict: "take our 2-minute test", "tick 3 of
// these", "score 4 or more", "find out if you have", "descubre si tienes", "finde es heraus".
// The quiz words come first: "fragebogen test" is the quiz word alone.
const QUIZ = pattern(
  `\\b(?:${[
    p('quizWord'),
    p('quizTest'),
    `${p('tickLead')} ${p('tickCount')}\\b`,
    `${p('quizDo')} (?:${p('quizDoArticle')} )?(?:[a-z]{1,12} )?${p('quizTestWord')}`,
    `${p('quizCount')} (?:${p('quizOrMore')} )?${p('quizOfThese')}`,
  ].join('|')})`,
  'g',
);
const QUIZ_REACH = 160;
// A verdict introduced by a conditional or a question is not one: "if you have", "do you have".
// So is one reported as the reader's own guess: "if you think you have", "si crees que tienes".
const CONDITIONAL_BEFORE = pattern(`\\b${p('conditional')}\\s+(?:${p('ownGuess')}\\s+)?$`);
const NEGATION_INSIDE = pattern(`\\b${p('negationInside')}\\b`);

export const selfDiagnosis: CheckDefinition = {
  id: 'self-diagnosis',
  description:
    'Brand or partner content that pushes people to diagnose themselves from everyday signs or a quiz',
  severity: 'medium',
  action: 'correction',
  appliesTo: ['brand', 'partner'],
  build() {
    return (input): FindingDraft | null => {
      const text = input.text.text;
      if (!mentionsCondition(text)) return null;
      if (PROFESSIONAL_REFERRAL.test(text)) return null;
      const evidence: Evidence[] = [];
      let quoted: Array<readonly [number, number]> | null = null;
      const keep = (start: number, end: number): boolean => {
        quoted ??= quotedSpans(text);
        return !insideSpans(quoted, start, end);
      };
      let taken: readonly [number, number] | null = null;
      for (const re of [SIGNS, VERDICT, BEING, HEDGED, MAYBE, HEADER]) {
        if (re === MAYBE && !MAYBE_GATE.test(text)) continue;
        if (re === HEADER && !HEADER_GATE.test(text)) continue;
        for (const m of matchesOf(re, text, matchEnd)) {
          const start = m.index;
          const end = matchEnd(m);
          if (taken && start < taken[1] && end > taken[0]) continue;
          if (CONDITIONAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
          if (NEGATION_INSIDE.test(text.slice(start, end))) continue;
          // The header's questions are the checklist itself, so only the other verdicts drop out as questions.
          if ((re !== HEADER && isQuestion(text, start, end)) || !keep(start, end)) continue;
          taken = [start, end];
          evidence.push(spanEvidence('text', input.text, start, end));
          break;
        }
      }
      if (evidence.length === 0) {
        for (const q of matchesOf(QUIZ, text)) {
          const from = Math.max(0, q.index - QUIZ_REACH);
          const to = Math.min(text.length, q.index + q[0].length + QUIZ_REACH);
          const c = firstCondition(text.slice(from, to));
          if (!c || !keep(q.index, q.index + q[0].length)) continue;
          evidence.push(spanEvidence('text', input.text, q.index, q.index + q[0].length));
          evidence.push(spanEvidence('text', input.text, from + c.index, from + c.index + c[0].length));
          break;
        }
      }
      if (evidence.length === 0) return null;
      return {
        reason: `Tells readers ${quote(evidence.map((e) => e.match).join(' … '))}, inviting them to diagnose themselves: drop the verdict and point them to a doctor or other professional.`,
        evidence,
      };
    };
  },
};
