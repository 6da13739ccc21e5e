import type { PhraseGroups } from '../types.ts';

/** `spam` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  subscribeTo: ['suscribete\\s+a\\s+mi', 'suscribanse'],
  /** "suscríbete porfa". */
  subBegging: ['suscribete\\s+(?:porfa|por\\s+fa(?:vor)?|plis|pls)\\b', 'suscribanse\\b'],
  followMe: ['sigueme', 'siganme', 'sigue\\s+mi\\s+cuenta'],
  followFor: [
    // Also Portuguese.
    'para',
    'y\\s+te',
  ],
  linkWord: ['enlaces?'],
  linkIs: ['esta'],
  linkIn: ['en'],
  descriptionIn: ['en'],
  bioOwner: ['mi'],
  myWord: ['mi'],
  /** (Also Portuguese.) */
  profileWord: ['perfil'],
  descriptionWord: ['descripcion'],
  /** "mira mi perfil", "olha meu perfil", "regarde mon profil", "schau mein Profil". */
  lookVerb: ['mira', 'miren', 'visita', 'revisa'],
  /** Whose profile, after `lookVerb`. */
  lookMy: ['mi'],
  earn: ['gana', 'ganas', 'gane', 'ganar', 'gano', 'ganando'],
  per: ['por', 'al', 'en\\s+un'],
  /** An article before the period: "al día", "por la semana", "par le mois", "den Tag". */
  periodArticle: ['el', 'la'],
  /** (Also Portuguese.) */
  period: ['dia', 'diarios?', 'semana', 'mes', 'hora'],
  fromHome: [
    'desde\\s+(?:tu\\s+|su\\s+|la\\s+)?(?:casa|celular|movil)',
    // Also Portuguese.
    'de\\s+casa',
  ],
  work: ['trabaj\\w*'],
  /** ("de": also Portuguese and French.) */
  workFrom: ['desde', 'de'],
  /** (Also Portuguese.) */
  home: ['casa'],
  /** "sin experiencia previa", "sem experiência", "sans expérience requise", "ohne Vorkenntnisse". */
  without: ['sin'],
  /** (Also Portuguese.) */
  experience: ['experiencia'],
  /** Required or prior, after "experience". */
  required: ['necesaria', 'requerida', 'previa'],
  passiveIncome: ['ingresos\\s+pasivos'],
  growthService: [
    '(?:promociona\\w*|impulsa\\w*|haz\\s+crecer)\\s+(?:tu|su)\\s+(?:pagina|cuenta|perfil|canal|negocio|marca)',
    'crecimiento\\s+organico',
    'seguidores\\s+(?:reales|reais|organicos)',
  ],
  /** "sé tu propio jefe". */
  recruiting: [
    '\\bse\\s+tu\\s+propi[oa]\\s+jef[ea]\\b',
    '\\bunete\\s+a\\s+mi\\s+equipo\\b[^.!?\\n]{0,60}?(?:jef|ingreso|dinero|dm|md|oportunidad|desde\\s+casa|#)',
  ],
  trigger: [
    'suscrib',
    'gana',
    'trabaj',
    'sigue',
    'siga',
    'enlace',
    'perfil',
    'mira',
    'jef',
    'unete',
    'promoc',
    'impuls',
    'crec',
  ],
} satisfies PhraseGroups;
