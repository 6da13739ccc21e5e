/**
 * Patterns for `credential-request`, on normalized text (lower case, no accents). A request
 * needs a named credential (password, one-time code, PIN, full card number or card details,
 * CVV, recovery phrase, private key, online-banking password) and an ask; English, Spanish,
 * Portuguese, French and German.
 */

/** Named credentials. "Code" alone is not one: a discount or ticket code is not a secret. */
/**
 * A cheap necessary condition for CREDENTIAL: every alternative below contains one of these
 * fragments. A short list of literals is about 2.5x faster to reject than the full
 * alternation, and ~88% of texts name no credential at all. Keep the two in step: a new
 * CREDENTIAL alternative needs one of these fragments (or a new one here).
 */
export const CREDENTIAL_HINT =
  /pass|pin|cv|csc|cod|otp|2fa|card|cart|kart|tarj|phrase|frase|word|mnemonic|key|schl|chave|cle|tan|contra|clave|nip|senha|mot|kennwort|sicher|bestat|verifiz|sms|zugang|crypto|digit|stell|memorable|chiffre|16|sixteen|seed|bank|login|log-in|cred|acces|acess|identifiant|anmelde/;

export const CREDENTIAL = new RegExp(
  [
    // English
    'pass\\s?words?',
    'passcodes?',
    '\\bpins?\\b(?:\\s+(?:code|number))?',
    '\\bcv[cv]2?\\b',
    '\\bcsc\\b',
    '\\bsecurity\\s+code',
    '\\bone[\\s-]?time\\s+(?:pass)?(?:code|password|pin)',
    '\\botps?\\b',
    '\\b2fa\\s+code',
    '\\b(?:verification|sms|text|auth(?:entication)?|login|access|confirmation|security)\\s+codes?',
    // "6-digit code", "six digit PIN", and German "6-stelliger Code", "sechsstellige PIN"
    '\\b(?:\\d|four|six|eight|vier|sechs|acht)[\\s-]?(?:digits?\\s+(?:code|pin|number\\s+(?:we|you|that)\\s+(?:just\\s+)?(?:sent|texted|received|got))|stellige[nrm]?\\s+(?:code|pin|tan|nummer))',
    '\\bcodes?\\s+(?:we|you|that|they)\\s+(?:just\\s+)?(?:sent|texted|text|sms|send|receive|received|get|got)',
    '\\bcodes?\\s+(?:from|in)\\s+(?:your|the|my)\\s+(?:texts?|sms|messages?)',
    '\\b(?:full\\s+)?(?:credit\\s+|debit\\s+|bank\\s+)?card\\s+(?:numbers?|details|info(?:rmation)?|no\\b)',
    '\\bfull\\s+card\\b',
    // "the long number on your card", "the 16 digits on the front of the card", "your card's number"
    '\\b(?:long|full|16[\\s-]digit|sixteen[\\s-]digit)\\s+(?:card\\s+)?(?:number|digits)\\s+(?:on|from|of)\\s+(?:the\\s+(?:front|back)\\s+of\\s+)?(?:your|the|ur)\\s+card',
    '\\b(?:16|sixteen)\\s+(?:digits|numbers)\\s+(?:on|of|from)\\s+(?:your|the|ur)\\s+card',
    "\\bcard'?s\\s+(?:full\\s+)?number",
    '\\b(?:recovery|seed|secret|wallet|backup)\\s+(?:phrase|words)',
    '\\bmnemonic\\b',
    '\\bprivate\\s+keys?',
    '\\b(?:12|24|twelve|twenty[\\s-]four)[\\s-]words?\\b',
    // Login credentials named as such: "online banking login", "your login details", "app credentials"
    '\\b(?:online|internet|mobile|net|e)[\\s-]?banking\\s+(?:login|log-?in|logon|credentials|details|username|user\\s?name|access|sign[\\s-]?in)',
    '\\b(?:login|log-?in|sign[\\s-]?in)\\s+(?:details|credentials|info(?:rmation)?|data)\\b',
    '\\b(?:banking\\s+)?credentials\\b',
    '\\bmemorable\\s+(?:word|information)',
    '\\btans?\\b',
    // Spanish
    'contrasenas?',
    '\\bclave\\s+(?:de\\s+acceso|secreta|privada|dinamica)',
    '\\bnip\\b',
    // "datos de acceso", "credenciales", "dados de acesso/login", "identifiants de connexion"
    '\\b(?:datos|dados)\\s+de\\s+(?:acceso|acesso|login|inicio\\s+de\\s+sesion)',
    '\\bcredenciai?s\\b|\\bcredenciales\\b',
    '\\bidentifiants\\b(?!\\s+de\\s+(?:commande|client|colis|reservation))|\\bidentifiant\\s+(?:de\\s+connexion|bancaire)',
    '\\b(?:anmeldedaten|online-?banking-?(?:zugang|daten|login))\\b',
    // Spanish and Portuguese (one alternative for speed): "código de verificación", "código de
    // segurança", "el código que te llegó", "o código que você recebeu", "código de 6 dígitos",
    // "código enviado por SMS"
    '\\bcodigos?\\s+(?:de\\s+(?:verificacion|seguridad|acceso|confirmacion|verificacao|seguranca|acesso)|sms|cvv|que\\s+te\\s+(?:llego|llegara|llegue|enviamos|mandamos)|que\\s+(?:voce\\s+)?(?:recebeu|receber|chegou|enviamos)|(?:de\\s+)?(?:\\d|cuatro|quatro|seis|ocho|oito)\\s+digitos|(?:enviado|recibido|recebido)s?\\s+(?:por|via|pelo)\\s+(?:sms|mensaje|mensagem|texto))',
    '\\bnumero\\s+(?:complet[oa]\\s+|enter[oa]\\s+|larg[oa]\\s+|integro\\s+|de\\s+16\\s+digitos\\s+)?de\\s+(?:tu\\s+|la\\s+|su\\s+)?tarjeta',
    '\\b(?:16|dieciseis|dezesseis)\\s+digitos\\s+(?:de|do|da)\\s+(?:tu\\s+|la\\s+|su\\s+|seu\\s+|o\\s+seu\\s+)?(?:tarjeta|cartao)',
    '\\bdatos\\s+de\\s+(?:tu\\s+|la\\s+|su\\s+)?tarjeta',
    '\\bfrase\\s+(?:semilla|de\\s+recuperacion|secreta)',
    // Portuguese
    '\\bsenhas?\\b',
    '\\bnumero\\s+(?:complet[oa]\\s+|inteiro\\s+|de\\s+16\\s+digitos\\s+)?do\\s+(?:seu\\s+)?cartao',
    '\\bdados\\s+do\\s+(?:seu\\s+)?cartao',
    '\\bfrase\\s+(?:semente|de\\s+recuperacao)',
    '\\bchave\\s+privada',
    // French
    '\\bmots?\\s+de\\s+passe',
    // "code de vérification", "le code à 6 chiffres", "le code que nous vous avons envoyé", "le code reçu"
    "\\bcodes?\\s+(?:de\\s+(?:verification|confirmation|securite)|secret|sms|recu|(?:a|de)\\s+(?:\\d|quatre|six|huit)\\s+chiffres|que\\s+(?:nous\\s+)?(?:vous|t'?)\\s*(?:avons\\s+|a\\s+ete\\s+)?(?:envoye|recu)|envoye\\s+par\\s+sms)",
    '\\bnumero\\s+(?:complet\\s+|entier\\s+|a\\s+16\\s+chiffres\\s+)?de\\s+(?:votre\\s+|ta\\s+|la\\s+)?carte\\b(?!\\s+(?:de\\s+)?(?:fidelite|cadeau|membre))',
    '\\b16\\s+chiffres\\s+de\\s+(?:votre\\s+|ta\\s+|la\\s+)?carte',
    '\\bcryptogramme',
    '\\bphrase\\s+(?:de\\s+recuperation|secrete)',
    '\\bcle\\s+privee',
    // German
    '\\bpasswort',
    '\\bkennwort',
    '\\b(?:kredit)?kartennummer',
    '\\bkartendaten',
    '\\bsicherheitscode',
    '\\b(?:bestatigungs|verifizierungs|sms)-?code',
    '\\bwiederherstellungs(?:phrase|satz)',
    '\\bprivate[rn]?\\s+schlussel',
    '\\bzugangsdaten',
    // "den Code, den wir Ihnen geschickt haben", "den per SMS erhaltenen Code"
    '\\bcode,?\\s+(?:den|die)\\s+(?:wir|sie|du)\\s+(?:ihnen\\s+|dir\\s+|per\\s+sms\\s+)?(?:geschickt|gesendet|erhalten|bekommen)',
    '\\b(?:per|via)\\s+sms\\s+(?:erhaltenen|gesendeten|zugeschickten)\\s+code',
  ].join('|'),
  'g',
);

