import type { PhraseGroups } from '../types.ts';

/** `hostile-reply` phrases in German, one per line (see shared/lexicon/README.md). */
export default {
  nameCalling: ['dumm(?:kopf)?', 'idiotin', 'trottel', 'lacherlich'],
  putDown: [
    'geh(?:en sie)? (?:woanders|wo anders|jemand anderem) (?:heulen|jammern|meckern|auf die nerven|predigen)',
    '(?:jammer|heul|meckere?) woanders',
  ],
  /** Conditional threats: "mach so weiter und …". */
  conditionalThreat: [
    '(?:mach|macht|machen sie) (?:nur |ruhig )?so weiter,? und wir (?:sperren|loschen|kundigen|melden|blockieren|schliessen)',
  ],
  dig: [
    'red(?:e|en sie)? (?:dir|sich|ihnen) das (?:nur |ruhig |doch )?(?:weiter )?ein',
    'wer hat dir (?:so )?weh ?getan',
    '(?:du tust|sie tun) (?:mir|uns) (?:echt |wirklich |richtig )?leid',
    'da hat (?:wohl )?jemand (?:nicht|wohl nicht) (?:gelesen|aufgepasst|hingeschaut)',
    '(?:lacht|lachen|lachte) (?:uber dich|uber sie|dich aus|sie aus)',
    'glaub(?:en sie)? (?:doch |ruhig )?(?:was|woran) (?:du willst|sie wollen)',
    '(?:dein|deine|ihr|ihre) (?:[a-z]{1,16} ){1,2}spricht fur sich',
    '(?:susse|schatz)\\b',
  ],
  translatedPutDown: [
    'was (?:hast du|haben sie) (?:denn )?erwartet(?=\\?)',
    'denk (?:mal |doch mal )?nach',
    '(?:wer|leute,? die) lesen (?:kann|konnen)',
    'lern(?:en sie)? lesen',
    'nicht unser problem',
    '(?:dein|ihr) problem',
    'selbst schuld',
    'heul doch',
    'halt die klappe',
    'schatzchen',
    'hat (?:keiner|niemand) gefragt',
    'interessiert (?:keinen|niemanden)',
    'pech gehabt',
    'dein pech',
    'heul leise',
    '(?:einfach )?zu ?hause bleiben',
    'sondern an (?:dir|ihnen)',
    "liegt(?:'s| es)? (?:an dir|an ihnen)",
  ],
  oneLiner: ['na dann', 'wie suss', 'spannend'],
  thanksWord: ['danke'],
  hedge: ['vielleicht'],
  aside: ['oder\\?'],
  apology: ['entschuldig\\w*', 'tut uns leid'],
} satisfies PhraseGroups;
