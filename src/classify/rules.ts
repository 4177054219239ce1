/**
 * The built-in rules: lexicons and channel words for the four complainer types in English,
 * Russian and Bulgarian, in the rules file format of schema.ts (users extend it with `--rules`).
 * Kept as a typed literal rather than a .json file so src/classify does no I/O.
 *
 * Choices worth knowing:
 * - Short or ambiguous words are phrases, not single words: "sue" is also a name ("Sue from
 *   billing"), "press" a verb, "TV" a product, "отзыв" any feedback — so "will sue", "the press",
 *   "tv station", "оставил* отзыв" count, the bare words do not. As a channel value, "review" or
 *   "отзыв" alone is a review site, so the channel-only rule takes them bare.
 * - Messengers (WhatsApp, Telegram, Viber) and direct messages are private talks with the company
 *   (voicer); social networks, review sites and forums are public (irate).
 * - Status words feed only the silent signal: a complaint's workflow status says nothing about
 *   where the customer spoke.
 */
import type { RuleSet } from './schema.js';

/** The rules `care classify` uses unless `--rules` adds to or overrides them. */
export const builtinRules: RuleSet = {
  version: 1,
  negation: {
    window: 6,
    negators: {
      en: ['not', 'no', 'never', "don't", 'dont', "doesn't", "didn't", "won't", 'wont', "wouldn't", "isn't", "wasn't",
        "aren't", 'cannot', "can't", "haven't", "hasn't", "shouldn't", 'without', 'instead', 'nor', 'neither'],
      // Latin-letter Russian and Bulgarian (translit, шльокавица) too: ne, net, nyama.
      // Not «ни»: in Bulgarian it is "us" («обадихте ни се», «в сторито си… разговора ни»), and a Russian «ни» comes with «не».
      ru: ['не', 'нет', 'без', 'никаких', 'никакой', 'никакого', 'никогда', 'вместо', 'незачем', 'ne', 'net'],
      bg: ['не', 'няма', 'нито', 'без', 'никакъв', 'никаква', 'никакви', 'никога', 'вместо', 'nyama', 'niama'],
    },
    breaks: {
      en: ['but', 'so', 'otherwise', 'or', 'else', 'unless', 'if', 'because', 'then', 'than', 'therefore', 'however',
        'though', 'although', 'until'],
      ru: ['но', 'а', 'однако', 'иначе', 'или', 'если', 'поэтому', 'потому', 'тогда', 'чем', 'хотя', 'пока', 'зато'],
      bg: ['но', 'а', 'обаче', 'иначе', 'или', 'ако', 'затова', 'защото', 'тогава', 'отколкото', 'макар', 'докато'],
    },
    // Russian and Bulgarian put the negation after the object: «в суд я не пойду», «в КЗП не съм ходил».
    // (English does not: "told my friends not to buy" negates the buying.)
    // A purpose clause ends it: «казах на всички приятели да не поръчват» negates the ordering.
    // An aside set off by commas does not end it: «в суд я, конечно, не пойду», «в КЗП, разбира се, няма да ходя».
    after: {
      window: 3,
      negators: { ru: ['не'], bg: ['не', 'няма'] },
      breaks: { ru: ['чтобы', 'что', 'пусть'], bg: ['да', 'че', 'нека'] },
      asides: { ru: ['конечно', 'разумеется', 'естественно', 'впрочем', 'пожалуй', 'честно'], bg: ['естествено', 'всъщност', 'разбира', 'се', 'честно'] },
    },
    // Before a public hit in the same sentence: the customer only might post, or read someone
    // else's review — not going public (docs/definitions.md, "Complainer types").
    hedges: {
      en: ['might', 'may', 'maybe', 'perhaps', 'possibly', 'could', 'considering', 'thinking of', 'thinking about',
        'i read', "i've read", 'read the', 'read other', 'read reviews', 'read some', 'reading the', 'after reading',
        'saw the reviews', 'saw reviews', 'saw the', 'seen the', "i've seen", 'looked at the', 'checked the', 'according to', 'based on', 'as one', 'someone', 'somebody', 'one reviewer',
        'a reviewer', 'reviewers', 'other customers'],
      ru: ['может', 'возможно', 'наверное', 'подумываю', 'подумаю', 'прочитал*', 'прочел', 'прочла', 'читал*', 'почитал*',
        'начитал*', 'видел* отзыв*', 'посмотрел*', 'глянул*', 'судя', 'согласно', 'кто то', 'как написал*', 'как пишут', 'пишут на', 'пишут в'],
      bg: ['може', 'евентуално', 'вероятно', 'мисля да', 'прочетох', 'прочете', 'четох', 'четейки', 'видях', 'погледнах', 'разгледах', 'според',
        'някой', 'както написа', 'както пишат', 'хората в', 'хората на'],
    },
    // Before a third party in the same sentence: someone else's advice ("my friend told me to call a
    // lawyer, but…"), not the customer bringing the third party in.
    advice: {
      en: ['told me to', 'tells me to', 'advised me to', 'advises me to', 'suggested', 'suggests', 'recommended',
        'keeps telling me to', 'say i should', 'says i should', 'said i should', 'urging me to', 'urge me to',
        'want me to', 'wants me to'],
      ru: ['советуют', 'советовали', 'советует', 'посоветовал*', 'советовал*', 'говорят идти', 'предлагают',
        'уговаривают', 'уговаривал*', 'настаивают'],
      bg: ['съветват', 'съветва', 'посъветва*', 'препоръчаха', 'препоръчва', 'казаха ми да', 'казва ми да'],
    },
  },
  notes: {
    // Words of a subject line a form or a system writes ("Return request #55821", «Заявка на
    // возврат № 4471», "Cancel my subscription"): with numbers, a score and silent-signal words
    // only, a subject says nothing in the customer's own words.
    formWords: {
      en: ['request*', 'form', 'order', 'orders', 'no', 'nr', 'number', 'id', 'ticket', 'case', 'my', 'the', 'a', 'an',
        'for', 'of', 'to', 'on', 're', 'fw', 'fwd', 'your', 'our', 'subscription*', 'account', 'membership', 'plan',
        'contract', 'service', 'services', 'item', 'items', 'product', 'products', 'purchase', 'survey', 'response',
        'answer', 'result', 'results', 'feedback', 'score', 'rating', 'nps', 'csat', 'ces', 'customer', 'client',
        'new', 'from', 'with', 'automatic', 'auto', 'notification', 'submitted', 'via', 'online', 'booking',
        'reservation', 'policy', 'card', 'customer satisfaction', 'flag', 'risk', 'at', 'rma', 'please', 'kindly', 'i',
        'without explanation', 'without a reason', 'no reason', 'it', 'them',
        'want', 'would', 'like', 'as', 'effective', 'immediately', 'today', 'end', 'month', 'this', 'next', 'january',
        'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
        // A survey form's fields: what is rated, and a comment box left empty or a reason not given.
        'overall', 'visit', 'stay', 'chat', 'call', 'delivery', 'support', 'agent', 'experience', 'conversation',
        'comment*', 'none', 'n/a', 'other', 'reason', 'newsletter*', 'mailing*', 'money', 'payment', 'not given', 'not specified', 'not selected', 'not provided',
        // Periods of an inactivity flag ("Inactive 120 days"), renewals, and what a contract is for.
        'day', 'days', 'week', 'weeks', 'months', 'year', 'years', 'renewal', 'auto renew*', 'autorenew*',
        'internet', 'mobile', 'broadband', 'maintenance', 'insurance', 'gym'],
      ru: ['заявк*', 'на', 'по', 'о', 'об', 'номер', 'заказ*', 'товар*', 'подписк*', 'договор*', 'услуг*', 'тариф*',
        'абонемент*', 'карт*', 'счет*', 'опрос*', 'ответ', 'оценк*', 'анкет*', 'клиент*', 'абонент*', 'форм*',
        'обращени*', 'автоматическ*', 'уведомлени*', 'от', 'с', 'со', 'для', 'и', 'в', 'бронировани*', 'полис*', 'прошу',
        'пожалуйста', 'хочу', 'обслуживани*', 'без объяснени*', 'без причин*', 'немедленно', 'следующ*', 'месяц*', 'числа', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
        'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря', 'мой', 'мою', 'мои', 'моего', 'мне',
        'общ*', 'визит*', 'чат*', 'звонк*', 'доставк*', 'поддержк*', 'сервис*', 'разговор*', 'консультаци*',
        'комментари*', 'нет', 'другое', 'прочее', 'отсутству*', 'рассылк*', 'денежн*', 'средств*', 'деньг*', 'денег', 'оплат*', 'причин*', 'не указан*', 'не выбран*',
        'день', 'дня', 'дней', 'недел*', 'год', 'года', 'лет', 'автопродлени*', 'продлени*', 'интернет*', 'страхов*'],
      bg: ['заявк*', 'за', 'на', 'от', 'по', 'номер', 'поръчк*', 'стока', 'стоката', 'стоки', 'абонамент*', 'договор*',
        'услуг*', 'анкет*', 'отговор', 'оценк*', 'клиент*', 'абонат*', 'форма', 'формуляр', 'и', 'в', 'с',
        'резервац*', 'полиц*', 'карт*', 'сметк*', 'моля', 'искам', 'да', 'считано', 'продукт*', 'без обяснени*',
        'без причина', 'обслужване', 'незабавно',
        'януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември',
        'декември', 'ми', 'моя', 'моят', 'следващ*', 'месец*', 'число',
        'обща*', 'посещени*', 'чат*', 'разговор*', 'доставк*', 'обслужван*', 'поддръжк*', 'престой*',
        'коментар*', 'няма', 'друго', 'липсва', 'бюлетин*', 'сума*', 'пари', 'парите', 'плащане*', 'причин*', 'не е посочен*', 'не е избран*',
        'ден', 'дни', 'дена', 'седмиц*', 'година', 'години', 'автоматичн*', 'подновяван*', 'интернет*', 'застраховк*'],
    },
    // A text in the customer's own voice (I, my, you, your): a silent-signal phrase in it ("I
    // stopped ordering because…") is part of a complaint, not an agent's or a system's note.
    // Russian and Bulgarian drop the pronoun («Прошу вернуть», «Обадих се пет пъти»): first-person verbs
    // customers write count too. A reason given ("because", «потому что», «защото») is the customer's
    // word as well, even relayed by an agent: a cancellation with a reason is a voicer.
    customerVoice: {
      en: ['i', "i'm", "i've", "i'll", "i'd", 'me', 'my', 'mine', 'myself', 'you', 'your', "you're", "you've",
        'because', 'due to'],
      ru: ['я', 'мне', 'меня', 'мной', 'мой', 'моя', 'мое', 'мои', 'моего', 'моей', 'моих', 'мою', 'вы', 'вас', 'вам',
        'ваш*', 'прошу', 'хочу', 'жду', 'требую', 'потому', 'так как', 'из за'],
      bg: ['аз', 'мен', 'ме', 'ми', 'мой', 'моя', 'моето', 'моите', 'моят', 'вие', 'ви', 'вас', 'ваш*', 'искам', 'чакам',
        'настоявам', 'обадих', 'писах', 'върнах', 'поръчах', 'платих', 'купих', 'получих', 'защото', 'понеже', 'заради'],
    },
  },
  ignore: {
    // A law cited by name is no third party: "under the Consumer Rights Act", «по Закону о защите прав потребителей».
    en: ['food court', 'tennis court', 'basketball court', 'media player', 'media markt', 'mediamarkt',
      'consumer rights act', 'consumer protection act', 'my consumer rights', 'consumer rights law'],
    // Words that start like суд* / съд* but are fate, ships, cramps, "judging by", content, dishes…
    ru: ['судьб*', 'судн*', 'судак*', 'судорог*', 'судя', 'сударь*', 'закон* о защит* прав* потребител*',
      'зпп'],
    bg: ['съдърж*', 'съдб*', 'съдомиял*', 'съдов*', 'съдейств*', 'съдруж*', 'закон* за защита на потребител*',
      'зздп'],
  },
  signals: {
    comment: { weight: 0.5 },
    lowScore: { max: 6, weight: 0.6 },
  },
  rules: {
    'activist-legal': {
      description: 'Lawyers, courts and legal action',
      type: 'activist',
      weight: 0.9,
      fields: ['channel', 'text'],
      terms: {
        en: ['lawyer*', 'attorney*', 'solicitor*', 'barrister*', 'legal action', 'legal proceedings', 'legal advice',
          'legal steps', 'legal team', 'lawsuit*', 'litigat*', 'court', 'courts', 'small claims', 'tribunal*', 'sued',
          'suing', 'sue you', 'sue your', 'sue the', 'sue them', 'sue us', 'will sue', 'we sue', "i'll sue",
          "we'll sue", 'going to sue', 'cease and desist', 'letter before action', 'subpoena*', 'judge'],
        ru: ['юрист*', 'адвокат*', 'суд*', 'засуж*', 'засуд*', 'отсуж*', 'досудебн*', 'иск', 'иском', 'иску', 'исков*', 'арбитраж*',
          // translit
          'yurist*', 'jurist*', 'advokat*', 'v sud', 'sudom', 'sudit*', 'isk v sud'],
        bg: ['адвокат*', 'юрист*', 'съд*', 'завежда* дело', 'заведа дело', 'заведох дело', 'заведе дело', 'v sada',
          'zaveda delo', 'sadia', 'sadya',
          'съдебно дело', 'исков* молба', 'завед* дело*', 'дело* е заведено'],
      },
    },
    'activist-authority': {
      description: 'Regulators, consumer protection, ombudsmen, police',
      type: 'activist',
      weight: 0.9,
      fields: ['channel', 'text'],
      terms: {
        en: ['regulator*', 'ombudsm*', 'consumer protection', 'consumer rights', 'trading standards',
          'better business bureau', 'bbb', 'ftc', 'cfpb', 'consumer financial protection', 'police',
          'information commissioner*', 'fca', 'ofcom', 'ofgem', 'ofwat', 'data protection authority', 'competition authority',
          'general dental council', 'general medical council', 'dental board', 'medical board', 'care quality commission',
          'cqc', 'civil aviation authority', 'department of transportation', 'attorney general', 'consumer affairs',
          'health inspector*', 'health department', 'licensing board', 'insurance commissioner', 'advertising standards',
          'reported you to', 'reported your company', 'reported the company', 'reported the clinic', 'reported the shop',
          'reported the store', 'reported the hotel', 'reported the restaurant', 'reported the bank', 'reported this to the',
          'reported it to the', 'filed a complaint with', 'lodged a complaint with', 'filed a report with'],
        ru: ['роспотребнадзор*', 'рпн', 'прокуратур*', 'прокурор*', 'защит* прав* потребител*', 'омбудсмен*',
          'уполномоченн* по правам', 'центробанк*', 'цб', 'банк россии', 'фас', 'роскомнадзор*', 'полици*', 'мвд',
          'трудов* инспекци*', 'жилищн* инспекци*', 'госжилинспекци*', 'ростехнадзор*', 'росздравнадзор*', 'санэпид*',
          'сэс', 'антимонопольн*', 'минздрав*', 'ростуризм*', 'росавиаци*', 'ространснадзор*', 'финансов* уполномоченн*',
          'финомбудсмен*', 'гибдд', 'гаи', 'госинспекци*', 'rospotrebnadzor*', 'prokuratur*', 'politsi*', 'policiy*',
          'tsentrobank*'],
        bg: ['кзп', 'комисия* за защита на потребител*', 'защита на потребител*', 'прокуратур*', 'прокурор*',
          'омбудсман*', 'бнб', 'кфн', 'кзк', 'полици*', 'регулатор*', 'инспекция по труда', 'кевр', 'крс', 'кзлд', 'бабх',
          'рзи', 'здравна инспекция', 'нап', 'министерств*', 'kzp', 'kfn', 'bnb', 'kevr', 'krs', 'policiyata', 'politsiyata',
          'комисия* за финансов надзор', 'комисия* за защита на личните данни', 'комисия* за защита на конкуренцията',
          'комисия* за енергийно и водно регулиране', 'комисия* за регулиране на съобщенията',
          'гражданска въздухоплавателна администрация', 'агенция* по безопасност на храните'],
      },
    },
    'activist-media': {
      description: 'Journalists, newspapers, TV and the press',
      type: 'activist',
      weight: 0.85,
      fields: ['channel', 'text'],
      terms: {
        en: ['journalist*', 'reporter*', 'newspaper*', 'the press', 'press inquiry', 'press enquiry', 'media',
          'tv station*', 'tv channel*', 'local tv', 'on tv', 'tv news', 'tv show', 'on television', 'local television',
          'news channel*', 'watchdog', 'bbc'],
        ru: ['журналист*', 'корреспондент*', 'сми', 'газет*', 'телеканал*', 'телевидени*', 'пресса', 'прессу', 'прессе',
          'репортаж*', 'zhurnalist*', 'jurnalist*', 'telekanal*', 'smi'],
        bg: ['журналист*', 'репортер*', 'медии*', 'медия*', 'телевизи*', 'вестник*', 'репортаж*', 'по тв', 'mediite',
          'televiziya*', 'televizia*', 'господари на ефира', 'нова тв', 'бтв', 'бнт', 'btv'],
      },
    },
    'activist-channel': {
      description: 'A channel or help-desk tag naming legal or regulator work (a tag "legal" is not a word of the customer\'s)',
      type: 'activist',
      weight: 0.85,
      fields: ['channel'],
      terms: {
        en: ['legal', 'legal threat', 'legal dept', 'legal department', 'regulator complaint', 'press inquiry', 'media inquiry'],
        ru: ['юридическ*', 'юротдел*', 'регулятор*', 'жалоба в рпн'],
        bg: ['юридическ*', 'правен отдел', 'правна*'],
      },
    },
    'irate-social': {
      description: 'Social networks and public posts',
      type: 'irate',
      weight: 0.8,
      fields: ['channel', 'text'],
      terms: {
        en: ['facebook', 'instagram', 'twitter', 'tweet*', 'tiktok', 'youtube', 'reddit', 'linkedin', 'vk',
          'vkontakte', 'social media', 'social network*', 'telegram channel*', 'posted about', 'post about',
          'posting about', 'posted it on', 'post it on', 'posted photos', 'posted a video', 'my story', 'my stories',
          'my blog', 'blog post*'],
        ru: ['инстаграм*', 'фейсбук*', 'твиттер*', 'тикток*', 'ютуб*', 'вконтакте', 'вк', 'соцсет*', 'соц сет*',
          'социальн* сет*', 'телеграм канал*', 'telegram канал*', 'тг канал*', 'дзен*', 'пост', 'постом', 'посте',
          'выложил*', 'выложу', 'репост*', 'опубликова*', 'паблик*', 'сторис', 'блоге'],
        bg: ['фейсбук*', 'инстаграм*', 'тикток*', 'туитър*', 'ютюб*', 'социалн* мрежи*', 'социалн* медии*', 'пост',
          'поста', 'постът', 'постнах', 'публикува*', 'сторит*', 'сторис', 'блога', 'моя блог'],
      },
    },
    'irate-review': {
      description: 'Review sites, app stores and public ratings',
      type: 'irate',
      weight: 0.8,
      fields: ['channel', 'text'],
      terms: {
        en: ['trustpilot', 'yelp', 'tripadvisor', 'sitejabber', 'google review*', 'google maps', 'app store', 'nextdoor',
          'glassdoor', 'mumsnet', 'pissedconsumer', 'ripoff report', 'complaintsboard',
          'play store', 'google play', 'review site*', '1 star', 'one star', 'left a review', 'leave a review',
          'leaving a review', 'write a review', 'writing a review', 'wrote a review', 'bad review', 'negative review',
          'honest review', 'video review', 'my review', 'my reviews', 'my google review*'],
        ru: ['отзовик*', 'otzovik', 'irecommend', 'айрекоменд*', 'яндекс карт*', '2гис', 'flamp', 'фламп*', 'пикабу',
          'pikabu', 'drive2', 'драйв2', 'хабр*', 'банки ру', 'сравни ру',
          'оставил* отзыв', 'оставлю отзыв', 'напишу отзыв', 'написал* отзыв', 'плох* отзыв', 'негативн* отзыв',
          'ostavil* otzyv', 'ostavlyu otzyv', 'napishu otzyv', 'napisal* otzyv', 'otzyv na', 'otzovik*',
          'отзыв на', 'отзыв в', 'отзывы на', 'одна звезда', 'одну звезду', 'ставлю единиц*', 'мой отзыв',
          'моего отзыва', 'моем отзыве', 'свой отзыв', 'своего отзыва'],
        bg: ['оставих отзив', 'ще оставя отзив', 'оставя отзив', 'напиша отзив', 'написах отзив', 'отзив в', 'бг мама',
          'ostavih otziv', 'shte ostavya otziv', 'napisah otziv', 'otziv v',
          'бгмама', 'bg mamma', 'bgmamma',
          'отзив във', 'лош* отзив*', 'негатив* отзив*', 'една звезда', 'google отзив*', 'остав* отзив*',
          'напис* отзив*', 'отзивът ми', 'отзива ми', 'моя отзив', 'моят отзив', 'ревю*', 'revu', 'revyu', 'revyuto'],
      },
    },
    'irate-review-channel': {
      description: 'A channel value naming a review or rating (the bare word is ambiguous in text)',
      type: 'irate',
      weight: 0.85,
      fields: ['channel'],
      terms: {
        en: ['review*', 'rating*', 'forum*', 'blog*'],
        ru: ['отзыв*', 'маркетплейс*', 'форум*', 'блог*'],
        bg: ['отзив*', 'ревю*', 'форум*', 'блог*'],
      },
    },
    'irate-word-of-mouth': {
      description: 'Telling friends, forums and everyone else instead of the company',
      type: 'irate',
      weight: 0.75,
      fields: ['text'],
      terms: {
        en: ['told everyone', 'tell everyone', 'telling everyone', 'told all my', 'tell all my', 'told my friends',
          'tell my friends', 'told my whole', 'told the whole', 'warn* everyone', 'warn* others', 'warn* other', 'warn* them all', 'warn* people',
          'everyone will hear', 'everyone will know', 'let everyone know', 'spread the word', 'all over social',
          'shared my experience', 'shared it in', 'shared the story', 'local group', 'neighbourhood group',
          'neighborhood group', 'community group',
          'forum*', 'group chat', "don't buy", 'do not buy', 'stay away'],
        ru: ['рассказал* всем', 'расскажу всем', 'расскажу друзьям', 'рассказал* друзьям', 'всем подругам',
          'всем друзьям', 'всем знакомым', 'рассказал* всей', 'рассказала всей', 'пусть все знают', 'поделил* в', 'поделил* историей', 'рассказал* соседям',
          'чат* жк', 'чате нашего', 'домов* чат*', 'районн* чат*', 'групп* дома', 'групп* района', 'пусть люди знают', 'чтобы все знали',
          'предупредил* всех', 'предупреждаю всех', 'предупрежу всех', 'обходите стороной', 'не покупайте',
          'не советую', 'форум*'],
        bg: ['разказах на всичк*', 'разкажа на всичк*', 'казах на всичк*', 'предупред* всичк*', 'разказа* на всичк*', 'група* на блока', 'разказах на цял*', 'казах на цял*', 'всички приятел*', 'нека всички',
          'споделих в', 'споделих историята', 'групата на квартала', 'квартална* група', 'разказах на съседите',
          'хората трябва да знаят', 'предупредих всички', 'предупреждавам всички', 'не купувайте',
          'не препоръчвам', 'стойте далеч', 'форум*'],
      },
    },
    'voicer-contact': {
      description: 'Contact with the company itself: email, phone, chat, ticket, form, letter, messengers',
      type: 'voicer',
      weight: 0.7,
      fields: ['channel', 'text'],
      terms: {
        en: ['email*', 'e mail', 'mail', 'phone*', 'telephone', 'call*', 'hotline', 'helpline', 'chat', 'live chat',
          'ticket*', 'helpdesk', 'help desk', 'support', 'customer service', 'customer care', 'form', 'web form',
          'contact form', 'feedback form', 'in person', 'letter', 'fax', 'postal mail', 'whatsapp', 'telegram',
          'viber', 'sms', 'voice', 'voicemail*'],
        ru: ['почт*', 'email', 'емейл*', 'имейл*', 'письм*', 'телефон*', 'звон*', 'позвон*', 'перезвон*',
          'горяч* лини*', 'колл центр*', 'чат', 'чате', 'чату', 'онлайн чат*', 'тикет*', 'заявк*', 'обращени*',
          'форма', 'форме', 'форму', 'формы', 'обратн* связ*', 'лично', 'личный визит', 'книг* жалоб', 'ватсап*',
          'вотсап*', 'телеграм', 'телеграме', 'вайбер*', 'смс', 'поддержк*', 'оператор*', 'zvonil*', 'pisal*'],
        bg: ['имейл*', 'е мейл', 'поща*', 'писмо*', 'писма*', 'телефон*', 'обад*', 'звън*', 'гореща* линия*', 'чат', 'чата', 'чатът',
          'тикет*', 'заявк*', 'форма*', 'формуляр*', 'обратна връзка', 'лично', 'лично посещение',
          'книга за жалби', 'вайбър*', 'смс', 'поддръжк*', 'оператор*'],
      },
    },
    'voicer-private-message': {
      description: 'A private or direct message: a talk with the company even when it came through a social network',
      type: 'voicer',
      weight: 0.75,
      fields: ['channel', 'text'],
      private: true,
      terms: {
        en: ['direct message*', 'private message*', 'privately', 'dm', 'dms', "dm'd", 'dmed', 'pm', 'pm\'d', 'inbox',
          'messenger', 'facebook messenger', 'instagram direct'],
        ru: ['личн* сообщени*', 'личное', 'личку', 'личке', 'лс', 'директ*', 'в личные', 'мессенджер*',
          'сообщени* сообществ*', 'в сообщения', 'в сообщениях'],
        bg: ['лично* съобщени*', 'лични* съобщени*', 'на лично', 'в лични', 'месинджър*', 'messenger'],
      },
    },
    'voicer-venue': {
      description: 'A channel value naming the company\'s own premises or website',
      type: 'voicer',
      weight: 0.7,
      fields: ['channel'],
      terms: {
        en: ['store', 'in store', 'shop', 'branch', 'office', 'counter', 'visit*', 'web', 'website', 'site', 'app',
          'portal', 'customer portal', 'widget', 'feedback widget'],
        ru: ['магазин*', 'офис*', 'касс*', 'филиал*', 'визит*', 'сайт*', 'приложени*', 'портал*', 'виджет*', 'вручную'],
        bg: ['магазин*', 'офис*', 'каса*', 'клон*', 'посещени*', 'сайт*', 'приложени*', 'портал*', 'уеб'],
      },
    },
    'silent-status': {
      description: 'A status or channel that is itself a sign of dissatisfaction: return, cancellation, churn',
      type: 'silent',
      weight: 0.7,
      fields: ['status', 'channel'],
      negatable: false,
      terms: {
        // "return form": the form is how a return is filed, not a complaint, so it is a signal too.
        // CRM and retention feeds: churn and inactivity flags, outbound win-back work, a number ported away.
        en: ['return form', 'returns form', 'returns portal', 'cancellation form', 'return*', 'refund*', 'cancel*', 'chargeback*', 'charge back', 'churn*', 'unsubscrib*', 'not renewed',
          'did not renew', 'lapsed', 'account closed', 'closed account', 'account closure', 'closure', 'opted out', 'opt out',
          'inactive', 'inactivity', 'dormant', 'at risk', 'detractor*', 'lost customer', 'win back', 'winback', 'win-back',
          'retention', 'outbound*', 'ported', 'port out', 'number ported', 'terminated', 'termination', 'expired',
          'not renewing', 'close my account', 'close account', 'close the account', 'downgrad*', 'delete my account',
          'delete account', 'account deletion'],
        ru: ['форма возврата', 'заявка на возврат', 'возврат*', 'вернул*', 'возвращ*', 'отмен*', 'отказ*', 'отписал*', 'отписк*', 'не продлил*',
          'не продлен*', 'непродлен*', 'расторг*', 'расторж*', 'закрыл* счет', 'закрыти* счет*', 'отток*', 'неактивн*',
          'спящ*', 'критик*', 'детрактор*', 'удержани*', 'исходящ*', 'перенос номер*', 'перенес* номер*', 'ушел', 'ушла', 'потерян*',
          'истек*', 'риск оттока', 'отключ*', 'закрыть счет', 'закройте счет', 'понижени* тариф*', 'удалить аккаунт',
          'удалите аккаунт', 'удалени* аккаунт*'],
        bg: ['формуляр за връщане', 'заявка за връщане', 'върна*', 'върнат*', 'връщане*', 'анулира*', 'отказ*', 'прекрат*', 'отписа*', 'неподнов*',
          'не е подновен*', 'възстановен* сума', 'възстановени пари', 'неактивн*', 'отлив*', 'задържане', 'изходящ*',
          'пренес* номер*', 'пренасяне', 'критик*', 'загубен*', 'изтекъл', 'изтекла', 'изтекло',
          'риск от отлив', 'отписван*', 'спиране', 'закриване*', 'закрийте*', 'възстановяване*',
          'изтриване на акаунт*', 'изтрийте акаунт*'],
      },
    },
    'silent-note': {
      description: 'A note that the customer left without a word (written by an agent or a system)',
      type: 'silent',
      weight: 0.7,
      fields: ['text'],
      negatable: false,
      terms: {
        // Specific forms only: "for no reason" or "silently raised the fee" in a customer's own text is a complaint.
        en: ['without comment', 'without a comment', 'without leaving', 'no comment*', 'no reason given',
          'no reason stated', 'gave no reason', 'without giving a reason', 'without a word', 'returned without',
          'cancelled without', 'canceled without', 'closed without', 'left without', 'did not respond to',
          "didn't respond to", 'no reply to', 'no response to', 'renewal reminder*',
          'no feedback', 'no contact since', 'stopped ordering', 'stopped buying', 'did not renew', "didn't renew",
          'left silently', 'left quietly',
          // CRM notes: inactivity, outbound contacts left unanswered, a number ported to another operator.
          // Only phrases where the customer is the one who does not answer: "no reply" alone is what
          // customers write about the company.
          'no contact', 'not ordered', 'has not ordered', "hasn't ordered", 'not purchased', "hasn't purchased",
          'has not purchased', 'no orders since', 'no orders in', 'no purchase*', 'no visits', 'not visited',
          'no reply to our', 'no response to our', 'no answer to our', 'did not reply to our', "didn't reply to our",
          'not answering our', 'ignored our', 'retention call*', 'retention email*', 'retention offer*', 'win back offer*',
          'customer not answering', 'customer does not answer', "customer doesn't answer", 'customer not responding',
          'ported', 'moved to another operator', 'switched to another provider', 'inactive', 'last order', 'unopened',
          'not opened', 'reactivation email*', 'reactivation offer*', 'membership lapsed', 'lapsed in',
          'last visit', 'last purchase', 'no orders for', 'no order in', 'no order since', 'no order for', 'did not answer our', "didn't answer our",
          'stopped attending', 'stopped visiting',
          'no reason selected', 'no reason provided', 'no reason specified', 'no reason chosen',
          'survey skipped', 'skipped the survey', 'skipped survey', 'customer cancelled', 'customer canceled',
          'customer closed', 'called customer', 'called the customer', 'customer did not answer',
          "customer didn't answer", 'customer did not pick up', 'voicemail left', 'left voicemail', 'not logged in',
          "hasn't logged in", 'no logins', 'no login since', 'no activity since', 'no activity in', 'no activity for'],
        // "Without explanation" alone is what customers say of the company: only after the customer's act.
        ru: ['без комментари*', 'вернул* без', 'отменил без', 'отменила без', 'отказался без', 'отказалась без', 'расторг* без', 'ушел без', 'ушла без',
          'молча', 'причину не указал*', 'причину не сообщил*', 'без заказов', 'без покупок', 'рассылк* не открыва*',
          'письма не читает',
          'перестал* покупать', 'перестал* заказывать', 'на связь не выход*', 'не продлил*', 'ушел молча',
          'не заказывал*', 'не покупал*', 'на звонки не отвечает', 'не отвечает на звонки', 'на письма не отвечает',
          'не отвечает на письма', 'на смс не отвечает', 'не отвечает на смс', 'клиент не отвечает', 'абонент не отвечает',
          'клиент не берет', 'письма не открывает', 'не выходит на связь', 'нет заказов', 'заказов нет',
          'нет покупок', 'покупок нет', 'последн* покупк*', 'последн* заказ*', 'последн* визит*', 'перенес* номер*',
          'к другому оператору', 'неактивен', 'не появлял*', 'не продлен*', 'не заполнил*', 'не заполнила',
          'напоминани* не отвеча*', 'не отвечает на напоминани*', 'комментари* отсутству*', 'комментари* нет',
          'причин* не выбран*', 'причин* не указан*', 'без указания причин*', 'клиент отменил*', 'клиент вернул*',
          'клиент отказал*', 'клиент расторг*', 'перестал* ходить', 'перестал* посещать', 'перестал* пользоваться',
          'не посещал*', 'клиенту звонили', 'звонили клиенту', 'клиент не взял*', 'не совершал* покупок',
          'не совершал* заказ*', 'рассылк* не реагир*', 'не реагирует на рассылк*'],
        bg: ['без коментар*', 'върна без', 'върнал без', 'върнала без', 'анулира* без', 'прекрати без', 'прекратил без', 'прекратила без',
          'отказа без', 'напусна без',
          'мълчаливо', 'спря да купува', 'спря да поръчва', 'без поръчки', 'без покупки', 'не отваря имейл*',
          'не отваря писма*', 'не отваря бюлетин*',
          'не се е свързвал*', 'не поднови*', 'не е поръчвал*', 'не е купувал*', 'не отговаря на обаждания*',
          'не отговаря на имейли', 'не отговаря на имейлите', 'не отговаря на смс', 'клиентът не отговаря', 'клиентът не вдига', 'абонатът не отговаря',
          'няма поръчки', 'няма покупки', 'последн* поръчк*', 'последн* покупк*', 'пренесе номера',
          'пренесе номер*', 'към друг оператор', 'неактивен', 'не се е появявал*', 'не попълни*',
          'причин* не е посочен*', 'причин* не е избран*', 'коментар* няма', 'коментар* липсва', 'клиентът отказа',
          'клиентът върна', 'клиентът анулира', 'клиентът прекрати', 'не е идвал*', 'не е посещавал*', 'не е ползвал*',
          'спря да идва', 'спря да посещава', 'спря да ползва', 'не е подновил*', 'клиентът не вдигна', 'не е пазарувал*',
          'не е влизал*', 'не беше подновен*', 'не е подновен*', 'абонаментът изтече', 'договорът изтече',
          'членството изтече'],
      },
    },
  },
};
