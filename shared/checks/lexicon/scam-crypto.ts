/**
 * Patterns for `crypto-scam`, on normalized text (lower case, no accents) unless said otherwise.
 * Each describes one way these scams are said, in English, Spanish, Portuguese, French, German.
 */

/**
 * Wallet address formats, matched on the original text. The character sets are looser than
 * the real encodings (base58 and bech32 exclude a few letters): an address typed by hand or
 * altered to dodge a filter is still a request to send to it.
 */
export const WALLETS: ReadonlyArray<{ readonly label: string; readonly re: RegExp }> = [
  { label: 'BTC bech32 address', re: /\b(?:bc1|tb1)[a-z0-9]{20,71}\b/gi },
  { label: 'ETH address', re: /\b0x[a-fA-F0-9]{40}\b/g },
  { label: 'BTC address', re: /\b[13][a-zA-Z0-9]{25,34}\b/g },
  { label: 'TRX address', re: /\bT[a-zA-Z0-9]{33}\b/g },
  { label: 'SOL address', re: /\b[1-9A-HJ-NP-Za-km-z]{32,44}\b/g },
];

/** Crypto, trading and investment vocabulary (text, handle or display name). */
export const CRYPTO =
  /(?:\b(?:btc|bitcoins?|eth|ether|ethereum|usdt|tether|crypto\w*|cripto\w*|krypto\w*|altcoins?|solana|sol|trx|tron|bnb|doge\w*|xrp|tokens?|coins?|nfts?|defi|web3|blockchain|wallets?|carteira|billetera|monedero|portefeuille|forex|fx|trading|trader|trades?|signals?|mining|minage|mineria|mineracao|staking|binary\s+options?|inversion\w*|inverti\w*|invest\w*|mentor|account\s+manager)\b|₿|\$[a-z]{2,6}\b)/;

/** A request to send funds. */
export const SEND =
  /\b(?:send|sending|transfer|deposit|envia\w*|envie|manda\w*|mande|deposita\w*|envoy\w*|sende[nt]?|schick\w*|uberweis\w*)\b/;

/** Doubling offers and multiplied-money testimonials. */
export const DOUBLE =
  /(?:\bdoubl(?:e|ed|es|ing)\s+(?:your|my|their|his|her|it|the|back)\b|\b(?:send|get|receive|pay)\s+(?:you\s+)?(?:back\s+)?double\b|\b(?:2|two|3|three|10)\s?x\s+(?:back|your|returns?)\b|\bx2\b|\b(?:get|receive|take\s+home|withdraw)\s+(?:(?:[$€£]|r\$)\s?)?[\d.,]+k?\s*(?:btc|eth|usdt|sol|bnb|trx|dollars|euros|bucks|reais)?\s+back\b|\breceive\s+[\d.,]+\s*(?:btc|eth|usdt|sol|bnb|trx)\s+back\b|\b(?:i'?ll|will|we'?ll)\s+send\s+[\d.,]+\s*(?:btc|eth|usdt)?\s*back\b|\btripl(?:e|ed|es|ing)\s+(?:your|my|their|his|her)\b|\bdobr\w*\s+(?:o\s+|a\s+)?(?:seu|sua|meu|minha|tu|su|mi)\b|\b(?:dupli[cq]|tripli[cq])\w*\s+(?:tu|su|seu|mi|mis|meu|minha|o\s+meu|a\s+minha)\b|\bdobl[ae]\w*\s+(?:tu|su|mi|mis)\b|\b(?:verdoppel|verdreifach)\w*\b|\b(?:doubl|tripl)(?:er|e|ez)\s+(?:votre|vos|ton|ta|tes|mon|ma|mes|son|sa|ses|leur)\b|(?:[$€£]|r\$)\s?[\d.,]+k?\s+(?:into|becomes?|became|turned\s+into|->|→|en|em|in)\s+(?:[$€£]|r\$)\s?[\d.,]+k?|\binverti\w*\s+(?:[$€£]|r\$)\s?[\d.,]+k?[^!?\n]{0,80}\b(?:recibi|recebi|received|got)\s+(?:[$€£]|r\$)\s?[\d.,]+)/;

