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
    window: 5,
    negators: {
      en: ['not', 'no', 'never', "don't", 'dont', "doesn't", "didn't", "won't", 'wont', "wouldn't", "isn't", "wasn't",
        "aren't", 'cannot', "can't", "haven't", "hasn't", "shouldn't", 'without', 'instead', 'nor', 'neither'],
      ru: ['не', 'нет', 'ни', 'без', 'никаких', 'никакой', 'никакого', 'никогда', 'вместо', 'незачем'],
      bg: ['не', 'няма', 'нито', 'без', 'никакъв', 'никаква', 'никакви', 'никога', 'вместо'],
    },
    breaks: {
      en: ['but', 'so', 'otherwise', 'or', 'else', 'unless', 'if', 'because', 'then', 'than', 'therefore', 'however',
        'though', 'although', 'until'],
      ru: ['но', 'а', 'однако', 'иначе', 'или', 'если', 'поэтому', 'потому', 'тогда', 'чем', 'хотя', 'пока', 'зато'],
      bg: ['но', 'а', 'обаче', 'иначе', 'или', 'ако', 'затова', 'защото', 'тогава', 'отколкото', 'макар', 'докато'],
    },
  },
  ignore: {
    en: ['food court', 'tennis court', 'basketball court', 'media player', 'media markt', 'mediamarkt'],
    // Words that start like суд* / съд* but are fate, ships, cramps, "judging by", content, dishes…
    ru: ['судьб*', 'судн*', 'судак*', 'судорог*', 'судя', 'сударь*'],
    bg: ['съдърж*', 'съдб*', 'съдомиял*', 'съдов*', 'съдейств*', 'съдруж*'],
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
        ru: ['юрист*', 'адвокат*', 'суд*', 'досудебн*', 'иск', 'иском', 'иску', 'исков*', 'арбитраж*'],
        bg: ['адвокат*', 'юрист*', 'съд*', 'завежда* дело', 'заведа дело', 'заведох дело', 'заведе дело',
          'съдебно дело', 'исков* молба'],
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
          'information commissioner*', 'fca', 'ofcom', 'ofgem', 'data protection authority', 'competition authority'],
        ru: ['роспотребнадзор*', 'рпн', 'прокуратур*', 'прокурор*', 'защит* прав* потребител*', 'омбудсмен*',
          'уполномоченн* по правам', 'центробанк*', 'цб', 'банк россии', 'фас', 'роскомнадзор*', 'полици*', 'мвд',
          'трудов* инспекци*', 'жилищн* инспекци*'],
        bg: ['кзп', 'комисия* за защита на потребител*', 'защита на потребител*', 'прокуратур*', 'прокурор*',
          'омбудсман*', 'бнб', 'кфн', 'кзк', 'полици*', 'регулатор*', 'инспекция по труда'],
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
          'репортаж*'],
        bg: ['журналист*', 'репортер*', 'медии*', 'медия', 'телевизи*', 'вестник*', 'репортаж*', 'по тв'],
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
          'posting about', 'posted it on', 'post it on', 'posted photos', 'posted a video'],
        ru: ['инстаграм*', 'фейсбук*', 'твиттер*', 'тикток*', 'ютуб*', 'вконтакте', 'вк', 'соцсет*', 'соц сет*',
          'социальн* сет*', 'телеграм канал*', 'telegram канал*', 'тг канал*', 'дзен*', 'пост', 'постом', 'посте',
          'выложил*', 'выложу', 'репост*', 'опубликова*'],
        bg: ['фейсбук*', 'инстаграм*', 'тикток*', 'туитър*', 'ютюб*', 'социалн* мрежи*', 'социалн* медии*', 'пост',
          'постнах', 'публикува*'],
      },
    },
    'irate-review': {
      description: 'Review sites, app stores and public ratings',
      type: 'irate',
      weight: 0.8,
      fields: ['channel', 'text'],
      terms: {
        en: ['trustpilot', 'yelp', 'tripadvisor', 'sitejabber', 'google review*', 'google maps', 'app store',
          'play store', 'google play', 'review site*', '1 star', 'one star', 'left a review', 'leave a review',
          'leaving a review', 'write a review', 'writing a review', 'wrote a review', 'bad review', 'negative review',
          'honest review', 'video review'],
        ru: ['отзовик*', 'otzovik', 'irecommend', 'айрекоменд*', 'яндекс карт*', '2гис', 'flamp', 'фламп*',
          'оставил* отзыв', 'оставлю отзыв', 'напишу отзыв', 'написал* отзыв', 'плох* отзыв', 'негативн* отзыв',
          'отзыв на', 'отзыв в', 'отзывы на', 'одна звезда', 'одну звезду', 'ставлю единиц*'],
        bg: ['оставих отзив', 'ще оставя отзив', 'оставя отзив', 'напиша отзив', 'написах отзив', 'отзив в',
          'отзив във', 'лош отзив', 'негативен отзив', 'една звезда', 'google отзив*'],
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
          'tell my friends', 'warn* everyone', 'warn* others', 'warn* other', 'warn* them all', 'warn* people',
          'everyone will hear', 'everyone will know', 'let everyone know', 'spread the word', 'all over social',
          'forum*', 'group chat', "don't buy", 'do not buy', 'stay away'],
        ru: ['рассказал* всем', 'расскажу всем', 'расскажу друзьям', 'рассказал* друзьям', 'всем подругам',
          'всем друзьям', 'всем знакомым', 'пусть все знают', 'пусть люди знают', 'чтобы все знали',
          'предупредил* всех', 'предупреждаю всех', 'предупрежу всех', 'обходите стороной', 'не покупайте',
          'не советую', 'форум*'],
        bg: ['разказах на всички', 'разкажа на всички', 'казах на всички', 'всички приятел*', 'нека всички',
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
          'viber', 'sms', 'messenger', 'instagram direct', 'direct message*', 'dm', 'facebook messenger'],
        ru: ['почт*', 'email', 'емейл*', 'имейл*', 'письм*', 'телефон*', 'звон*', 'позвон*', 'перезвон*',
          'горяч* лини*', 'колл центр*', 'чат', 'чате', 'чату', 'онлайн чат*', 'тикет*', 'заявк*', 'обращени*',
          'форма', 'форме', 'форму', 'формы', 'обратн* связ*', 'лично', 'личный визит', 'книг* жалоб', 'ватсап*',
          'вотсап*', 'телеграм', 'телеграме', 'вайбер*', 'смс', 'поддержк*', 'оператор*', 'директ*'],
        bg: ['имейл*', 'е мейл', 'поща*', 'писмо*', 'телефон*', 'обад*', 'звън*', 'гореща* линия*', 'чат', 'чата',
          'тикет*', 'заявк*', 'форма*', 'формуляр*', 'обратна връзка', 'лично', 'лично посещение',
          'книга за жалби', 'вайбър*', 'смс', 'поддръжк*', 'оператор*'],
      },
    },
    'voicer-venue': {
      description: 'A channel value naming the company\'s own premises or website',
      type: 'voicer',
      weight: 0.7,
      fields: ['channel'],
      terms: {
        en: ['store', 'in store', 'shop', 'branch', 'office', 'counter', 'visit*', 'web', 'website', 'site', 'app'],
        ru: ['магазин*', 'офис*', 'касс*', 'филиал*', 'визит*', 'сайт*', 'приложени*'],
        bg: ['магазин*', 'офис*', 'каса*', 'клон*', 'посещени*', 'сайт*', 'приложени*'],
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
        en: ['return form', 'returns form', 'returns portal', 'cancellation form', 'return*', 'refund*', 'cancel*', 'chargeback*', 'charge back', 'churn*', 'unsubscrib*', 'not renewed',
          'did not renew', 'lapsed', 'account closed', 'closed account', 'opted out', 'opt out'],
        ru: ['форма возврата', 'заявка на возврат', 'возврат*', 'вернул*', 'возвращ*', 'отмен*', 'отказ*', 'отписал*', 'отписк*', 'не продлил*',
          'не продлен*', 'непродлен*', 'расторг*', 'закрыл* счет'],
        bg: ['формуляр за връщане', 'заявка за връщане', 'върна*', 'върнат*', 'връщане*', 'анулира*', 'отказ*', 'прекрат*', 'отписа*', 'неподнов*',
          'не е подновен*', 'възстановен* сума', 'възстановени пари'],
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
          'no reason stated', 'gave no reason', 'without giving a reason', 'without explanation', 'without a word',
          'no feedback', 'no contact since', 'stopped ordering', 'stopped buying', 'did not renew', "didn't renew",
          'left silently', 'left quietly'],
        ru: ['без комментари*', 'без объяснени*', 'без причин*', 'молча', 'причину не указал*', 'перестал* покупать',
          'перестал* заказывать', 'на связь не выход*', 'не продлил*', 'ушел молча'],
        bg: ['без коментар*', 'без обяснени*', 'без причина', 'мълчаливо', 'спря да купува', 'спря да поръчва',
          'не се е свързвал*', 'не поднови*'],
      },
    },
  },
};
