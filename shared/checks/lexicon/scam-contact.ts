/**
 * Patterns for `offplatform-contact`, on normalized text (lower case, no accents, no invisible
 * characters). They describe how people are sent to a private channel, in English, Spanish,
 * Portuguese, French and German; none is fitted to one sentence.
 */

// Letters that may be spaced out or dotted to dodge filters ("w h a t s a p p", "t.e.l.e.g.r.a.m").
function spaced(word: string): string {
  return [...word].join('[\\s._*-]{0,2}');
}

/** Messaging apps and private channels, also spaced out. */
export const APP = `(?:${[
  spaced('whatsapp'),
  'whats\\s?app',
  'watsapp',
  'whatsap',
  'wa\\.me',
  'wsp',
  'wpp',
  'zap(?:zap)?',
  spaced('telegram'),
  'telegramm',
  't\\.me',
  'signal',
  'wechat',
  'weixin',
  'viber',
  'kik',
].join('|')})`;

/** Private messages: DM, PM, inbox, private message in the five languages. */
export const PRIVATE = `(?:dms?|pms?|inbox|direct(?:\\s+message)?|private\\s+message|(?:mensaje|mensagem)\\s+(?:privad[oa]|direct[oa])|message\\s+prive|(?:en|par|via)\\s+mp|md|privado|privatnachricht|pn)`;

const OBJ = '(?:me|us|him|her|them|our|my|his|their|this\\s+(?:account|page|profile|number))';

/** "DM me", "message us": the platform's own private messages asked for. */
export const DM_OBJ = new RegExp(
  `\\b(?:dm|pm|inbox|message|msg|text|whatsapp|telegram|contact|e-?mail|write\\s+to|reach(?:\\s+out\\s+to)?|chat\\s+with|talk\\s+to|hit\\s+${OBJ}\\s+up|hmu)\\s+${OBJ}\\b`,
);
/** "to our inbox", "via DM", "in the DMs": a private message named as the way to continue. */
export const VIA_DM = new RegExp(
  `\\b(?:to|via|by|through|in|into|per|por|pelo|par|en)\\s+(?:${OBJ}\\s+|the\\s+)?${PRIVATE}\\b`,
);
/** "on WhatsApp", "via Telegram", "pelo zap": an outside app named as the way to continue. */
export const ON_APP = new RegExp(
  `\\b(?:on|via|by|through|at|in|no|na|pelo|pela|por|al|en|sur|par|per|auf|uber|über)\\s+(?:${OBJ}\\s+|the\\s+|su\\s+|seu\\s+|sua\\s+)?${APP}\\b`,
);