/** Guaranteed or extraordinary returns. */
export const RETURNS =
  /(?:\bguarantee[ds]?\s+(?:\d+\s?%\s+)?(?:profits?|returns?|income|gains?|earnings?)|\b(?:profits?|returns?|gains?)\s+(?:are\s+)?guaranteed|\bguaranteed\s+profit|\bguarantees\s+(?:\d+\s?%\s+)?(?:returns?|profits?)|\b(?:retorno|rendimento|lucro|ganancia|rentabilidad|rendement|rendite|gewinn)\w*\s+garant\w*|\bgarant\w+\s+(?:retorno|lucro|ganancia|rendite|gewinn)|\d+\s?%\s+(?:a\s+|per\s+|each\s+|every\s+|ao\s+|al\s+|par\s+|pro\s+)?(?:day|daily|week|weekly|month|monthly|dia|semana|mes|jour|semaine|mois|tag|woche|monat)\b|(?:[$€£]|r\$)\s?[\d.,]+k?\s+(?:a|per|each|every)\s+(?:day|week)\b[^.!?\n]{0,40}\b(?:btc|bitcoin|crypto|trading|mining|forex)|\bearn(?:ing)?\s+(?:[$€£]\s?[\d.,]+k?|\d+\s?%)\s+(?:a|per|each|every)\s+(?:day|week|month)|\bchanged\s+my\s+life\b|\bquit\s+my\s+(?:job|9-?5|day\s+job))/;

/**
 * Multiplied-money claims and the mentor testimonial around them, read with crypto or trading
 * context: "grows your crypto 10x in a month", "multiplica tu dinero", "x5 en una semana",
 * "300% returns", "I was broke until I met Mr. ...", in the five languages.
 */