/** Asking for something: to send, share, confirm, enter, reply with, DM it. */
export const ASK = new RegExp(
  [
    // English
    "\\b(?:send|share|give|provide|confirm|enter|type|submit|reply(?:ing)?(?:\\s+with)?|respond\\s+with|dm|pm|inbox|message|text|tell|read\\s+(?:out|me|us)|drop|fill\\s+in|input|re-?enter|verify|update|keep|need|require|requires|include|log\\s?-?in\\s+with|sign\\s?-?in\\s+with|login\\s+with|with\\s+your|con\\s+(?:tu|su|tus|sus)|com\\s+(?:o\\s+|a\\s+)?(?:seu|sua|seus|suas)|avec\\s+(?:votre|vos|ton|tes)|mit\\s+(?:ihre[mnr]?|deine[mnr]?)|what'?s|what\\s+(?:is|was)|e-?mail|mail|write|attach|upload|paste|forward|whatsapp|telegram|say)\\b",
    // Spanish
    '\\b(?:envia\\w*|envie\\w*|manda\\w*|comparte\\w*|compartenos|compartir|dinos|dime|indica\\w*|ingresa\\w*|introduce\\w*|confirma\\w*|escribe\\w*|proporciona\\w*|facilita\\w*|responde\\w*|necesitamos|indique\\w*|ingrese\\w*|introduzca\\w*|comparta\\w*|proporcione\\w*|facilite\\w*|escrib[ae]\\w*|digame|diganos)\\b',
    // Portuguese
    '\\b(?:mande|informe|informar|digite|digitar|confirme|passe|passar|insira|forneca|compartilhe|preencha|precisamos|responda|diga|mandar|escreva)\\b',
    // French
    '\\b(?:envoyer|envoyez|envoie|communiquez|communiquer|confirmez|saisissez|saisir|entrez|indiquez|donnez|transmettez|transmettre|renseignez|repondez|ecrivez|tapez|precisez|fournissez|partagez|dites)\\b',
    // German
    '\\b(?:senden|sende|schicken|schick|teilen|teile|geben|gib|nennen|nenne|bestatigen|bestatige|eingeben|mitteilen|ubermitteln|antworten|schreiben|schreib|angeben|zusenden|zuschicken)\\b',
  ].join('|'),
);

