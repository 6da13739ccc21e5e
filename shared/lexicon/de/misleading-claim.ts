import type { PhraseGroups } from '../types.ts';

/** `misleading-claim` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  guarantee: ['garantiert'],
  absoluteLead: ['hundert prozent'],
  absoluteQuality: ['sicher', 'wirksam', 'risikofrei'],
  noRisk: [
    'keine nebenwirkungen',
    'risikofrei',
    'ohne (?:jedes )?risiko',
    'null risiko',
    '(?:du kannst|sie konnen|man kann|kannst du|konnen sie|kann man) (?:gar )?nicht(?:s)? verlieren',
  ],
  neverFails: [
    '(?:bricht|fallt|stockt) nie(?: ab| aus)?',
    '100 ?% der zeit',
    'versagt nie',
    'wirkt (?:immer|bei jedem)',
    'funktioniert immer',
  ],
  durableQuality: ['sicher', 'scharf', 'trocken', 'dicht', 'wasserdicht'],
  /** "Forever" in German, after a verb of `lasting` or before a `durableQualityAfter`: "hält ewig", "für immer wasserdicht". */
  foreverBefore: ['ewig', 'fur immer'],
  lasting: ['halt', 'halten'],
  /** Qualities after `foreverBefore`: "für immer wasserdicht". */
  durableQualityAfter: ['wasserdicht', 'dicht', 'trocken', 'scharf', 'sicher', 'neu', 'warm'],
  securityGate: ['knack', 'niemand'],
  security: [
    '(?:100 ?% )?(?:unhackbar|hackersicher|einbruchsicher)',
    '(?:(?:niemand|keiner) (?:wird|kann)|(?:wird|kann) (?:niemand|keiner)) (?:jemals|je) (?:in |auf )?(?:dein|ihr|euer)(?:e|en)? (?:konto|account)',
  ],
  onlyOne: ['das einzige,? was (?:wirklich )?hilft'],
  moneyDoubling: ['verdopple (?:dein|ihr) geld\\b'],
  clickbait: ['arzte hassen', 'was (?:dein arzt|ihr arzt|arzte) (?:dir |ihnen )?nicht (?:sagen|sagt)'],
  villainGate: ['nicht (?:sagen|verraten)', 'hassen'],
  villainBait: [
    'was (?:[a-z]{1,20} ){0,3}(?:dir|ihnen|euch) nicht (?:sagen|verraten) (?:wollen|will|werden)',
  ],
  hateBait: ['(?<=[a-z]{2} )hassen (?:diesen|diese|dieses) (?:[a-z0-9-]{1,16} )?(?:SLOT)'],
  hatedThing: [
    'trick',
    'hack',
    'geheimnis',
    'ubung',
    'produkt',
    'methode',
    'einstellung',
    'tool',
    'lebensmittel',
  ],
  refundGuarantee: ['geld-zuruck'],
  delivery: ['lieferung'],
  guaranteedWord: ['garantiert'],
  guaranteedFor: ['lieferung'],
  deniedSubject: ['kein(?:e|en)?', 'nichts'],
  negator: ['nicht', 'keine?', 'nichts ist'],
} satisfies PhraseGroups;
