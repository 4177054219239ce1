/**
 * The lint readings of round 12 (fixtures/eval/README.md, "Lint round 12"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - a payment the customer may make ("you can make the payment now", «вы можете оплатить», «можете да
 *   платите») is an option offered, not a request for payment: no vote for a payment reminder;
 * - what the customer should have received or been told owns our fault, not a lecture ("You should have
 *   received a text…", «Вы должны были получить SMS…», «Трябваше да получите SMS…»);
 * - a bill corrected in the first person, now or already (a charge reversed or credited: "we are
 *   reversing the charge", «сторнируем», «сторнираме»), is a remedy made;
 * - "no exceptions" told with a verb ("We do not make exceptions.", «Исключений не делаем.», «Не правим
 *   изключения.») is a rule stated as a wall;
 * - a bare order about when not to come back ("Don't call us tomorrow.", «Завтра не звоните.», «Утре не
 *   звънете.») is an order, as one to come back at a time is: a hated phrase, and its time no step;
 * - a penalty threatened if the customer does not comply ("If you do not collect it by Friday, we will
 *   charge…") dismisses, and the time in it is the customer's deadline, no step of ours;
 * - a period after which something closes or expires by itself ("closes automatically in 5 days") is a
 *   rule's deadline, no step of ours;
 * - in Bulgarian a time needs a count: a wish («за приятен ден») or a rate («за всеки ден») names none;
 * - a case reported reviewed or closed in the passive ("Your case has been reviewed and closed.", «Ваше
 *   обращение рассмотрено», «Преписката Ви е разгледана») reports an investigation: it answers a complaint.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a payment the customer may make is no payment request', () => {
  it.each([
    ['en', 'Hello Mr Grant,\n\nThank you for letting us know, and I am sorry for the mistake in your bill: the meter reading was entered twice.\nThe credit will show on your next bill, and you can make the payment now at the corrected amount, which I will email you today.\n\nKind regards,\nNina Shaw\nBilling team, Riverside Water'],
    ['ru', 'Здравствуйте, Олег Иванович!\n\nСпасибо, что сообщили, и простите за ошибку в счёте: показания счётчика внесли дважды.\nИсправленный счёт пришлём сегодня до 17:00, и вы можете оплатить его сразу, не дожидаясь следующего месяца.\n\nС уважением,\nАнна Козлова, абонентский отдел'],
    ['bg', 'Здравейте, г-н Стоянов,\n\nБлагодарим, че ни писахте, и се извиняваме за грешката във фактурата: показанието на водомера е въведено два пъти.\nКоригираната фактура ще Ви изпратим днес, а можете да платите по нея веднага.\n\nПоздрави,\nЕлена Маринова, отдел „Абонати“'],
  ] as const)('%s: %s', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.kind).toBe('complaint');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Hello Ms Lee,\n\nI hope you are well. Invoice 2291 for $120 was due on 3 March and is still unpaid. You can pay by card through the link below.\n\nKind regards,\nTom Hale, Accounts'],
    ['ru', 'Здравствуйте, Ольга!\n\nНадеемся, у вас всё хорошо. Счёт № 2291 на 12 000 ₽ не оплачен, срок оплаты истёк 3 марта. Вы можете оплатить его картой по ссылке.\n\nС уважением,\nТимур, бухгалтерия'],
  ] as const)('guard: a reminder that says how to pay stays a reminder (%s)', (locale, text) => {
    expect(lintMessage(text, { locale }).kind).toBe('reminder');
  });
});

describe('what the customer should have received owns our fault', () => {
  it.each([
    ['en', 'Hello Ms Ortiz,\n\nThank you for your patience, and I am sorry about the data charge. You should have received a text warning you before the limit, but it was never sent.\nI have refunded the £18 to your card today.\n\nKind regards,\nLiam Cole, Mobile Care'],
    ['ru', 'Здравствуйте, Мария!\n\nСпасибо за терпение, и простите за списание. Вы должны были получить SMS о превышении лимита, но оно не было отправлено.\nМы вернули 600 ₽ на карту сегодня.\n\nС уважением,\nИгорь Волков, служба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим за търпението и се извиняваме за таксата. Трябваше да получите SMS, преди да достигнете лимита, но то не е изпратено.\nВъзстановихме 30 лв. по картата Ви днес.\n\nПоздрави,\nСилвия Илиева, обслужване на клиенти'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим за търпението и се извиняваме за таксата. Трябваше да бъдете уведомен, преди да достигнете лимита.\nВъзстановихме 30 лв. по картата Ви днес.\n\nПоздрави,\nСилвия Илиева, обслужване на клиенти'],
  ] as const)('%s: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('dismissive');
    expect(rules).not.toContain('hated-phrase');
    expect(lintMessage(text, { locale }).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'You should have kept the receipt.', 'hated-phrase'],
    ['ru', 'Вы должны были сохранить чек.', 'hated-phrase'],
    ['bg', 'Трябваше да запазите касовата бележка.', 'dismissive'],
  ] as const)('guard: what the customer should have done still lectures (%s: %s)', (locale, text, rule) => {
    expect(rulesOf(text, locale)).toContain(rule);
  });
});

describe('a bill corrected in the first person is a remedy made', () => {
  it.each([
    ['en', 'Hello Mr Byrne,\n\nThank you for flagging this, and I am sorry you were charged twice for the same lesson.\nWe are reversing the second charge of £25, and it will show on your next statement.\n\nIf you have any questions, just reply.\nKind regards,\nEva Moss, Billing'],
    ['ru', 'Здравствуйте, Сергей!\n\nСпасибо, что написали, и простите за двойное списание за одно занятие.\nМы сторнируем второе списание в 900 ₽, оно исчезнет из следующей квитанции.\n\nЕсли останутся вопросы, пишите.\nС уважением,\nЕлена Орлова, расчётный отдел'],
    ['bg', 'Здравейте, г-жо Ангелова,\n\nБлагодарим, че ни писахте, и се извиняваме за двойното таксуване за едно и също занятие.\nСторнираме второто таксуване от 25 лв. в следващата фактура.\n\nПри въпроси ни пишете.\nПоздрави,\nДимитър Кръстев, обслужване на клиенти'],
  ] as const)('%s: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('next-step');
    expect(rules).not.toContain('no-substance');
  });

  it.each([
    ['en', 'Hello Mr Byrne,\n\nThank you for writing. We are not reversing the charge.\n\nKind regards,\nEva Moss, Billing'],
    ['ru', 'Здравствуйте, Сергей!\n\nСпасибо за письмо. Мы не сторнируем это списание.\n\nС уважением,\nЕлена Орлова, расчётный отдел'],
    ['bg', 'Здравейте, г-жо Ангелова,\n\nБлагодарим за писмото. Не сторнираме таксуването.\n\nПоздрави,\nДимитър Кръстев, обслужване на клиенти'],
  ] as const)('guard: a correction refused is none (%s)', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });
});

describe('"no exceptions" told with a verb is a wall', () => {
  it.each([
    ['en', 'We do not make exceptions.'],
    ['en', "We don't make exceptions for late returns."],
    ['ru', 'Исключений мы не делаем.'],
    ['ru', 'Исключения не делаются.'],
    ['bg', 'Не правим изключения.'],
    ['bg', 'Изключения не се правят.'],
  ] as const)('%s: %s', (locale, sentence) => {
    expect(rulesOf(sentence, locale)).toContain('policy-citation');
  });

  it.each([
    ['en', 'We have made an exception for you and refunded the ticket.'],
    ['ru', 'В порядке исключения мы вернём вам деньги.'],
    ['bg', 'По изключение ще Ви върнем парите.'],
  ] as const)('guard: an exception made is none (%s: %s)', (locale, sentence) => {
    expect(rulesOf(sentence, locale)).not.toContain('policy-citation');
  });
});

describe('a bare order about when not to come back is an order, and its time no step', () => {
  it.each([
    ['en', 'Your parcel is at the depot. Don\'t call us tomorrow.'],
    ['en', 'Your parcel is at the depot. Next week, do not call.'],
    ['ru', 'Посылка на складе. Завтра не звоните.'],
    ['ru', 'Посылка на складе. Не пишите нам в субботу.'],
    ['bg', 'Пратката е в склада. Утре не звънете.'],
    ['bg', 'Пратката е в склада. Не ни пишете в събота.'],
  ] as const)('%s: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).toContain('hated-phrase');
    expect(rules).toContain('next-step');
    expect(rules).toContain('no-substance');
  });

  it.each([
    ['en', 'Hello Anna,\n\nThank you for your message. Please do not call tomorrow: the office is closed, and we will answer your email on Monday.\n\nKind regards,\nTom, Support'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за письмо. Завтра, пожалуйста, не звоните: офис закрыт, мы ответим вам в понедельник.\n\nС уважением,\nОлег, поддержка'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим за писмото. Моля, не звънете утре: офисът е затворен, ще Ви отговорим в понеделник.\n\nПоздрави,\nИван, поддръжка'],
  ] as const)('guard: a request with "please" and a step of ours is no bare order (%s)', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('hated-phrase');
    expect(rules).not.toContain('next-step');
  });
});

describe('a penalty threatened if the customer does not comply dismisses', () => {
  it.each([
    ['en', 'If you do not collect your bike by Friday, we will charge a storage fee of £5 a day.\nWorkshop'],
    ['en', "If you don't move the car by tomorrow, we'll have it towed.\nSecurity"],
    ['ru', 'Если не заберёте велосипед до пятницы, начислим плату за хранение 300 ₽ в день.\nМастерская'],
    ['ru', 'Если вы не освободите ячейку до завтра, мы заблокируем доступ.\nАдминистрация'],
    ['bg', 'Ако не вземете колелото до петък, ще Ви таксуваме по 10 лв. на ден за съхранение.\nСервиз'],
    ['bg', 'Ако не върнете рутера до утре, ще спрем услугата.\nОтдел'],
  ] as const)('%s: %s', (locale, text) => {
    const result = lintMessage(text, { locale });
    const rules = result.findings.map((finding) => finding.rule);
    expect(rules).toContain('dismissive');
    expect(rules).toContain('next-step');
    expect(result.score).toBeLessThan(50);
  });

  it.each([
    ['en', "If you don't hear from us by Friday, we will refund you in full."],
    ['en', 'If you do not need the booking, we will cancel it free of charge.'],
    ['ru', 'Если не получите посылку до пятницы, мы отправим новую.'],
    ['bg', 'Ако не получите пратката до петък, ще Ви изпратим нова.'],
  ] as const)('guard: a condition followed by help is no threat (%s: %s)', (locale, sentence) => {
    expect(rulesOf(sentence, locale)).not.toContain('dismissive');
  });
});

describe('a period after which something closes by itself is a rule\'s deadline', () => {
  it.each([
    ['en', 'Your ticket will close automatically in 5 days. For a new review, open a new ticket online.'],
    ['ru', 'Заявка закрывается автоматически через 5 дней. Для нового рассмотрения подайте новую заявку на сайте.'],
    ['bg', 'Запитването Ви се затваря автоматично след 5 дни. За нова проверка подайте ново запитване в сайта.'],
  ] as const)('%s: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).toContain('next-step');
    expect(rules).toContain('no-substance');
  });

  it.each([
    ['en', 'The refund will be sent automatically within 3 days.'],
    ['ru', 'Деньги вернутся на карту автоматически через 3 дня.'],
    ['bg', 'Сумата ще бъде възстановена автоматично до 3 дни.'],
  ] as const)('guard: an action of ours done automatically keeps its time (%s: %s)', (locale, sentence) => {
    expect(rulesOf(sentence, locale)).not.toContain('next-step');
  });
});

describe('a Bulgarian time needs a count: a wish or a rate is none', () => {
  it.each([
    'Здравейте, г-н Колев,\n\nБлагодарим за писмото.\nПреписката Ви е приключена.\n\nС пожелания за приятен ден,\nОтделът',
    'Здравейте, г-н Колев,\n\nБлагодарим за писмото. Таксата за всеки ден престой остава същата.\n\nПоздрави,\nОтделът',
  ])('bg: %s', (text) => {
    const rules = rulesOf(text, 'bg');
    expect(rules).toContain('next-step');
    expect(rules).toContain('no-substance');
  });

  it.each([
    ['bg', 'Ще получите отговор за два дни.'],
    ['bg', 'Ще Ви се обадим до 3 работни дни.'],
    ['bg', 'Ще Ви изпратим новия продукт за седмица.'],
    ['bg', 'Ще Ви отговорим в рамките на един работен ден.'],
    ['en', 'We will send the new part within a day.'],
    ['ru', 'Мы отправим новую деталь через два дня.'],
  ] as const)('guard: a counted time is a step (%s: %s)', (locale, sentence) => {
    expect(rulesOf(sentence, locale)).not.toContain('next-step');
  });

  it.each([
    ['en', 'Hello Mr Cole,\n\nThank you for your letter. Your file has been closed.\n\nHave a nice day,\nThe Team'],
    ['ru', 'Здравствуйте, Иван!\n\nСпасибо за письмо. Дело закрыто.\n\nХорошего дня,\nКоманда'],
  ] as const)('guard: a wish is no time in English and Russian either (%s)', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });
});

describe('a case reported reviewed or closed answers a complaint', () => {
  it.each([
    ['en', 'Hello Mr Cole,\n\nThank you for your letter.\nYour case has been reviewed and closed.\n\nBest wishes,\nThe Team'],
    ['ru', 'Здравствуйте, Иван!\n\nСпасибо за письмо.\nВаше обращение рассмотрено и закрыто.\n\nВсего доброго,\nКоманда'],
    ['bg', 'Здравейте, г-н Колев,\n\nБлагодарим за писмото.\nПреписката Ви е разгледана и приключена.\n\nПоздрави,\nЕкипът'],
  ] as const)('%s: %s', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule)).toContain('apology');
    expect(result.score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Ms Hart,\n\nThank you for applying. Your application has been reviewed and approved.\n\nKind regards,\nJo Lane, Membership'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо за заявку. Ваша заявка на карту рассмотрена и одобрена.\n\nС уважением,\nОлег, отдел карт'],
    ['bg', 'Здравейте, Ирина,\n\nБлагодарим за заявката. Заявката Ви за карта е разгледана и одобрена.\n\nПоздрави,\nОлег, отдел „Карти“'],
  ] as const)('guard: an application reviewed is no complaint (%s)', (locale, text) => {
    expect(lintMessage(text, { locale }).kind).not.toBe('complaint');
  });
});
