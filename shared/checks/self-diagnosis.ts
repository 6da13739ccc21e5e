import type { Evidence } from '../model/index.ts';
import { insideSpans, quotedSpans } from '../text/quotes.ts';
import { isQuestion } from '../text/sentences.ts';
import { quote, spanEvidence } from './evidence.ts';
import { CONDITION_SOURCE, PROFESSIONAL_REFERRAL } from './lexicon/health.ts';
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

const CONDITION = `(?:${CONDITION_SOURCE})`;
// Up to three words between the verdict and the condition: "you have a magnesium deficiency",
// "that's postpartum depression". Words are bounded runs, so the pattern stays linear.
const GAP = "(?:[a-z'-]{1,20} ){0,3}";

const VERDICT = new RegExp(
  `\\b(?:you (?:(?:probably|definitely|def|defo|likely|most likely|might|may|could|totally|100%|100 percent|for sure|literally|basically|clearly|obviously|surely|lowkey|almost certainly|already|secretly) )?(?:have|got)|(?:seguro|100%|definitivamente|claramente) (?:que )?(?:tienes|padeces)|(?:com certeza|100%|definitivamente|claramente) (?:voce |vc )?tem|(?:tu as|vous avez) (?:surement|clairement|forcement|100%|certainement)|(?:du hast|sie haben) (?:100%|definitiv|eindeutig|garantiert|bestimmt|sicher)|you (?:might|may|could|probably|definitely) be|you've (?:probably )?got|that's|thats|that is|it's|this is|those are|these are|sounds like|chances are(?: that)? (?:you|they|he|she)(?:'re| are| have| has|'ve got| got)?|lo mas probable es que (?:tengas|tenga|tengan|seas|sea|sean)|tienes|tenes|usted tiene|eso es|esto es|esas son|esos son|estas son|estos son|voce tem|tu tens|isso e|essas sao|esses sao|estes sao|estas sao|vous avez|tu as|c'est|ce sont|du hast|sie haben|das ist|das sind|you(?:'re| are)? (?:suffering|suffer) from|you(?:'re| are) (?:dealing|living) with|you(?:'re| are) showing (?:the )?(?:signs|symptoms) of|(?:that's|thats|that is|it's|those are|these are) (?:a |the )?(?:(?:classic|textbook|typical|tell-?tale|clear|early|first) )?(?:signs?|symptoms?) of|padeces(?: de)?|sufres de|(?:voce|vc) (?:sofre de|esta com)|vc tem|vous souffrez d(?:e|')|tu souffres d(?:e|')|du leidest (?:an|unter)|(?:dann|also|wahrscheinlich|vermutlich|bestimmt|sicher|eindeutig|wohl|garantiert) (?:hast du|haben sie|bist du|leidest du (?:an|unter)|leiden sie (?:an|unter))|(?<=\\bno (?:eres|es|son|estas) [a-z]{2,20}, )(?:es|son)|(?<=\\bnao (?:e|sao|esta|estas) [a-z]{2,20}, )(?:e|sao)|(?:entonces|pues) (?:tienes|padeces|eres)|(?:entao|logo) (?:voce|vc) (?:tem|e)|(?:alors|donc) (?:vous avez|tu as|vous etes|tu es))\\s+${GAP}${CONDITION}\\b`,
  'g',
);
// A hedged verdict on a list of signs: "that could be periodontitis", "esto puede ser
// ansiedad", "isso pode ser", "ça pourrait être", "das könnte ADHS sein". Only an article or
// a sign word may sit between, so "this might be the fix for back pain" is no verdict.
const MAYBE = new RegExp(
  `(?:(?<=(?:^|[.!?¿:]\\s*))(?:could|might|may|probably|likely|most likely) be|\\b(?:that|this|it|which) (?:(?:might|may|could|would|probably|likely|most likely) (?:be|mean)|(?:sounds|looks) (?:a lot )?like)|\\b(?:eso |esto )?(?:podria|puede|suele) ser|\\b(?:isso )?(?:pode|poderia) ser|\\b(?:ca|cela) (?:pourrait|peut) etre|\\bdas (?:konnte|kann|durfte))\\s+(?:(?:a|an|your|tu|seu|sua|ton|ta|votre|dein|deine|early|classic|signs? of|un|una|um|uma|une|ein|eine|signos? de|sinais de|signes? d[e']|du|de la|de l'|des)\\s*)?${CONDITION}\\b`,
  'g',
);
// A condition as a header over a run of questions to the reader: "Gingivitis in adults: do you
// bleed when you brush?", "Parodontitis bei Erwachsenen: Blutet dein Zahnfleisch?".
const HEADER = new RegExp(
  `\\b${CONDITION} (?:in|en|em|chez|bei) (?:adults|adultos|adultes|erwachsenen|women|mujeres|mulheres|femmes|frauen|men|kids|children|ninos|criancas|enfants|kindern|teens|gamers)\\s*[:?-]\\s*[¿¡]?(?:[a-z]{2,12} )?(?:you|your|te|tu|tus|voce|vc|vous|votre|du|dein|deine)\\b`,
  'g',
);
// Cheap literal tests that keep the two patterns above off texts that cannot match them: both
// start with a full scan for a condition otherwise.
const MAYBE_GATE =
  /\b(?:could|might|may|would|probably|likely|sounds|looks|podria|puede|suele|pode|poderia|pourrait|peut|konnte|kann|durfte)\b/;