export const MULTIPLY = new RegExp(
  [
    // "10x in a month", "x5 en una semana", "3x em 7 dias", "x10 en un mois", "10x in einem Monat"
    '(?:\\b\\d{1,3}\\s?x|\\bx\\s?\\d{1,3})\\s+(?:in|within|en|em|dans|innerhalb)\\s+(?:[a-z\\d]+\\s+){0,2}?(?:hours?|days?|weeks?|months?|dias?|semanas?|mes(?:es)?|jours?|semaines?|mois|stunden|tag(?:en)?|wochen?|monat(?:en)?)\\b',
    // "grows your crypto 10x", "turned my savings into 5x", "grew their portfolio by 300%"
    '\\b(?:grows?|grew|growing|turns?|turned|turning|flips?|flipped)\\s+(?:your|ur|my|his|her|their)\\s+(?:\\w+\\s+)?(?:crypto\\w*|money|investments?|capital|savings|portfolio|funds|btc|bitcoin|eth|coins|deposit)\\b[^.!?\\n]{0,25}?(?:\\d{1,3}\\s?x\\b|\\bx\\s?\\d{1,3}\\b|\\d+\\s?%|\\d+\\s?fold)',
    // "multiply your money", "multiplica tu inversión", "multiplique seu dinheiro", "multipliez votre argent", "vervielfacht Ihr Geld"
    '\\b(?:multipl(?:y|ies|ied|ying)|multiplica\\w*|multiplique\\w*|multiplie\\w*|vervielfach\\w*)\\s+(?:your|ur|my|tu|tus|su|sus|seu|sua|seus|o\\s+seu|votre|vos|ton|dein\\w*|ihr\\w*)\\s+(?:\\w+\\s+)?(?:crypto\\w*|cripto\\w*|krypto\\w*|money|dinero|dinheiro|argent|geld|investments?|inversion\\w*|investimentos?|investissements?|capital|kapital|savings|ahorros|poupanca|epargne|ersparnisse|portfolio|btc|bitcoins?|eth|coins)\\b',
    // "300% returns", "500% profit", "ROI of 200%": high percentages with no period stated
    '\\b(?:[2-9]\\d|\\d{3,})\\s?%\\s+(?:returns?|profits?|gains?|roi|apy|yield|retorno|rendimento|lucro|ganancias?|rentabilidad|rendement|gewinn|rendite)\\b',
    '\\b(?:returns?|profits?|gains?|roi|apy|yield)\\s+(?:of\\s+|up\\s+to\\s+)?(?:[2-9]\\d|\\d{3,})\\s?%',
    // "started with $500 and now...", "empecé con 200 € y ahora", "comecei com R$ 300 e hoje", "j'ai commencé avec 500 € et maintenant", "mit 500 € angefangen, jetzt"
    "\\b(?:started|began|empece|comence|comecei|commence|angefangen|gestartet)\\s+(?:(?:with|con|com|avec|mit)\\s+)?(?:just\\s+|only\\s+|solo\\s+|apenas\\s+|seulement\\s+|nur\\s+)?(?:[$€£]|r\\$)\\s?\\d[^.!?\\n]{0,60}?\\b(?:now|ahora|hoy|agora|hoje|maintenant|aujourd'?hui|jetzt|heute)\\b",
    '\\bmit\\s+(?:nur\\s+)?\\d[\\d.,]*\\s?(?:€|euro)\\s+(?:angefangen|gestartet)\\b',
    // "returns, guaranteed", "profit — guaranteed"
    '\\b(?:returns?|profits?|gains?)\\s*[,;:\\u2014-]\\s*guaranteed\\b',
    // Mentor testimonials: "I was broke until I met Mr. ...", "since I found an expert trader"
    '\\b(?:until|since|after|when)\\s+i\\s+(?:met|found|came\\s+across|was\\s+introduced\\s+to|started\\s+(?:trading|investing)\\s+with)\\s+(?:mr|mrs|ms|miss|dr|sir|madam|madame|expert|mentor|coach|an?\\s+(?:expert|mentor|coach|account\\s+manager|broker|trader))\\b',
    '\\b(?:i\\s+was|i\\s+had\\s+been)\\s+(?:broke|struggling|in\\s+debt|drowning\\s+in\\s+debt)\\s+until\\b',
    '\\b(?:hasta\\s+que|desde\\s+que)\\s+conoci\\s+a\\s+(?:(?:la|el|un|una)\\s+)?(?:sr|sra|senor|senora|dr|dra|mentor|mentora|experto|experta|asesor|asesora)\\b',
    '\\b(?:ate|desde\\s+que)\\s+conheci\\s+(?:o|a|um|uma)\\s+(?:sr|sra|senhor|senhora|dr|dra|mentor|mentora|especialista|consultor|consultora)\\b',
    "\\b(?:jusqu'?\\s*a\\s+ce\\s+que|depuis\\s+que)\\s+j'?\\s*ai\\s+rencontre\\s+(?:m|mme|monsieur|madame|dr|le\\s+mentor|la\\s+mentore?|un\\s+expert|une\\s+experte)\\b",
    '\\b(?:bis|seit)\\s+ich\\s+(?:herrn?|frau|dr|den\\s+mentor|die\\s+mentorin|einen\\s+experten|eine\\s+expertin)\\b',
    '\\b(?:estaba|estava)\\s+(?:en\\s+la\\s+ruina|quebrad[oa]|falid[oa]|endeudad[oa]|endividad[oa])\\b|\\bj\\W?\\s*etais\\s+(?:fauche|ruine|endette)e?\\b|\\bich\\s+war\\s+(?:pleite|verschuldet|blank)\\b',
  ].join('|'),
);

/** Token presales and coin offerings: with crypto context they sell the scam token. */
/**
 * Stake-and-payout offers, the core of trading-group and "investment manager" pitches: "put £500
 * in my signals group and get £5000 back", "invest $200, receive $2,000", "invierte 100 € y
 * recibe 1.000 €", "coloque R$ 100 e receba R$ 1.000", "investissez 100 € et recevez 1 000 €",
 * "investiere 100 € und erhalte 1.000 €". Read with crypto or trading context.
 */
const AMT =
  '(?:(?:[$€£]|r\\$|usd|eur)\\s?\\d[\\d.,]*k?|\\d[\\d.,]*(?:\\s\\d{3})*\\s?k?\\s?(?:[$€£]|usd|eur|euros?|dollars?|reais|bucks))';
export const STAKE_PAYOUT = new RegExp(
  `\\b(?:put|puts|putting|invest\\w*|deposit\\w*|start\\s+with|send|invierte\\w*|invierta|deposita\\w*|pon|ponga|coloque|coloca|aplique|aplica|invista|investe|investissez|investis|placez|deposez|investiere\\w*|zahle\\w*|leg\\w*\\s+an)\\s+(?:just\\s+|only\\s+|solo\\s+|apenas\\s+|seulement\\s+|nur\\s+)?${AMT}[^.!?\\n]{0,70}?\\b(?:get|receive|make|earn|withdraw|take\\s+home|recib\\w*|gana\\w*|receb\\w*|ganh\\w*|saque|recev\\w*|recupere[sz]?|retire[sz]?|gagne[sz]?|erhalte\\w*|bekomm\\w*|verdien\\w*)\\s+(?:back\\s+)?${AMT}`,
);

