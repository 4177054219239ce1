/**
 * The lint readings of round 36 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: the customer told to fend for themselves ("Sort it out yourself.", «Добирайтесь сами.», «Оправяйте се
 * сами.») is dismissed; a leaflet or a booklet joins the documents the customer is told to read; the service cut off in a
 * payment reminder ("we will stop your deliveries", «прекратим поставки», «спираме зареждането») threatens; a place named as
 * closed now («Сейчас мастерская закрыта») makes a notice; and tomorrow named by its adjective («до конца завтрашнего дня»,
 * «до края на утрешния ден») is a day for the next step.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;
const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;

describe('the customer told to fend for themselves is dismissed', () => {
  it.each([
    ['en', 'Hello,\n\nNo buses run to the venue on Sunday. Make your own arrangements.\n\nRegards,\nRiverside Theatre'],
    ['en', 'Hi Joe,\n\nThe car park is shut for resurfacing on Friday. Sort it out yourself.\n\nThanks,\nMarta'],
    ['ru', 'Здравствуйте, Олег.\n\nВ воскресенье автобус до базы не ходит. Добирайтесь сами.\n\nС уважением,\nТурбаза «Лесная»'],
    ['ru', 'Здравствуйте.\n\nПарковка в пятницу закрыта на ремонт. Разбирайтесь с этим сами.\n\nС уважением,\nУправляющая компания'],
    ['bg', 'Здравейте, Петя.\n\nНа 3 март залата е затворена. Оправяйте се сами.\n\nПоздрави,\nКлуб „Олимп“'],
  ] as const)('%s: dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Pool shut Friday 1 May.\n\nSort it out yourself.'],
    ['ru', 'База закрыта 9 мая.\n\nДобирайтесь сами.'],
    ['bg', 'Залата е затворена на 3 март.\n\nОправяйте се сами.'],
  ] as const)('%s: the curt notice scores below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });

  it('en guard: the choice left to the customer with our offer beside it is no door, before round 36 and after', () => {
    const text = 'Hello Mr Park,\n\nThank you for your message. No buses run to the venue on Sunday 3 May. Make your own arrangements if you prefer, or we can book you a taxi from the station at 18:00.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nNina Lowe\nBox Office, Riverside Theatre';
    expect(rulesOf(text, 'en')).not.toContain('dismissive');
    expect(scoreOf(text, 'en')).toBeGreaterThanOrEqual(80);
  });

  it('ru guard: getting there on one\'s own offered beside our transfer is no door, before round 36 and after', () => {
    const text = 'Здравствуйте, Олег!\n\nСпасибо за письмо. В воскресенье автобус до базы не ходит, поэтому мы закажем вам трансфер от станции на 10:00. Если удобнее добираться самостоятельно, просто напишите нам.\n\nС уважением,\nАнна Егорова\nТурбаза «Лесная»';
    expect(rulesOf(text, 'ru')).not.toContain('dismissive');
    expect(scoreOf(text, 'ru')).toBeGreaterThanOrEqual(80);
  });
});

describe('a leaflet or a booklet is a document the customer is told to read', () => {
  it.each([
    ['en', 'Hi Kim,\n\nThe filter has to be rinsed every week. Read the booklet.\n\nThanks,\nOwen'],
    ['ru', 'Здравствуйте, Кира.\n\nФильтр нужно промывать каждую неделю. Прочитайте листовку.\n\nС уважением,\nОлег'],
    ['bg', 'Здравейте, Кира.\n\nФилтърът се мие всяка седмица. Прочетете брошурата.\n\nПоздрави,\nОлег'],
  ] as const)('%s: dismissive: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it('en guard: a leaflet offered with our own help is no lecture, before round 36 and after', () => {
    const text = 'Hello Ms Grant,\n\nThank you for writing. Check the leaflet with the new collection days, and I can talk you through it on Monday at 10:00.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nSam Reid\nWaste Services';
    expect(rulesOf(text, 'en')).not.toContain('dismissive');
    expect(scoreOf(text, 'en')).toBeGreaterThanOrEqual(80);
  });
});

describe('the service cut off in a payment reminder threatens', () => {
  it.each([
    ['en', 'Dear Mr Hale,\n\nInvoice 2026-301 for £420.00 was due on 1 April and is still unpaid. Pay it by Friday or we will stop your deliveries.\n\nKind regards,\nAmy Shaw\nAccounts'],
    ['ru', 'Добрый день, Анна Сергеевна!\n\nСчёт № 88 на 12 400 ₽ не оплачен с 1 апреля. Если оплата не поступит до пятницы, прекратим поставки.\n\nС уважением,\nОльга, бухгалтерия'],
    ['ru', 'Здравствуйте, Пётр.\n\nСчёт № 91 на 3 200 ₽ не оплачен с 2 марта. Без оплаты воду в офис возить перестанем.\n\nС уважением,\nБухгалтерия'],
    ['bg', 'Здравейте, г-н Колев,\n\nФактура № 2210 за 560 лв. е с падеж 1 април и още не е платена. Ако до петък няма плащане, спираме зареждането.\n\nПоздрави,\nЕлена, счетоводство'],
  ] as const)('%s: reminder-threat: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('reminder-threat');
  });

  it.each([
    ['ru', 'Здравствуйте, Пётр.\n\nСчёт № 91 так и не оплачен. Сколько раз повторять? Если оплаты не будет до пятницы, воду в офис возить перестанем.\n\nБухгалтерия'],
    ['bg', 'Здравейте,\n\nФактура № 2210 още не е платена. Писна ни да Ви напомняме.\n\nАко до петък няма плащане, спираме зареждането.\n\nЕлена'],
  ] as const)('%s: the curt reminder scores below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });

  it.each([
    ['en', 'Dear Ms Lane,\n\nI hope all is well. Invoice 2026-118 for £240.00 was due on 3 April. We won\'t stop your deliveries while you sort it out; could you let me know by Friday 10 April when to expect payment? Once it is paid, we will stop the reminders.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nAmy Shaw\nAccounts, Hill Farm Dairy'],
    ['ru', 'Добрый день, Анна Сергеевна!\n\nНадеемся, у вас всё хорошо. Счёт № 88 на 12 400 ₽ ждёт оплаты с 1 апреля. Поставки мы не прекратим, но просим оплатить его до 15 апреля.\n\nЕсли есть вопросы, просто ответьте на это письмо.\n\nС уважением,\nОльга Белова\nБухгалтерия'],
    ['bg', 'Здравейте, г-н Колев,\n\nНадяваме се, че всичко е наред. Фактура № 2210 за 560 лв. е с падеж 1 април. Няма да спрем доставките, но Ви молим да я платите до 15 април.\n\nАко имате въпроси, просто отговорете на това писмо.\n\nПоздрави,\nЕлена Христова\nСчетоводство'],
  ] as const)('%s guard: deliveries promised to go on are no threat, before round 36 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('reminder-threat');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });
});

describe('a place named as closed now makes a notice', () => {
  it.each([
    ['en', 'Hi Mr Byrne,\n\nThank you for your message. The dental surgery is currently closed; your request is logged and I will call you on Monday at 8:30.\n\nKind regards,\nNina Cole\nReception'],
    ['ru', 'Добрый вечер!\n\nСпасибо за письмо. Сейчас мастерская закрыта, мы работаем с 9:00 до 19:00.\n\nВаше обращение зарегистрировано, мастер перезвонит вам завтра в 10:00.\n\nСпасибо за понимание!\nС уважением, мастерская «Ключ»'],
    ['bg', 'Добър вечер!\n\nБлагодарим за съобщението. В момента сервизът е затворен, работим от 9:00 до 18:00.\n\nЗаявката Ви е регистрирана и ще Ви се обадим утре в 9:30.\n\nПоздрави,\nСервиз „Ключ“'],
  ] as const)('%s: a notice: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('notice');
  });

  it('ru: the polite after-hours reply with its ticket registered scores at least 80', () => {
    const text = 'Добрый вечер!\n\nСпасибо за письмо. Сейчас мастерская закрыта, мы работаем с 9:00 до 19:00.\n\nВаше обращение зарегистрировано, мастер перезвонит вам завтра в 10:00.\n\nСпасибо за понимание!\nС уважением, мастерская «Ключ»';
    expect(rulesOf(text, 'ru')).not.toContain('apology');
    expect(scoreOf(text, 'ru')).toBeGreaterThanOrEqual(80);
  });

  it('en guard: a matter closed is no door closed, and the curt reply stays below 50, before round 36 and after', () => {
    const text = 'Your complaint has been reviewed. The case is now closed.';
    expect(kindOf(text, 'en')).toBe('complaint');
    expect(scoreOf(text, 'en')).toBeLessThan(50);
  });
});

describe('tomorrow named by its adjective is a day', () => {
  it.each([
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо за письмо. Приносим извинения за задержку возврата. Мы запросили статус у банка и сообщим вам результат до конца завтрашнего дня.\n\nС уважением,\nПавел Орлов\nСлужба поддержки'],
    ['bg', 'Здравейте, Гергана,\n\nБлагодарим за съобщението. Съжаляваме за забавянето на превода. Проверяваме го с банката и ще Ви пишем до края на утрешния ден.\n\nПоздрави,\nИва Петрова\nОбслужване на клиенти'],
  ] as const)('%s: a next step, and at least 80: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it('en guard: "by the end of tomorrow" was a day already, before round 36 and after', () => {
    const text = 'Hello Irene,\n\nThank you for writing, and I am sorry the refund is late. I have asked the bank for its status and will write to you by the end of tomorrow.\n\nKind regards,\nPaul Orr\nSupport';
    expect(rulesOf(text, 'en')).not.toContain('next-step');
    expect(scoreOf(text, 'en')).toBeGreaterThanOrEqual(80);
  });
});