const HEADER_GATE =
  /\b(?:in|en|em|chez|bei) (?:adults|adultos|adultes|erwachsenen|women|mujeres|mulheres|femmes|frauen|men|kids|children|ninos|criancas|enfants|kindern|teens|gamers)\s*[:?-]/;
// A hedged verdict about someone else, often a child, at the end of a list of everyday
// behaviours: "they're probably autistic", "your son most likely has ADHD", "probablemente
// tiene TDAH", "provavelmente tem", "il est sans doute autiste", "er hat bestimmt ADHS". The
// hedge word is required: "your child has ADHD" alone may be a parent's own account.
const HEDGE_EN = '(?:probably|definitely|likely|most likely|clearly|obviously|almost certainly|secretly)';
const HEDGED = new RegExp(
  `\\b(?:(?:they|he|she|your (?:[a-z]{2,12} )?(?:child|children|kid|kids|son|daughter|toddler|baby|teen|teenager|partner|husband|wife|boy|girl))(?:'re|'s|'ve| is| are| has| have)? ${HEDGE_EN} (?:(?:has|have|got|is|are|be) )?|(?:probablemente|seguramente|seguro que) (?:(?:tu hij[oa]|tu nin[oa]|el|ella|usted) )?(?:tiene|tienes|tienen|es|eres|son|sea|padece) |(?:provavelmente|com certeza|certamente) (?:(?:voce|vc|ele|ela|seu filho|sua filha) )?(?:tem|tens|e|sao|seja) |(?:est|sont|a|ont|etes|avez|es|as) (?:probablement|surement|sans doute|certainement) |(?:ist|sind|hat|haben|bist|hast) (?:wahrscheinlich|bestimmt|vermutlich|sicher|eindeutig) )${GAP}${CONDITION}\\b`,
  'g',
);
// "You are" takes the condition itself, an article or an intensifier, never a free gap: "you're
// anaemic", "you're a compulsive spender", "eres anémico", "du bist anämisch"; "you're
// right that the flu jab..." is no verdict.
const BEING = new RegExp(
  `\\b(?:you(?:'re| are| re)|eres|(?:voce|vc) e|vous etes|tu es|du bist|sie sind)(?: (?:probably|secretly|definitely|actually|clearly|obviously|just|simply|totally|seguramente|probablemente|provavelmente|certainement|surement|bestimmt|wahrscheinlich))?(?: (?:a|an|so|very|really|un|una|um|uma|une|ein|eine|muy|muito|tres|sehr))? ${CONDITION}\\b`,
  'g',
);
const SIGNS = new RegExp(
  `\\b(?:\\d+ )?(?:signs?|symptoms?|senales|sinais|signes|anzeichen) (?:that )?(?:you(?:'re| are| have| might| may| could)|de que (?:tienes|tiene|voce|vc)|que (?:vous|tu) (?:avez|as|etes)|(?:dass|das) (?:du|sie))\\s+${GAP}${CONDITION}\\b`,
  'g',
);
// Quizzes, checklists and scores that hand out a verdict: "take our 2-minute test", "tick 3 of
// these", "score 4 or more", "find out if you have", "descubre si tienes", "finde es heraus".
const QUIZ =
  /\b(?:quiz|quizz|self[- ]test|self[- ]assessment|checklist|cuestionario|questionario|questionnaire|fragebogen|selbsttest|take (?:our|my|this|the) (?:[a-z0-9-]{1,20} ){0,3}test|(?:[a-z]{3,20} )test\b(?= ?[^a-z])|(?:tick|check|score|marca|marque|cochez|coche|kreuz) (?:\d|one|two|three|four|five|tres|cuatro|trois|quatre|drei|vier)\b|find out (?:if|whether) you|(?:descubre|averigua) si|descubra se|(?:decouvrez|decouvre) si|finde(?:n sie)? (?:[a-z0-9]{1,12} ){0,4}heraus|(?:haz|hace|faca|faz|faites|fais|mach|macht|machen sie) (?:el |o |le |den |nuestro |nosso |o nosso |notre |unseren |unser |este |esse |ce |diesen )?(?:[a-z]{1,12} )?teste?|(?:\d|two|three|four|five|dos|tres|cuatro|cinco|duas|deux|trois|quatre|cinq|zwei|drei|vier|funf) (?:or more |o mas |ou mais |ou plus |oder mehr )?(?:of these|de estos|de estas|destes|destas|desses|dessas|de ces|davon|dieser|von diesen))/g;
