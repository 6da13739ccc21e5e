import type { PhraseGroups } from '../types.ts';

/** `hostile-reply` phrases in Spanish, one per line (see shared/lexicon/README.md). */
export default {
  nameCalling: ['estupid[oa]s?', 'idiotas?', 'tont[oa]s?', 'burr[oa]s?', 'llor[oa]n', 'chat[oa]s?'],
  putDown: [
    '(?:vete|vaya|ve) a (?:llorar|quejarte|quejarse|cobrar(?:le)?|contarselo|sermonear) (?:a )?(?:otro|otra|otros|alguien|otra parte|a otro lado)',
  ],
  /** Conditional threats: "sigue así y …". */
  conditionalThreat: [
    '(?:sigue|sigues|siga) (?:asi|[a-z]{2,16}ndo)(?: [a-z]{1,16}){0,2},? y (?:te |le |lo |la |tu cuenta )?(?:vamos a |sera )?(?:bloque|cerr|elimin|denunci|cancel|suspend|borr)[a-z]{0,8}',
  ],
  dig: [
    'alguien no (?:leyo|sabe leer|miro)',
    'sigue (?:diciendote|creyendote) eso',
    'quien te hizo (?:dano|tanto dano)',
    '(?:me|te) das (?:pena|risa)',
    'se (?:rie|rien|reira) de (?:ti|usted)',
    'cree(?:s)? lo que quieras',
    'tu (?:[a-z]{1,16} ){1,2}habla por si sol[oa]',
    '(?:carino|mija)\\b',
  ],
  /**
   * Put-downs counted as a signal of their own, apart from `putDown` (the English phrases are in
   * `putDown`).
   */
  translatedPutDown: [
    'usa la cabeza',
    '(?:y )?que esperabas(?=\\?)',
    '(?:los|las|quienes|gente) que (?:saben|sepan) leer',
    'quien sabe leer',
    'si no sabes leer',
    'aprende a leer',
    'no es (?:nuestro problema|culpa nuestra)',
    'es tu problema',
    'supera?lo',
    'callate',
    'quedate en casa',
    'ni modo',
    'nadie te pregunto',
    'a nadie le importa',
    'llora mas',
    'que dramatic[oa]',
  ],
  oneLiner: [
    'si,? claro',
    'que bonito',
    // Also Portuguese.
    'fascinante',
  ],
  thanksWord: ['gracias'],
  hedge: ['quizas', 'tal vez'],
  apology: ['lo sentimos', 'disculpa\\w*', 'perdon'],
} satisfies PhraseGroups;