/** Invitations to continue in a private channel. Each alternative is an instruction to the reader. */
export const DIRECTIVES: readonly RegExp[] = [
  // "DM me", "PM us", "inbox me", "message our agent", "WhatsApp us", "text him"
  DM_OBJ,
  // "send us a DM", "send me a message on WhatsApp", "drop me a line"
  new RegExp(
    `\\b(?:send|drop|shoot|leave)\\s+${OBJ}\\s+an?\\s+(?:dm|pm|message|msg|text|line|whatsapp|e-?mail|note)\\b`,
  ),
  // "DM 'START' to @x", "DM us 'YES'", "text LOAN to +1..."
  /\b(?:dm|pm|text|message|whatsapp)\s+["'][^"'\n]{1,20}["']/,
  /\btext\s+[a-z]{2,12}\s+(?:and\s+[^.!?\n]{0,60}\s+)?to\s+\+?\d/,
  // "... to our inbox", "via DM", "per DM", "por DM", "in the DMs", "slide into my DMs"
  VIA_DM,
  // "envoyez-nous en MP", "par MP", "manda no privado", "chama na DM", "schreib mir per PN"
  /\b(?:(?:en|par|via)\s+mp|(?:no|pelo)\s+(?:privado|pv|direct)|na\s+dm|(?:per|als|im)\s+pn)\b/,
  // "dm on ig @x", "message me on insta", "hmu on snap", "add me on discord: x"
  /\b(?:dm|pm|message|msg|text|hmu|hit\s+(?:me|us)\s+up|add\s+(?:me|us))\s+(?:me\s+|us\s+)?(?:on|at|via)\s+(?:ig|insta(?:gram)?|snap(?:chat)?|discord|messenger|fb|facebook)\b/,
  // "... on WhatsApp", "via Telegram", "our Telegram: @x", "WhatsApp +44 ...", "(WhatsApp)"
  ON_APP,
  new RegExp(`${APP}\\s*(?::|-|=>|👉|at|is)?\\s*(?:\\+?\\(?\\d|@[a-z0-9_.]{3})|${APP}/[a-z0-9_+]{3}`),
  new RegExp(`\\(\\s*${APP}\\s*\\)`),
  new RegExp(`\\b${APP}\\s+(?:me|us|him|her)\\b`),
  // Spanish: "escríbenos", "escríbele a su Telegram", "contáctanos", "mándame un mensaje", "llámanos"
  /\b(?:escrib[ea](?:nos|me|le|les)|contact[ae](?:nos|me|le)|mand[ae](?:nos|me|le)\s+(?:un\s+)?(?:mensaje|dm|md|whats)|habla(?:nos|me|le)|llam[ae](?:nos|me|le))\b/,
  // Portuguese: "me chama no WhatsApp", "chama no privado", "fale comigo", "entre em contato", "manda mensagem"
  /\b(?:me\s+chama|chama\s+(?:no|na)|chame(?:-me)?|fale\s+(?:comigo|conosco)|entre\s+em\s+contato|mande?\s+(?:uma\s+)?(?:mensagem|dm|direct)|me\s+(?:manda|mande)\s+(?:uma\s+)?(?:mensagem|dm|direct))\b/,
  // French: "écrivez-nous", "contactez-moi", "envoyez-nous ... par message privé"
  // ("envoyez-nous" alone asks for something, like English "send us": it is a channel only with one named)
  /\b(?:ecrivez-?(?:nous|moi)|ecris-?moi|contactez-?(?:nous|moi)|envoyez-?(?:nous|moi)\s+(?:un\s+|une\s+|vos\s+|votre\s+)?(?:message|mp|dm|e-?mail|mail|courriel|whatsapp|sms|texto)|joignez-?(?:nous|moi))\b/,
  // German: "schreib uns", "schreiben Sie uns", "kontaktiere mich", "melde dich", "ruf mich an"
  /\b(?:schreib(?:t|en)?\s+(?:sie\s+)?(?:uns|mir)|kontaktier(?:e|t|en)?\s+(?:sie\s+)?(?:uns|mich)|meld(?:e|et)\s+(?:dich|euch)|ruf(?:t|en)?\s+(?:sie\s+)?(?:uns|mich)\s+an)\b/,
  // "send us your PIN in chat", "mándanos tu número por chat", "schicken Sie uns ... im Chat": a chat
  // window offered for details. The ask must be to the poster ("us", "me"): "drop your questions in
  // the chat" is a live stream's chat, not a private channel.
  /\b(?:(?:send|give|tell|show|provide|drop)\s+(?:us|me)|share\s+with\s+(?:us|me)|(?:envi|mand|pas)[ae](?:nos|me)|(?:nos|me)\s+(?:envi|mand|pas|inform)[ae]\w*|(?:envie|mande|passe|informe)-(?:nos|me)|envoye[zr]?-(?:nous|moi)|(?:nous|m')\s*envoye[zr]?|donne[zr]?-(?:nous|moi)|(?:schick|send|geb)(?:e|en|t)?\s+(?:sie\s+)?(?:uns|mir))\b[^.!?\n]{0,80}?\b(?:in|via|by|through|over|per|por|pelo|no|na|par|en|sur|im|uber)\s+(?:the\s+|our\s+|my\s+|a\s+|el\s+|o\s+|le\s+|den\s+)?(?:private\s+|live\s+|secure\s+|privado\s+)?chat\b/,
  // "call our fraud line on", "call +1 ...", "ring 0800 ..."
  /\b(?:call|ring|phone|llama|llame|ligue|appelez|anrufen)\s+(?:(?:our|the|this|my|his|her)\s+)?(?:[a-z]+\s+){0,3}?(?:line|number|desk|team|agent|hotline)?\s*(?:on|at|:)?\s*\+?\(?\d/,
];

/** Cheap pre-test: a text that matches none of these words has no directive. */
export const CONTACT_TRIGGER = new RegExp(
  `\\b(?:dm|pm|inbox|messag|msg|text|contact|e-?mail|write|reach|chat|talk|hit|hmu|send|drop|shoot|leave|direct|priv|mp|md|pn|escrib|contact|mand|habla|llam|chama|chame|fale|entre|ecri|envoy|joign|schreib|kontakt|meld|ruf|call|ring|phone|ligue|appel|anruf)|${APP}|\\d{3}`,
);

/**
 * A customer giving the brand their own number or address ("call me on 0770...", "my email
 * is ..."): that is personal data shown in public, not a private channel offered to others.
 */
export const OWN_CONTACT =
  /\b(?:(?:call|ring|text|reach|contact|email|e-mail)\s+me\b|my\s+(?:phone|number|cell|mobile|e-?mail|whatsapp|address)\b|mi\s+(?:numero|telefono|celular|movil|correo|e-?mail|mail|whatsapp)\b|(?:meu|minha)\s+(?:numero|telefone|celular|e-?mail|whatsapp|zap)\b|mon\s+(?:numero|portable|e-?mail|mail|adresse)\b|meine\s+(?:nummer|handynummer|telefonnummer|e-?mail|mail|adresse)\b|llamenme|me\s+ligue|rufen\s+sie\s+mich)/;

/**
 * Words that turn "text me at ..." from a customer's plea into an offer to the audience: the
 * poster asks the readers for their details ("with your account number"), offers a service
 * ("I can unlock it", "si necesitas"), or addresses whoever needs it ("anyone who wants").
 * A customer asking the brand to call them talks about their own case, not the reader's.
 */
export const AUDIENCE_OFFER =
  /\b(?:(?:with|and|plus|send(?:\s+me)?|incl(?:uding)?)\s+(?:your|ur|yours)\b|(?:con|y)\s+(?:tu|tus)\b|(?:com|e)\s+(?:seu|sua|seus|suas)\b|(?:avec|et)\s+(?:votre|vos|ton|ta|tes)\b|(?:mit|und)\s+(?:ihre[mnrs]?|deine[mnrs]?)\b|for\s+(?:a\s+)?(?:free|quick|fast|cheap|instant|same[\s-]day)\b|if\s+(?:you|u)\s+(?:need|want|have|are|re|got)\b|(?:anyone|anybody|whoever)\s+(?:who|that|needing|interested|wants?|needs?)\b|\bi\s+(?:can|will|'?ll)\s+(?:help|fix|get|push|unlock|sort|do|recover|restore|activate|approve|process)\b|si\s+(?:necesitas|quieres|tienes|buscas|necesitan)\b|(?:te|les)\s+ayudo\b|puedo\s+ayudar|se\s+(?:precisar|voce\s+precisa|quiser)\b|posso\s+(?:te\s+)?ajudar|si\s+(?:vous|tu)\s+(?:avez|as|voulez|veux|cherchez)\b|je\s+peux\s+(?:vous|t')\s*aider|wenn\s+(?:du|sie|ihr)\b[^.!?\n]{0,30}\b(?:brauchst|brauchen|braucht|willst|wollen)\b|ich\s+(?:kann|helfe)\s+(?:dir|ihnen|euch)\b|\b(?:i|we)\s+(?:also\s+)?(?:repair|fix|sell|unlock|mod|flash|install|build|coach|tutor)s?\s+(?!my\b|our\b|it\b)\w+|\b(?:reparo|arreglo|vendo|desbloqueo|conserto|desbloqueio|je\s+(?:repare|vends|debloque)|ich\s+(?:repariere|verkaufe|entsperre))\b)/;

/**
 * Warnings and reports about a scam: they name the channel without sending anyone there. Also
 * refusals ("not messaging anyone on Telegram", "no le voy a escribir a nadie", "ich schreibe
 * niemandem"): the channel is named to say it will not be used.
 */
export const WARNING =
  /\b(?:not\s+(?:\w+\s+)?(?:messaging|texting|dming|dm'?ing|contacting|calling|whatsapping|writing\s+to|replying\s+to)|(?:won'?t|wouldn'?t|will\s+not|would\s+never|not\s+gonna|never\s+gonna|ain'?t)\s+(?:be\s+)?(?:dm|message|messaging|text|texting|contact|contacting|call|calling|write|writing|whatsapp)|(?:message|text|dm|write\s+to|contact|call)(?:ing)?\s+(?:no\s+one|nobody|strangers|randoms|random\s+(?:people|accounts))|no\s+(?:le\s+|les\s+)?(?:voy\s+a|pienso)\s+(?:escribir|mandar|hablar|contactar|llamar)\w*|(?:escribir|escribirle|hablar|mandar\s+mensajes?)\s+(?:a|con)\s+nadie|nao\s+vou\s+(?:chamar|escrever|mandar|falar|ligar)|(?:chamar|escrever|mandar\s+mensagem|falar)\s+(?:pra|para|com)\s+ninguem|je\s+n'?\s*(?:ecris|ecrirai|contacte|contacterai|appelle|appellerai|envoie|enverrai)\s+(?:a\s+|rien\s+a\s+)?(?:personne|rien|jamais)|(?:ecrire|contacter|appeler)\s+(?:a\s+)?personne|(?:schreibe|schreib|kontaktiere|rufe|melde\s+mich)\s+(?:bei\s+)?(?:niemandem|niemanden|keinem|keinen)|scam(?:mer)?s?|beware|don'?t\s+(?:dm|message|call|text|contact|reply|send|click|share)|do\s+not\s+(?:dm|message|call|text|contact|reply|send|click|share)|never\s+(?:dm|message|call|text|contact|send|share|give)|(?:called|texted|messaged|dmed|contacted)\s+me\b|got\s+an?\s+(?:call|text|message|whatsapp|dm)|reported|estafa|golpe|arnaque|betrug|nunca|jamais|niemals)\b/;

/**
 * Words that offer a number or address as a channel ("call", "text", "WhatsApp", "contact them
 * at", "escríbenos"). A number or address with none of them in its sentence is someone's data
 * shown in public (pii-exposure), not an invitation. A possessive before the word makes it a
 * noun ("her email is"), not an instruction.
 */
export const CHANNEL_CUE = new RegExp(
  `(?:${APP}|\\b(?:${PRIVATE})\\b|(?<!\\b(?:my|her|his|their|your)\\s)\\b(?:call|ring|text|sms|message|msg|contact|reach|e-?mail|write|chat|talk|dial|hotline|helpline)\\b|\\bescrib|\\bcontact[ae]|\\bllam[ae]|\\bligu[ee]|\\bchama|\\bfale\\b|\\bschreib|\\bkontaktier|\\bruf|\\bappel|\\benvoy|\\bmand[ae]|\\bmensa|\\bnachricht)`,
);

/**
 * Calls to target someone ("go spam him", "flood her inbox", "spammt ihn zu"): the details
 * around it are a third person's, exposed (pii-exposure), not a channel the poster offers.
 */
export const TARGETING =
  /\b(?:(?:go\s+)?(?:spam|harass|flood|bomb|raid|dox+|troll|bother|annoy|mass[\s-]?report)\w*\s+(?:him|her|them|this\s+(?:guy|girl|dude|person|clown))|flood\s+(?:his|her|their)\s+(?:inbox|dms?|phone)|(?:spame\w*|acos\w*)\s+(?:a\s+)?(?:el|ella|ellos)|(?:spamm?(?:ez|er)|harcelez)-(?:le|la|les)|spamm?(?:t|en)\s+(?:ihn|sie)\b)\b/;

/** A sentence that lists someone's details as fields ("Name: ..., email ..., SSN ...") is data, not an invitation. */
export const DATA_LIST =
  /\b(?:name|nombre|nome|nom|ssn|dob|date\s+of\s+birth|address|direccion|endereco|adresse|birthday)\s*:/;

/**
 * "Write to me / call me" in Spanish, Portuguese, French and German ("escribidme",
 * "llámame", "me liga", "écrivez-moi", "rufen Sie mich an"). Scammers say it too, so it marks
 * a customer's own contact only when the text addresses the brand or the poster's own case.
 */
export const CONTACT_ME =
  /\b(?:escrib(?:e|i|a|an|id)me|escribanme|llam(?:a|e|ad|en)me|llamenme|contact(?:a|e|ad|en)me|me\s+(?:liga|ligue|ligu(?:e|em)|chama|chamem|escreve|escrevam|mand(?:a|e|em)\s+(?:um\s+)?e-?mail)|(?:entr(?:e|em)\s+em\s+contato|fale(?:m)?)\s+comigo|(?:ecrivez|ecris|contactez|appelez|rappelez)-?moi|(?:schreib(?:t|en)?\s+(?:sie\s+)?mir|ruf(?:t|en)?\s+(?:sie\s+)?mich\s+(?:bitte\s+)?(?:zuruck|an)|kontaktier(?:e|t|en)\s+(?:sie\s+)?mich))\b/;

/** The poster's own case ("my order", "mi pedido", "ma commande", "meine Bestellung"): a customer talking. */
export const OWN_CASE =
  /\b(?:my|mi|meu|minha|mon|ma|mein(?:e|en)?)\s+(?:[a-z0-9]+\s+){0,2}?(?:order|package|parcel|refund|account|problem|issue|case|complaint|bill|booking|flight|ticket|reservation|pedido|paquete|reembolso|cuenta|problema|reserva|vuelo|factura|encomenda|pacote|conta|voo|commande|colis|remboursement|compte|probleme|vol|facture|bestellung|paket|erstattung|konto|problem|buchung|flug|rechnung)\b/;

/**
 * A person asking someone to message *them* about their own problem: "can you DM me?", "please
 * DM me", "DM me pls", "¿me puedes mandar un DM?", "pode me chamar no privado?", "pouvez-vous
 * m'écrire en MP ?", "kannst du mir eine DM schicken?". Addressed to the brand, this asks the
 * official account to open its own private messages; it sends nobody anywhere.
 */
export const DM_PLEA =
  /(?:\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\s+(?:please\s+|pls\s+|plz\s+|just\s+)?(?:dm|pm|inbox|message|msg)\s+me\b|\b(?:please|pls|plz|kindly)\s+(?:dm|pm|inbox|message|msg)\s+me\b|\b(?:dm|pm|inbox|message|msg)\s+me\s+(?:please|pls|plz|asap|back|when\s+you\s+can)\b|\b(?:me\s+)?(?:puedes|podeis|pueden|podrian|podrias)\s+(?:mandar|enviar|escribir)(?:me)?\s+(?:un\s+)?(?:dm|md|mensaje(?:\s+privado)?|privado)\b|\b(?:pode|podem|poderia)\s+me\s+(?:chamar|mandar\s+(?:uma\s+)?(?:dm|mensagem|direct))\b|\b(?:pouvez|pourriez|peux|pourrais)-?(?:vous|tu)\s+m'\s*(?:ecrire|envoyer\s+un\s+(?:mp|message|dm))\b|\b(?:kannst|konnt|konnen|konnten)\s+(?:du|ihr|sie)\s+mir\s+(?:bitte\s+)?(?:eine\s+)?(?:dm|pn|nachricht)\b)/;

/**
 * Words that make a "DM me" an offer to the readers rather than a plea about one's own case:
 * what the poster gives ("for a code", "for my program", "I'll send you"), what they can do ("I
 * can trace it", "I recovered"), who they say they are ("I work at", "mod here"), or whom they
 * call on ("if skyhop won't refund you", "anyone", "ladies"). A plea never needs any of them.
 */
export const DM_OFFER =
  /\b(?:for\s+(?:a|an|the|my|our|more|info|details|help|free|your|cheap|50|\d)|i(?:'ll|\s+will|\s+can|\s+could)\b|i\s+(?:recovered|fixed|helped|got\s+(?:mine|my\s+(?:money|refund|funds))|have\s+a\s+(?:contact|guy|friend|way))|i\s+(?:work|am)\s+(?:at|for|in|from|on)\b|i'm\s+(?:from|with|at|on)\b|\bmod\b|\bagent\b|\bofficial\b|\bif\s+\w+\s+(?:won'?t|doesn'?t|didn'?t|can'?t|haven'?t|hasn'?t)\b|\bif\s+(?:you|u|your)\b|\banyone\b|\banybody\b|\bladies\b|\bguys\b|\bfolks\b|\bwhoever\b)/;

/**
 * A customer's own detail written as a field label at the end of a message to the brand
 * ("Contact: +49 …", "Phone: …", "mi teléfono: …", "Tel. : …", "Handy: …"): the customer giving
 * the brand how to reach them, which is their own data shown in public.
 */
export const OWN_LABEL =
  /\b(?:contact|phone|tel|telephone|mobile|cell|contact\s+(?:no|number)|phone\s+(?:no|number)|contacto|telefono|movil|celular|contato|telefone|telemovel|portable|telephone|handy|telefon|mobil|rufnummer)\.?\s*(?:#|no\.?|nr\.?)?\s*:\s*$/;

/**
 * How a commercial offer or bulk marketing message is said, one phrase per line: a prize to
 * claim, a price per minute or per message, an opt-out, terms and conditions, an age limit, a
 * premium or free-phone line, a service desk label. A phone number or address in a text that
 * reads like this is the line the offer sends its readers to, never the poster's own number
 * given to someone they know. Strong phrases are enough alone; weak ones count two together.
 */
/**
 * Bulk text marketing, as premium-rate SMS offers are written: a keyword to text to a short code
 * ("txt WIN to 80000", "reply GO 2 81234", "send STOP to 8xxxx"), a price per message glued to a
 * word ("msg150p"), the "free msg" header. Shared by `spam` and the offer test below.
 */
export const SHORT_CODE_CALL =
  '\\b(?:txt|text|send|reply|sms)\\s*:?\\s+(?:[a-z0-9&]+\\s+){0,3}?(?:to|2)\\s*:?\\s+(?:no:?\\s+)?\\d{4,6}\\b(?![.,]?\\d)';
export const BULK_PRICE =
  '\\b\\d+(?:\\.\\d+)?\\s?p\\s?(?:\\/|per\\s?)(?:msg|min|txt|text|wk|week|sms)\\w*|\\bmsg\\s?(?:rcvd|\\d+p)|\\b\\d+ppm\\b|\\bfree\\s?msg\\b';

export const OFFER_STRONG_SOURCE = [
  SHORT_CODE_CALL,
  BULK_PRICE,
  // a price per unit: "150p/msg", "£1.50/wk", "10p/min", "per msg", "ppm", "£3 per week"
  '\\d+(?:\\.\\d+)?\\s?p\\s?(?:/|per\\s?|a\\s)(?:min|minute|msg|message|txt|text|call|wk|week|month|sms)\\w*',
  '[£$€]\\s?\\d+(?:\\.\\d+)?\\s?(?:/|per\\s?|a\\s)(?:min|minute|msg|message|txt|text|call|wk|week|month|sms)\\w*',
  '\\d+ppm',
  '(?:per|a)\\s(?:msg|txt)\\b',
  'msg\\s?rcvd',
  'std\\s(?:txt|text|network)\\s(?:rate|charge)',
  // an opt-out: "reply STOP", "send STOP to", "to opt out", "unsubscribe", "stop to end"
  '(?:reply|send|text|txt)\\s(?:stop|end|unsub)\\b',
  'stop\\s(?:to\\s)?(?:end|opt\\s?out|unsub)',
  'opt[\\s-]?out',
  '2\\s?(?:stop|optout|unsub)',
  'unsubscribe',
  // terms and an age limit: "T&Cs apply", "Ts&Cs", "18+", "age 16+"
  't\\s?&\\s?c',
  'ts\\s?&\\s?cs',
  'tscs',
  '(?:^|\\s|\\()1[68]\\s?\\+',
  '(?:age|aged|over)\\s?1[68]',
  // the prize and its claim: "to claim", "claim your prize", "you have won", "been selected"
  '(?:2|to)\\sclaim',
  'claim\\s(?:your|ur|yr|a|the|now)\\b',
  '(?:you|u)\\s(?:have|ve|has|r|are)\\s(?:been\\s)?(?:won|selected|chosen|awarded)',
  'specially\\sselected',
  '(?:guaranteed|urgent)[\\s!]+(?:prize|cash|award|claim|call)',
  // a premium or free line: "live operator", "from a landline", "freefone", "call now"
  'live\\soperator',
  'landline',
  'free\\s?(?:fone|phone)',
  'call\\s(?:now|today|free|2day|us\\snow)',
  // a service desk label before the number: "custcare", "customer service(s)", "helpline"
  'cust(?:omer)?\\s?(?:care|serv\\w*|support)',
  'help\\s?(?:line|desk)',
  'hotline',
];

/** Offer words that count only two together: a free thing, a prize, cash, a ringtone, a voucher. */
export const OFFER_WEAK_SOURCE = [
  'free',
  'win',
  'wins',
  'won',
  'winners?',
  'prizes?',
  'awards?',
  'cash',
  'bonus',
  'vouchers?',
  'ringtones?',
  'tones?',
  'offers?',
  'holiday',
  'rewards?',
  'urgent',
  'entry',
  'chance',
  'gratis',
  'gratuit',
  'kostenlos',
  'premio',
  'gewinn\\w*',
  'gagne[rz]?',
  'ganhe',
];

const OFFER_STRONG = new RegExp(`(?:${OFFER_STRONG_SOURCE.join('|')})`);
const OFFER_WEAK = new RegExp(`\\b(?:${OFFER_WEAK_SOURCE.join('|')})\\b`, 'g');

/** True when a text reads as a commercial offer (one strong phrase, or two different weak words). */
export function readsAsOffer(text: string): boolean {
  if (OFFER_STRONG.test(text)) return true;
  const seen = new Set<string>();
  for (const m of text.matchAll(OFFER_WEAK)) {
    seen.add(m[0]);
    if (seen.size >= 2) return true;
  }
  return false;
}
