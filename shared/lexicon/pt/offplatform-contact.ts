import type { PhraseGroups } from '../types.ts';

/** `offplatform-contact` phrases in Portuguese, one per line (see shared/lexicon/README.md). */
export default {
  /** Private messages: mensagem privada, privado. */
  private: ['mensagem\\s+privad[oa]', 'mensagem\\s+direct[oa]', 'privado'],
  /** "por DM", "pelo direct". */
  viaPrivate: ['por', 'pelo'],
  /** "manda no privado", "chama na DM". */
  inPrivate: ['no\\s+(?:privado|pv|direct)', 'pelo\\s+(?:privado|pv|direct)', 'na\\s+dm'],
  /** "no WhatsApp", "pelo zap", "no seu Telegram". */
  onApp: ['no', 'na', 'pelo', 'pela', 'por'],
  appDeterminer: ['seu', 'sua'],
  /** "me chama no WhatsApp", "chama no privado", "fale comigo", "entre em contato", "manda mensagem". */
  writeToUs: [
    'me\\s+chama',
    'chama\\s+(?:no|na)',
    'chame(?:-me)?',
    'fale\\s+(?:comigo|conosco)',
    'entre\\s+em\\s+contato',
    'mande?\\s+(?:uma\\s+)?(?:mensagem|dm|direct)',
    'me\\s+(?:manda|mande)\\s+(?:uma\\s+)?(?:mensagem|dm|direct)',
  ],
  /** "envie-nos seu número pelo chat". */
  chatAsk: ['envie-(?:nos|me)', 'mande-(?:nos|me)', 'passe-(?:nos|me)', 'informe-(?:nos|me)'],
  chatPreposition: ['pelo', 'no', 'na', 'por'],
  chatDeterminer: ['o'],
  chatKind: ['privado'],
  callVerb: ['ligue'],
  trigger: ['chama', 'chame', 'fale', 'entre', 'ligue'],
  /** "meu número é ...", "me ligue". */
  ownContact: ['(?:meu|minha)\\s+(?:numero|telefone|celular|e-?mail|whatsapp|zap)\\b', 'me\\s+ligue'],
  /** "com seu número", "se precisar", "posso ajudar", "conserto ...". */
  audienceOffer: [
    '(?:com|e)\\s+(?:seu|sua|seus|suas)\\b',
    'se\\s+(?:precisar|voce\\s+precisa|quiser)\\b',
    'posso\\s+(?:te\\s+)?ajudar',
    'conserto\\b',
    'desbloqueio\\b',
  ],
  /** "não vou chamar ninguém", "golpe". */
  warning: [
    'nao\\s+vou\\s+(?:chamar|escrever|mandar|falar|ligar)',
    '(?:chamar|escrever|mandar\\s+mensagem|falar)\\s+(?:pra|para|com)\\s+ninguem',
    'golpe',
    'nunca',
    'jamais',
  ],
  /** "ligue", "chama", "fale", "mande", "mensagem" (word starts). */
  channelStem: ['ligu[ee]', 'chama', 'fale\\b', 'mand[ae]', 'mensa'],
  dataField: ['nome', 'endereco'],
  my: ['meu', 'minha'],
  caseNoun: ['pedido', 'encomenda', 'pacote', 'reembolso', 'conta', 'problema', 'reserva', 'voo'],
  /** "me liga", "me chama", "fale comigo", "entre em contato comigo". */
  contactMe: [
    'me\\s+(?:liga|ligue|ligu(?:e|em)|chama|chamem|escreve|escrevam|mand(?:a|e|em)\\s+(?:um\\s+)?e-?mail)',
    '(?:entr(?:e|em)\\s+em\\s+contato|fale(?:m)?)\\s+comigo',
  ],
  /** "pode me chamar no privado?". */
  dmPlea: ['(?:pode|podem|poderia)\\s+me\\s+(?:chamar|mandar\\s+(?:uma\\s+)?(?:dm|mensagem|direct))\\b'],
  contactLabel: ['contato', 'telefone', 'telemovel', 'celular'],
  offerWeak: ['ganhe'],
} satisfies PhraseGroups;