/**
 * "Have your account PIN ready", "keep your card details handy", "tenga a mano su PIN", "halten
 * Sie Ihre TAN bereit": preparing a credential for a call or chat is the ask. `HAVE_BEFORE` sits
 * shortly before the credential, `READY_AFTER` right after it.
 */
export const HAVE_BEFORE =
  /\b(?:have|keep|get|tenga|ten|tengan|tenha|tenham|deixe|deja|deje|ayez|gardez|preparez|prepare|halten|haben|halte|bereithalten)\b[^.!?\n]{0,30}$/;
/** The same with the readiness word first ("tenga a mano su PIN", "deixe pronta a senha"). */
export const READY_BEFORE =
  /\b(?:tenga|ten|tengan|tenha|tenham|deixe|deja|deje|ayez|gardez|halten|haben)\s+(?:a\s+(?:la\s+)?mano|listos?|listas?|preparad[oa]s?|pront[oa]s?|em\s+maos|a\s+mao|sous\s+la\s+main|bereit)\b[^.!?\n]{0,20}$/;
export const READY_AFTER =
  /^\s*(?:\w+\s+){0,3}?(?:ready|handy|(?:at|to|on)\s+hand|nearby|a\s+(?:la\s+)?mano|listos?|listas?|em\s+maos|a\s+mao|pront[oa]s?|a\s+portee\s+de\s+main|sous\s+la\s+main|pret|prets|bereit|parat|zur\s+hand)\b/;

/** The poster in the sentence ("so we can", "when you call us"): advice to have a PIN ready for the bank is no ask. */
export const POSTER =
  /\b(?:we|we'll|us|our|me|i|i'll|my|nosotros|nuestr[oa]s?|nos|nosso|nossa|nous|notre|wir|uns|unser\w*|mir|mich)\b/;

/** Negation, warnings and reports: "never share your PIN", "they asked me for the code". */
export const CREDENTIAL_NEGATION =
  /\b(?:never|don'?t|do\s+not|won'?t|will\s+not|wont|nobody|no\s+one|not\s+ask|asked\s+(?:me|him|her|my|us)|asking\s+(?:me|him|her|my)|(?:they|he|she|someone|scammers?)\s+(?:asked|wanted|tried)|was\s+asked|scam\w*|phishing|beware|warning|psa|legit|real\s+bank|nunca|jamas|jamais|ne\s+\w+\s+jamais|niemals|nie\b|no\s+(?:compartas|des|envies|compartilhe)|ojo|cuidado|golpe|estafa|arnaque|betrug)\b/;

/** Things that look like a credential word but are not a secret. */
export const NOT_SECRET =
  /\b(?:gift|discount|promo|coupon|ticket|booking|voucher|referral|qr)\s+(?:card\s+)?(?:code|card)\b|\blast\s+(?:4|four)\b|\bending\s+(?:in\s+)?\d/;

/**
 * German puts the verb last ("Name, IBAN und Zugangsdaten per WhatsApp an ... senden", "die TAN
 * hier eingeben"): an ask verb after the credential, in the same sentence, is the ask.
 */
export const ASK_AFTER =
  /^[^.!?\n]{0,90}?\b(?:senden|schicken|zusenden|zuschicken|mitteilen|nennen|angeben|eingeben|eintragen|eintippen|bestatigen|ubermitteln|weiterleiten|durchgeben)\b/;