/** "guaranteed in 30 days", "garantizado en 7 días": a payout promised by a date. */
export const GUARANTEED_BY =
  /\b(?:guaranteed|garantizad[oa]s?|garantid[oa]s?|garanti[es]?|garantiert)\s+(?:in|within|en|em|dans|sous|innerhalb|binnen)\s+(?:\d+|one|two|three|seven|a)\s+(?:hours?|days?|weeks?|months?|horas?|dias?|semanas?|mes(?:es)?|heures?|jours?|semaines?|mois|stunden|tagen?|wochen?|monat(?:en)?)\b/;

export const PRESALE = /\b(?:pre-?sale|ico|ido|preventa|pre-?venda|prevente|vorverkauf)\b/;

/** Airdrops, token claims and wallet-connect bait. */
export const AIRDROP =
  /\b(?:airdrop\w*|connect\s+(?:your\s+)?wallet|claim\s+(?:your\s+)?(?:free\s+)?tokens?|token\s+(?:presale|launch|giveaway)|free\s+(?:btc|eth|crypto|tokens))\b/;

/** Crypto giveaways and live-stream "send to the address on screen" scams. */
export const GIVEAWAY =
  /\b(?:(?:crypto|btc|bitcoin|eth|ethereum)\s+giveaway|giv(?:e|ing)\s+away\s+[\d.,]*\s*(?:btc|bitcoin|eth|ethereum|crypto)|(?:address|wallet)\s+(?:on|in)\s+(?:the\s+)?(?:screen|video|description|bio|stream))\b/;

/** Fund-recovery services for scam victims. */
export const RECOVERY =
  /(?:\b(?:recovery|recuperacion|recuperacao|recuperation|ruckholung)\s+(?:is\s+|es\s+|e\s+|est\s+|ist\s+)?(?:100\s?%\s+)?(?:guaranteed|garantizada|garantida|garantie|garantiert)|\b(?:guaranteed|garantierte)\s+(?:recovery|ruckholung)|\brecover\w*\s+(?:your\s+|my\s+|the\s+)?(?:scammed|lost|stolen)\s+(?:money|funds|crypto|btc|savings)|\b(?:funds?|money|asset|crypto)\s+recovery\b|\brecovery\s+(?:experts?|agents?|unit|services?|specialists?|hackers?|firm|company|team)\b[^.!?\n]{0,80}\b(?:funds|money|back|\$)|\b(?:get|got|getting)\s+(?:it\s+all|all\s+of\s+it|everything|(?:your|my|their)\s+(?:funds|money|crypto|btc|savings))\s+back\b|\brecuper\w*\s+(?:tu|su|seu|o\s+seu|votre)\s+(?:dinero|dinheiro|argent|fondos|fundos)|\bgeld\s+zuruck\w*|\blost\s+(?:[$€£]\s?[\d.,]+k?|(?:my\s+|our\s+|your\s+)?(?:money|funds|crypto|savings|btc))\b[^!?\n]{0,120}\b(?:recovered|got\s+(?:it|them|everything|all|my\s+\w+)\s+back|get\s+(?:it|your\s+\w+)\s+back)|\b(?:recovered|retrieved|traced|(?:get|got|brought)\s+back|recuperamos|recuperei|recupere|recuperado|(?:avons|ai)\s+recupere|zuruckgeholt)\s+(?:over\s+|more\s+than\s+|mas\s+de\s+|mais\s+de\s+|plus\s+de\s+|uber\s+)?(?:[$€£]\s?|r\$\s?)?[\d.,]+\s*(?:k|m|mn|million|millions|millones|milhoes|mio|bn)?\s*(?:btc|eth|usdt|bitcoin|ether|crypto|dollars|euros|usd|eur|€|reais)?\s+(?:for|para|pour|fur)\s+(?:a\s+|my\s+|our\s+|one\s+of\s+my\s+|mis\s+|nuestros\s+|meus\s+|nossos\s+|nos\s+|mes\s+|unsere\s+|meine\s+)?(?:scam\s+|fraud\s+|crypto\s+)?(?:clients?|customers?|victims?|people|someone|others|famil(?:y|ies)|clientes|victimas|vitimas|victimes|kunden|opfer|betroffene)\b|\b(?:i|we)\s+(?:can|will|could)\s+(?:help\s+(?:you\s+)?)?(?:trace|track|recover|retrieve|get\s+back)\s+(?:yours|your\s+(?:lost\s+|stolen\s+|scammed\s+)?(?:funds|money|crypto|btc|eth|bitcoin|coins|assets|savings|usdt|wallet))\b|\b(?:puedo|podemos)\s+(?:ayudarte\s+a\s+)?(?:rastrear|recuperar)\s+(?:tus|tu|sus|su)\s+(?:fondos|dinero|cripto\w*|bitcoins?|activos|ahorros)\b|\b(?:posso|podemos)\s+(?:te\s+ajudar\s+a\s+)?(?:rastrear|recuperar)\s+(?:seus|seu|sua|suas|o\s+seu)\s+(?:fundos|dinheiro|cripto\w*|bitcoins?|ativos|economias)\b|\b(?:je\s+peux|nous\s+pouvons)\s+(?:vous\s+aider\s+a\s+)?(?:tracer|retrouver|recuperer)\s+(?:vos|votre|tes|ton)\s+(?:fonds|argent|crypto\w*|bitcoins?|actifs|economies)\b|\b(?:ich\s+kann|wir\s+konnen)\s+(?:ihr|dein|euer|eur)e?[nms]?\s+(?:geld|gelder|krypto\w*|bitcoins?|guthaben|ersparnisse)\s+(?:zuruckholen|aufspuren|wiederherstellen|zuruckbekommen|zuruckverfolgen)\b)/;

