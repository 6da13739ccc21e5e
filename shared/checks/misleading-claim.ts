import type { Evidence } from '../model/index.ts';
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
    re: /\b(?:guaranteed?|guarantees|garantizad[oa]s?|garantia de resultados|garantid[oa]s?|garantie?s?|garantiert)\b/g,
  },
  {
    label: 'absolute',
    re: /(?:\b100 ?%|\bcompletely|\btotally|\babsolutely|\bcien por cien(?:to)?|\bcem por cento|\bhundert prozent) ?(?:safe|risk[- ]free|effective|guaranteed|seguros?|segura|eficaz|sur|sure|efficace|sicher|wirksam|sin riesgos?|sem riscos?|sans risques?|risikofrei)\b/g,
  },
  {
    label: 'no risk',
    re: /\b(?:no side[- ]effects|zero side[- ]effects|sin efectos (?:secundarios|adversos)|sem efeitos (?:colaterais|secundarios)|sans effets? (?:secondaires|indesirables)|keine nebenwirkungen|perfectly safe|risk[- ]free|zero[- ]risk|no risk|without any risk|sin riesgos?|cero riesgos?|sem riscos?|risco zero|sans (?:aucun )?risques?|zero risque|risikofrei|ohne (?:jedes )?risiko|null risiko|(?:you )?(?:can't|cannot|can not) (?:possibly )?lose|no way (?:to|you can|you could) lose|impossible to lose|(?:no puedes|no podes|no se puede) perder|imposible perder|nao (?:tem como|ha como|da pra|da para|pode|vai) perder|impossivel perder|(?:impossible de|(?:tu ne peux|vous ne pouvez|on ne peut) pas) perdre|(?:du kannst|sie konnen|man kann|kannst du|konnen sie|kann man) (?:gar )?nicht(?:s)? verlieren|(?:the )?(?:safest|surest) (?:[a-z0-9%$.,-]{1,12} ){0,3}you(?:'ll| will)? ever (?:find|get|make|see|buy))\b/g,
  },
  {
    label: 'never fails',
    // Present-tense absolutes about reliability: "never drops", "nunca se cae", "ne coupe
    // jamais", "bricht nie ab"; "never drops below 10°" is a measurement and stays out.
    re: /\b(?:never (?:drops?|fails?|breaks?(?: down)?|goes (?:down|out)|cuts? out|disconnects?|lags?|buffers?|crashes|crash|freezes|misses|stops? working|lets? (?:you|anyone) down)(?! (?:below|under|beneath|to|by|more|less))|nunca (?:se (?:cae|corta|cuelga|rompe)|falla|falha|cai|trava|para de funcionar|te deja tirad[oa])|ne (?:tombe|coupe|plante|lache|flanche) jamais|(?:bricht|fallt|stockt) nie(?: ab| aus)?|never late|100 ?% (?:uptime|success rate|of the time|del tiempo|de exito|do tempo|de sucesso|du temps|de reussite|der zeit)|(?:will|'ll) never (?:drop|fall|go down|change|fail|disappoint)|works? for (?:everyone|everybody|anyone|all|every (?:type|kind|body|single))|works every (?:single )?time|always works|(?:it|this|they)(?: will|'ll) (?:work for|fix|cure|heal) (?:yours|you|everyone)|nunca falla|funciona (?:para todos|siempre|sempre|para todo mundo)|nunca falha|ne (?:rate|decoit) jamais|marche a tous les coups|fonctionne pour tout le monde|versagt nie|wirkt (?:immer|bei jedem)|funktioniert immer)\b/g,
  },
  {
    label: 'forever',
    // Performance promised for ever: "100% waterproof forever", "stays sharp for life",
    // "impermeable para siempre", "à prova d'água para sempre", "imperméable pour toujours",
    // "für immer wasserdicht". "Friends forever" has no performance word and stays out.
    gate: /forever|for life|para siempre|para sempre|pour toujours|a vie|fur immer|ewig/,
    re: /\b(?:(?:[a-z]{2,12}-?proof|dry|warm|sharp|new|safe|secure|clean|fresh|spotless|impermeables?|seco|secos|seca|sec|seche|affute|sicher|scharf|trocken|dicht|wasserdicht|impermeavel|a prova d'agua) (?:forever|for life|para siempre|para sempre|pour toujours|a vie)|(?:lasts?|will last|dura(?:ra)?|durera|halt|halten) (?:forever|para siempre|para sempre|pour toujours|ewig|fur immer)|(?:fur immer|ewig) (?:wasserdicht|dicht|trocken|scharf|sicher|neu|warm))\b/g,
  },
  {
    label: 'security',
    // Security promised as absolute: "100% hack-proof", "unhackable", "nobody will ever get into
    // your account", "imposible de hackear", "à prova de hackers", "inviolable", "unhackbar".
    gate: /hack|proof|prova|prueba|pirat|inviol|knack|nobody|no one|no-one|nadie|ninguem|personne|niemand/,
    re: /\b(?:(?:100 ?%|completely|totally|fully|absolutely) (?:hack|fraud|scam|theft|tamper|breach|bullet)[- ]?proof|unhackable|un-hackable|(?:impossible|can't be|cannot be|can never be|will never be) (?:to )?(?:hack(?:ed)?|breach(?:ed)?|compromised?)|(?:nobody|no one|no-one) (?:will|can|could) ever (?:get into|access|hack|break into|steal) (?:[a-z']{1,12} ){0,2}(?:account|accounts|data|wallet|password|login|card|points|info|information|details)|(?:100 ?%|totalmente|completamente) (?:a prueba de|a prova de) (?:hackers?|hackeos?|fraudes?|robos?|roubos?|invasoes)|(?:imposible|impossivel) (?:de )?(?:hackear|piratear|invadir|vulnerar)|nadie (?:podra|puede) (?:nunca |jamas )?(?:entrar|acceder|hackear) (?:[a-z]{1,12} ){0,2}(?:cuenta|datos|tarjeta|contrasena)|ninguem (?:nunca )?(?:vai|podera|pode|conseguira) (?:entrar|acessar|invadir|hackear) (?:[a-z]{1,12} ){0,2}(?:conta|dados|cartao|senha)|(?:100 ?% |totalement )?(?:inviolables?|impiratables?)|impossible a pirater|personne ne (?:pourra|peut) (?:jamais )?(?:acceder|entrer|pirater) (?:[a-z']{1,12} ){0,2}(?:compte|donnees|carte|mot de passe)|(?:100 ?% )?(?:unhackbar|hackersicher|einbruchsicher)|(?:(?:niemand|keiner) (?:wird|kann)|(?:wird|kann) (?:niemand|keiner)) (?:jemals|je) (?:in |auf )?(?:dein|ihr|euer)(?:e|en)? (?:konto|account))\b/g,
  },
  {
    label: 'only one',
    re: /\b(?:(?:the )?only (?:thing|one|product|remedy|account|card|\w+) (?:that )?(?:actually |really |truly )?works|the only \w+ you(?:'ll| will)? ever need|lo unico que funciona|o unico que funciona|la seule (?:chose )?qui marche|das einzige,? was (?:wirklich )?hilft)\b/g,
  },
  {
    label: 'money doubling',
    re: /\b(?:double|triple|doubles|triples) your (?:money|savings|investment|income|cash)|\b(?:duplica|triplica) tu (?:dinero|inversion|ahorro)|\b(?:dobra|dobre|triplica) (?:o )?seu (?:dinheiro|investimento)|\bdoublez? (?:votre|ton) (?:argent|epargne)|\bverdopple (?:dein|ihr) geld\b/g,
  },
  {
    label: 'clickbait',
    re: /\b(?:doctors? (?:hate|hates|won't tell you|don't want you to know)|(?:doctors?|dentists?|banks?|airlines?|big pharma|they|experts) (?:will never|won't ever|never want to|don't want to|won't) (?:tell|reveal|share|admit)|(?:they|big pharma|banks|airlines|the industry|doctors) (?:don't|doesn't|do not|does not) want you to know|what (?:your )?(?:doctor|doctors|bank|dentist|they)(?: is| are)?(?:n't| not| won't| will not| don't) (?:telling|tell) you|(?:the )?secret (?:they|doctors|banks) don't want|one (?:weird|simple) trick|you won't believe|(?:los )?medicos (?:odian|no quieren que sepas)|lo que (?:no quieren|tu medico no) (?:que sepas|te dice)|(?:os )?medicos odeiam|o que (?:os medicos|eles) nao (?:querem que voce saiba|te contam|contam)|les medecins (?:detestent|ne (?:vous )?disent pas)|ce qu'(?:ils|on) ne veu(?:t|lent) pas que vous sachiez|arzte hassen|was (?:dein arzt|ihr arzt|arzte) (?:dir |ihnen )?nicht (?:sagen|sagt))\b/g,
  },
  {
    label: 'clickbait',
    // Outrage hooks with any villain: "what the other carriers don't want you to know",
    // "<anyone> HATE this trick", "number 3 will shock you".
    gate: /want|quier|quer|veulent|nicht (?:sagen|verraten)|hate|odia|odeia|detest|hassen|\d will/,
    re: /\b(?:what (?:[a-z0-9%'-]{1,20} ){0,5}(?:don't|doesn't|do not|does not|won't|will not|never) want (?:you|us) to (?:know|find out|see|hear)|(?<=[a-z]{2} )hates? (?:him|her|them|(?:this|these|that|my|our|his|her) (?:[a-z0-9-]{1,16} ){0,2}(?:trick|hack|secret|method|tip|loophole|swap|routine|move|habit|exercise|stretch|ingredient|product|app|card|account|setting|feature|tool|gadget|mod|setup|food|drink|supplement|snack|brush|paste|cream|toothpaste|device)s?)|(?:number|no\.?|#) ?\d{1,2} will (?:shock|surprise|blow|amaze|make) you|lo que (?:[a-z]{1,20} ){0,3}no quieren que (?:sepas|sepan|descubras)|(?<=[a-z]{2} )odian (?:este|esta|estos|estas) (?:[a-z]{1,12} )?(?:truco|secreto|metodo|habito|ejercicio|producto|ajuste|configuracion|herramienta|alimento)|o que (?:[a-z]{1,20} ){0,3}nao querem que (?:voce|vc|tu) (?:saiba|descubra|saibas)|(?<=[a-z]{2} )odeiam (?:este|esse|essa|esta|estes) (?:[a-z]{1,12} )?(?:truque|segredo|metodo|habito|exercicio|produto|ajuste|configuracao|ferramenta|alimento)|ce qu(?:e |')(?:[a-z]{1,20} ){0,3}ne veulent pas que vous (?:sachiez|decouvriez)|(?<=[a-z]{2} )detestent (?:cette|ce|cet) (?:[a-z0-9-]{1,16} )?(?:astuce|truc|secret|methode|exercice|produit|habitude|reglage|parametre|outil|aliment)|was (?:[a-z]{1,20} ){0,3}(?:dir|ihnen|euch) nicht (?:sagen|verraten) (?:wollen|will|werden)|(?<=[a-z]{2} )hassen (?:diesen|diese|dieses) (?:[a-z0-9-]{1,16} )?(?:trick|hack|geheimnis|ubung|produkt|methode|einstellung|tool|lebensmittel))\b/g,
  },
];

// A refund policy is not a promise of results: "money-back guarantee", "30-day guarantee".
const REFUND_GUARANTEE =
  /(?:money[- ]back|satisfaction|refund|price[- ]match|\d+[- ]day|garantia de (?:devolucion|reembolso)|satisfait ou rembourse|geld-zuruck)[- ]$/;

// A delivery date promise is logistics, not a claim about results, safety or money.
const DELIVERY_GUARANTEE =
  /\b(?:delivery|shipping|arrival|entrega|envio|livraison|lieferung) (?:is )?(?:guaranteed?|garantizad[oa]|garantid[oa]|garantie|garantiert)\b|\b(?:guaranteed?|garantizad[oa]|garantid[oa]|garantie|garantiert) (?:delivery|before|by|to arrive|arrival|entrega|livraison|lieferung)\b/;

// A denial that opens the sentence lifts a security absolute: "no account is ever 100%
// hack-proof", "nothing is unhackable", "ninguna cuenta es...", "aucun compte n'est...".
const DENIED_SUBJECT =
  /(?:^|[.!?:\n]\s*)(?:no|nothing|none|ningun[oa]?|nada|nenhum[a]?|aucune?|rien|kein(?:e|en)?|nichts)\b[^.!?:\n]{0,40}$/;

// Only a negation right before the words lifts them ("not guaranteed", "nicht garantiert"):
// "no fees, guaranteed" is still a guarantee.
// "Nothing is zero risk", "there's no such thing as risk-free" deny the claim too.
const NEGATED =
  /\b(?:not|no|isn't|aren't|never|nicht|keine?|nao(?: e| sao)?|no (?:esta|estan|es|son)|pas|nothing(?: is|'s)?|no such thing as(?: an?)?|nada (?:es|e)|rien n'est|nichts ist)\s+(?:be\s+|been\s+)?$/;

// The brand declining to promise: "we are not able to guarantee", "we can't guarantee", "unable
// to guarantee", "no podemos garantizar", "nous ne pouvons pas garantir", "wir können nicht garantieren".
const DECLINED =
  /(?:\b(?:not|never|unable|cannot)|n't)\s+(?:(?:be\s+|been\s+)?able\s+to\s+|always\s+|possibly\s+|fully\s+)?$/;
// "Guarantee" as the name of a policy the reply points to ("look at our guarantee for steps", "the
// guarantee covers it"): a noun after a determiner, followed by what one does with the policy.
const POLICY_GUARANTEE =
  /^guarantee\s+(?:for|on|page|policy|programme|program|terms|covers|applies|details|section|steps|info)\b/;
const DETERMINER_BEFORE = /\b(?:our|the|this|your|its)\s+(?:[a-z-]+\s+)?$/;
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
        for (const m of text.matchAll(re)) {
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
        for (const m of text.matchAll(bannedRe)) {
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