const QUIZ_REACH = 160;
// A verdict introduced by a conditional or a question is not one: "if you have", "do you have".
// So is one reported as the reader's own guess: "if you think you have", "si crees que tienes".
const CONDITIONAL_BEFORE =
  /\b(?:if|whether|when|in case|do|does|si|se|cuando|quando|caso|wenn|falls|ob|quand|lorsque)\s+(?:you (?:think|suspect|feel|worry|believe|fear)(?: that)?\s+|(?:crees|piensas|sospechas) que\s+|(?:voce )?(?:acha|suspeita) que\s+|(?:vous pensez|tu penses) que\s+)?$/;
const NEGATION_INSIDE = /\b(?:not|no|never|nao|pas|nicht|kein|keine)\b/;
const CONDITION_ONE = new RegExp(`\\b${CONDITION}\\b`);

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
      if (!CONDITION_ONE.test(text)) return null;
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
        for (const m of text.matchAll(re)) {
          const start = m.index;
          const end = start + m[0].length;
          if (taken && start < taken[1] && end > taken[0]) continue;
          if (CONDITIONAL_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
          if (NEGATION_INSIDE.test(m[0])) continue;
          // The header's questions are the checklist itself, so only the other verdicts drop out as questions.
          if ((re !== HEADER && isQuestion(text, start, end)) || !keep(start, end)) continue;
          taken = [start, end];
          evidence.push(spanEvidence('text', input.text, start, end));
          break;
        }
      }
      if (evidence.length === 0) {
        for (const q of text.matchAll(QUIZ)) {
          const from = Math.max(0, q.index - QUIZ_REACH);
          const to = Math.min(text.length, q.index + q[0].length + QUIZ_REACH);
          const c = CONDITION_ONE.exec(text.slice(from, to));
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