/**
 * Recovery promises with a share of the money: "we can trace and recover 100% of your funds",
 * "we recover 100% of lost funds", "recuperamos el 100% de tus fondos", "recuperamos 100% dos
 * seus fundos", "nous récupérons 100 % de vos fonds", "wir holen 100 % Ihres Geldes zurück".
 */
export const RECOVERY_SHARE =
  /\b(?:(?:recover|retriev|trac|recuper|rastre|restitu|retrouv|zuruckhol|hol)\w*(?:\s+(?:and|&|y|e|et|und)\s+(?:recover|retriev|return|recuper|restitu|retrouv|zuruckhol)\w*)?\s+(?:up\s+to\s+|hasta\s+|ate\s+|jusqu'?\s*a\s+|bis\s+zu\s+)?(?:el\s+|o\s+|os\s+)?(?:100|9\d)\s?%\s+(?:of\s+|de\s+|dos?\s+|das?\s+|des\s+|du\s+|ihre[rs]?\s+|deine[rs]?\s+)?(?:(?:your|their|the|tus|sus|los|seus|suas|vos|votre|les)\s+)?(?:lost\s+|stolen\s+|scammed\s+|perdid\w*\s+|robad\w*\s+)?(?:funds|money|crypto\w*|btc|bitcoins?|savings|assets|fondos|dinero|fundos|dinheiro|valores|fonds|argent|geld\w*|gelder|guthaben|krypto\w*|cripto\w*)|\b(?:i|we)\s+(?:can|will|could)\s+(?:help\s+(?:you\s+)?)?(?:trace|track|recover|retrieve)\s+(?:and|&)\s+(?:recover|retrieve|return|get\s+back)\s+(?:all\s+(?:of\s+)?)?(?:your|the|their)\s+(?:lost\s+|stolen\s+)?(?:funds|money|crypto|btc|assets|savings|coins))\b/;

/**
 * Victims addressed by recovery scammers: "if you paid a fake clinic", "if you got scammed",
 * "lost money to a crypto scam?", "si fuiste estafado", "se você caiu num golpe", "si vous
 * avez été victime d'une arnaque", "wenn Sie Opfer eines Betrugs wurden". The scam word in them
 * names the audience, not a warning; it is removed before the warning test.
 */
export const VICTIM_ADDRESS =
  /\b(?:if\s+(?:you|u)|have\s+you|did\s+you|were\s+you|lost\s+(?:money|funds|crypto|\w+)\s+to|victims?\s+of|si\s+(?:fuiste|has\s+sido|te|usted|vous|tu)|se\s+(?:voce|vc|tu)|wenn\s+(?:sie|du)|falls\s+(?:sie|du))\b[^,.!?;\n]{0,60}?\b(?:scam\w*|fake|fraud\w*|estafa\w*|golpe\w*|arnaque\w*|escroqu\w*|betrug\w*|betrogen)\b/g;

/**
 * Warnings and skeptical comments about such offers: they name the scam without making it.
 * "Scam victims" is the recovery scammers' own audience, not a warning.
 */
export const CRYPTO_WARNING =
  /\b(?:scam(?!\s+victims?\b)|scams|scammer|beware|fake|don'?t\s+(?:send|fall|trust)|never\s+send|is\s+not\s+how|that'?s\s+not\s+how|show\s+me\s+the\s+math|estafa|golpe|arnaque|betrug|reported|never\s+(?:got|received|saw\s+a\s+(?:cent|penny|dime))\s+(?:anything|a\s+thing|a\s+(?:cent|penny|dime)|it|them|my\s+\w+)\s+back|never\s+(?:got|received)\s+(?:anything|a\s+thing|a\s+(?:cent|penny|dime))|(?:got|received|came)\s+nothing\s+back|nothing\s+came\s+back|lesson\s+learned|(?:i|we)\s+(?:got|was|were|have\s+been|'ve\s+been)\s+scammed|fell\s+for\s+(?:it|that|this|the)|nunca\s+(?:recibi|recebi|me\s+devolvieron|me\s+devolveram|devolveram|vi\s+nada)|no\s+recibi\s+nada|nao\s+recebi\s+nada|je\s+n'?\s*ai\s+(?:jamais\s+)?rien\s+recu|nie\s+(?:etwas\s+)?zuruck\w*|nichts\s+zuruck\w*)\b/;

/**
 * Cheap pre-test over the text. Multiplier, presale and testimonial patterns need crypto
 * context, which these words already cover; recovery offers are caught by their verbs.
 */
export const CRYPTO_TRIGGER =
  /btc|bitcoin|eth|usdt|crypt|cript|krypt|coin|token|wallet|airdrop|forex|\bfx|trad|signal|mining|invest|inverti|mentor|double|doubl|dobr|duplic|verdoppel|guarant|garant|recover|recuper|\d\s?%|[$€£₿]|bc1|0x[0-9a-f]{8}|\b[13t][1-9a-z]{25}|\btrace|rastre|retrouv|zuruckhol|ruckhol|\bpull\w* back|claw|retriev|bring\w* back|dollar|euro|reais|\busd|\beur\b|zuruck\b|tripl|dupliqu|verdreifach|dobl/;

/**
 * A third person credited for the money, the core of the mentor testimonial: "thanks to
 * Mrs. ...", "all thanks to my account manager", "gracias a la Sra. ...", "graças ao meu
 * mentor", "grâce à Mme ...", "dank Frau ...". Read with money or crypto context only.
 */
export const MENTOR =
  /\b(?:(?:all\s+)?thanks\s+to|credit\s+to|shout\s*-?out\s+to|gracias\s+a|gracas\s+a|grace\s+a|merci\s+a|dank|danke\s+an)\s+(?:(?:mr|mrs|ms|miss|dr|sir|madam|madame|mme|mlle|monsieur|sr|sra|srta|senor|senora|senhor|senhora|dona|dra|herrn?|frau|m\.)(?:\b|\s)|(?:my|mi|meu|minha|mon|ma|meine[mnr]?|la|el|o|a|le|au|ao|den|die)\s+(?:\w+\s+)?(?:mentor\w*|account\s+manager|manager|broker|trader|asesor\w*|gestor\w*|conseill\w*|berater\w*|coach|expert\w*|experto|especialista|consultor\w*)\b)/;

/**
 * Someone else's channel recommended to the readers: "message her on Telegram", "reach him:",
 * "escríbele", "contáctala", "fale com ela", "contactez-la", "schreib ihr", "kontaktiere ihn".
 */
export const REFER =
  /\b(?:(?:message|contact|reach|text|dm|email|e-mail|write\s+to|talk\s+to|ask\s+for)\s+(?:her|him)\b|(?:her|his)\s+(?:telegram|whatsapp|signal|number|email|inbox)\b|escribele|contactala|contactalo|hablale|fale\s+com\s+(?:ela|ele)|chame?\s+(?:ela|ele)|contactez-?(?:la|le)|ecrivez-?lui|(?:schreib|kontaktier)\w*\s+(?:ihr|ihm|sie|ihn)\b)/;

/** A sum of money, in figures with a currency or a currency word. */
export const MONEY =
  /(?:[$€£₿]|\br\$|\b(?:usd|eur)\b)\s?\d|\d\s?(?:k|m)?\s?(?:[$€£]|\b(?:usd|eur|dollars?|dolares|euros?|reais|pesos|bucks)\b)|\b(?:capital|kapital|savings|ahorros|poupanca|epargne|ersparnisse)\b/;

/**
 * Earnings per period, the money-scheme claim: "now pull $6,200 a week", "I make $11,000
 * every two weeks", "gano 3.000 € al mes", "ganho R$ 900 por semana", "je gagne 2 000 € par
 * semaine", "ich verdiene 500 € pro Tag". Read with crypto, trading or mentor context.
 */
export const EARNINGS =
  /\b(?:make|makes|making|made|earn\w*|pull\w*(?:\s+in)?|bring\w*\s+in|take\w*\s+home|cash\w*\s+out|withdr[ae]w\w*|receiv\w*|profit\w*|gan[aeo]\w*|ganh\w*|recib\w*|receb\w*|gagn\w*|touch\w*|verdien\w*|bekomm\w*|erhalt\w*)\s+(?:in\s+|out\s+|over\s+|about\s+|around\s+|up\s+to\s+|mas\s+de\s+|mais\s+de\s+|plus\s+de\s+|uber\s+)?(?:(?:[$€£]|r\$|usd|eur)\s?\d[\d,.\s]{0,10}(?:k|mil)?|\d[\d,.\s]{0,10}(?:k|mil)?\s?(?:[$€£]|usd|eur|dollars?|dolares|euros?|reais|pesos|bucks))\s*(?:a|per|each|every|in\s+(?:a|one|two|\d+)|al|a\s+la|por|cada|ao|par|chaque|pro|im|jede[nm]?|die|alle|in\s+der)\s+(?:\w+\s+)?(?:days?|weeks?|fortnight|months?|hours?|dias?|semanas?|mes(?:es)?|horas?|jours?|semaines?|mois|heures?|tag(?:e|en)?|wochen?|monat(?:e|en)?|stunden?)\b|\b(?:daily|weekly|monthly)\s+(?:profits?|income|earnings|payouts?)\s+of\s+(?:[$€£]|usd|eur)\s?\d/;

/**
 * Recovery agents for payments gone astray: "our agents pull back misdirected payments",
 * "we recover lost transfers", "recuperamos pagos enviados por error", "recuperamos
 * transferências perdidas", "nous récupérons les virements envoyés par erreur", "wir holen
 * fehlgeleitete Überweisungen zurück". Questions ("how do I recover a lost payment?") are not offers.
 */
export const RECOVERY_AGENT =
  /\b(?:recover\w*|retriev\w*|pull\w*\s+back|claw\w*\s+back|bring\w*\s+back|get(?:s|ting)?\s+back|trac(?:e|es|ing))\s+(?:your\s+|their\s+|the\s+|all\s+|any\s+)?(?:(?:lost|stolen|scammed|misdirected|mistaken|misplaced|wrongly\s+sent|sent\s+by\s+mistake|fraudulent|hacked)\s+)+(?:payments?|transfers?|transactions?|funds|money|deposits?|crypto|savings|investments?|wires?)\b|\b(?:recuper\w*|rastre\w*)\s+(?:tus\s+|sus\s+|los\s+|las\s+|seus\s+|suas\s+|os\s+|as\s+|vos\s+|les\s+)?(?:pagos|pagamentos|transferencias|fondos|fundos|dinero|dinheiro|paiements|virements|fonds|argent)\s+(?:perdid\w*|robad\w*|roubad\w*|estafad\w*|enviad\w*\s+por\s+(?:error|engano)|perdus?|voles?|envoyes?\s+par\s+erreur|escroqu\w*)|\b(?:holen|hole|bringen)\s+(?:ihre?\w*\s+|deine?\w*\s+|die\s+)?(?:verlorene|gestohlene|fehlgeleitete|falsch\s+uberwiesene|ergaunerte)\w*\s+(?:zahlungen|uberweisungen|gelder|geld|krypto\w*)\s+zuruck\b/;
