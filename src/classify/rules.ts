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

/** People whose trade a customer may mention in passing ("my cousin's a solicitor"). */
/** The same in Russian, as a note names them («муж у неё юрист»). */
const RU_RELATIVES = ['муж', 'жена', 'брат', 'сестра', 'сын', 'дочь', 'отец', 'мать', 'папа', 'мама', 'друг', 'подруга', 'сосед', 'соседка'];
const RELATIVES = ['cousin', 'brother', 'sister', 'friend', 'dad', 'mum', 'mom', 'wife', 'husband', 'son', 'daughter', 'uncle', 'aunt', 'neighbour', 'neighbor', 'mate'];

/** The rules `care classify` uses unless `--rules` adds to or overrides them. */
export const builtinRules: RuleSet = {
  version: 1,
  negation: {
    window: 6,
    negators: {
      en: ['not', 'no', 'never', "don't", 'dont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'havent', 'hasnt', 'cant', 'couldnt', 'wouldnt', "doesn't", "didn't", "won't", 'wont', "wouldn't", "isn't", "wasn't",
        "aren't", 'cannot', "can't", "haven't", "hasn't", "shouldn't", 'without', 'nor', 'neither',
        // Not worth it: "I'm not going to waste money on a lawyer over forty quid".
        'waste', 'wasting'],
      // Latin-letter Russian and Bulgarian (translit, шльокавица) too: ne, net, nyama.
      // «Не хочу я никуда писать и ни с кем судиться»: "nowhere" negates as «не» does.
      // Not «ни»: in Bulgarian it is "us" («обадихте ни се», «в сторито си… разговора ни»), and a Russian «ни» comes with «не».
      ru: ['не', 'нет', 'без', 'никаких', 'никакой', 'никакого', 'никогда', 'никуда', 'вместо', 'незачем', 'некогда', 'ne', 'net'],
      // «Нямам намерение да ви съдя» ("I have no intention"); «нямам друг избор освен съда» is broken by «освен».
      bg: ['не', 'няма', 'нямам', 'нямаме', 'нито', 'без', 'никакъв', 'никаква', 'никакви', 'никога', 'никъде', 'вместо', 'nyama', 'niama'],
    },
    breaks: {
      en: ['but', 'so', 'otherwise', 'or', 'else', 'unless', 'if', 'because', 'then', 'than', 'therefore', 'however',
        'though', 'although', 'until'],
      ru: ['но', 'а', 'однако', 'иначе', 'или', 'если', 'поэтому', 'потому', 'тогда', 'чем', 'хотя', 'пока', 'зато', 'кроме'],
      bg: ['но', 'а', 'обаче', 'иначе', 'или', 'ако', 'затова', 'защото', 'тогава', 'отколкото', 'макар', 'докато', 'освен'],
    },
    // Russian and Bulgarian put the negation after the object: «в суд я не пойду», «в КЗП не съм ходил».
    // (English does not: "told my friends not to buy" negates the buying.)
    // A purpose clause ends it: «казах на всички приятели да не поръчват» negates the ordering; so does a condition after it
    // («напишу в Роспотребнадзор если не вернёте»: the «не» is the condition's). Latin-letter forms too ("esli ne", "da ne").
    // An aside set off by commas does not end it: «в суд я, конечно, не пойду», «в КЗП, разбира се, няма да ходя».
    after: {
      window: 3,
      // «в суд и никуда я не собираюсь»: "nowhere" after a list negates it as «не» does.
      // A body called pointless after it: «В Роскомнадзор писать смысла нет», «В КЗП е безсмислено».
      negators: { ru: ['не', 'никуда', 'смысла', 'бессмысленно', 'бесполезно', 'ne', 'nikuda'], bg: ['не', 'няма', 'никъде', 'безсмислено', 'безполезно', 'nyama', 'niama', 'nqma'] },
      breaks: { ru: ['чтобы', 'что', 'пусть', 'если', 'chtoby', 'chto', 'esli'], bg: ['да', 'че', 'нека', 'ако', 'che', 'da', 'ako'] },
      asides: { ru: ['конечно', 'разумеется', 'естественно', 'впрочем', 'пожалуй', 'честно'], bg: ['естествено', 'всъщност', 'разбира', 'се', 'честно'] },
    },
    // A threat whose condition is negated, with no comma before its answer: «если до пятницы не будет денег иду в суд».
    // Not English yet: "If this isn't sorted I might consider contacting Ofcom" is read as no step only through its negation.
    conditions: { ru: ['если', 'esli'], bg: ['ако', 'ako'] },
    // Before a public hit in the same sentence: the customer only might post, or read someone
    // else's review — not going public (docs/definitions.md, "Complainer types").
    hedges: {
      en: ['might', 'may', 'maybe', 'perhaps', 'possibly', 'could', 'considering', 'thinking of', 'thinking about', 'thought about',
        'thought of',
        'looked you up on', 'looked them up on', 'clicked through to', 'clicked through', 'visited our', 'looked at your', 'checked your',
        "i'd read", 'had read', 'i checked', 'бронировал* через', 'через островок', 'had a look on', 'had a look at', 'start a big thing', 'should have listened to', 'should have read', 'should have checked', 'should have looked at', 'listened to the', 'viewed our', 'instead of', 'rather than', 'i read', "i've read", 'i saw', 'saw on', 'read the', 'read other', 'read reviews', 'read some', 'reading the', 'after reading',
        // "I just read all the one-star reviews on Trustpilot"; someone else's post shown to the customer.
        'read on', "don't want to make a big thing", 'make a big thing of it', 'messaging privately', 'messaging here',
        'just read', 'read all', 'been reading', 'looked through', 'scrolled through', 'showed me', 'sent me a link', 'found a', 'i found',
        "i'd seen", 'i had seen', 'had seen',
        // Where something was bought is no review: "bought in the App Store", «купленные в App Store», «купени в Google Play».
        'bought in the', 'bought on the', 'bought from the', 'purchased in the', 'purchased on the', 'bought via',
        'sent me a screenshot',
        // Where a form asks how the customer found us: "How did you hear about us: Instagram".
        'hear about us', 'heard about us', 'hear of us', 'узнали о нас', 'откуда узнали', 'научихте за нас', 'read every', 'read all the',
        // Where an app was installed from is no review: "Uninstall detected (source: Google Play)".
        'source', 'install source', 'installed from', 'installed via', 'downloaded from',
        // Reviews read, and a post only tempting: "Your reviews on Trustpilot all say…", "half tempted to put it on Tripadvisor".
        'your reviews on', 'your reviews', 'tempted to', 'half tempted',
        // What a product is made of: "Module 4 onwards is just links to YouTube".
        'just links to', 'only links to', 'mostly links to',
        'saw the reviews', 'saw reviews', 'saw the', 'seen the', "i've seen", 'looked at the', 'checked the', 'we checked', 'checked trustpilot', 'checked tripadvisor', 'checked google',
        'checked facebook', 'checked social', 'checked our social', 'according to', 'based on', 'as one', 'someone', 'somebody', 'one reviewer',
        'a reviewer', 'reviewers', 'other customers',
        // Considered and let go ("I wanted to post a furious review, but I decided to give you a chance").
        'wanted to', 'was going to', 'i was about to', 'almost',
        // Wondering whether to post is not posting ("I wonder whether to write on Booking").
        'wonder whether', 'wonder if', 'wondering whether', 'wondering if', 'not sure whether', 'not sure if',
        // Someone else's advice to post is no post ("My sister says put it on Trustpilot, but I'm writing to you first").
        'told me to', 'tells me to', 'advised me to', 'says i should', 'said i should', 'keeps telling me to', 'people say',
        'everyone says', 'people keep saying', 'keep saying', 'keeps saying',
        // The company's own page on a platform is where it advertises, not a review: "Your listing on Booking.com says…".
        'your listing on', 'your listing', 'your advert on', 'your ad on', 'your page on', 'your profile on',
        'you advertise on', 'advertised on', 'listed on',
        // Where the customer found the company is no post: "I found your number on Trustpilot".
        'found your number', 'found your email', 'found your e mail', 'found your contact*', 'found your details',
        'found you on', 'found your page', 'got your number from',
        // The company's invitation to review is its own, not a review: "Review invitation sent… No review left".
        'review invitation', 'review invitations', 'invitation to review', 'invitation to leave a review', 'invited to review',
        'invited to leave a review', 'review request*', 'asked to leave a review', 'invite to review', 'review invite*', "don't want to start a whole thing", 'start a whole thing', 'messaging you privately', 'messaging you here privately', 'neighbour made a', 'neighbor made a', 'made a big fuss', 'actually read'],
      ru: ['может', 'возможно', 'наверное', 'подумываю', 'подумаю', 'прочитал*', 'прочел', 'прочла', 'читал*', 'почитал*',
        'начитал*', 'видел* отзыв*', 'видел*', 'посмотрел*', 'глянул*', 'судя', 'согласно', 'кто то', 'как написал*', 'как пишут', 'пишут на', 'пишут в',
        'хотела', 'хотел', 'собиралась', 'собирался', 'чуть не', 'думаю написать', 'думаю оставить', 'проверили', 'проверка',
        // «Подруга говорит: выложи на Пикабу», «советуют написать в Отзовик»: advice to post, not a post.
        'советуют', 'советует', 'посоветовал*', 'советовал*', 'говорят', 'все говорят', 'подруга говорит', 'друг говорит',
        'говорит что надо', 'говорят что надо', 'уговаривает', 'уговаривал*', 'муж хотел', 'жена хотела', 'муж говорит', 'жена говорит', 'мама говорит', 'сестра говорит', 'брат говорит', 'коллега говорит', 'подруга сказала',
        'друг сказал', 'в вашем объявлении на', 'ваше объявление на', 'в объявлении на', 'ваша страница на', 'в вашей карточке на',
        'мне показал*', 'показал* мне', 'скинул* мне', 'прислал* мне', 'купил в', 'купила в', 'куплен* в', 'покупал* в', 'нашел ваш*', 'нашёл ваш*', 'нашла ваш*', 'нашел вас', 'нашёл вас', 'нашла вас', 'приглашени* оставить отзыв',
        'могла бы', 'мог бы', 'могли бы', 'могу написать',
        'просьб* оставить отзыв', 'запрос* отзыв*', 'приглашени* к отзыву', 'перечитал*', 'почитать', 'прочитать', 'комментари* под', 'источник установки', 'установлен* из', 'скачан* из', 'могу и на', 'могу и в', 'не хочу чтобы', 'а не на стене', 'пишу в личку'],
      // Bulgarian in Latin letters (шльокавица): «Moje da napisha otziv…».
      bg: ['moje', 'mozhe', 'mislq da', 'mislya da', 'мислех да', 'мислих да', 'може', 'евентуално', 'вероятно', 'мисля да', 'прочетох', 'прочете', 'четох', 'четейки', 'видях', 'погледнах', 'разгледах', 'според',
        'някой', 'както написа', 'както пишат', 'хората в', 'хората на', 'исках да', 'щях да', 'за малко да', 'чудя се',
        'мисля за', 'колегата ми', 'колежката ми', 'проверихме', 'проверка',
        // Someone else's post shown to the customer: «Колежка ми показа във фейсбук, че и други чакат».
        'колежка ми', 'колега ми', 'ми показа', 'ми показаха', 'показа ми', 'показаха ми',
        // Reviews read before («Чела съм доста отзиви за вас в BG-Mamma, преди да взема кредита»).
        'чела съм', 'чел съм', 'чела', 'чел', 'чели', 'съм чела', 'съм чел', 'бях чела', 'бях чел', 'купих в', 'купени в', 'купени от', 'купена в',
        'съветват', 'съветва', 'посъветва*', 'казаха ми да', 'ми казаха да', 'казва ми да', 'приятелка ми каза',
        'приятел ми каза', 'в обявата ви', 'обявата ви в', 'обявата ви на', 'страницата ви в', 'профила ви в',
        'намерих номера ви', 'намерих ви в', 'намерих ви във', 'покана за ревю', 'покана за отзив', 'покана да остав*',
        'можех да', 'бих могъл', 'бих могла',
        'покани за ревю', 'покани за отзив',
        'не знам дали', 'чета в', 'чета във', 'прочела', 'прочел', 'прочели', 'инсталиран* от', 'изтеглен* от', 'източник', 'изчетох', 'изчете', 'изчетохме'],
    },
    // Before a third party in the same sentence: someone else's advice ("my friend told me to call a
    // lawyer, but…"), not the customer bringing the third party in.
    advice: {
      en: ['my husband wants', 'my wife wants', 'my partner wants', 'my dad wants', 'my mum wants', 'my mom wants', 'my father wants',
        'my mother wants', 'my parents want', 'my son wants', 'my daughter wants', 'my brother wants', 'my sister wants', 'told me to', 'tells me to', 'advised me to', 'advises me to', 'suggested', 'suggests', 'recommended',
        // Advice to someone else, relayed in a note: "Her brother told her to 'call a lawyer'".
        'told her to', 'told him to', 'advised her to', 'advised him to', 'keeps telling him to', 'keeps telling her to',
        'telling him to', 'telling her to',
        'keeps telling me to', 'say i should', 'says i should', 'said i should', 'told me i should', 'told me we should', 'told us we should', 'says i ought to', 'said i ought to', 'reckons i should', 'reckon i should', 'не из тех кто', 'не искам да го правя въпрос',
        // Refused in so many words, further from the party than the negation's window: "not going to drag this to the ombudsman".
        'not going to waste', "won't waste", 'not wasting', 'not going to drag this to', 'not going to drag it to', 'not going to go running to', 'not going running to', "won't go running to", 'not going to run to', 'not going to take this to', "won't drag this to", "won't take this to", 'thinks i should', 'think i should',
        // A step only thought of: "thinking of going to the papers" (not "thinking about it for a week, and today I reported you").
        'thinking of going', 'thinking of taking', 'thinking of contacting', 'thinking about going', 'thinking about taking',
        'thinking about contacting', 'urging me to', 'urge me to',
        // What others say, and asking whether to go, is no step: "People here say go to Trading Standards",
        // "Do I need to go to an ombudsman for this or can you just sort it out?".
        'people say', 'people here say', 'everyone says', 'everyone here says', 'others say', 'do i need to', 'do i have to',
        "i've read i could", 'read i could', 'read that i could', 'read i can', 'should i go', 'should i take', 'should i be', 'should i contact', 'should i report', 'people keep saying',
        'keep saying', 'keeps saying',
        'want me to', 'wants me to',
        // A regulator named as the source of a rule, not brought in: "terms approved by Ofgem". (Not "regulated by":
        // a bank's footer says it, and the footer is set aside as the company's own text.)
        'approved by',
        // The company's own terms as the source of a right: "Your terms say I can go to the ombudsman", «В общите ви
        // условия пише, че при спор мога да се обърна към КЗП».
        'your terms say', 'your terms state', 'your terms and conditions say', 'your terms and conditions state',
        'the terms say', 'your policy says', 'your contract says', 'the contract says', 'it says in your terms',
        // A joke about bringing someone in is no step taken: "my son jokes he'll do a report on you".
        'jokes', 'joked', 'jokingly',
        // Someone else's story: the third party is theirs, not the customer's ("a friend of mine went to the ombudsman").
        'a friend of mine', 'friend of mine', 'my friend said', 'my friend went', 'a friend said', 'my neighbour said',
        'my neighbor said', 'a neighbour said', 'a neighbor said', 'my colleague said', 'a colleague said', 'someone i know',
        // Someone saying the customer could ("my daughter … says I could sue, but…"): advice, not a step taken.
        'says i could', 'said i could', 'says i can', 'say i could',
        // Considered and let go: "I wanted to go to the papers, but decided to write to you first".
        'wanted to', 'was going to', 'thought about going', 'thought about taking', 'thought about reporting',
        'thought about complaining', 'thought about contacting', 'thought about writing', 'think about going', 'thought of going',
        'thought of taking', 'thought of reporting', 'i considered', 'thought about the', 'thought of the', 'thought about an',
        'thought about a', 'has anyone', 'anyone gone to',
        'anyone taken', 'anyone been to', 'than go to', 'than going to', 'rather than',
        // "Instead of" the party, not a sentence's "Instead, I rang BBC Watchdog" (no negator since round 21).
        'instead of',
        // Asking what a body is, or whether to go to it: "What is the Financial Ombudsman?", "Question about…".
        'what is the', 'what is a', 'what is this', 'what does the', 'question about', 'whether to go to',
        // "Where is Ofcom in all this?", «Куда смотрит Роспотребнадзор?», «Къде гледа КЗП?»: asked, not brought in.
        'where is', 'where are', 'where was',
        'whether to complain to', 'whether to report', 'do i write to', 'do i go to', 'should i write to', 'should i complain to',
        'do i need a', 'do i need an', 'should i get a', 'should i get an', 'is it worth getting a', 'worth getting a',
        'can i complain to', 'could i complain to', 'can i report', 'can i take this to', 'can i go to',
        // Still thinking, or only able to: "thinking about going to the ombudsman… but who has the energy", "I know I can
        // complain to Ofgem", an agent's "Customer may go to the ombudsman" (a risk, not a step).
        // Let go: "thinking about contacting Trading Standards but… who has the time", "Not bothering with… the ombudsman".
        'thinking about contacting', 'thinking of contacting', 'not bothering with', "won't bother with", 'not going to bother with',
        'thinking about going', 'thinking of going', 'thinking about taking', 'thinking of taking', 'thinking about reporting',
        'thinking of reporting', 'thinking about complaining', 'thinking of complaining', 'considering going', 'considering taking',
        'considering reporting', 'may go to', 'might go to', 'could go to', 'may complain to',
        'might complain to', 'may report', 'might report', 'may escalate', 'might escalate', 'i know i can', 'i know i could',
        'thought about getting', 'thinking about getting', 'thought of getting', 'considered getting', 'could have gone',
        'could have written', 'could have reported', 'could write to', 'could complain to', 'could report',
        // A refusal further away than the negation window: "I don't want to drag this to the ombudsman".
        "don't want to", 'do not want to', "i'd rather not", 'i would rather not',
        // Advice pressed and let go: "My friend keeps telling me I should report you to Trading Standards but…"; a post not started.
        'keeps telling me', 'telling me i should', 'keeps going on about', 'going on about', 'how to raise it with', 'hassle of reporting to', 'the hassle of', 'рвался', 'рвалась', 'еле отговорил*',
        // A wish that someone would ("someone should get a lawyer onto these guys") and a licence asked about ("are you
        // FCA regulated?" reads the party after it: see PARTY_WISHED_AFTER).
        'someone should', 'somebody should', 'someone ought to', 'someone needs to', 'somebody needs to', 'fine from',
        'penalty from', 'penalty notice from', 'no energy to', "can't be bothered to",
        // The company telling the customer of a right: "Advised the customer of their right to refer to the ombudsman".
        'of their right', 'of his right', 'of her right', 'advised the customer', 'informed the customer'],
      // A relative or a friend who wants a lawyer or court the customer does not: «Подруга-юрист говорит… идти в суд, но я не
      // хочу», «Мъжът ми иска да ходим при адвокат, аз не искам», "My husband wants us to get a lawyer".
      ru: ['юрист говорит', 'юристка говорит', 'адвокат говорит', 'муж хочет', 'муж требует', 'муж говорит', 'жена хочет',
        'жена говорит', 'советуют', 'советовали', 'советует', 'посоветовал*', 'советовал*', 'говорят идти', 'предлагают',
        'уговаривают', 'уговаривал*', 'настаивают', 'настаивает', 'настаивал*', 'говорят', 'прочитал* на сайте', 'читал* на сайте', 'узнал* на сайте', 'думал в', 'думала в', 'думал* подать', 'думал* жаловаться', 'думал* обратиться',
        'думал* пойти', 'думал* идти', 'подумывал*', 'кто нибудь обращал*', 'подайте жалобу в', 'жалуйтесь в', 'чем идти в',
        'чем идти к', 'вместо того чтобы', 'нужно ли', 'надо ли', 'стоит ли', 'мне что идти', 'утвержденн*', 'утверждённ*', 'одобренн*', 'согласованн* с', 'шутит', 'шутил', 'шутила', 'пошутил', 'пошутила', 'в шутку',
        'сосед сказал', 'соседка сказала', 'сосед* говор*', 'друг сказал', 'подруга сказала', 'знаком* сказал*',
        'коллег* сказал*', 'у знаком*', 'у друга', 'у подруги', 'у соседа', 'у коллеги',
        // «Соседка говорит, что надо в суд, но я судиться не буду»: the comma ends «говорит», as with «что можно» below.
        // Only before where to go or what to do: «Сделала всё, что надо: заявление в суд подано» is a step.
        'что надо в', 'что надо во', 'что надо к', 'что надо идти', 'что надо подать', 'что надо обратиться', 'что надо писать',
        'что надо написать', 'что надо жаловаться', 'что нужно в', 'что нужно идти', 'что нужно подать', 'что нужно обратиться',
        'что нужно писать', 'говорит надо',
        // An imperative relayed after a dash: «Сосед у меня юрист, говорит — иди в суд».
        'иди в', 'иди к', 'идите в', 'пишите в', 'подавай в', 'жалуйся в', 'podavai', 'podavaj', 'govorit',
        // A relative's suggestion let go: «внук предлагал написать в Роспотребнадзор, но она «не хочет скандала»».
        'предлагал* написать', 'предлагал* обратиться', 'предлагал* пожаловаться', 'предлагал* подать',
        // «мол» marks words relayed: «Зять говорит — пишите, мол, в Роспотребнадзор».
        'мол',
        'ни в какой', 'ни в какую', 'ни в какие',
        'говорит что могу', 'говорит можно', 'говорит что можно', 'сказал* что могу', 'сказал* что можно',
        'говорит идти', 'говорит обратиться', 'говорит подать', 'говорит писать', 'говорит написать',
        // A possibility, not a step: «говорит, что можно судиться, но мне проще забыть».
        'что можно', 'можно подать', 'можно обратиться',
        'собиралась', 'собирался', 'муж* говор*', 'жена говор*', 'мама говор*', 'мать говор*',
        'брат говор*', 'сестра говор*', 'муж* сказал*', 'жена сказала', 'муж* советует', 'разъяснено право', 'разъяснили право', 'клиенту разъяснено',
        'клиентке разъяснено', 'абоненту разъяснено', 'проинформирован* о праве', 'в договоре написано', 'в договоре указано',
        'что такое', 'что за', 'вопрос про', 'вопрос о', 'мне писать', 'мне обращаться', 'мне жаловаться', 'мне идти',
        'куда смотрит', 'куда смотрят', 'где же', 'куда жаловаться', 'куда обращаться', 'куда писать', 'можно ли пожаловаться',
        'писать ли', 'обращаться ли', 'жаловаться ли', 'идти ли', 'надо бы', 'стоило бы', 'пора бы',
        'подумываю', 'думаю подать', 'думаю обратиться', 'думаю пойти', 'думаю пожаловаться', 'может пойти', 'может обратиться',
        'может подать', 'может пожаловаться', 'знаю что могу', 'могла бы', 'мог бы', 'могли бы', 'можно было бы',
        'думал* нанять', 'думал* взять юрист*',
        // «Пусть журналисты приедут посмотрят»: a wish; «Хотела в суд, но…», «Хотела сразу написать в прокуратуру»: let go;
        // «лицензия ЦБ»: a licence, not the bank of Russia brought in.
        'пусть', 'хотела', 'хотел', 'хотели', 'лицензи*', 'думал* писать', 'думал* написать',
        // A body that acted on the customer, not one the customer brought in: «штраф от ФНС», «Глоба от НАП».
        'штраф от', 'штрафы от', 'вот бы', 'хоть бы', 'знакомая работает в', 'знакомый работает в', 'знакомые работают в',
        'подруга работает в', 'друг работает в', 'нет сил', 'нет нервов',
        'в договоре сказано', 'в ваших условиях написано', 'в ваших правилах написано', 'в условиях написано', 'в оферте написано'],
      // Someone else's wish, told in the past: „Съпругът ми искаше веднага да пишем в РЗИ, но аз предпочитам…“.
      bg: ['навива', 'искал да', 'искала да', 'искали да', 'настоява да', 'подканя', 'ме подканя да', 'подканва', 'искаше да', 'искаше веднага да', 'искаха да', 'мъжът ми иска', 'съпругът ми иска', 'жена ми иска', 'съпругата ми иска', 'мъжът ми казва', 'мъжът ми настоява',
        'казва да', 'каза да', 'казват да', 'съветват', 'съветва', 'посъветва*', 'препоръчаха', 'препоръчва', 'казаха ми да', 'ми казаха да', 'ми казаха', 'казва ми да',
        'колега ми каза', 'колежка ми каза', 'приятел ми каза', 'приятелка ми каза', 'съсед ми каза', 'съседка ми каза',
        'познат ми каза', 'позната ми каза', 'един мой приятел', 'моя приятел', 'мой приятел',
        // «казва, че мога да ви съдя»: the comma before «че» ends a phrase, so "says" itself (someone else saying).
        'казва', 'казват', 'вика', 'викат', 'пиши в', 'пишете в', 'подай в', 'казал да', 'казала да', 'казали да', 'исках да', 'щях да', 'ѝ казал*', 'му казал*', 'съветвал*',
        'съветваше', 'съветваха', 'мислех да', 'мислих да', 'някой ходил ли', 'прочетох на сайта', 'четох на сайта', 'подайте сигнал в', 'подайте жалба в', 'вместо да', 'трябва ли', 'дали да', 'одобрен* от', 'утвърден* от', 'съгласуван* с', 'се шегува', 'се шегуваше', 'на шега',
        'приятел каза', 'приятелка каза', 'приятел ѝ каза', 'приятелка ѝ каза', 'приятелка ѝ казала', 'приятел му казал',
        'информиран за правото', 'информирана за правото', 'информирани за правото', 'правото му да', 'правото ѝ да',
        'в общите ви условия пише', 'в общите условия пише', 'в условията ви пише', 'в договора пише', 'в договора ви пише',
        'какво е', 'какво представлява', 'въпрос за', 'да пиша ли', 'да се обърна ли', 'да подам ли', 'къде гледа',
        'мога ли да се оплача', 'мога ли да подам', 'мога ли да се обърна', 'къде да се оплача',
        // A wish that someone else would: «Някой да ги докладва на КРС».
        'някой да', 'някой трябва да',
        // Only able to: «бих могъл да ги съдя, но няма да си губя времето».
        'бих могъл', 'бих могла', 'бихме могли',
        'къде гледат', 'къде е',
        // Considered, or only a right known: «Обмислях да подам сигнал до КЗП…, ама реших…», «Знам, че мога да пиша на
        // омбудсмана, но…», «имам право да сезирам КЕВР, но предпочитам…»; a relative's advice: «Брат ми… ми каза да…».
        'обмислях да', 'обмислям да', 'обмисля да', 'мислех си да', 'че мога да', 'имам право да', 'ми каза', 'каза да',
        'може да ви', 'могат да ви', 'мога да ви', 'можем да ви',
        'може да отиде', 'може да подаде', 'може да се обърне', 'може да сезира', 'можех да', 'бих могъл', 'бих могла',
        'нека', 'лиценз*', 'глоба от', 'глобата от', 'глоби от',
        'лихва от', 'нямам нерви', 'нямам сили', 'приятелка работи в', 'приятел работи в', 'познат работи в',
        'позната работи в',
        'общите ви условия казват', 'условията ви казват', 'все повтаря', 'ми повтаря', 'повтаря да'],
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
        'internet', 'mobile', 'broadband', 'maintenance', 'insurance', 'gym',
        // A request to cancel with nothing else in it (docs/definitions.md, "A closure without a reason"): the
        // greeting, the thanks, a mail client's footer, what is cancelled and when are no reason.
        'hello', 'hi', 'hey', 'dear', 'good morning', 'good afternoon', 'thanks', 'thank you', 'many thanks', 'regards',
        'kind regards', 'best regards', 'best', 'cheers', 'sent from my iphone', 'sent from my phone', 'sent from my android',
        'sent from my mobile', 'quote', 'quotation', 'estimate', 'appointment*', 'table', 'session', 'lesson', 'class',
        'room', 'tickets', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight',
        'could you', 'can you', 'would you', 'will you', 'if you could', 'thank you very much',
        // A negation that is logistics: "if it has not shipped yet", «пока его не отправили», «задолженности нет».
        "if it hasn't", 'if it has not', 'if not yet', 'not yet shipped', 'no outstanding', 'no balance',
        // Nothing wrong, said outright: "No complaints, just taking a break".
        'no complaints', 'no complaint', 'nothing wrong', 'just taking a break', 'taking a break', 'whether you need', 'if you need', 'do you need'],
      ru: ['заявк*', 'на', 'по', 'о', 'об', 'номер', 'заказ*', 'товар*', 'подписк*', 'договор*', 'услуг*', 'тариф*',
        'абонемент*', 'карт*', 'счет*', 'опрос*', 'ответ', 'оценк*', 'анкет*', 'клиент*', 'абонент*', 'форм*',
        'обращени*', 'автоматическ*', 'уведомлени*', 'от', 'с', 'со', 'для', 'и', 'в', 'бронировани*', 'полис*', 'прошу',
        'пожалуйста', 'хочу', 'обслуживани*', 'без объяснени*', 'без причин*', 'немедленно', 'следующ*', 'месяц*', 'числа', 'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
        'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря', 'мой', 'мою', 'мои', 'моего', 'мне',
        'общ*', 'визит*', 'чат*', 'звонк*', 'доставк*', 'поддержк*', 'сервис*', 'разговор*', 'консультаци*',
        'комментари*', 'нет', 'другое', 'прочее', 'отсутству*', 'рассылк*', 'денежн*', 'средств*', 'деньг*', 'денег', 'оплат*', 'причин*', 'не указан*', 'не выбран*',
        'день', 'дня', 'дней', 'недел*', 'год', 'года', 'лет', 'автопродлени*', 'продлени*', 'интернет*', 'страхов*',
        'здравствуйте', 'добрый день', 'добрый вечер', 'доброе утро', 'привет', 'спасибо', 'благодарю', 'заранее спасибо',
        'с уважением', 'бронь', 'брони', 'броню', 'запис*', 'прием', 'приема', 'столик', 'смет*', 'коммерческ* предложени*',
        'понедельник', 'вторник', 'среду', 'среда', 'четверг', 'пятницу', 'пятница', 'субботу', 'суббота', 'воскресенье',
        'завтра', 'сегодня', 'отправлено с iphone', 'отправлено с телефона', 'отправлено из приложения',
        'пока не', 'пока его не', 'пока ее не', 'пока их не', 'задолженности нет', 'нет задолженности', 'без задолженности',
        'долга нет', 'нет долга', 'не нужно', 'не прошу'],
      bg: ['заявк*', 'за', 'на', 'от', 'по', 'номер', 'поръчк*', 'стока', 'стоката', 'стоки', 'абонамент*', 'договор*',
        'услуг*', 'анкет*', 'отговор', 'оценк*', 'клиент*', 'абонат*', 'форма', 'формуляр', 'и', 'в', 'с',
        'резервац*', 'полиц*', 'карт*', 'сметк*', 'моля', 'искам', 'да', 'считано', 'продукт*', 'без обяснени*',
        'без причина', 'обслужване', 'незабавно',
        'януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември',
        'декември', 'ми', 'моя', 'моят', 'следващ*', 'месец*', 'число',
        'обща*', 'посещени*', 'чат*', 'разговор*', 'доставк*', 'обслужван*', 'поддръжк*', 'престой*',
        'коментар*', 'няма', 'друго', 'липсва', 'бюлетин*', 'сума*', 'пари', 'парите', 'плащане*', 'причин*', 'не е посочен*', 'не е избран*',
        'ден', 'дни', 'дена', 'седмиц*', 'година', 'години', 'автоматичн*', 'подновяван*', 'интернет*', 'застраховк*',
        'здравейте', 'здравей', 'добър ден', 'благодаря', 'благодаря ви', 'поздрави', 'с уважение', 'час', 'часа', 'часът',
        'оферта*', 'маса', 'понеделник', 'вторник', 'сряда', 'четвъртък', 'петък', 'събота', 'неделя', 'утре', 'днес',
        'изпратено от моя телефон', 'изпратено от iphone', 'изпратено от телефона',
        'ако още не', 'ако не е изпратен*', 'докато не', 'няма задължения', 'без задължения',
        // Bulgarian's «я» is "her, it" after «ще» and «без да» («без да я отвори»), not Russian's "I".
        'без да я', 'ще я', 'каза че я', 'казва че я', 'не ми трябва', 'остатъка не искам', 'парите не искам'],
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
        'ваш*', 'прошу', 'хочу', 'жду', 'требую', 'потому', 'так как', 'из за', 'пишу', 'работаю', 'спрашиваю',
        // A business customer's "we" in a CRM deal: «Оплатили счёт…, не можем принимать заказы. Срочно разблокируйте».
        'оплатили счет', 'оплатили счёт', 'не можем работать', 'не можем принимать', 'разблокируйте', 'требуем',
        // A remedy asked for in the plural: «Хотим замену позиций без доплаты».
        'хотим замен*', 'просим замен*', 'хотим вернуть', 'просим вернуть', 'хотим компенсаци*', 'просим компенсаци*',
        // The company told what to do: «Разберитесь, пожалуйста».
        'разберитесь', 'исправьте', 'примите меры',
        // A business customer's claim: «Просим скорректировать счёт и акт».
        'просим скорректировать', 'просим исправить', 'просим пересчитать', 'просим разобраться', 'просим компенсировать',
        'просим устранить'],
      bg: ['аз', 'мен', 'ме', 'ми', 'мой', 'моя', 'моето', 'моите', 'моят', 'вие', 'ви', 'вас', 'ваш*', 'искам', 'чакам',
        'настоявам', 'обадих', 'писах', 'върнах', 'поръчах', 'платих', 'купих', 'получих', 'защото', 'понеже', 'заради',
        'съм', 'изнесох', 'наех', 'платихме', 'чакаме', 'пиша', 'работя', 'питам', 'оправете', 'вземете мерки'],
    },
    // Words only the company writes about the customer (docs/definitions.md, "Whose words a record holds"):
    // its own contact going out ("We sent…", «Исходящий обзвон», «Изпратихме имейл»), a log's label for
    // what came in ("Inbound SMS:", «Входящее сообщение:»), an agent's note, the customer in the third
    // person («Абонатът…», «клиенту», «от госта»). On a contact channel such a text is the company's note.
    companyWriter: {
      en: ['we sent', 'we called', 'we rang', 'we phoned', 'we emailed', 'we e mailed', 'we texted', 'we tried', 'we left',
        'we contacted', 'we reached out', 'we offered', 'we followed up', 'our email', 'our e mail', 'our call', 'our calls',
        'our sms', 'our text', 'our message', 'our letter', 'our offer', 'our reminder', 'our reminders', 'outbound',
        'out bound', 'outgoing call*', 'win back', 'winback', 'retention call', 'retention offer', 'retention email',
        'follow up call', 'courtesy call', 'inbound sms', 'inbound text', 'inbound call', 'inbound message', 'inbound email',
        'inbound chat', 'incoming sms', 'incoming text', 'incoming message', 'agent note', 'agent s note', 'call summary',
        'call note', 'call notes', 'to the customer', 'to the client', 'to the guest',
        // The company's win-back message, and the desk's line that nobody answered it.
        'we miss you', 'we want you back', 'come back to us', 'reminder sent', 'we noticed', 'we haven t seen you', 'no reply received', 'auto closed', 'created automatically',
        'auto created', 'auto generated', 'account manager note',
        'account manager s note', 'system note', 'asked customer if', 'asked the customer if', 'manager called', 'manager rang', 'agent called', 'agent rang', 'uncollected shelf', 'repair complete', 'exit survey', 'keys returned', 'keys handed in', 'reason field', "we've tried several times to reach you", 'we have tried several times to reach you', "we've tried to reach you", "if we don't hear from you", 'if we do not hear from you', "we'll close this enquiry", 'we will close this enquiry'],
      ru: ['исходящ*', 'входящ*', 'обзвон*', 'мы отправили', 'мы направили', 'мы позвонили', 'мы звонили', 'мы написали',
        'мы предложили', 'клиенту', 'абоненту', 'пациенту', 'гостю', 'клиентке', 'абонентке', 'пациентке', 'заметка оператора',
        // The customer as the agent of a passive, as only a system writes it: «снят с охраны клиентом», «отключена абонентом».
        'клиентом', 'абонентом', 'клиенткой', 'абоненткой',
        'комментарий оператора',
        'мы по вам скучаем', 'мы скучаем', 'скучаем по вам', 'вернитесь к нам', 'возвращайтесь к нам', 'вы давно не', 'ответ не получен', 'закрыто автоматически', 'создано автоматически',
        'создан автоматически', 'создана автоматически', 'менеджер звонил*', 'менеджер позвонил*', 'оператор звонил*',
        'оператор позвонил*', 'не забран*', 'по инициативе родителя', 'по инициативе клиента', 'по инициативе абонента',
        'по инициативе заказчика', 'графа причина', 'поле причина', 'поле причины', 'возврат выполнен', 'системная заметка', 'системное сообщение', 'анкета при выезде', 'анкета при выселении', 'ключи сданы', 'мы несколько раз пытались связаться с вами', 'пытались связаться с вами', 'если мы не получим ответа', 'закроем обращение', 'закроем заявку'],
      bg: ['изходящ*', 'входящ*', 'изпратихме', 'обадихме се', 'звъняхме', 'писахме', 'потърсихме', 'предложихме',
        'бележка на оператор*', 'клиентът', 'клиентката', 'абонатът', 'абонатката', 'гостът', 'гостенката', 'пациентът',
        'пациентката', 'собственикът', 'наемателят', 'потребителят', 'купувачът', 'от госта', 'от клиента', 'от абоната',
        'на клиента', 'на абоната', 'на госта', 'на пациента', 'до клиента', 'до клиентката', 'до абоната', 'липсвате ни',
        'върнете се при нас', 'отдавна не сте', 'няма получен отговор',
        'изпратено напомняне', 'изпратено съобщение', 'затворен* автоматично', 'създаден* автоматично', 'създадено автоматично', 'мениджърът звъня', 'операторът звъня', 'предложих на клиент*', 'анкета при напускане', 'ключът оставен', 'ключът е оставен',
          'поле причина', 'полето причина', 'системна бележка', 'опитахме се няколко пъти да се свържем с вас', 'опитахме се да се свържем с вас', 'ако не получим отговор', 'ще затворим запитването'],
    },
    // A closure request and its logistics, and nothing else (docs/definitions.md, "A closure request
    // and its logistics"): a short text with one of these acts of closing, in the customer's request
    // ("Please cancel my music school subscription from next month", «Прошу исключить меня из
    // программы», «Моля, отпишете детето ми от курса»), and none of the grievance words below.
    // Asking for money back is no act of closing (a refund demand is a complaint), but returning an
    // item in the first person is («Верну рюкзак», «Връщам якето»).
    closureActs: {
      en: ['clinical history', 'cease it', 'cease the', 'cease my', 'cease our', "won't be going ahead", 'will not be going ahead', 'not going ahead', 'cancel*', 'close my', 'close our', 'close the', 'close this', 'close both', 'close all', 'closing my', 'closing our', 'closing the',
        'closure', 'terminate*', 'terminating', 'termination', 'unsubscrib*', 'opt out', 'opt me out', 'remove me',
        'delete my', 'delete our', 'returning', 'return the', 'return my', 'return this', 'return these', 'return it',
        'to return', 'off your books', 'from your books', 'return order*', 'return item*', 'return request*', 'return of', 'end my', 'end our', 'stop my', 'discontinu*', 'withdraw*', 'do not renew', "don't renew",
        'not to renew', 'deactivat*', 'freeze my', 'suspend my', 'return label*', 'withdrawing', 'taking him out',
        'taking her out', 'leaving the', 'will be leaving', 'pause my', 'pausing my',
        // Records sent on to another practice: the patient is leaving ("Please transfer my dental records to…").
        'transfer my records', 'transfer my dental records', 'transfer my medical records', 'transfer my file',
        'transfer my notes', 'transfer my pet s records', 'off the waiting list', 'off the waitlist', 'off the wait list', 'take me off', 'off this list', 'off your list', 'off the list', 'will not be coming', "won't be coming", 'block my card', 'cancel and block'],
      // The request's own forms, not a past tense: «треньорът отменил» is what someone else did.
      ru: ['больше не нужна', 'больше не нужен', 'выкупн* сумм*', 'нежелании пролонгировать', 'о нежелании продлевать', 'выселить меня', 'otchislit*', 'zabrat dokumenty', 'не пролонгировать', 'не пролонгируйте', 'отказываемся от', 'отказываюсь от', 'отмените', 'отменить', 'отмену', 'отмена', 'отмены', 'отменяю', 'закрыть', 'закройте', 'закрыти*', 'расторг*', 'расторж*', 'отключ*', 'исключить', 'исключите', 'отчислить', 'отчислите', 'отчислени*',
        'удалить', 'удалите', 'удалени*', 'прекратить', 'прекратите', 'прекращени*', 'отписать', 'отпишите', 'отписк*',
        'верну', 'возвращаю', 'возврат', 'возврата', 'оформить возврат', 'аннулир*', 'приостанов*', 'не продлевать', 'не продлевайте',
        'отказываюсь от', 'отказ* от', 'заморозить', 'заморозьте', 'деактивир*',
        // In Latin letters (translit).
        'otmen*', 'otzyvayu', 'отзываю', 'отзываем', 'zakroite', 'zakroyte', 'zakryt', 'zakrit', 'rastorg*', 'otkluch*', 'otklyuch*', 'udalite', 'udalit',
        'prekratite', 'prekratit', 'otpishite', 'otpisat', 'vernu', 'annulir*', 'забираем', 'забираю', 'забрать из',
        'выбываем', 'уходим из', 'больше не будет ходить', 'больше не будет посещать', 'заниматься не будет',
        'ходить не будет', 'не будет заниматься', 'не будет ходить', 'посещать не будет', 'снимите', 'снять заявку', 'снять нашу заявку', 'iz rassylki', 'ne pishite', 'не пишите', 'ne zapisyvajte', 'ne zapisyvayte', 'заблокировать', 'заблокируйте'],
      bg: ['отказваме се от', 'отказвам се от', 'анулира*', 'закрийте', 'закриване*', 'закрия', 'закрие', 'прекрат*', 'отпишете', 'отпиши', 'отписване',
        'отпишат', 'връщам', 'връщане', 'върна', 'изтрийте', 'изтриване', 'спрете', 'спиране', 'деактивира*',
        'откажете', 'откажа', 'отказ от', 'отказвам се', 'не подновявайте', 'замразете', 'замразяване',
        // In Latin letters (шльокавица).
        'anulir*', 'zakriite', 'zakrijte', 'prekrate*', 'prekratya*', 'otpishete', 'otpisha', 'da se otpisha', 'iztriete', 'sprete', 'spete', 'spirane', 'iztriite',
        'iztrijte', 'vrashtam', 'vrushtam', 'otkazhete', 'otkajete', 'otkazete', 'otkaja', 'otkazha', 'da otkaja', 'otkazvam', 'otkazvame', 'spriete', 'otka4ete', 'otkajete', 'spirete', 'zakria', 'da zakria', 'изтегляне на', 'смяната на фонда', 'не ми трябва вече', 'цялата медицинска история', 'не желая повече', 'не желая да подновя*', 'не искам да подновя*', 'оттеглям', 'оттегляме', 'prekratq', 'prekratia', 'zakriete', 'закриете', 'закриеш',
        'бъде закрит*', 'бъде прекратен*',
        // A withdrawal told as not attending: «Никола няма да посещава занималнята от 1 март».
        'няма да посещава', 'няма да посещават', 'няма да идва', 'няма да ходи', 'спира да посещава', 'спираме', 'спирам', 'spreete', 'sprete da mi prashtate', 'спрете да ми пращате', 'da si spra', 'iskam da spra', 'spra abonamenta', 'отменяме', 'отменям', 'da si sprq', 'iskam da sprq', 'sprq abonamenta', 'блокирайте', 'да блокирате', 'otkajem', 'otkazhem', 'shte otkajem'],
    },
    // A change of mind in a later sentence than a refused third party brings it in after all ("I said I
    // wouldn't go to the ombudsman. I've changed my mind.", «Промених решението си — жалбата е подадена»).
    changedMind: {
      en: ['changed my mind', "i've reconsidered", 'i have reconsidered'],
      ru: ['передумал', 'передумала', 'изменил решение', 'изменила решение', 'я изменил* решение'],
      bg: ['промених решението си', 'размислих', 'промених мнението си'],
    },
    // Words that give a reason or a grievance: a closure request with one of these is a voicer's
    // ("cancel it, the app keeps crashing"). Negation, contrast, cause, a fault, a price, a charge, a
    // demand, a condition, the company as the one who acted ("you cancelled my flight").
    grievance: {
      // A cancellation done to the customer ("the class was cancelled after week 2") is a grievance, not their act.
      en: ['was cancelled', 'were cancelled', 'been cancelled', 'was canceled', 'were canceled', 'been canceled', 'dispute*', 'penalty', 'because', 'cause', 'since', 'due', 'reason', 'not', 'never', "don't", "didn't", "doesn't", "isn't", "wasn't",
        "aren't", "weren't", "haven't", "hasn't", "can't", 'cannot', "won't", "wouldn't", "couldn't", 'but', 'however',
        'although', 'though', 'yet', 'still', 'again', 'anymore', 'problem*', 'issue*', 'broken', 'broke', 'damaged',
        'faulty', 'defect*', 'wrong', 'late', 'delay*', 'rude', 'poor', 'bad', 'worse', 'worst', 'terrible', 'awful',
        'horrible', 'disappoint*', 'unhappy', 'dissatisf*', 'unacceptable', 'expensive', 'cheaper', 'better', 'price*',
        'increase*', 'overcharg*', 'charged', 'charge me', 'charging', 'twice', 'double', 'unfortunately', 'sadly',
        'useless', 'waste', 'complain*', 'complaint*', 'compensat*', 'explain', 'explanation', 'why', 'demand*',
        'insist', 'otherwise', 'or else', 'or i will', "or i'll", 'unless', 'you', "you've", "you're", 'failed', 'fail', 'stopped working',
        'doesnt', 'didnt', 'dont', 'cant', 'wont', 'missing', 'lost', 'without', 'scam', 'fraud*', 'mistake', 'error', 'wrongly',
        'keeps', 'kept', 'keep getting', 'keep being', 'keep failing', 'keep breaking', 'keep dropping', 'crash*', 'nothing', 'too', 'ridiculous', 'slow', 'annoy*', 'spam', 'fed up',
        'sick of', 'tired of', 'enough', 'no callback', 'no call back', 'no response', 'no reply', 'no answer', 'nobody',
        'no one', 'no signal', 'no service', 'no internet', 'outage*', 'despite', 'second time', 'third time',
        'fourth time', 'times now', 'drops', 'dropping', 'unreliable', 'disconnect*', 'instead', 'how come', 'how is',
        'how can', 'acceptable', 'seriously', 'ridiculous', 'my money', 'money back', 'the money',
        // A reason that is no grievance is still a reason: a better offer found elsewhere. (Not a move: "I'm moving to Lisbon,
        // please close my account" complains of nothing.)
        'new provider', 'another provider', 'found a', 'switching to', 'switched to',
        // Someone else's cancelling ("the tutor has cancelled 3 of the last 5 sessions") is a grievance, not the customer's act.
        'has cancelled', 'has canceled', 'keeps cancelling', 'keeps canceling', 'cancelled on us', 'cancelled on me',
        // What changed for the worse: "The recipes have been repeating for months and the portions got smaller".
        'repeating', 'repetitive', 'smaller',
        // A service that hangs: "the channels freeze every night", «каналы зависают», «каналите замръзват».
        'freezes', 'freezing', 'froze', 'frozen', 'buffering',
        // A service down: "was returning 502", "downtime", a credit owed under the SLA.
        'was returning', 'were returning', 'downtime', 'was down', 'went down', 'is down', 'service credit*', 'sla', 'you promised'],
      // A charge disputed or recalculated is a grievance, not a closing: «Прошу отменить начисление», «сделать перерасчёт»
      // (not interest accrued, «начисленные проценты», which a closing letter's logistics name).
      // A refund awaited is a remedy asked: «ЖДУ ВОЗВРАТА И ЗВОНКА СЕГОДНЯ».
      ru: ['отключился', 'жду возврата', 'зависа*', 'завис', 'зависл*', 'тормоз*', 'глючит', 'глюча*', 'начисление', 'начисления', 'начислению', 'начислением', 'начислении', 'начислено', 'начислили', 'перерасч*', 'штраф*', 'оспарива*', 'неустойк*', 'потому', 'так как', 'поскольку', 'из за', 'т к', 'ибо', 'причин*', 'не', 'нет', 'никогда', 'но',
        'однако', 'хотя', 'зато', 'все еще', 'опять', 'снова', 'больше не', 'проблем*', 'сломал*', 'сломан*', 'плох*',
        'ужасн*', 'отвратительн*', 'разочаров*', 'недовол*', 'дорого', 'дорогая', 'дорогой', 'дорогие', 'дорогое', 'дороговат*', 'дороже', 'дешевле', 'лучше', 'хуже', 'подорож*', 'повыш*',
        'брак*', 'поврежд*', 'неисправн*', 'опозда*', 'задерж*', 'жалоб*', 'претензи*', 'компенс*', 'списал*',
        'списан*', 'дважды', 'к сожалению', 'объясн*', 'почему', 'требую', 'требуем', 'иначе', 'в противном случае', 'вы', 'ошибк*',
        'ошибочн*', 'обман*', 'мошенн*', 'грязн*', 'хамств*', 'нагруб*', 'слишком', 'надоел*', 'достал*', 'спам',
        'стоит', 'цена', 'цены', 'цену', 'ничего', 'тормоз*', 'вылета*', 'постоянно', 'без',
        'ne', 'net', 'potomu', 'tak kak', 'iz za', 'plokh*', 'plokho', 'uzhasn*', 'dorogo', 'opyat', 'snova', 'pochemu',
        'пропада*', 'второй раз', 'третий раз', 'который раз', 'только', 'вместо', 'отвал*', 'глюч*', 'сбо*', 'несмотря',
        'как так', 'как можно', 'серьезно', 'безобрази*', 'издевательств*', 'нашел',
        'нашла', 'другого провайдера', 'перехожу', 'обещали', 'обещал*', 'вернуть деньги', 'верните деньги', 'вернуть средства', 'верните средства', 'вернуть сумму', 'верните сумму', 'возместите', 'возместить', 'чтобы вернули деньги', 'вернули деньги'],
      // A remedy asked beside the word «връщане»: «иска нова пратка или връщане на сумата».
      bg: ['нова пратка', 'нова доставка', 'замръзва*', 'накъсва*', 'начисляване*', 'начислиха', 'преизчисл*', 'глоб*', 'оспорва*', 'неустойк*', 'защото', 'тъй като', 'понеже', 'заради', 'поради', 'причин*', 'не', 'няма', 'никога', 'нито', 'но', 'обаче',
        'въпреки', 'все още', 'отново', 'пак', 'вече не', 'проблем*', 'счупен*', 'развален*', 'лош*', 'ужасн*',
        'разочаров*', 'недовол*', 'скъп*', 'по евтин*', 'по добр*', 'по лош*', 'поскъп*', 'повишен*', 'повред*',
        'дефект*', 'закъсн*', 'забав*', 'оплак*', 'жалб*', 'рекламаци*', 'компенсаци*', 'изтеглен*', 'изтеглихте',
        'таксува*', 'два пъти', 'за съжаление', 'обяснени*', 'защо', 'настоявам', 'иначе', 'в противен случай', 'вие', 'грешк*',
        'грешно', 'измам*', 'мръсн*', 'груб*', 'твърде', 'прекалено', 'писна', 'омръзна', 'спам', 'нищо', 'постоянно', 'бавн*', 'забива', 'без',
        'nyama', 'zashtoto', 'tai kato', 'poneje', 'poneže', 'losh*', 'skup*', 'otnovo', 'zashto',
        'спира', 'спряха', 'прекъсва', 'втори път', 'трети път', 'само', 'вместо', 'въпреки', 'как така', 'как може', 'сериозно',
        'безобрази*', 'подигравк*', 'намерих', 'друг доставчик', 'преминавам', 'счупи', 'счупиха', 'счупил*', 'обещахте', 'възстановете сумата', 'сумата да се възстанови', 'възстановете ми', 'върнете парите', 'върнете сумата', 'възстановете парите', 'възстановете', 'да възстановите', 'сумата да се върне', 'парите да се върнат', 'да ми се върнат парите', 'да ми върнете парите'],
    },
  },
  ignore: {
    // A law cited by name is no third party: "under the Consumer Rights Act", «по Закону о защите прав потребителей».
    // The company's own review form on its site is a feedback form, not a review site.
    // An app store's billing feed is a system, not its review page: "Google Play subscriptions", «Google Play абонаменти».
    // A retailer's loyalty points named Threads are no network.
    // Our side of a fault is no TV programme ("the failure was on your side", "what's wrong on your side").
    // The police's work on a theft done, lost documents handed to the police, others' reviews read.
    // A building called Court ("Marlow Court block C", "Marlow Court C-14"); the company's own advert on a network.
    en: ['practising barrister', 'practicing barrister', 'practising solicitor', 'linkedin message', 'journalist by trade', 'ombudsman stuff', "he'd leave a review", "she'd leave a review", 'court block', 'court c', 'instagram ad', 'facebook ad', 'instagram advert', 'police reference', 'police did their job', 'handed to the police', 'handed in to the police', 'all one star', 'investigated on your side', 'investigate on your side', 'check on your side', 'checked on your side', 'mistake on your side', 'on your side of', 'was on your side', 'wrong on your side', 'fault on your side', 'problem on your side', 'issue on your side', 'error on your side', 'linkedin shows', 'linkedin profile', 'csat rating', 'estate attorney', 'estate lawyer', 'probate attorney', 'threads points', 'reviewpro', 'review pro', 'google play subscription*', 'google play billing', 'play billing', 'app store subscription*', 'review form', 'cable tv', 'cable television', 'satellite tv', 'tv package', 'tv subscription', 'tv and broadband',
      'broadband and tv', 'account review*', 'annual review*', 'quarterly review*',
      'performance review*', 'case review*', 'under review', 'review invitation*', 'invitation to review', 'no review left',
      'trustpilot review invitation*', 'trustpilot invitation*', 'google review invitation*',
      // An app store's prompt whose answer goes privately to the developer: "review prompt (private feedback)"; a rating
      // asked inside the company's own app ("LockerGo app – in-app rating").
      'review prompt', 'in app rating*',
      'did not leave a review', 'food court', 'tennis court', 'basketball court', 'media player', 'media markt', 'mediamarkt',
      'consumer rights act', 'consumer protection act', 'my consumer rights', 'consumer rights law',
      // A police station or a court as where a parcel went, not a party: "delivered to the police station by mistake".
      'delivered to the police*', 'delivered to the court*', 'left at the police*', 'dropped at the police*',
      'dropped off at the police*',
      // Someone's profession is no party brought in: "my daughter is a lawyer", «дочь — юрист», «дъщеря ми е адвокатка».
      'is a lawyer', 'is a solicitor', 'is an attorney', 'is a barrister', 'is a police officer', 'is a policeman',
      "who's a lawyer", "who's a solicitor", 'who is a lawyer', 'who is a solicitor', "who's a journalist", 'who is a journalist',
      "who's a reporter", 'who is a reporter', "who's a barrister", "who's an attorney", 'who is an attorney', "i'm a police officer",
      'i am a police officer', "i'm a lawyer", 'i am a lawyer', "i'm a solicitor", 'i am a solicitor', "i'm a journalist",
      'i am a journalist', 'is a journalist', 'is a reporter', "i'm a paralegal", 'court reporter', 'court interpreter',
      'happens to be a police*', 'happens to be a lawyer', 'happens to be a solicitor', 'happens to be a journalist',
      // Someone studying a trade: "my son studies journalism", «учится на юриста», «учи право».
      'studies journalism', 'studying journalism', 'studies law', 'studying law', 'journalism student', 'law student',
      // A brand called Police (sunglasses, watches, scent) and an address called legal@ are no party.
      // The other side's lawyer in a purchase, not the customer's: "The vendor's solicitor needs the mortgage offer".
      "vendor's solicitor*", "seller's solicitor*", "buyer's solicitor*", "purchaser's solicitor*", "vendor's lawyer*",
      "seller's lawyer*", "seller's attorney*", "buyer's attorney*", "vendors solicitor*", "sellers solicitor*",
      // A dry cleaner's press: "she just shrugged and said 'that's the press'".
      "that's the press", 'the press burn*', 'press mark*', 'steam press',
      // A platform's admin for its partners is no review page: "Booking.com extranet", «Booking.com екстранет».
      'booking com extranet',
      // A figure of speech: "you'd need a lawyer to understand these fees".
      'lawyer to understand', 'lawyer to read', 'lawyer to decipher', 'lawyer to figure', 'lawyer to make sense',
      'lawyer to work out', 'law degree to',
      // A police report an insurer asks for is no report made against the company: "they want a police report for a phone I lost".
      'want a police report', 'wants a police report', 'need a police report', 'needs a police report', 'asked for a police report',
      'asking for a police report', 'require a police report', 'requires a police report', 'without a police report',
      // Someone's trade, told in a contraction: "My cousin's a solicitor and says I'd have a case".
      ...RELATIVES.flatMap((relative) => ['lawyer', 'solicitor'].map((trade) => `${relative}'s a ${trade}`)),
      // …or in brackets: "her neighbour (a solicitor) told her to make a fuss".
      ...RELATIVES.flatMap((relative) => ['lawyer', 'solicitor'].map((trade) => `${relative} a ${trade}`)),
      // The customer's own trade: "As a lawyer I could sue them, but…", "I'm a barrister by trade", "I'm a customs lawyer myself".
      'as a lawyer', 'as a solicitor', 'as an attorney', "i'm a barrister", 'i am a barrister', 'barrister by trade',
      'lawyer by trade', 'solicitor by trade', "she's a solicitor", "he's a solicitor", "she's a lawyer", "he's a lawyer",
      "she's an attorney", "he's an attorney", 'lawyer myself', 'solicitor myself', 'barrister myself', 'attorney myself',
      // A customs or a general power of attorney is a mandate, not a lawyer.
      'power of attorney', 'powers of attorney', 'power of attourney', 'power of atorney',
      // A social-media tool's inbox holds public comments too ("Instagram comment (social inbox)"): no private channel.
      'social inbox',
      'police sunglasses', 'police spl*', 'police eyewear', 'police frames', 'police watch*', 'police fragrance*', 'police perfume*',
      // Written up on a public site is a post, not a journalist's piece: "I'm writing this up on Nextdoor tonight".
      'writing this up on', 'write this up on', 'writing it up on', 'write it up on',
      // The lawyer who handles the customer's sale or an estate, waiting on our paper: no party brought in against us.
      'solicitor handling', 'lawyer handling', 'conveyancing solicitor', 'conveyancer', 'probate solicitor',
      'legal mailbox', 'legal inbox', 'works for citizens advice', 'works at citizens advice', 'volunteers at citizens advice',
      'volunteers for citizens advice', 'works for the police', 'works at the council', 'works at trading standards',
      'works for a newspaper', 'works for a local newspaper', 'works for the local newspaper', 'works at a newspaper',
      'works at the local newspaper', 'works for a paper', 'works for the local paper', 'works at the local paper', 'works at a local paper', 'works in the media', 'works in media',
      'works as a journalist', 'works as a lawyer', 'works as a solicitor', 'works for a law firm', 'works at a law firm',
      'i work as a journalist', 'i work as a lawyer', 'i work as a solicitor', 'i work as a reporter', 'works as a reporter',
      "i'm a reporter", 'i am a reporter', 'i work for a newspaper', 'i work at a newspaper',
      'i work in the media', 'i work in media', 'tv package*', 'tv bundle*', 'tv service', 'tv box', 'tv advert*', 'tv ad',
      'tv commercial*', 'advertised on tv', 'unsubscribed from email*', 'unsubscribed from e mail*',
      // The writer's own trade as a frame: "As a journalist I travel constantly…".
      'as a journalist i', 'as a journalist myself', 'as a lawyer i', 'as a lawyer myself', 'as a solicitor i',
      // A trade once held, the writer's or a neighbour's: "I'm a retired solicitor", "who was a solicitor before he retired".
      // A program's watchdog ("until the client's watchdog runs"), not the programme.
      'watchdog runs', 'watchdog timer', 'watchdog process', 'watchdog service', 'watchdog script',
      'retired solicitor', 'retired lawyer', 'retired barrister', 'retired journalist', 'former solicitor', 'former lawyer',
      'who was a solicitor', 'who was a lawyer', 'who was a journalist', 'was a solicitor before', 'was a lawyer before',
      "i'm literally a lawyer", 'i am literally a lawyer', 'literally a lawyer', "i'm literally a journalist",
      // The company's own rating of an order in its app: "Order rating: 1★".
      'order rating*', 'delivery rating*', 'ride rating*', 'trip rating*', 'driver rating*',
      // A ticket one travels or goes in on is no support ticket: "season ticket not renewed".
      'season ticket*', 'train ticket*', 'bus ticket*', 'plane ticket*', 'flight ticket*', 'concert ticket*', 'cinema ticket*',
      'theatre ticket*', 'theater ticket*', 'match ticket*', 'event ticket*', 'festival ticket*', 'lift ticket*',
      'parking ticket*', 'ticket price*',
      'works for the ombudsman', 'auto sms', 'sms offer*', 'offer sms', 'voltage regulator*', 'pressure regulator*', 'regulator valve*',
      // A booking platform as the way a booking was made or cancelled, Apple's subscription events, costs an insurance covers.
      // A platform's messages between guest and property are a private channel, not its review page.
      'police had already left', 'police had left', 'police check', 'police checks', 'police certificate', 'police said get',
      'police told me to', 'police said to', "she's a barrister", "he's a barrister", 'booking com partner messag*', 'booking com messag*', 'booking com inbox',
      'via booking com', 'through booking com', 'booked on booking com', 'booking com extranet', 'booking com reservation*',
      'app store server notification*', 'app store connect', 'legal expenses', 'legal costs', 'legal protection insurance',
      // "Judge" as a verb: "the neighbours can judge", "judge for yourself".
      'can judge', 'could judge', 'let them judge', 'let people judge', 'let others judge', 'judge for yourself',
      'judge for yourselves', 'judge for themselves',
      // A car dealer's management system (DMS), not direct messages.
      'dealer dms', 'dealership dms', 'dms report*', 'dms export*',
      // The company's own notice named by its kind: "the day after the price rise letter", "a renewal e-mail".
      'price rise letter*', 'price rise email*', 'price rise e mail*', 'price increase letter*', 'price increase email*',
      'price increase e mail*', 'price change letter*', 'price change email*', 'renewal letter*', 'renewal email*',
      'renewal e mail*', 'renewal reminder*', 'welcome email*', 'welcome letter*', 'marketing email*', 'promo email*',
      'promotional email*', 'offer email*', 'reminder email*', 'reminder letter*', 'reminder sms', 'conveyancing lawyer*', 'conveyancing solicitor*', 'conveyancer*', 'one star ones', '1 star ones', 'rabotayu yuristom', 'ya sam yurist*', 'ne kak yurist', 'kak yurist', 'az sam advokat*', 'az sum advokat*', 'kato advokat', 'kato yurist', 'left without finishing', 'left without fixing', 'left without completing', 'left without doing', 'left without repairing', 'app store card', 'app store charge*', 'app store billing', 'through the app store', 'via the app store', 'app store refund*', 'attorney by trade', 'not writing as a lawyer', 'youtube in 4k', 'youtube works', 'youtube plays', 'is a barrister', 'is a solicitor', 'court shirt*', 'court bands', 'security post', 'guard post', 'happen to be a solicitor', 'happen to be a lawyer', 'happen to be an attorney', 'purely as a customer', 'google play games', 'vk id', 'через vk id', 'возврата через app store', 'возврат через app store', 'возврата через google play', 'връщане през google play', 'през google play', 'през app store', "i'm an attorney", 'i am an attorney', 'i am a lawyer', 'real estate attorney*', 'real estate lawyer*', 'dvsa test', 'test at the dvsa'],
    // Words that start like суд* / съд* but are fate, ships, cramps, "judging by", content, dishes…
    // The company's own lawyers, given a debt in an internal note: «Передано юристам компании для досудебной работы»,
    // «Предадено на адвоката на фирмата за събиране».
    // Someone's trade told, not a party: «отметил, что он корреспондент…, но пишет не как журналист».
    // A TV package; the customer's own trade.
    // «ЛС» is a personal account («лицевой счёт») when closed or numbered, not a private message.
    // The traffic police's database, a lawyer as advice to other buyers, a trainer's remark before the whole class.
    // Our own legal department chasing a debt; a trade in brackets («Соседка (она юрист)»); a sale's lawyer; a fast kept.
    ru: ['оформляли с гибдд', 'ни в цб', 'судиться из за', 'работаю в следственн* комитет*', 'вернулась больная', 'вернулся больной', 'продаёт через юриста', 'продает через юриста', 'продаю через юриста', 'продаём через юриста', 'отзыв акцепта', 'отзывов согласия',
      'плановая выездная проверка роспотребнадзора', 'плановая проверка роспотребнадзора', 'раз в личке', 'в личке вы молчите', 'ни в прокуратуру', 'ни в роспотребнадзор', 'ни в жилинспекцию', 'ни в полицию',
      'заканчиваются в суде', 'заканчиваются судом', 'суд по наследству', 'суд по разделу', 'передаём в юротдел', 'передаем в юротдел', 'передадим в юротдел', 'в юротдел для досудебной претензии', 'она юрист', 'он юрист', 'юрист по сделке',
      'держим пост', 'держу пост', 'держит пост', 'соблюдаем пост', 'соблюдаю пост', 'возбуждении дела по краже', 'возбуждении уголовного дела по краже', 'гибдд всё оформлял*', 'гибдд все оформлял*', 'гибдд оформлял*',
      'интернет приёмная на сайте', 'интернет приемная на сайте', 'юристы обойдутся', 'юрист обойдётся', 'юрист обойдется', 'в личке тишина', 'в личке молчат', 'базам гибдд', 'базе гибдд', 'с юристом под боком', 'при всей группе', 'закрытие лс', 'закрыть лс', 'номер лс', 'тв пакет*', 'на тв пакет*', 'сама юрист', 'сам юрист',
      // A relative's trade: «муж у неё юрист, но судиться она не собирается», «брат — адвокат».
      ...RU_RELATIVES.flatMap((relative) => ['юрист', 'адвокат'].flatMap((trade) => [`${relative} ${trade}`, `${relative} у неё ${trade}`,
        `${relative} у него ${trade}`, `${relative} у меня ${trade}`])),
      'сама адвокат', 'сам адвокат',
      // A site's own form is no review site: «Отзыв через форму «Книга жалоб» на сайте». «Отзыв» is also a withdrawal:
      // «отзыв привязки карты», «отзыв согласия».
      'отзыв через форму', 'отзыв через сайт', 'отзыве документов', 'отзыв документов', 'booking com сообщени*', 'отзыв привязки', 'отзыв согласия', 'отзыв доверенности', 'отзыв заявления',
      'он корреспондент', 'она корреспондент', 'он журналист', 'она журналист', 'не как журналист', 'booking com экстранет',
      'юристам компании', 'юристы компании', 'юристов компании', 'юрист компании', 'передано юристам', 'досудебн* работ*',
      'как юрист', 'как адвокат', 'подписки google play', 'google play подписк*', 'подписки app store', 'app store подписк*', 'форма оставить отзыв', 'форма отзыва', 'форма отзывов', 'форма для отзыв*', 'оставить отзыв на сайте', 'кабельн* телевидени*', 'спутников* телевидени*', 'кабельн* тв', 'пакет* телевидени*', 'пакет* тв', 'тв приставк*',
      'тв услуг*', 'на тв приставк*', 'на тв услуг*', 'договор* на тв', 'реклам* по тв', 'реклам* на тв', 'реклам* по телевизор*', 'реклам* по телевидени*', 'судострои*', 'судоход*', 'судоремонт*',
      'интерактивн* телевидени*', 'цифров* телевидени*', 'домашн* телевидени*', 'телевидени* и интернет*',
      'интернет* и телевидени*', 'судьб*', 'судн*', 'судак*', 'судорог*', 'судя', 'сударь*', 'сударын*', 'закон* о защит* прав* потребител*',
      'зпп', 'доставил* в отделени* полиции', 'доставлен* в отделени* полиции', 'привез* в отделени* полиции',
      'дочь юрист*', 'сын юрист*', 'дочь адвокат*', 'сын адвокат*', 'жена юрист*', 'муж юрист*', 'жена адвокат*', 'муж адвокат*',
      'работает на тв', 'работает на телевидени*', 'работает в газет*', 'работает журналист*', 'работает на канале',
      // «Подруга-юрист советовала…»: a friend who is a lawyer, named by her profession in passing.
      'подруга юрист*', 'друг юрист*', 'подруга адвокат*', 'друг адвокат*', 'знаком* юрист*', 'знаком* адвокат*',
      'возле суда', 'рядом с судом', 'напротив суда', 'у здания суда',
      'учится на журналист*', 'учится на юрист*', 'учится на юридическом', 'учится на журфаке', 'студент* журфака', 'студент* юрфака',
      // The customer's own trade or a relative's, said in passing: «Я юрист по профессии, но пишу как клиент», «Сын у меня адвокат».
      'я юрист', 'я адвокат', 'я журналист', 'я журналистка', 'я сама юрист*', 'я сам юрист*', 'я сама адвокат*',
      // A public body as the customer (its licences, its order): «Заказчик — суд (бюджетная организация)».
      'заказчик суд*', 'заказчик прокуратур*', 'клиент суд*', 'клиент прокуратур*', 'заказчик полици*',
      'я сам адвокат*', 'сам бывш* прокурор*', 'бывш* прокурор* района', 'сам бывш* юрист*', 'сам бывш* адвокат*',
      // A ship's doctor or crew («судовой врач»): the adjective of «судно», not a court.
      'судов* врач*', 'судов* медик*', 'судов* экипаж*', 'судов* команд*', 'судов* механик*',
      'практикующ* юрист*', 'практикующ* адвокат*', 'сосед у меня юрист*', 'соседка у меня юрист*', 'я сама журналист*', 'я сам журналист*', 'юрист по профессии', 'по профессии юрист', 'адвокат по профессии',
      'журналист по профессии', 'по профессии журналист', 'я полицейский', 'работаю юристом', 'работаю адвокатом',
      'работаю в полиции', 'работаю журналистом', 'dms дилер*', 'dms автосалон*', 'монтажник* сэс', 'монтаж* сэс', 'как юрист я', 'как адвокат я', 'я как юрист', 'установк* сэс', 'солнечн* электростанци*',
      'работает в роспотребнадзор*', 'работаю в роспотребнадзор*', 'работаю в прокуратур*', 'работаю в суде', 'работаю в цб', 'работает в прокуратур*', 'работает в суде', 'работает в полиции', 'работает юристом',
      'клиент юрист', 'клиентка юрист', 'регулятор* напряжени*', 'регулятор* давлени*', 'через booking com', 'booking com экстранет', 'booking com extranet',
      'о защите прав потребителей', 'судебн* расход*', 'расход* на адвокат*', 'юридическ* расход*', 'документы в суд', 'документы в арбитражный суд', 'документ* для суда',
      'документ* в арбитраж*', 'доставк* в суд', 'доставить в суд', 'отправлени* в суд',
      'справк* из полиции', 'справк* о несудимости', 'о несудимости', 'арбитраж по сделке', 'арбитраж по заказу', 'гибдд оформил*', 'для крс', 'вакцин* для крс', 'арбитражный управляющий', 'арбитражного управляющего', 'юрист у меня свой', 'адвокат у меня свой', 'служит в полиции', 'служу в полиции', 'входит в программу', 'входят в программу',
      'включен* в программу', 'авито сообщени*', 'сообщения продавцу', 'авито доставк*',
      'дочка у меня юрист*', 'дочка у меня адвокат*', 'сын у меня адвокат*', 'сын у меня юрист*', 'сын у меня журналист*', 'сын у меня полицейск*', 'сын у меня прокурор*', 'сын у меня судья', 'дочь у меня адвокат*', 'дочь у меня юрист*', 'дочь у меня журналист*', 'дочь у меня полицейск*', 'дочь у меня прокурор*', 'дочь у меня судья', 'муж у меня адвокат*', 'муж у меня юрист*', 'муж у меня журналист*', 'муж у меня полицейск*', 'муж у меня прокурор*', 'муж у меня судья', 'жена у меня адвокат*', 'жена у меня юрист*', 'жена у меня журналист*', 'жена у меня полицейск*', 'жена у меня прокурор*', 'жена у меня судья', 'брат у меня адвокат*', 'брат у меня юрист*', 'брат у меня журналист*', 'брат у меня полицейск*', 'брат у меня прокурор*', 'брат у меня судья', 'сестра у меня адвокат*', 'сестра у меня юрист*', 'сестра у меня журналист*', 'сестра у меня полицейск*', 'сестра у меня прокурор*', 'сестра у меня судья', 'мама у меня адвокат*', 'мама у меня юрист*', 'мама у меня журналист*', 'мама у меня полицейск*', 'мама у меня прокурор*', 'мама у меня судья', 'отец у меня адвокат*', 'отец у меня юрист*', 'отец у меня журналист*', 'отец у меня полицейск*', 'отец у меня прокурор*', 'отец у меня судья', 'папа у меня адвокат*', 'папа у меня юрист*', 'папа у меня журналист*', 'папа у меня полицейск*', 'папа у меня прокурор*', 'папа у меня судья', 'удаление пдн', 'удаления пдн', 'удалить пдн', 'обработк* пдн', 'у полиции вопросов нет', 'у полиции к вам вопросов нет', 'к вам у полиции вопросов нет', 'ютуб в 4к', 'ютуб работает', 'ютуб идет', 'ютуб идёт', 'ведет дела в арбитраже', 'ведёт дела в арбитраже', 'ведет дела в суде', 'ведёт дела в суде', 'юрист по ее словам', 'юрист по её словам', 'rustore выгрузка', 'rustore выгрузка возвратов', 'пост охраны', 'на пост охраны', 'экзамен в гибдд', 'экзамена в гибдд', 'экзамены в гибдд', 'у нас юрист*', 'в суд идти из за'],
    // Our inbox that nobody answers, our staff who explained nothing: a complaint, not the customer's silence.
    bg: ['техник още не е идвал', 'техникът не е идвал', 'техник не е идвал', 'данни към нап', 'адвоката по сделката', 'полицията си свърши работата', 'предали в мвр', 'предадени в мвр', 'предали в полицията', 'никой не отговаря на имейлите', 'никой не отговаря на имейли', 'никой не обясни защо', 'свидетелство за съдимост', 'свидетелството за съдимост', 'полицията ми каза да', 'спрели от пътна полиция', 'спряха от пътна полиция', 'спря от пътна полиция', 'инспектор в рзи', 'инспектор в кзп', 'инспектор в нап', 'инспектор в бабх', 'регистър на пълномощни', 'оттеглено пълномощно',
      'оттеглил пълномощното', 'оттеглила пълномощното', 'е оттеглил пълномощното', 'пари за телевизия', 'такса за телевизия', 'сметка за телевизия', 'booking com съобщени*', 'съобщение до обекта', 'booking com екстранет', 'адвоката на фирмата', 'адвокат на фирмата', 'юриста на фирмата', 'юристите на фирмата', 'предадено на адвокат*',
      'предадено на юрист*', 'като адвокат', 'като юрист', 'google play абонамент*', 'абонаменти app store', 'app store абонамент*', 'абонаменти google play', 'форма за отзив*', 'формуляр за отзив*', 'кабелн* телевизи*', 'сателитн* телевизи*', 'анулира* телевизия*', 'прекрати* телевизия*', 'спря* телевизия*', 'здравна каса', 'здравната каса', 'кабелн* тв', 'пакет* телевизия', 'пакет* за телевизия', 'услуга* телевизия',
      'тв услуг*', 'тв приставк*', 'на тв услуг*', 'на тв приставк*', 'реклам* по тв', 'реклам* по телевизия*', 'реклам* по нова телевизия', 'реклам* по бтв', 'работи в бнб',
      'отписан* от имейл*', 'договор* за телевизия', 'абонамент* за телевизия',
      'телевизия и интернет', 'интернет и телевизия', 'интерактивн* телевизия', 'цифров* телевизия', 'съдърж*', 'съдб*', 'съдомиял*', 'съдов*', 'съдейств*', 'съдруж*', 'закон* за защита на потребител*',
      'зздп', 'доставен* в полицията', 'доставиха в полицията', 'оставен* в полицията',
      'ми е адвокат*', 'ми е юрист*', 'ми е журналист*', 'работи в телевизи*', 'работи по телевизи*', 'работи във вестник*',
      'работи като журналист*', 'работи в тв', 'работя като адвокат*', 'работя като юрист*', 'работя като журналист*',
      'работя в полицията', 'аз съм адвокат*', 'аз съм юрист*', 'аз съм журналист*', 'по професия съм юрист',
      'до съдебната палата', 'срещу съдебната палата', 'около съдебната палата', 'до полицията', 'до районното',
      'dms на дилър*', 'dms на автокъща*', 'буферн* съд*', 'буфер съд*', 'разширителн* съд*', 'като адвокат съм', 'като юрист съм', 'съд под налягане', 'съдове под налягане',
      'е адвокат', 'е адвокатка', 'е юрист', 'е юристка', 'работи в кзп', 'работи в полицията', 'работи в съда', 'регулатор* на напрежение*', 'регулатор* на налягане*',
      'като журналист във вестник*', 'като журналистка във вестник*', 'работя във вестник*', 'работя в телевизи*', 'чрез booking com', 'адвокатски и съдебни разноски', 'съдебни разноски',
      'адвокатски разноски', 'разноски за адвокат*', 'адвокат съм', 'адвокатка съм', 'юрист съм', 'юристка съм', 'журналист съм',
      'журналистка съм', 'правна защита', 'доставка на призовки', 'пратка* с призовки', 'пратки* с призовки',
      'до районен съд', 'до районния съд', 'до окръжен съд', 'до окръжния съд', 'документи за съда', 'документи до съда', 'съдебен преводач', 'съдебна преводачка', 'съдебен заседател', 'съдебен лекар', 'съдебна медицина',
      // A friend named by her trade in passing («Приятелка юристка ме съветваше…»), someone studying a trade.
      'приятелка юрист*', 'приятел юрист*', 'приятелка адвокат*', 'приятел адвокат*', 'позната юрист*', 'познат юрист*',
      'позната адвокат*', 'познат адвокат*',
      // The customer's own trade, stressed: «Аз самата съм адвокат, но ви пиша като собственик»; a TV package.
      // A newspaper subscribed to is no press brought in: «абонамента за вестника».
      'абонамент* за вестник*', 'абонамента за вестника',
      // What is printed for the customer is no press brought in («некролог в два вестника»); the customer's TV service failing.
      'некролог в два вестника', 'некролог във вестник*', 'некролог в вестник*', 'обява във вестник*', 'обява в вестник*',
      'телевизията къса', 'телевизията прекъсва', 'телевизията не работи', 'телевизията спира', 'телевизията замръзва',
      'телевизията забива',
      'адвокат по професия', 'юрист по професия', 'по професия съм адвокат*', 'клиентът е прокуратур*', 'клиентът е съд*', 'клиент прокуратур*', 'клиент съд*', 'самата съм адвокат*', 'самият съм адвокат*', 'самата съм юрист*', 'самият съм юрист*', 'самата съм журналист*',
      'сама съм юрист*', 'сам съм юрист*', 'сама съм адвокат*', 'сам съм адвокат*', 'сама съм журналист*', 'сам съм журналист*',
      'самият съм журналист*', 'тв пакет*', 'на тв пакет*', 'учи журналистика',
      // Insurance policies, «полици», «полиците» (plural of «полица»), are no police («полиция», «полицията»).
      'полици', 'полиците', 'учи право', 'студент* по журналистика', 'студент* по право', 'съдейки по', 'съдейки от', 'приятелят ми адвокат*', 'приятелката ми адвокат*', 'приятелят ми юрист*', 'приятелката ми юрист*', 'работя в кзп', 'работя в нап', 'работя в съда', 'поста на охраната', 'теория в иааа', 'изпит в иааа', 'изпита в иааа', 'изпитът в иааа', 'практика в иааа', 'който води продажбата', 'на поста нямало', 'на поста няма'],
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
        en: ['lawyer*', 'attorney*', 'solicitor*', 'barrister*', 'atorney*', 'attourney*', 'solicter*', 'lawer*', 'lawyar*',
          // A class action the customer joins, starts or announces (not others' past cases: "fines in those class action cases").
          'class action incoming', 'class action law*', 'class action suit*', 'class action re', 'class action over', 'class action against',
          'join the class action', 'joining the class action', 'start a class action', 'file a class action', 'putting together the class action',
          'legal action', 'legal proceedings', 'legal advice',
          'legal steps', 'legal team', 'lawsuit*', 'litigat*', 'court', 'courts', 'small claims', 'tribunal*', 'sued',
          'suing', 'sue you', 'sue your', 'sue the', 'sue them', 'sue us', 'will sue', 'we sue', "i'll sue",
          "we'll sue", 'going to sue', 'cease and desist', 'letter before action', 'subpoena*', 'judge',
          // A claim filed with a court or its online service ("Money Claim Online"), whatever the court is called.
          'money claim*', 'court claim*', 'claim with the court', 'claim in court', 'civil claim*', 'county court judgment*',
          // A business customer's own lawyers: "our legal department is preparing a claim".
          'our legal department', 'our legal dept', 'our legal team', 'our legal counsel', 'in-house legal', 'in house legal',
          'external counsel', 'outside counsel', 'our counsel', 'our solicitors', 'our attorneys',
          // Counsel retained: "I have retained counsel and all further communication should go to…".
          'lemon law firm', 'lemon law attorney*', 'lemon law lawyer*', 'retained a law firm', 'retained counsel', 'retained a lawyer', 'retained an attorney', 'retained a solicitor', 'retained legal counsel',
          // A firm acting for the customer, as a system's event names it: "from": "… LLP, counsel for customer".
          'counsel for customer', 'counsel for the customer', 'counsel for our client', 'legal hold*',
          // "Received letter from … LLP on behalf of customer"; a business customer's "our company's counsel".
          'llp on behalf of', 'law firm on behalf of', "our company's counsel", "our company's lawyers", "our company's solicitors",
          'their legal department', 'their legal team', 'his legal department', 'her legal department',
          // A claim being drafted is a step taken, whoever drafts it ("my brother-in-law … is drafting the claim").
          // A lawyer to write on her firm's letterhead (not "write to you formally": a friend offers that too); a legal-expenses insurer's lawyers ("passed to my legal expenses insurer (DAS Law)").
          "firm's letterhead", 'now acting for', 'acting for the group', 'firm s letterhead', 'legal expenses insurer', 'legal expenses insurance', 'das law',
          'drafting a letter to you', 'drafting a letter to the', "he'd take this on", "she'd take this on", 'hed take this on', 'shed take this on',
          'take this on for free', 'take the case on', 'passing him this', 'passing her this', 'drafting the claim', 'drafting a claim', 'draft the claim', 'preparing the claim', 'preparing a claim', 'demand letter', 'sending you a demand'],
        // An advocate's warrant («Действуя на основании ордера № 44 в интересах…»).
        ru: ['на основании ордера', 'действуя в интересах', 'подач* иска', 'подать иск', 'подам иск', 'юрист*', 'адвокат*', 'суд*', 'засуж*', 'засуд*', 'отсуж*', 'досудебн*', 'иск', 'иском', 'иску', 'исков*', 'арбитраж*',
          // translit
          'yurist*', 'jurist*', 'advokat*', 'v sud', 'sudom', 'sudit*', 'isk v sud', 'podal* isk', 'podam isk', 'podat isk', 'mirov* sud*',
          'исковое', 'исковое заявление', 'подал* иск', 'подан иск', 'иск подан', 'судебн* приказ*', 'претензионн* порядк*',
          'юридическ* отдел*', 'юридическ* служб*', 'юридическ* департамент*', 'юротдел*', 'юридическ* управлени*', 'юрисд'],
        bg: ['v suda', 'адвокат*', 'юрист*', 'съд*', 'завежда* дело', 'заведа дело', 'заведох дело', 'заведе дело', 'v sada',
          'vi sada', 'shte vi sadya', 'shte vi sudya', 'da vi sada', 'na sad', 'dam na sad', 'davam na sad',
          'zaveda delo', 'sadia', 'sadya',
          'съдебно дело', 'дело* вече е заведено', 'вече е заведено дело', 'исков* молба', 'завед* дело*', 'дело* е заведено',
          'искът', 'иск за', 'иск срещу', 'заведох иск', 'завед* иск*', 'заповедно производство',
          'заповед за изпълнение', 'изпълнителен лист', 'частен съдебен изпълнител', 'чси',
          'юридическ* отдел*', 'юридическ* ни отдел', 'правн* отдел*', 'правн* ни отдел', 'юридическ* дирекци*', 'na sud', 'dam na sud', 'shte vi dam na sud', 'vi sudq', 'shte vi sudq', 'podavam iska', 'podavam isk', 'iska sreshtu', 'isk sreshtu', 'delo sreshtu', 'правн* консултант*', 'правния ни консултант'],
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
          // An ADR scheme, a dealer board, an elected representative written to.
          // An MP writing for constituents ("Constituent enquiry", "on behalf of my constituents"); a fire authority's protection team.
          'office for product safety', 'product safety and standards', 'opss', 'thefca', 'licensing officer', 'animal licensing', 'mediation service', 'следственн* комитет*', 'constituent*', 'fire and rescue service', 'fire service', 'fire safety officer', 'fsagov', 'cedr', 'already lodged with', 'dealer board', 'reported the dealer', 'state representative', 'state senator', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman',
          'information commissioner*', 'fca', 'financial conduct authority', 'environmental health', 'ofcom', 'ofgem', 'ofwat', 'data protection authority', 'competition authority',
          'general dental council', 'general medical council', 'dental board', 'medical board', 'care quality commission',
          'cqc', 'mhra', 'general dental council', 'gdc', 'general medical council', 'food standards agency',
          'general pharmaceutical council', 'european consumer centre', 'european consumer center', 'ecc net',
          'advertising standards', 'civil aviation authority', 'department of transportation', 'attorney general', 'consumer affairs',
          // Utility commissions and a city's consumer department ("filed a formal complaint with the State Public Utility
          // Commission", "the City Department of Consumer and Worker Protection"); the parking appeals service (POPLA).
          'general optical council', 'optical council', 'public utility commission', 'public utilities commission', 'public service commission', 'utilities commission',
          'department of consumer', 'consumer and worker protection', 'popla', 'independent appeals service',
          'filed a formal complaint with', 'lodged a formal complaint with',
          'health inspector*', 'health department', 'licensing board', 'insurance commissioner', 'advertising standards',
          'reported you to', 'reported your company', 'reported the company', 'reported the clinic', 'reported the shop',
          'reported the store', 'reported the hotel', 'reported the restaurant', 'reported the bank', 'reported this to the',
          'reported it to the', 'filed a complaint with', 'lodged a complaint with', 'logged a complaint with', 'consumer council*', 'filed a report with', 'citizens advice',
          // Sending the complaint on to a body while writing it ("I am copying this complaint to the … Council").
          'copying this complaint to', 'copying my complaint to', 'copied this complaint to', 'a copy of this complaint',
          'copy of this complaint to', 'copying in the', 'cc ing the', 'already filed with', 'filed with the',
          // Kinds of body, not a list of names: data-protection authorities ("complained to the ICO"; not a
          // coin offering: only after "to/with the"), independent adjudicators of any sector, professional
          // regulators (veterinary, medical, nursing, legal, teaching), education and sector inspectorates.
          'to the ico', 'with the ico', 'the ico about', 'the ico is', 'ico is now', 'ico is looking', 'data protection commission*', 'data protection regulator',
          'adjudicator*', 'independent adjudicat*', 'arbitration scheme', 'alternative dispute resolution',
          'royal college of veterinary surgeons', 'rcvs', 'veterinary council', 'veterinary board', 'veterinary regulator',
          'nursing and midwifery council', 'health and care professions council', 'solicitors regulation authority',
          'legal ombudsman', 'bar standards board',
          'office for students', 'ofsted', 'education regulator', 'teaching regulation', 'lodged a concern with',
          'raised a concern with', 'raised concerns with', 'complained to the regulator', 'complaint to the regulator',
          'bbcwatchdog', 'action fraud', 'cybercrime unit', 'fraud squad', 'caa',
          // Licensing bodies (taxis, private hire, venues): "I will report the driver to TfL licensing".
          'tfl', 'transport for london', 'taxi and private hire', 'private hire licensing', 'licensing authorit*',
          'licensing department', 'licensing team', 'council licensing', 'london travelwatch', 'travelwatch', 'transport focus',
          'copied this e mail to', 'copied this email to', 'complaint lodged with',
          'cisas', 'ombudsman services', 'occs', 'optical consumer complaints', 'veterinary medicines directorate', 'recc',
          'renewable energy consumer code', 'maritime and coastguard agency', 'traffic commissioner*', 'fcc', 'state ag', 'state attorney general',
          "attorney general's office", 'inspectorate*', 'the asa', 'advertising standards authority', 'the cma', 'watrs', 'fos',
          // The customer's member of parliament, brought in: "sent it to Which? and to my MP". (Which? itself is not a term:
          // without its question mark it is the pronoun — "which consumers can…" in a CFPB narrative.)
          'my mp', 'my local mp', 'our mp', 'member of parliament',
          // Relayed in a note: "has asked her MP to raise it"; the medical regulator by its initials after "to/with the".
          // Securities regulators: "reported the broker to the SEC and FINRA".
          'finra', 'to the sec', 'with the sec', 'the sec and', 'securities and exchange commission',
          'her mp', 'his mp', 'their mp', 'her local mp', 'his local mp', 'to the gmc', 'with the gmc', 'the gmc about',
          // An MP's office writing on the customer's behalf ("Email from the constituency office of Dr R. Singh MP"), a councillor.
          'constituency office', 'mp enquiry', 'mp inquiry', "mp's office", 'my constituent', 'constituent correspondence',
          // Which?, the consumers' association, by its handle or with its magazine (not the bare pronoun).
          'whichuk', 'which magazine', 'my councillor', 'local councillor', 'ward councillor',
          "councillor's office",
          'water redress scheme',
          'competition and markets authority',
          // The water customers' statutory body in England and Wales, by its name and its initials.
          'consumer council for water', 'ccw',
          // State licensing boards and a fire marshal: "reported the error to the Board of Pharmacy", "State Board of
          // Veterinary Medicine", "called the fire marshal's office".
          'board of pharmacy', 'pharmacy board', 'state board', 'board of veterinary medicine', 'medical board', 'dental board',
          'board of nursing', 'nursing board', 'licensing board', 'dvsa', 'driver and vehicle standards agency',
          // Child safeguarding: the council's designated officer, children's services.
          'lado', 'local authority designated officer', "children's services", 'childrens services', 'social services',
          // A tenancy deposit scheme's dispute service and an accountants' institute.
          'deposit protection scheme', 'tenancy deposit scheme', 'deposit scheme', 'adjudication service', 'icaew', 'to the acca', 'with the acca', 'to acca', 'with acca',
          'institute of chartered accountants',
          // Travel's and education's schemes, notaries' regulators: "raised it with ABTA's dispute resolution service".
          'abta', 'british council', 'accreditation scheme', 'notaries society', 'faculty office',
          'equality advisory and support service', 'eass', 'aviationadr', 'aviation adr', 'fire marshal*', 'fire marshall*', 'fire inspector*',
          'fire department', 'building inspector*', 'health department', 'department of health',
          // Any sector's redress scheme (property, water), the dental complaints service, the workplace safety regulator.
          'redress scheme', 'environment agency', 'small business commissioner', 'health and safety team', 'watchdogbbc', 'rt hon', 'gphc', 'medwatch', 'fda', 'niceic', 'building control', 'broker management', 'cbp', 'dental complaints service', 'health and safety executive', 'to the hse', 'with the hse',
          // Rail's regulator, and the bodies that enforce passengers' rights in any mode (EU law calls each a national enforcement body).
          'office of rail and road', 'national enforcement body', 'passenger rights body', 'passenger rights bodies',
          // Gambling's regulator, its handle, its approved dispute services; a data-protection complaint by its initials first.
          'cqcprof', 'which legal', 'busness bureau', 'buisness bureau', 'business beureau', 'gambling commission', 'gamblingcomm', 'ecogra', 'ibas', 'independent betting adjudication service', 'ico complaint', 'fsa', 'foodgov', 'consumer advocate', 'office of the consumer advocate', 'epa', 'epa hotline', 'state environmental agency', 'environmental agency', "sheriff's office", 'sheriffs office', 'sheriff s office', 'general pharmaceutical council', 'gphc', 'mhra', 'fmcsa', 'national consumer complaint database', 'sponsor compliance*', 'home office sponsor*', 'ukvi', 'uk visas and immigration', 'to the home office', 'counter fraud specialist*', 'counter fraud team', 'counter-fraud specialist*', 'nhs counter fraud*', "nhs england's primary care", 'nhs england primary care', 'business ombudsman', 'bus users uk'],
        ru: ['роспотребнадзор*', 'роспотреб', 'потребнадзор*', 'прокуротур*', 'росстандарт*', 'роспотреба', 'роспотребе', 'роспотребу', 'рпн', 'прокуратур*', 'прокурор*', 'защит* прав* потребител*', 'омбудсмен*',
          'уполномоченн* по правам', 'жалобу через госуслуги', 'жалоба через госуслуги', 'жалобу на госуслугах', 'администраци* района', 'центробанк*', 'цб', 'банк россии', 'фас', 'роскомнадзор*', 'полици*', 'мвд',
          'трудов* инспекци*', 'жилищн* инспекци*', 'госжилинспекци*', 'гжи', 'ростехнадзор*', 'росздравнадзор*', 'санэпид*',
          // «СЭС» only as a step: in every labelled record it is a solar power station («монтаж СЭС», «СЭС 10 кВт»).
          'жалоб* в сэс', 'написал* в сэс', 'напишу в сэс', 'пожаловал* в сэс', 'пожалуюсь в сэс', 'вызвал* сэс', 'вызову сэс', 'обратил* в сэс', 'обращусь в сэс', 'санэпидстанци*', 'антимонопольн*', 'минздрав*', 'ростуризм*', 'росавиаци*', 'ространснадзор*', 'финансов* уполномоченн*',
          'российск* союз* автостраховщик*', 'в рса', 'финомбуцмен*', 'финомбутсмен*', 'минюст*', 'министерств* юстиции', 'жалоб* в таможн*', 'фтс', 'финомбудсмен*', 'гибдд', 'гаи', 'госинспекци*', 'госветинспекци*', 'ветинспекци*', 'госавтоинспекци*', 'озпп', 'киберполици*', 'управление к мвд', 'инстанци*', 'rospotrebnadzor*', 'roskomnadzor*', 'podal* zhalobu', 'prokuratur*', 'politsi*', 'policiy*',
          // A body's request to us about a citizen's appeal («В связи с поступившим обращением… прошу представить письменные пояснения»).
          'в связи с поступившим обращением', 'представить письменные пояснения', 'rosaviaci*', 'rosaviats*', 'gzhi', 'cherez gosuslugi',
          'tsentrobank*', 'centrobank*', 'internet priemn*', 'интернет приемн*', 'интернет приёмн*', 'копию жалобы', 'копия жалобы', 'копию обращения',
          'копия обращения', 'копию направ*', 'копия направ*',
          // Supervisors of a sector, by kind: veterinary, education, building, housing, energy, fire; professional chambers.
          'ветнадзор*', 'госветнадзор*', 'россельхознадзор*', 'ветеринарн* надзор*', 'ветеринарн* инспекци*', 'ветслужб*',
          'рособрнадзор*', 'минобр*', 'министерств* образовани*', 'департамент* образовани*', 'управлени* образовани*',
          'стройнадзор*', 'госстройнадзор*', 'жилнадзор*', 'жилинспекци*', 'энергонадзор*', 'пожнадзор*', 'мчс',
          'росприроднадзор*', 'роструд*', 'надзорн* орган*', 'надзорн* ведомств*', 'в надзор', 'адвокатск* палат*',
          'нотариальн* палат*', 'медицинск* палат*', 'уфас', 'тфомс', 'фомс', 'фонд* омс',
          'территориальн* фонд* обязательного медицинского страхования', 'страхов* медицинск* организаци*',
          'управлени* ветеринари*', 'государственн* ветеринарн* служб*', 'госпожнадзор*', 'органы опеки', 'органов опеки',
          'отдел опеки', 'в опеку', 'пдн',
          // A deputy brought in: «Депутатский запрос», «обратился к депутату городской думы».
          'депутат*', 'deputat*', 'v parlamenta', 'обращени* избирател*',
          // The state's feedback platform as where the customer went («Обратилась на Платформу обратной связи на Госуслугах»).
          'на платформу обратной связи', 'через платформу обратной связи', 'госуслуги платформа обратной связи', 'переадресовано в организацию',
          // In Latin letters: «napisal zhalobu v roszdravnadzor».
          'roszdravnadzor*', 'rospotrebnadzor*', 'rospotreb*', 'prokuratur*',
          // The tax service only as where a complaint went: «справка для вычета в ФНС» and «ФНС выставила штраф» bring it in for no complaint.
          'жалоб* в фнс', 'обращени* в фнс', 'заявлени* в фнс', 'пожаловал* в фнс', 'написал* в фнс', 'росалкогольтабакконтрол*', 'росалкогольрегулировани*', 'инспекци* труда', 'v arbitrazh', 'povestk*', 'европейск* центр* защиты прав потребител*', 'европейск* потребительск* центр*', 'центральный банк', 'в центральный банк', 'вызвал* дпс', 'дпс', 'обращени* в налоговую', 'жалоб* в налоговую', 'написал* в налоговую', 'пожаловал* в налоговую', 'заявлени* в налоговую', 'уполномоченн* по защите прав предпринимателей', 'бизнес-омбудсмен*', 'бизнес омбудсмен*'],
        bg: ['кзп', 'комисия* за защита на потребител*', 'защита на потребител*', 'прокуратур*', 'прокурор*',
          'омбудсман*', 'обществения посредник', 'обществен посредник', 'комисията за защита от дискриминация', 'кзд', 'бнб', 'кфн', 'кзк', 'полици*', 'регулатор*', 'гдбоп', 'гднп', 'мвр', 'сдвр', 'одмвр', 'рпу', 'киберпрестъпл*',
          'киберпрестъпност*', 'инспекция по труда', 'кевр', 'крс', 'кзлд', 'бабх',
          'рзи', 'здравна инспекция', 'нап', 'държавна комисия по хазарта', 'дкх', 'съвет за електронни медии', 'сем', 'министерств*', 'kzp', 'kfn', 'bnb', 'kevr', 'krs', 'policiyata', 'politsiyata',
          // A district police office by its number: „Подадох сигнал в 06 РУ“.
          '1 ру', '2 ру', '3 ру', '4 ру', '5 ру', '6 ру', '7 ру', '8 ру', '9 ру', '01 ру', '02 ру', '03 ру', '04 ру', '05 ру', '06 ру', '07 ру', '08 ру', '09 ру', '10 ру',
          'комисия* за финансов надзор', 'комисия* за защита на личните данни', 'комисия* за защита на конкуренцията',
          'комисия* за енергийно и водно регулиране', 'комисия* за регулиране на съобщенията',
          'гражданска въздухоплавателна администрация', 'агенция* по безопасност на храните', 'активни потребители',
          'копие от жалбата', 'копие на жалбата', 'копие от сигнала', 'изпращам копие', 'копие до',
          // Supervisors and professional bodies by kind: transport, building, education, veterinary, medical, legal.
          'дамтн', 'днск', 'дннсн', 'иааа', 'регионалн* управлени* на образованието', 'руо',
          'инспекторат*', 'ветеринарн* контрол*', 'ветеринарн* инспекци*', 'български ветеринарен съюз', 'бвс', 'лекарск* съюз*',
          'български лекарски съюз', 'блс', 'адвокатск* съвет*', 'висш* адвокатски съвет', 'надзорн* орган*',
          'помирителн* комисия*', 'помирителн* производство', 'омбудсман*',
          // Executive agencies of the state by kind (medicines, food, automobile administration…).
          'изпълнителн* агенци*', 'агенция* по лекарствата', 'полицейск* управлени*', 'районн* управлени*',
          'европейск* потребителск* център*', 'епц', 'автомобилна администрация', 'гд гва', 'гва', 'иал', 'наоа', 'мон',
          'железопътна администрация', 'морска администрация',
          'национална агенция за оценяване и акредитация', 'министерство на образованието',
          // Professional unions' boards: the dentists' union (БЗС) and its regional colleges.
          'бзс', 'български зъболекарски съюз', 'зъболекарск* съюз*', 'регионалн* колеги*',
          // The regional food-safety directorates of БАБХ, which also oversee vets: «Копие: ОДБХ – Варна».
          'одбх', 'областна дирекция по безопасност на храните', 'областната дирекция по безопасност на храните', 'пожарна безопасност', 'рдпбзн',
          'агенция* за закрила на детето', 'дазд', 'отдел* закрила на детето', 'озд',
          // A claim at a district court in Latin letters (шльокавица).
          // A member of parliament or a councillor brought in: «свързал се е с народен представител от района».
          'народен представител', 'народния представител', 'народни представители', 'депутат*', 'общински съветник',
          'общинския съветник',
          'iskova molba', 'rayonniya sad', 'rayonen sad', 'prizovka', 'нотариалн* камар*', 'риосв', 'районн* администраци*',
          // The medical audit agency; the health insurance fund only as where a complaint went (its notices are no party).
          'rzi', 'v rzi', 'obshtinsk* savetnik*', 'в кат', 'сигнал в кат', 'завеждане на дело', 'иамн', 'агенция* за качеството на социалните услуги', 'агенция митници', 'агенция митниците', 'инспекцията по труда', 'жалба в рзок', 'жалба до рзок', 'жалба в нзок', 'жалба до нзок', 'сигнал в рзок', 'сигнал до рзок', 'жалба рзок', 'сигнал в ру', 'сигнал до ру', 'фармацевтичен съюз', 'фармацевтичния съюз', 'бфс', '5-о ру', '5-то ру', '3-то ру', '6-о ру', '6-то ру', '4-то ру', '1-во ру', '2-ро ру', '7-мо ру', '8-мо ру', '9-то ру', '10-то ру'],
      },
    },
    'activist-media': {
      description: 'Journalists, newspapers, TV and the press',
      type: 'activist',
      weight: 0.85,
      fields: ['channel', 'text'],
      terms: {
        en: ['journalist*', 'reporter*', 'newspaper*', 'bbc watchdog', 'the press', 'press inquiry', 'press enquiry', 'media',
          'tv station*', 'tv channel*', 'local tv', 'on tv', 'tv news', 'tv show', 'on television', 'local television',
          // TV consumer programmes: "a consumer piece", "Channel 7 On Your Side", "@WKRV_Investigates", "the consumer investigators".
          'for your piece', 'your piece on', 'потърсят за коментар', 'ще ви потърсят за коментар', 'consumer piece', 'on your side', 'investigates', 'consumer investigator*', 'see you on telly',
          // Not "consumer section" alone: a forum has one too ("the AVForums consumer section").
          'consumer column*', 'consumer page*', 'running a piece', 'run a piece', 'given them our story',
          'gave them my story', 'gave them our story',
          'news channel*', 'watchdog', 'bbc', 'gave an interview', 'an interview with', 'interviewed by',
          'producer from', 'producers from', 'tv producer*', 'news producer*', 'radio producer*', 'consumer show', 'radio show',
          'radio station', 'on the radio', 'talk radio', 'did a piece on', 'did a story on', 'did a segment on',
          // Consumer programmes on TV and radio, by kind and by name.
          'consumer programme*', 'consumer program*', 'consumer watch', 'consumer affairs programme*', 'rip off britain',
          'tv programme*', 'tv program*', 'television programme*', 'gazette', 'writing it up', 'write it up',
          // A paper's desk: "sent the photos to the Evening Standard consumer desk".
          'consumer desk', 'news desk', 'newsdesk', 'running the story', 'consumer slot', 'on air',
          'writing this up', 'write this up',
          // A station's investigations unit and its segment: "@KXAN_News Investigates… doing a segment on…".
          'news investigates', 'doing a segment', 'running a segment', 'do a segment', 'doing a piece', 'do a piece',
          'a producer called', 'producer called me', 'news station*', 'local news',
          // A paper by the kind of its title ("the Evening Post", "the Daily Record") or as "the local paper".
          'local paper', 'local papers', 'to the papers', 'evening post', 'evening chronicle', 'evening standard', 'evening news', 'evening herald',
          'evening echo', 'evening telegraph', 'evening gazette', 'daily mail', 'daily mirror', 'daily express', 'daily record', 'eveningecho', 'eveningpost', 'eveningstandard', 'eveningnews', 'eveningherald', 'eveningchronicle', 'eveningtelegraph', 'eveninggazette', 'dailymail', 'dailymirror', 'dailyexpress', 'dailyrecord', 'coming out to film', 'come out to film', 'coming to film', 'doing a story', 'news ppl', 'the news people', 'to film it', 'film crew', 'camera crew', 'news crew', 'consumer investigations', 'consumer investigations team', "next week's paper", 'herald', 'run it in the paper'],
        ru: ['журналист*', 'корреспондент*', 'сми', 'газет*', 'телеканал*', 'телевидени*', 'пресса', 'прессу', 'прессе',
          'репортаж*', 'zhurnalist*', 'jurnalist*', 'telekanal*', 'smi', 'интервью', 'местн* тв', 'на тв', 'по тв',
          'продюсер*', 'на радио', 'по радио', 'радиостанци*', 'в передачу', 'в программу', 'на программу', 'на передачу',
          'телепередач*', 'телепрограмм*', 'телешоу', 'контрольная закупка', 'ревизорро', 'федеральн* канал*', 'народный контроль', 'съёмочн* групп*',
          'съемочн* групп*', 'в эфире', 'в эфир', 'связал* с редакци*', 'написал* в редакци*', 'готовлю материал*', 'готовлю статью', 'готовлю публикаци*',
          // Channels by name and material handed to a newsroom: «Материалы уже отправили на НТВ, редакция обещала сюжет».
          // Talk shows by name: «записала вас на «Пусть говорят»».
          'пусть говорят', 'мужское женское', 'первый канал', 'первому каналу', 'первого канала', 'первым каналом', 'на первом канале',
          'на нтв', 'в нтв', 'на рен тв', 'в рен тв', 'отправил* в редакци*', 'передал* в редакци*', 'редакция обещала', 'обещал* сюжет', 'снимут сюжет',
          'сделают сюжет', 'связал* с передачей', 'обратил* в передачу'],
        bg: ['журналист*', 'репортер*', 'медии*', 'медия*', 'телевизи*', 'вестник*', 'репортаж*', 'по тв', 'mediite',
          'televiziya*', 'televizia*', 'господари на ефира', 'нова тв', 'бтв', 'бнт', 'btv',
          // An interview given to the press, not a job interview („интервюто с управителя“, „подготовка за интервю“).
          'дадох интервю', 'дам интервю', 'давам интервю', 'даде интервю', 'дадоха интервю', 'интервю за бтв', 'интервю за нова', 'интервю за бнт',
          'интервю за вестник*', 'интервю за телевизия*', 'интервю пред',
          'продуцент*', 'по радиото', 'в радио', 'радиото', 'бнр', 'тв предаване*', 'телевизионн* предаване*',
          'в предаването', 'на предаването', 'до предаването', 'свързал* с предаването', 'свързах се с предаването', 'писал* на предаването', 'обадил* се на предаването', 'пише материал', 'пише статия', 'пише материал за', 'рубрика за измамени'],
      },
    },
    // A record the third party wrote (docs/definitions.md, "Who wrote the record"): the customer took the
    // complaint to it, and the record is its letter. A lawyer writing for the customer, a court's
    // papers, a journalist asking for comment, an authority's case — formulae only they write.
    'activist-third-party-letter': {
      description: 'Written by a third party: a lawyer for the customer, a court, a journalist, an authority opening a case',
      type: 'activist',
      weight: 0.85,
      fields: ['channel', 'text'],
      author: true,
      terms: {
        // A relative's lawyer writing for the customer: "has drafted a letter to you on my behalf".
        en: ['letter on my behalf', 'letter to you on my behalf', 'we act for', 'we act on behalf of', 'on behalf of our client*', 'acting for our client*', 'instructed by our client*',
          'our client instructs', 'we are instructed', 'we have been instructed', 'issue proceedings', 'issuing proceedings',
          'particulars of claim', 'letter of claim', 'letter before claim', 'notice before action', 'county court',
          'request for comment', 'requests for comment', 'media enquir*', 'media inquir*', 'press enquir*', 'press inquir*',
          'writing a piece', 'writing a story', 'writing an article', 'working on a story', 'working on a piece',
          'working on an article', 'preparing a report on', 'our readers', 'our viewers', 'our listeners', 'readers contacted',
          'viewers contacted', 'listeners contacted', 'consumer programme', 'consumer program', 'our newsroom',
          'we represent', 'this firm represents', 'our firm represents', 'notice of hearing', 'hereby summoned', 'for comment',
          'right of reply', 'an article about', 'for an article', 'for a piece', 'our programme', 'our podcast',
          'producer at', 'producer with', 'running a story', 'run a story', 'ahead of publication', 'before publication',
          'we intend to publish', 'we plan to publish',
          // Relayed: "the paper has asked for our comment".
          'asked for our comment', 'asked us for comment', 'asked us for a comment'],
        ru: ['в интересах доверител*', 'доверител*', 'представляю интересы', 'представляем интересы', 'по поручению доверител*',
          'по поручению клиент*', 'от имени и по поручению', 'действуя от имени', 'адвокатск* запрос*', 'ответчик*', 'истец',
          'истца', 'истцу', 'запрос* комментари*', 'готовим материал*', 'готовим сюжет*', 'готовим статью', 'готовим публикаци*',
          'пишем материал*', 'пишу материал*', 'наша редакция', 'нашу редакцию', 'в редакцию', 'наши читатели', 'читатели прислали',
          'обратились читатели', 'наши зрители', 'возбужден* дел*', 'возбудил* дел*', 'определени* о возбуждени*',
          'протокол* об административн*', 'административн* правонарушени*', 'административн* расследовани*',
          'для статьи', 'для материала', 'для сюжета', 'наше издание', 'нашего издания', 'предписани* об устранени*',
          'внепланов* проверк*', 'выездн* проверк*', 'перед публикацией', 'до публикации', 'планируем опубликовать'],
        // A registry's incoming post: a lawyer's notice of representation, a complaint forwarded on.
        bg: ['с пълномощно от', 'че представляваме', 'представляваме г-н', 'представляваме г-жа', 'препращаме сигнал*', 'препращаме жалба*',
          'действаме от името на', 'действам от името на', 'от името на доверител*', 'от името на клиента ни',
          'от името и за сметка на', 'доверител*', 'пълномощни*', 'ищец*', 'ищеца', 'ответник*', 'призовк*',
          'нотариална покана', 'помирителн* производств*', 'помирителн* комиси*', 'подготвяме материал*', 'подготвяме статия',
          'подготвяме репортаж', 'пишем материал*', 'нашите читатели', 'читателите ни', 'читатели ни писаха', 'нашите зрители', 'нашата редакция', 'в редакцията',
          'административн* нарушени*', 'акт за установяване', 'наказателно постановление', 'образувана преписка',
          'образувано производство', 'за статия', 'за материал', 'нашето издание', 'покана за доброволно изпълнение', 'редакцията ни', 'задължително предписание', 'преди публикаци*'],
      },
    },
    // An authority's or an ombudsman's letter about a complaint it received: that a complaint reached it
    // from the customer, and a demand for the company's answer — each half ordinary alone, the pair is its letter.
    'activist-referred-complaint': {
      description: 'A third party writes that the customer complained to it (counts with a demand for the company\'s response)',
      type: 'activist',
      weight: 0.8,
      // In the text only: a channel that names a desk for citizens' appeals («1С:Обращения граждан») is the company's own.
      fields: ['text'],
      needs: 'activist-response-demand',
      author: true,
      terms: {
        en: ['received a complaint', 'received complaints', 'received a concern', 'received concerns', 'received a report',
          'received a referral', 'complaint from a consumer', 'complaint from a customer', 'complaint from one of your',
          'complaints from consumers', 'a consumer has complained', 'referred to us', 'has been referred', 'complainant*',
          'deadlock', 'received information', 'a consumer complaint', 'consumer complaints', 'complaint lodged by',
          'complaint brought by'],
        ru: ['поступил* обращени*', 'поступил* жалоб*', 'поступил* заявлени*', 'обращени* потребител*', 'обращени* граждан*',
          'обращени* родител*', 'жалоб* потребител*', 'жалоб* граждан*', 'заявлени* граждан*', 'заявлени* потребител*',
          'поступил* информаци*', 'поступил* сведени*', 'поступил* сигнал*'],
        bg: ['препратена жалба', 'препращаме жалба*', 'препращаме ви жалба*', 'постъпил* жалб*', 'постъпил* е жалб*', 'постъпил* сигнал*', 'постъпил* е сигнал*', 'жалба от потребител*',
          'жалба на потребител*', 'жалба на гражданин*', 'сигнал от потребител*', 'сигнал от гражданин*', 'по жалба на',
          'по сигнал на', 'абонат сигнализира', 'потребител сигнализира', 'жалбоподател*', 'постъпил* информаци*',
          'по повод жалба', 'по повод на жалба', 'по повод сигнал*'],
      },
    },
    'activist-response-demand': {
      description: 'A third party demands the company\'s response in a set time (counts with a complaint referred to it)',
      type: 'activist',
      weight: 0.8,
      fields: ['text'],
      needs: 'activist-referred-complaint',
      author: true,
      terms: {
        en: ['provide your response', 'provide a response', 'provide your comments', 'provide your observations', 'respond within',
          'response within', 'reply within', 'your final response', 'final response letter', 'case file', 'days of service',
          'accepted for investigation', 'arrange a visit', 'arrange an inspection', 'we require you', 'we request that you',
          'date of this letter', 'inspection of your', 'you are required to', 'required to submit',
          'are requested to'],
        ru: ['просим представить', 'просим предоставить', 'прошу представить', 'прошу предоставить', 'представьте',
          'предоставьте', 'пояснени*', 'направьте ответ', 'направить ответ', 'ответ заявителю', 'в установленный срок',
          'рабочих дней', 'в срок до', 'дневный срок', 'десятидневн* срок', 'необходимо представить', 'необходимо предоставить'],
        bg: ['искане за становище', 'представете', 'становище', 'дневен срок', 'молим за информация', 'моля за информация', 'изисква се', 'в срок до', 'следва да представите', 'в срок от',
          'отговорете на клиента', 'потвърдете участие'],
      },
    },
    'activist-channel': {
      description: 'A channel or help-desk tag naming legal or regulator work (a tag "legal" is not a word of the customer\'s)',
      type: 'activist',
      weight: 0.85,
      fields: ['channel'],
      terms: {
        en: ['legal', 'legal threat', 'legal dept', 'legal department', 'regulator complaint', 'press inquiry', 'media inquiry',
          'press', 'press office', 'media relations', 'media enquiry', 'press enquiry'],
        ru: ['юридическ*', 'юротдел*', 'регулятор*', 'жалоба в рпн', 'пресс служб*', 'пресслужб*'],
        bg: ['юридическ*', 'правен отдел', 'правна*', 'прес служба', 'пресслужба'],
      },
    },
    'irate-social': {
      description: 'Social networks and public posts',
      type: 'irate',
      weight: 0.8,
      fields: ['channel', 'text'],
      terms: {
        en: ['facebook', 'instagram', 'twitter', 'tweet*', 'tiktok', 'youtube', 'reddit', 'linkedin', 'vk',
          'vkontakte', 'rutube', 'facebok', 'facbook', 'on fb', 'fb group*', 'social media', 'social network*', 'telegram channel*', 'posted about', 'post about',
          'posting about', 'posted it on', 'post it on', 'posted photos', 'posted a video', 'posted the whole story',
          'posted the story', 'posted everything', 'my story', 'my stories', 'see what i posted', 'what i posted on', 'what i posted about',
          'my blog', 'blog post*',
          // X, the network once called Twitter: only where the letter is named as a place ("posted it on X").
          'on your page', 'on your facebook page', 'on your wall', 'posted in public', 'discord server*', 'posting this publicly',
          'posting publicly', 'post this publicly', 'hacker news', 'hackernews', 'on x', 'posted on x', 'formerly twitter', 'threads', 'bluesky', 'mastodon', 'instagram*', 'dzen', 'vylozhil*', 'slack community', 'slack group', 'discord server', 'travel blog'],
        ru: ['инстаграм*', 'фейсбук*', 'твиттер*', 'тикток*', 'ютуб*', 'вконтакте', 'вк', 'соцсет*', 'соц сет*',
          'социальн* сет*', 'телеграм канал*', 'telegram канал*', 'подслушано', 'podslushano', 'стена сообщества', 'стене сообщества', 'одноклассниках', 'комментарии к каналу', 'комментарии в сообществе', 'комментарии под постом', 'в комментах', 'тг канал*', 'дзен*', 'пост', 'постом', 'посте',
          'выложил*', 'выложу', 'репост*', 'опубликова*', 'паблик*', 'сторис', 'блоге', 'в x', 'в икс', 'общий чат',
          'у себя на канале', 'на своем канале', 'на своём канале', 'чат дома', 'чат жк', 'чате жк', 'чат своего жк', 'чате своего жк', 'чат нашего жк', 'чате нашего жк', 'общем чате', 'общий чат*', 'домовой чат', 'домовом чате', 'районный чат', 'районном чате'],
        bg: ['своя пост', 'свой пост', 'фейсбук*', 'инстаграм*', 'тикток*', 'туитър*', 'ютюб*', 'социалн* мрежи*', 'социалн* медии*', 'пост',
          // шльокавица: «pusnah post vav fejsbuka»
          'fejsbuk*', 'feisbuk*', 'fejsbuk', 'instagrama', 'pusnah post', 'postnah', 'kachih post',
          // A post in a group, as a verb says it: «Утре ще пиша в групата „Пловдив – сигнали“».
          'пиша в групата', 'писах в групата', 'писах всичко в', 'писах всичко във', 'написах всичко в', 'всичко написах в', 'писах в група', 'ще пиша в група*',
          // Told by an operator: «Каза, че вече е писала в групата на майките в квартала».
          'писа* в групата', 'писа* в група', 'групата на майките', 'група* на майките', 'майчин* група*', 'пост в групата', 'публикувах в групата',
          'поста', 'постът', 'постнах', 'публикува*', 'сторит*', 'сторис', 'блога', 'моя блог', 'в x', 'във x',
          'споделих в', 'споделих във', 'пусна* видео', 'пусна* снимки', 'вече в google', 'го вече в google', 'отзива в google', 'в booking написах', 'на всички офиси', 'под публикацията', 'под статията', 'dir bg', 'споделил* случая', 'на всички колежки', 'на всички колеги', 'история в групата', 'историята в групата', 'описах в групата', 'описах подробно в групата', 'разказах в групата',
          'pisah v grupata', 'pisah v grupa', 'napisah v grupata', 'google otziv*', 'otzivite'],
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
          'left you a review', 'allagents', 'leaving a review', 'write a review', 'writing a review', 'wrote a review', 'bad review', 'negative review',
          'honest review', 'video review', 'my review', 'my reviews', 'my google review*',
          'wrote on google', 'written on google', 'posted on google', 'everything on google', 'it all on google', 'star on google', 'stars on google', 'posting a review', 'post a review', 'putting a review',
          'put a review', 'posting reviews', 'rustore', 'appgallery', 'app gallery', 'galaxy store', 'play market',
          'booking com', 'booking com review*', 'airbnb review*', 'olx', 'yandex maps', 'yandex map', '2gis', 'ozon review*',
          // Google's page for a business, where its reviews are posted (a feed of it is a review feed).
          'google business profile', 'google business', 'google my business',
          // Wedding review sites.
          'weddingwire', 'on the knot', 'theknot', 'foursquare',
          // Trades' review sites.
          'checkatrade', 'trustatrader', 'rated people', 'ratedpeople', 'mybuilder', 'houzz',
          // Software review sites.
          'capterra', 'getapp', 'trustradius', 'g2 crowd', 'g2 com',
          // The customer's own review left after reading others': "left my own", «Свой тоже оставила», «Оставих и моя».
          'left my own', 'posted my own', 'added my own', 'left one too', 'left mine too', 'posted a review', 'posted my review', 'full review on', 'so other people know', 'so others know',
          'buying group', 'untappd', 'vivino', 'ratebeer', 'realself', 'feefo', 'on feefo', 'all on google', 'it all on google', 'written it all on', 'said what i think on',
          // A post announced as a warning to others: "I am posting this so other families ask the right questions".
          'i am posting this', "i'm posting this", 'posting this so', 'other families', 'google karty', 'yandeks kart*', 'yandex kart*', 'posting a full review', 'plugshare'],
        ru: ['добавил* свой', 'добавил* туда свой', 'свой тоже оставил*', 'тоже оставил* свой', 'оставил* свой', 'и свой оставил*', 'свой тоже написал*', 'написал* свой',
          'отзовик*', 'otzovik', 'irecommend', 'продокторов', 'prodoctorov', 'vc ru', 'турправ*', 'turprav*', 'айрекоменд*', 'яндекс карт*', '2гис', 'flamp', 'фламп*', 'пикабу',
          'pikabu', 'drive2', 'драйв2', 'хабр*', 'банки ру', 'сравни ру', 'banki ru', 'sravni ru', 'народн* рейтинг*',
          'оставил* отзыв', 'оставлю отзыв', 'напишу отзыв', 'написал* отзыв', 'плох* отзыв', 'негативн* отзыв',
          'островк*', 'трипадвайзер*', 'ostavil* otzyv', 'ostavlyu otzyv', 'napishu otzyv', 'napisal* otzyv', 'otzyv na', 'otzovik*', 'otzyvah', 'otzyvakh',
          'yandeks kart*', 'отзыв оставил*', 'отзыв написал*',
          'отзыв на', 'отзыв в', 'отзывы на', 'одна звезда', 'одну звезду', 'ставлю единиц*', 'поставил* вам единицу', 'поставил* единицу', 'мой отзыв',
          'моего отзыва', 'моем отзыве', 'свой отзыв', 'своего отзыва', 'написал* в google', 'написал* в гугл*',
          'звезд* в google', 'звезд* в гугл*', 'звезд* на google', 'отзывах на', 'всё в google', 'все в google', 'всё в гугл*',
          'выложу отзыв', 'выложил* отзыв', 'выкладываю отзыв', 'rustore', 'рустор*', 'appgallery', 'плей маркет*', 'play market',
          'отзыв о продавце', 'отзыв о товаре', 'отзыв о магазине', 'авито', 'avito', 'моим отзывом', 'своим отзывом',
          'моему отзыву', 'отзыв на озоне', 'отзывом на озоне', 'на озоне', 'отзыв* уже написал*', 'отзыв* уже оставил*',
          'написал* на яндекс*', 'написала на яндекс*', 'в своем отзыве на', 'в своём отзыве на'],
        bg: [
          // The customer's own review left after reading others': «Оставих и моя, със снимки на договора».
          'оставих и моя', 'оставих и моето', 'и аз оставих', 'написах и моя', 'оставих моя',
          'оставих отзив', 'ще оставя отзив', 'оставя отзив', 'напиша отзив', 'написах отзив', 'отзив в', 'бг мама', 'писах отзив*',
          'отзив навсякъде', 'отзиви навсякъде',
          'ostavih otziv', 'shte ostavya otziv', 'napisah otziv', 'otziv v',
          'бгмама', 'bg mamma', 'bgmamma', 'бг мамма', 'бгмамма', 'pazaruvaj*', 'мнения за магазин*',
          'отзив във', 'лош* отзив*', 'негатив* отзив*', 'една звезда', 'google отзив*', 'остав* отзив*',
          'напис* отзив*', 'отзивът ми', 'отзива ми', 'моя отзив', 'моят отзив', 'ревю*', 'revu', 'revyu', 'revyuto', 'отзив за продавач*', 'olx',
          'написа* в google', 'писа* в google', 'написа* в гугъл', 'всичко в google', 'всичко в гугъл', 'звезд* в google', 'звезд* в гугъл', 'кач* отзив*', 'качвам отзив*', 'rustore', 'appgallery', 'в отзива си', 'отзива си в', 'ревюто си в', 'в ревюто си'],
      },
    },
    'irate-review-channel': {
      description: 'A channel value naming a review or rating (the bare word is ambiguous in text)',
      type: 'irate',
      weight: 0.85,
      fields: ['channel'],
      terms: {
        en: ['review*', 'rating*', 'forum*', 'blog*', 'mention', 'mentions', 'seller feedback', 'marketplace feedback', 'communit*', 'open chat', 'public chat', 'discord general', 'discord server', 'discord channel', 'comments on posts', 'post comments'],
        ru: ['отзыв*', 'отзывы маркетплейса', 'форум*', 'блог*', 'одноклассник*', 'ok ru', 'упоминани*', 'сообществ*', 'otzyv*', 'otzivy', 'открытый чат', 'публичн* чат*', 'discord канал', 'канал общий', 'общий канал', 'комментари* к пост*'],
        bg: ['отзив*', 'ревю*', 'форум*', 'блог*', 'споменаване', 'споменавания', 'общност*', 'публична оценка', 'публични оценки',
          'коментари под статия*', 'коментар под статия*',
          'коментар под публикация*', 'отворен чат', 'публичен чат', 'discord сървър'],
      },
    },
    'irate-listening-channel': {
      description: 'A channel value naming social listening or monitoring: the company found a public post (a "DM" in it is the poster\'s, not a talk with the company)',
      type: 'irate',
      weight: 0.85,
      fields: ['channel'],
      terms: {
        en: ['social listening', 'listening', 'talkwalker', 'youscan', 'iqbuzz', 'brand24', 'brandwatch', 'mention com', 'sprout social', 'meltwater',
          'telegram monitoring', 'review monitoring', 'reviews monitoring'],
        // Not a bare «мониторинг»: «Мониторинг оттока» is a churn feed.
        ru: ['мониторинг соц*', 'мониторинг сми', 'мониторинг упоминани*', 'мониторинг чат*', 'соцмониторинг*', 'youscan', 'brand analytics', 'iqbuzz',
          // Monitoring of a named network or of reviews: «Мониторинг Telegram», «Мониторинг отзывов».
          'мониторинг telegram', 'мониторинг телеграм*', 'мониторинг тг', 'мониторинг вк', 'мониторинг вконтакте', 'мониторинг отзыв*',
          'мониторинг instagram', 'мониторинг инстаграм*', 'мониторинг дзен*', 'telegram мониторинг', 'телеграм мониторинг',
          'вк мониторинг', 'vk мониторинг', 'instagram мониторинг', 'инстаграм мониторинг', 'социальн* мониторинг*',
          'комментари* в канале', 'комментари* канала', 'медиалогия',
          // Monitoring of (Telegram) channels: «Telegram: мониторинг каналов».
          'мониторинг каналов', 'мониторинг канала'],
        bg: ['мониторинг на социалн*', 'мониторинг на медии*', 'мониторинг на споменавани*', 'youscan', 'talkwalker',
          'мониторинг на telegram', 'мониторинг на отзив*', 'мониторинг на ревюта', 'telegram мониторинг', 'facebook мониторинг',
          'социален мониторинг', 'социалн* мониторинг*',
          'коментари* в канала', 'коментари* под публикаци*'],
      },
    },
    'irate-word-of-mouth': {
      description: 'Telling friends, forums and everyone else instead of the company',
      type: 'irate',
      weight: 0.75,
      fields: ['text'],
      terms: {
        en: ['told everyone', 'tell everyone', 'telling everyone', 'told all my', 'tell all my', 'told my friends',
          'told every', 'told everybody', 'telling every',
          'tell my friends', 'told my whole', 'told the whole', 'warn* everyone', 'warn* others', 'warn* other', 'warn* them all', 'warn* people',
          'everyone will hear', 'everyone will know', 'let everyone know', 'spread the word', 'all over social',
          'shared my experience', 'shared it in', 'shared the story', 'local group', 'neighbourhood group',
          'neighborhood group', 'community group',
          'forum*', 'group chat', "don't buy", 'do not buy', 'avoid this seller', 'avoid this shop', 'avoid this store',
          'avoid this company', 'avoid at all costs', 'stay away',
          'whatsapp group*', 'telegram group*', 'viber group*', 'facebook group*', 'residents group*', 'residents whatsapp',
          'residents chat', 'parents group*', 'parents chat', 'parents page', 'school group*', 'village group*', 'mums group*', 'moms group*',
          'mothers group*', 'everyone knows',
          'everybody knows', 'the whole village', 'whole street knows', 'whole building knows', 'the whole building',
          'warn* all my', 'warn* my family', 'warn* my friends', 'told my family', 'told the family', 'already wrote a review', 'already left a review', 'avforums', 'talked everyone out of', 'talked all my friends out of', 'let everyone see', 'let people know', 'after hearing my stories', 'after hearing my story', 'told everyone at my club', 'told my cycling club'],
        ru: ['рассказал* всем', 'расскажу всем', 'всем расскажу', 'расскажет всем', 'всем мамам', 'чат* района', 'всем рассказываю', 'всем рассказал*', 'всем в универе',
          'всем нашим', 'всем на работе', 'всем в офисе', 'всем в классе', 'всему классу', 'всей школе', 'всем мужикам', 'всем коллегам', 'всем соседям', 'всем соседкам', 'всем подружкам', 'всем в совете', 'всем в гараже', 'всему двору', 'всему подъезду', 'всему офису', 'всей группе', 'расскажу друзьям', 'рассказал* друзьям', 'всем подругам',
          'всем в отделе', 'chat nashego zhk', 'v chat nashego', 'vse znayut', 'всем друзьям', 'всем знакомым', 'всему отделу', 'всему офису', 'всей смене', 'рассказал* всей', 'рассказала всей', 'пусть все знают', 'поделил* в', 'поделил* историей', 'рассказал* соседям',
          'канал нашего жк', 'в канал нашего', 'пусть знают', 'в закрытом сообществе', 'о вашей работе в', 'чат* жк', 'чате нашего', 'чат нашего', 'групп* нашего дом*', 'групп* нашего жк', 'домов* чат*', 'районн* чат*', 'групп* дома', 'групп* района', 'пусть люди знают', 'чтобы все знали',
          'предупредил* всех', 'предупреждаю всех', 'предупрежу всех', 'предупреждаю людей', 'предупредить людей', 'обходите стороной', 'не покупайте',
          'не советую', 'форум*',
          'родительск* чат*', 'родительск* групп*', 'писал* в группе', 'написал* в группе',
          'мамск* чат*', 'чат* мам', 'групп* мам', 'всем гостям', 'в свой канал', 'в своем канале', 'в моем канале', 'чат* родител*', 'групп* родител*', 'школьн* чат*', 'чат* класса',
          'все уже знают', 'всё уже знают', 'вся деревня', 'весь поселок', 'весь посёлок', 'в отзыве на',
          'весь подъезд', 'весь дом знает', 'отзывы везде', 'для всех соседей', 'всем девочкам', 'всем офисам', 'всем в нашем', 'всем в нашей', 'всем своим', 'на встрече ассоциации', 'в чате дома', 'чат* подъезд*', 'групп* подъезд*', 'все в курсе', 'чат* жильц*', 'отговорил* всех', 'отговорила уже всех', 'отговорил уже всех', 'отговариваю всех', 'пусть все видят', 'в чате нашего дома', 'в чат нашего дома', 'в домовом чате', 'в домовой чат', 'все соседи знают', 'в канале нашего района', 'в районном чате', 'v chate nashego doma', 'vse sosedi znayut', 'рассказал* всё это у нас', 'рассказал* все это у нас', 'рассказал* коллегам', 'рассказал* в клубе', 'наслушавшись моих', 'после моих рассказов', 'написал* про нас в чат', 'в чат коттеджного посёлка', 'в чат коттеджного поселка', 'в чат посёлка', 'в чат поселка'],
        bg: ['половината село', 'всички вече знаят', 'вече са в групата', 'разказах на всичк*', 'разкажа на всичк*', 'казах на всичк*', 'предупред* всичк*', 'разказа* на всичк*', 'група* на блока', 'разказах на цял*', 'казах на цял*', 'всички приятел*', 'нека всички',
          'споделих в', 'споделих историята', 'групата на квартала', 'квартална* група', 'разказах на съседите',
          'хората трябва да знаят', 'предупредих всички', 'предупреждавам всички', 'не купувайте',
          'не препоръчвам', 'стойте далеч', 'форум*',
          'групата на родителите', 'родителск* група*', 'групата на училището', 'групата на класа', 'разказал в кафенето', 'разказах в кафенето', 'всички в кафенето', 'площад в кафенето', 'в кафенето на село*', 'в кръчмата',
          'всички знаят', 'цялото село', 'целият вход', 'групата на входа', 'viber групата', 'вайбър групата',
          'viber група*', 'вайбър група*', 'всички са в течение', 'целият блок', 'viber общност*', 'вайбър общност*',
          'общността на блока', 'всички съседи', 'цялата кооперация', 'всички в кооперацията', 'разказал* е на всичк*',
          'казал* е на всичк*', 'цялата улица', 'целият квартал', 'казал* на всичк*', 'каза на всичк*', 'всички колеги', 'всички колеги в офиса', 'kazah na vsichki', 'razkazah na vsichki', 'na vsichki kolegi',
          'разказва на всичк*', 'казва на всичк*', 'разправя на всичк*',
          // «цял» is «цели-» before the article: «казах на целия офис», «на целия блок».
          'казах на целия', 'казах на цялата', 'казах и на съквартирант*', 'казах на съквартирант*', 'казах и на приятели*', 'разказах на целия', 'разказах на цялата', 'каза на целия', 'каза на цялата',
          'разказал* на целия', 'разказал* на цялата', 'казал* на целия', 'казал* на цялата', 'разкаже на целия',
          'разкаже на цялата', 'ще разкаже на', 'разубедих всички', 'разубедих всичките', 'нека всички видят', 'в чата на блока', 'в групата на блока', 'всички съседи знаят', 'всички съседи вече знаят', 'описах всичко в групата', 'писах в групата', 'описах в групата', 'нека хората знаят', 'разказах всичко това на колегите', 'разказах на колегите', 'след като чуха историите ми', 'след като чуха историята ми', 'разказах всичко пред', 'в общата група на'],
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
          'форма', 'форме', 'форму', 'формы', 'обратн* связ*', 'лично', 'личный визит', 'книг* жалоб', 'книг* отзывов',
          'книг* отзывов и предложений', 'ватсап*',
          'вотсап*', 'телеграм', 'телеграме', 'вайбер*', 'смс', 'поддержк*', 'оператор*', 'zvonil*', 'pisal*'],
        bg: ['имейл*', 'е мейл', 'поща*', 'писмо*', 'писма*', 'телефон*', 'обад*', 'звън*', 'гореща* линия*', 'чат', 'чата', 'чатът',
          'тикет*', 'заявк*', 'форма*', 'формуляр*', 'обратна връзка', 'лично', 'лично посещение',
          'книга за жалби', 'книга за отзиви', 'книга за предложения', 'вайбър*', 'смс', 'поддръжк*', 'оператор*'],
      },
    },
    'voicer-private-message': {
      description: 'A private or direct message: a talk with the company even when it came through a social network',
      type: 'voicer',
      weight: 0.75,
      fields: ['channel', 'text'],
      private: true,
      terms: {
        // Feedback that goes to the developer only, as an app store's prompt offers it: "(private feedback)".
        en: ['direct message*', 'private message*', 'private feedback', 'privately', 'dm', 'dms', "dm'd", 'dmed', 'pm', 'pm\'d', 'inbox',
          'messenger', 'facebook messenger', 'instagram direct'],
        ru: ['личн* сообщени*', 'личное', 'личку', 'личке', 'лс', 'директ', 'директе', 'директа', 'директу', 'в директ', 'в личные', 'мессенджер*',
          'сообщени* сообществ*', 'в сообщения', 'в сообщениях'],
        bg: ['съобщения от гост', 'лично* съобщени*', 'лични* съобщени*', 'на лично', 'в лични', 'месинджър*', 'messenger', 'директно съобщение',
          'директни съобщения'],
      },
    },
    'voicer-venue': {
      description: 'A channel value naming the company\'s own premises or website',
      type: 'voicer',
      weight: 0.7,
      fields: ['channel'],
      terms: {
        en: ['store', 'in store', 'shop', 'branch', 'office', 'counter', 'visit*', 'web', 'website', 'site', 'app',
          'portal', 'customer portal', 'widget', 'feedback widget',
          // A help desk's case ("Salesforce case"): what the customer raised with the company.
          'case', 'cases', 'support case', 'service case'],
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
        // A lost-sale survey: "Why didn't you buy from us?", «Почему вы не купили автомобиль у нас?», „Защо не купихте от нас?“.
        en: ['dormant', 'gone-away', "why didn't you buy", 'why did you not buy', 'lost sale survey', 'lost sale', 'mnp', 'number portability', 'return form', 'returns form', 'returns portal', 'cancellation form', 'return*', 'refund*', 'cancel*', 'chargeback*', 'charge back', 'churn*', 'unsubscrib*', 'not renewed',
          'did not renew', 'lapsed', 'account closed', 'closed account', 'account closure', 'closure', 'opted out', 'opt out',
          'inactive', 'inactivity', 'dormant', 'at risk', 'detractor*', 'lost customer', 'win back', 'winback', 'win-back',
          'retention', 'outbound*', 'ported', 'port out', 'number ported', 'terminated', 'termination', 'expired',
          'not renewing', 'close my account', 'close account', 'close the account', 'downgrad*', 'delete my account',
          'delete account', 'account deletion', 'account deleted', 'deleted account', 'profile deleted', 'dormanc*', 'no show',
          'missed appointment*', 'transfer out', 'transferred out',
          // A stay cut short is nights cancelled: "Early checkout", «Ранний выезд», «Ранно напускане».
          'early checkout', 'early check out', 'early departure', 'checked out early',
          // A switch of supplier, as a grid operator notifies it (energy's port-out).
          'supplier switch*', 'switched supplier', 'change of supplier', 'switch of supplier', 'transferred to another supplier',
          'supply transferred', 'loss notification*', 'refinanced', 'repaid early', 'early repayment', 'deactivated', 'uncollected',
          // An application withdrawn by the applicant, as a public-services portal says it.
          'withdrawn', 'withdrawn by the applicant', 'application withdrawn',
          // A store's subscription event: "DID_CHANGE_RENEWAL_STATUS: auto_renew_status=false".
          'auto renew status false', 'did change renewal status', 'auto renew off', 'auto renewal off',
          // A survey only those who leave are sent: "Typeform exit survey".
          'exit survey', 'exit interview', 'leaver survey', 'leavers survey', 'cancellation survey', 'profile deletion', 'delete my profile', 'personal data deletion', 'payments stopped', 'stopped payments', 'app remove'],
        // A survey put to those who delete the app («AppMetrica — опрос при удалении приложения»).
        ru: ['анкета при уходе', 'почему вы перестали', 'о переходе в другой', 'почему вы не купили', 'при удалении приложения', 'опрос при удалении', 'mnp', 'перенос номера', 'переносимост* номер*', 'форма возврата', 'заявка на возврат', 'возврат*', 'вернул*', 'возвращ*', 'отмен*', 'отказ*', 'отписал*', 'отписк*', 'не продлил*',
          'не продлен*', 'непродлен*', 'расторг*', 'расторж*', 'закрыл* счет', 'закрыти* счет*', 'отток*', 'неактив*',
          'спящ*', 'критик*', 'детрактор*', 'удержани*', 'исходящ*', 'перенос номер*', 'перенес* номер*', 'ушел', 'ушла', 'потерян*',
          'истек*', 'риск оттока', 'отключ*', 'закрыть счет', 'закройте счет', 'понижени* тариф*', 'закрыто и не реализовано', 'удалить аккаунт',
          'удалите аккаунт', 'удалени* аккаунт*', 'аккаунт удален*', 'удален* профил*', 'неявк*', 'аннулир*', 'закройте',
          'ранний выезд', 'досрочн* выезд*', 'выехал* досрочно', 'досрочн* выселени*', 'смена поставщик*', 'смена энергосбыт*', 'рефинансирован*', 'досрочно погаш*', 'досрочн* погашени*', 'деактивир*', 'отчислени*', 'не забран*', 'отозван*', 'невостребован*', 'не востребован*', 'удалени* персональных данных', 'удалени* пдн', 'удалени* профил*', 'сторно*', 'закрыти* лицев* счет*'],
        bg: ['анкета при напускане', 'защо спряхте', 'оттеглени нареждания', 'защо не купихте', 'преносимост*', 'пренасяне на номер*', 'пренесен* номер*', 'формуляр за връщане', 'заявка за връщане', 'върна*', 'върнат*', 'връщане*', 'анулира*', 'отказ*', 'прекрат*', 'отписа*', 'неподнов*',
          'не е подновен*', 'възстановен* сума', 'възстановени пари', 'неактив*', 'отлив*', 'задържане', 'изходящ*',
          'пренес* номер*', 'пренасяне', 'критик*', 'загубен*', 'изгубен клиент*', 'изгубен', 'изгубена', 'изтекъл', 'изтекла', 'изтекло',
          'риск от отлив', 'отписван*', 'спиране', 'закриване*', 'закрийте*', 'възстановяване*',
          'изтриване на акаунт*', 'изтрийте акаунт*', 'връщания', 'изтрит* профил*', 'изтрит* акаунт*', 'неявяване',
          'пропуснат* преглед*', 'пропуснат* час', 'откажете', 'откажи', 'ранно напускане', 'предсрочно напускане',
          'напусна* предсрочно', 'смяна на доставчик*', 'смени* доставчик*', 'рефинансиран*', 'предсрочно погас*',
          'деактивира*', 'невзет*', 'непотърсен*', 'оттеглен*', 'изтриване на профил*', 'изтриване на лични данни', 'сторно*', 'оттегляне*', 'закриване на партида*', 'спрени вноски', 'спряни вноски', 'оттеглил*', 'оттегли', 'оттегли съгласието', 'акаунтът на потребителя е изтрит', 'изключен от акаунта'],
      },
    },
    'silent-note': {
      description: 'A note that the customer left without a word (written by an agent or a system)',
      type: 'silent',
      weight: 0.7,
      fields: ['text'],
      negatable: false,
      terms: {
        // A help desk's ticket made automatically from a low survey score (no text): "auto-generated from survey",
        // «автосоздано по низкой оценке», «автоматично от анкета» — listed per language below.
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
          'stopped attending', 'stopped visiting', 'nobody home', 'no one home', 'nobody was home', 'no one was home',
          'calls unanswered', 'no rebooking', 'no call back', 'straight to voicemail', 'voicemail each time',
          'returned to sender', 'power of attorney revoked', 'revoked effective', 'nights early', 'night early', 'phone unreachable', 'number unreachable', 'returned early', 'early return', 'phone switched off', 'phone was switched off',
          'not attended no call', 'not attended no contact', 'appt not attended', 'appointment not attended', 'no support tickets', 'no tickets', 'never contacted support', 'app uninstalled',
          'uninstalled the app', 'not rebooked', 'did not rebook', "didn't rebook", 'without a covering letter',
          'no covering note', 'usage dropped to zero', 'cancelled by the member', 'cancelled by payer', 'instruction cancelled', 'no cancellation request',
          'without any enquir*', 'without saying anything', 'without telling', 'no complaint filed', 'no complaint raised',
          'no complaints logged', 'no bookings', 'zero bookings',
          'stopped paying', 'cancelled the direct debit', 'stopped the direct debit', 'at another dealer*', 'at an independent garage', 'serviced elsewhere',
          'no reason selected', 'no reason provided', 'no reason specified', 'no reason chosen',
          'survey skipped', 'skipped the survey', 'skipped survey', 'customer cancelled', 'customer canceled',
          'customer closed', 'called customer', 'called the customer', 'customer did not answer',
          "customer didn't answer", 'customer did not pick up', 'voicemail left', 'left voicemail', 'not logged in',
          "hasn't logged in", 'no logins', 'no login since', 'no activity since', 'no activity in', 'no activity for',
          // No-shows and deleted accounts, as a booking system or an app logs them.
          'no show', 'did not attend', "didn't attend", 'failed to attend', 'deleted account', 'deleted their account',
          'deleted the account', 'account deleted', 'no transactions', 'no redemption*',
          // A system's or an agent's record of a departure with no reason: a flag or tag (key=value), a
          // non-renewal or non-re-enrolment, an early check-out, a tenant's notice, a box left empty.
          'lapsed', 'dormant', 'auto tag', 'event unsubscribe', 'not renewed', 'not renewing', 'not re enrolled',
          'did not re enrol*', 'did not enrol', 'not enrolled', 'cancelled by customer',
          'canceled by customer', 'cancelled by the customer', 'canceled by the customer', 'closed by customer',
          'closed by the customer', 'no note left', 'no note', 'none selected', 'nothing selected', 'served notice',
          'gave notice', 'notice to vacate', 'is vacating', 'will vacate', 'vacating the', 'checked out early', 'early departure', 'early check out', 'declined the survey',
          'declined survey', 'refused the survey', "at the customer's request", 'at customer request', 'at customer s request',
          'auto generated from survey', 'auto created from survey', 'created from survey', 'created from a survey',
          'from a low score', 'low score alert', 'detractor alert',
          // A parcel refused at the door is a return without a word.
          'refused at door', 'refused at the door', 'delivery refused', 'refused delivery', 'parcel refused', 'refused by recipient',
          'moved to another practice', 'registered with another practice', 'changed gp', 'changed their gp',
          // A repair or an order left at the shop; a quote declined in a portal.
          'uncollected shelf', 'uncollected item*', 'uncollected device*', 'uncollected repair*', 'clicked decline',
          'declined the quote', 'decline quote',
          // A phone survey left before its comment: "Customer hung up before comment prompt".
          'hung up before',
          // A loyalty card gone quiet: "Card not swiped since 14/02", a birthday voucher never redeemed.
          'voicemail full', 'no opens', 'marking lost', 'marked lost', 'closing as no response', 'rsn field blank', 'reason field blank',
          "why didn't you buy", 'why did you not buy', 'fly with us again', 'travel with us again', 'replies 0', 'disconnected before', "wouldn't give a reason", 'invitee did not join', 'did not join', "rather not get into it", 'would not give a reason', 'made our decision', "she's not said anything", "he's not said anything", 'not said anything to me',
          "hasn't rebooked", 'card left', "i'd rather not say", "i just won't be back", 'stopped showing up', 'read but no answer', 'did not give a reason', "didn't give a reason", 'not collected within', 'no reason recorded', 'changed away from', 'nobody answered the door', 'no answer at the door', 'no one answered the door', 'delete account', 'account delete request', 'account delete', 'not swiped since', 'card not used since', 'not used since', 'unredeemed', 'not redeemed', 'no further detail', 'no further details', "don't bother asking", 'customer not home', 'customer not at home', 'phone off', 'rather not go into it', 'stopped the bot', 'blocked the bot', 'gave no other reason', 'no other reason given', 'vm full', 'did not raise any issue', 'did not raise an issue', 'ended the call', 'none recorded', 'at owner request', 'at the owner s request', 'none of your business', 'only to cancel', 'declined the offer', 'declined the retention offer', 'left the server', 'no contact with the customer', 'went quiet', 'user tapped not now', 'tapped not now', 'did not arrive', 'did not arrive did not call', 'checked out a day early', 'left a day early', "didn't want an exit chat", 'did not want an exit chat', "didn't want an exit interview", 'did not want an exit interview'],
        // "Without explanation" alone is what customers say of the company: only after the customer's act.
        ru: ['не записывалась', 'не записывался', 'сбросила оба раза', 'просто не надо', 'без реакции', 'повторных попыток нет', 'не пришёл на визит', 'не пришел на визит',
          'перенос не запрашивал*', 'вариант пропустить', 'prichinu ne hochu', 'клиент не согласовал', 'отозвал* заранее данный акцепт', 'прочитано', 'не открывались', 'нет входов', 'дверь не открыл*', 'акт недопуска', 'о расторжении договора управления', 'был вежлив', 'была вежлива', 'причину не пояснил*',
          'просто так надо', 'prichinu ukazyvat ne budu', 'причину указывать не буду', 'сдала ключ', 'сдал ключ', 'по личным обстоятельствам', 'просто больше не приду',
          'не пополнял*', 'почему вы не купили', 'полетите ли вы снова', 'опрос не заполнен', 'заблокировал* бота', 'напоминани* по смс без ответа', 'продлевать не будет', 'не надо мне ничего',
          'объяснять не стал*', 'ничего объяснять не', 'переносить не захотел*', 'причину ухода не назвал*', 'причину не назвал*',
          'пропущены платежи', 'соглашение о рассрочке нарушено', 'никто не открыл', 'дверь никто не открыл', 'карта не использовалась с', 'карта гостя не использовалась', 'не использовалась с', 'не использовался с', 'не активирован', 'не активирована', 'положил трубку до', 'положила трубку до', 'не явился', 'не явилась', 'без комментари*', 'вернул* без', 'отменил без', 'отменила без', 'отказался без', 'отказалась без', 'расторг* без', 'ушел без', 'ушла без',
          'молча', 'причину не указал*', 'причину не сообщил*', 'без заказов', 'без покупок', 'рассылк* не открыва*',
          'письма не читает',
          'перестал* покупать', 'перестал* заказывать', 'на связь не выход*', 'не продлил*', 'ушел молча',
          'не заказывал*', 'не покупал*', 'на звонки не отвечает', 'не отвечает на звонки', 'на письма не отвечает',
          'на звонки и письма не отвечает', 'на письма и звонки не отвечает', 'пролонгация не оформлен*', 'не пролонгирован*',
          'не отвечает на письма', 'на смс не отвечает', 'не отвечает на смс', 'клиент не отвечает', 'абонент не отвечает',
          'клиент не берет', 'письма не открывает', 'не выходит на связь', 'нет заказов', 'заказов нет',
          'нет покупок', 'покупок нет', 'последн* покупк*', 'последн* заказ*', 'последн* визит*', 'перенес* номер*',
          'к другому оператору', 'неактивен', 'не появлял*', 'не продлен*', 'не заполнил*', 'не заполнила',
          'напоминани* не отвеча*', 'не отвечает на напоминани*', 'комментари* отсутству*', 'комментари* нет',
          'причин* не выбран*', 'причин* не указан*', 'без указания причин*', 'клиент отменил*', 'клиент вернул', 'клиент вернула', 'клиентка вернула', 'клиент вернули',
          'клиент отказал*', 'клиент расторг*', 'перестал* ходить', 'перестал* посещать', 'перестал* пользоваться',
          'не посещал*', 'клиенту звонили', 'звонили клиенту', 'клиент не взял*', 'не совершал* покупок',
          'не совершал* заказ*', 'рассылк* не реагир*', 'не реагирует на рассылк*',
          'не явил*', 'неявк*', 'абонент недоступен', 'клиент недоступен', 'прием не состоял*', 'приём не состоял*',
          'визит не состоял*', 'удалил* аккаунт', 'удалил* профил*', 'нет транзакций', 'транзакций нет',
          'тег lapsed', 'не продлевал*', 'не продлевался', 'не продлевалась', 'расторгнут* клиентом', 'отменен* клиентом',
          'закрыт* клиентом', 'отключен* пользователем', 'отменен* пользователем', 'удален* пользователем',
          'анкет* пропущен*', 'от анкет* отказал*', 'отказал* от анкет*', 'отзыв оставить отказал*', 'оставить отзыв отказал*', 'причина пуст*',
          'поле причина пуст*', 'не выбрана', 'не выбрано', 'выехал* раньше', 'выехала раньше', 'досрочн* выезд*',
          'досрочно выехал*', 'по желанию клиента', 'по заявлению клиента', 'по собственному желанию',
          'не записал* на следующ*', 'не продолжил* обучение',
          // A dealer's or a clinic's retention note: the next visits made elsewhere, no contact since.
          'у другого дилера', 'в другом сервисе', 'в стороннем сервисе', 'контактов с клиентом не было', 'контактов не было',
          'контактов после', 'обращений в поддержку нет', 'обращений нет', 'обращений не было', 'обращений в поддержку не было',
          'удалил* приложение', 'приложение удалено', 'деинсталлир*', 'ничего не сказав', 'не предупредив', 'ничего не пояснил*',
          'ничего не объяснил*', 'раньше срока', 'досрочн* возврат*', 'не вышл* на связь', 'не вышел на связь', 'телефон выключен', 'телефон был выключен', 'телефон недоступен', 'номер недоступен', 'дверь не открыли', 'заказывать не будет', 'больше не будет заказывать', 'отозвал* доверенност*', 'po sobstvennomu zhelaniyu', 'причина возврата не указан*', 'причина отказа не указан*', 'причина отмены не указан*', 'сдал* приставку', 'сдал* оборудование', 'сдал* роутер', 'не забрал*', 'не пришел за', 'не пришёл за', 'нет бронирований', 'перестал* платить', 'перестал* оплачивать',
          'отключил* автоплат*', 'без сопроводительного письма', 'без заявления', 'без объяснени* причин*',
          'отказал* от продлени*', 'автосоздан* по низкой оценке', 'по низкой оценке', 'создан* по низкой оценке',
          'создан* из опроса', 'автоматически из опроса', 'отказ* от получени*', 'закрыл* карт*', 'закрыла карту', 'карта закрыта', 'счет закрыт', 'счёт закрыт',
          'вклад закрыт', 'не забран*', 'освобождает квартиру', 'освобождает помещение', 'съезжает с квартиры', 'телефон клиента вне зоны', 'телефон вне зоны', 'клиент не встретил*', 'клиентка не встретил*', 'от оценки отказал*', 'отказал* от оценки', 'почему не пояснил*', 'причину не пояснил*', 'заказывать не планиру*', 'махнул* рукой', 'махнула рукой', 'остановил* бота', 'остановить и заблокировать', 'другой причины не назвал*', 'другой причины не указал*', 'на звонок не ответила', 'на звонок не ответил', 'закрыл* лицев* счет*', 'не ваше дело', 'письма не открывал*', 'не открывал* письма', 'данные карты не обновил*', 'попросил* отключить автопродлени*', 'отключить автопродлени*', 'контактов с клиент* не было', 'в аптеке другой сети', 'вышел с сервера', 'покинул* сервер', 'от отзыва отказал*', 'нажал пропустить', 'причина не указана', 'письма не открыты', 'не пришел не позвонил', 'не пришла не позвонила', 'не пришёл не позвонил', 'не заходил*', 'не заходила', 'нет активности', 'активности нет', 'ноль поездок', 'ни одной поездки', 'выехал* на день раньше', 'уехал* на день раньше', 'анкету заполнять не стал*', 'заполнять анкету не стал*', 'ничего не бронировал*', 'от разговора при выезде отказал*', 'ни заявок ни звонков'],
        // A no-show at a check-up, as a hospital's system writes it: «Контролен преглед… — неявил се».
        bg: ['прочетени', 'изтрит от потребителя', 'не пожела да каже', 'повече не звъним', 'каза няма значение', 'оттеглено от платеца', 'няма да обяснявам',
          'друго нямам за казване', 'прочетено', 'не са поръчвали', 'ne iskam da obiasniavam', 'отсъства от', 'не е изпратил* пълномощно', 'нищо не е казала', 'нищо не е казал', 'не каза защо', 'решение за прекратяване на договора',
          'напускам и толкова', 'повече няма да идвам', 'няма нужда да говорим за това', 'се отписват от', 'се отписва от',
          'контакт с клиента няма', 'никой не е отворил', 'нов час не е уговорен', 'не ме интересува вече', 'повече не вдигна', 'без реакция', 'няма подпис',
          'защо не купихте', 'летели отново с нас', 'се отписа от известията', 'отписа се от известията', 'видяно', 'без да обясни защо', 'не обясни защо', 'така реших', 'не сподели какво', 'предпочита да не идва', 'смяна на личния лекар', 'смяна на личния си лекар',
          'никой не отваря', 'никой не отвори', 'картата не е използвана от', 'не е използвана от', 'не е използван от', 'не е активиран', 'не е активирана', 'затвори преди', 'неявил се', 'неявила се', 'не се яви', 'не се явил*', 'документацията от друго лечебно заведение', 'няма запитвания', 'без придружително писмо', 'без попълнен формуляр', 'без запитвания', 'не е записвал* час*', 'без да каже нищо', 'без да каже', 'без да уведоми', 'без да се обади', 'без посочена причина',
          'без посочване на причина', 'рекламация не е подавана', 'рекламации от клиента няма',
          'не е дошъл да', 'не е дошла да', 'не е прибрал*',
          '0 резервации', 'няма резервации', 'без резервации', 'спря автоматичното плащане', 'спря плащания*', 'спря плащането',
          'обръщения няма', 'няма обръщения', 'деинсталира*', 'изтрито приложение', 'няма обаждания', 'няма контакт с клиента', 'няма контакти', 'при друг дилър', 'в друг сервиз', 'без коментар*', 'върна без', 'върнал без', 'върнала без', 'анулира* без', 'прекрати без', 'прекратил без', 'прекратила без',
          'отказа без', 'напусна без',
          // No word from the patient's side, a move to another doctor, messages left unopened, a phone switched off.
          'без контакт от нейна страна', 'без контакт от негова страна', 'без контакт от страна на клиент*', 'регистрира* при друг*',
          'неотворен*', 'не отговори на напомнян*', 'не е потърсен*', 'върната на подателя', 'оттеглил* пълномощн*', 'е оттеглил* пълномощн*', 'гласова поща', 'гласовата поща', 'телефонът е недостъпен', 'телефонът недостъпен', 'ден по-рано', 'дни по-рано', 'седмици по-рано', 'по-рано от срока', 'предсрочно върна*', 'телефонът изключен', 'телефонът е изключен', 'телефонът беше изключен',
          // A tenant leaving, as a house manager's register notes it: «Наемателят… освобождава жилището от 1 юни».
          'освобождава жилището', 'освобождава апартамента', 'освобождава имота', 'напуска жилището', 'напуска апартамента',
          'мълчаливо', 'спря да купува', 'спря да поръчва', 'спря да пазарува', 'без поръчки', 'без покупки', 'не отваря имейл*',
          'не отваря писма*', 'не отваря бюлетин*',
          'не се е свързвал*', 'не е писал* в поддръжката', 'не е писал* на поддръжката', 'не се е обаждал*', 'не поднови*', 'не е поръчвал*', 'не е купувал*', 'не отговаря на обаждания*',
          'не отговаря на имейли', 'не отговаря на имейлите', 'не отговаря на смс', 'клиентът не отговаря', 'клиентът не вдига', 'абонатът не отговаря',
          'няма поръчки', 'няма покупки', 'последн* поръчк*', 'последн* покупк*', 'пренесе номера',
          'пренесе номер*', 'към друг оператор', 'неактивен', 'не се е появявал*', 'не попълни*',
          'причин* не е посочен*', 'причин* не е избран*', 'коментар* няма', 'коментар* липсва', 'клиентът отказа',
          'клиентът върна', 'клиентът анулира', 'клиентът прекрати', 'не е идвал*', 'не е посещавал*', 'не е ползвал*',
          'спря да идва', 'спря да посещава', 'спря да ползва', 'не е подновил*', 'клиентът не вдигна', 'не е пазарувал*',
          'не е влизал*', 'не беше подновен*', 'не е подновен*', 'абонаментът изтече', 'договорът изтече',
          'членството изтече',
          'не се явиха', 'не се яви за', 'не се е явил*', 'неявяване', 'изтри профил*', 'изтри акаунт*', 'няма транзакции',
          'таг lapsed', 'не е подновяван*', 'не е подновявана', 'не е избрана', 'не е избран', 'не е посочена',
          'закрит* от настройките', 'закрит* от клиента', 'анулиран* от клиента', 'прекратен* от клиента',
          'подаде предизвестие', 'подаде предизвестието', 'напусна* по рано', 'ранно напускане', 'отказа да попълни',
          'не се записа', 'не се е записал*', 'не са отворени', 'не е отворен*', 'по желание на клиента',
          'автоматично от анкета', 'създаден* от анкета', 'създаден* автоматично от анкета', 'от ниска оценка', 'по ниска оценка',
          'не запази нов час', 'не запази час', 'не си запази час', 'отказа пратката', 'отказа да получи*', 'закри картата',
          'закри кредитната карта', 'закри сметката', 'закри дебитната карта',
          // A patient who moved to another GP's list, as a clinic's system records it.
          'смени* личния* лекар*', 'сменил* личния* лекар*', 'смени* личния си лекар', 'сменил* личния си лекар', 'е сменил* лекар*', 'смени* лекаря си', 'махна с ръка', 'спря бота', 'блокира бота', 'клиентът не посочи', 'не посочи причина', 'друга причина не даде', 'причина не даде', 'не даде причина', 'не даде друга причина', 'няма значение вече', 'отговори няма значение', 'мотиви не са посочени', 'заявление за оттегляне', 'поиска закриване на партида*', 'само за да прекрати', 'отказа оферта*', 'контакт с пациент* няма', 'контакт с клиент* няма', 'от друга верига', 'нито съобщение', 'излезе от сървъра', 'не отговаря на телефон*', 'не се е появил*', 'трети път не вдига', 'втори път не вдига', 'пъти не вдига', 'без потвърждение', 'контакт с автошколата няма', 'спрял* вноските', 'няма активност', 'нула карания', 'нито едно каране', 'напусна* ден по-рано', 'напуснаха по-рано', 'анкетата не попълни*', 'не пожела разговор при напускане', 'не пожела разговор', 'спри известията', 'блокира канала', 'не е писал на оператор'],
      },
    },
  },
};
