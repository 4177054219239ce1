/**
 * The lint readings of round 23 (fixtures/eval/README.md, "Lint round 23"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - an amount for what was done on a date ("£85 for your treatment on 3 March", «4 500 ₽ за приём от 12 марта») names what
 *   a payment reminder asks for (`reminder-invoice`); an amount with a date and no service names nothing;
 * - allowing that the customer may have paid already ("If you have already paid, please disregard this reminder", «Если
 *   оплата уже произведена…», «Ако вече сте платили…») shows understanding (`reminder-goodwill`);
 * - contacting us in any form of the verb («если вы свяжетесь с нами», «ако се свържете с нас», "contact me") invites an
 *   answer (`offer-questions`); the customer's attempt to reach us, told after the fact, invites nothing;
 * - an appeal or a claim turned down in the passive ("Your appeal has been rejected.", «Ваша жалоба отклонена.», «Жалбата
 *   Ви не е уважена.») answers a complaint, so it owes an apology;
 * - the question named as a third party's ("That's a question for the manufacturer.", «это вопрос к производителю»,
 *   «Въпросът е към куриера.») deflects, and so does a bare order to call the third party by a pronoun («Звоните ему.»,
 *   «Обадете им се.»);
 * - telling the customer to look, choose or take more care ("Look more carefully when you order.", «Внимательнее выбирайте
 *   размер.», «Гледайте по-внимателно, когато поръчвате.») is a lecture (`dismissive`), as round 9's "read more carefully" is.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

describe('an amount for what was done on a date names what is paid for', () => {
  it.each([
    ['en', 'Hello Ms Reed,\n\nI hope you are well. Our records show that the balance of £85.00 for your treatment on 3 March is still unpaid. Could you arrange the payment by 20 March?\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nAmy Ward\nAccounts, Brightsmile Dental'],
    ['ru', 'Здравствуйте, Олег Петрович!\n\nНадеемся, у вас всё хорошо. Напоминаем, что осталась неоплаченной сумма 4 500 ₽ за приём от 12 марта. Оплатить её можно до 25 марта.\n\nЕсли у вас есть вопросы, просто ответьте на это письмо.\n\nС уважением,\nАнна Волкова\nадминистратор клиники'],
    ['ru', 'Здравствуйте, Олег Петрович!\n\nНадеемся, у вас всё хорошо. Напоминаем, что остаётся к оплате 2 300 ₽ за ремонт велосипеда 14.03.2026. Оплатить можно до 25 марта.\n\nЕсли у вас есть вопросы, просто ответьте на это письмо.\n\nС уважением,\nАнна Волкова\nвеломастерская'],
    ['bg', 'Здравейте, г-н Петров,\n\nНадяваме се, че сте добре. Напомняме Ви, че остава неплатена сумата от 60 лв. за прегледа от 3 март. Моля, платете я до 20 март.\n\nАко имате въпроси, просто ни пишете.\n\nС уважение,\nАна Вълчева\nРецепция'],
  ] as const)('%s: %s', (locale, text) => {
    const result = lint(text, locale);
    expect(result.kind).toBe('reminder');
    expect(rulesOf(text, locale)).not.toContain('reminder-invoice');
  });

  it.each([
    ['en', 'Hello Ms Reed,\n\nI hope you are well. Our records show that £85.00 is still unpaid and was due on 3 March. Could you arrange the payment by 20 March?\n\nKind regards,\nAmy Ward\nAccounts'],
    ['ru', 'Здравствуйте, Олег Петрович!\n\nНадеемся, у вас всё хорошо. Напоминаем, что 4 500 ₽ не оплачены, срок оплаты был 12 марта.\n\nС уважением,\nАнна Волкова'],
    ['bg', 'Здравейте, г-н Петров,\n\nНадяваме се, че сте добре. Напомняме Ви, че 60 лв. са неплатени от 3 март. Моля, платете ги до 20 март.\n\nС уважение,\nАна Вълчева'],
  ] as const)('%s guard: an amount with a date and no service names nothing', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('reminder-invoice');
  });
});

describe('allowing that the customer may have paid already shows understanding', () => {
  it.each([
    ['en', 'Hello Ms Reed,\n\nInvoice 2026-0142 for £85.00 was due on 3 March. Could you arrange the payment by 20 March? If you have already paid, please disregard this reminder.\n\nKind regards,\nAmy Ward\nAccounts'],
    ['en', 'Hello Ms Reed,\n\nInvoice 2026-0142 for £85.00 is overdue since 3 March. If the payment has already been made, thank you, and please ignore this message.\n\nKind regards,\nAmy Ward\nAccounts'],
    ['ru', 'Здравствуйте, Олег Петрович!\n\nСчёт № 2026-0142 на 4 500 ₽ нужно было оплатить до 12 марта. Если вы уже оплатили его, просто не обращайте внимания на это письмо.\n\nС уважением,\nАнна Волкова\nбухгалтерия'],
    ['bg', 'Здравейте, г-н Петров,\n\nФактура № 2026-0142 за 60 лв. е с падеж 3 март. Ако вече сте платили, моля да ни извините за напомнянето.\n\nС уважение,\nАна Вълчева\nсчетоводство'],
  ] as const)('%s: %s', (locale, text) => {
    expect(lint(text, locale).kind).toBe('reminder');
    expect(rulesOf(text, locale)).not.toContain('reminder-goodwill');
  });

  it.each([
    ['en', 'Hello Ms Reed,\n\nInvoice 2026-0142 for £85.00 was due on 3 March. Please pay it by 20 March.\n\nKind regards,\nAmy Ward\nAccounts'],
    ['ru', 'Здравствуйте, Олег Петрович!\n\nСчёт № 2026-0142 на 4 500 ₽ нужно было оплатить до 12 марта. Оплатите его до 20 марта.\n\nС уважением,\nАнна Волкова\nбухгалтерия'],
    ['bg', 'Здравейте, г-н Петров,\n\nФактура № 2026-0142 за 60 лв. е с падеж 3 март. Платете я до 20 март.\n\nС уважение,\nАна Вълчева\nсчетоводство'],
  ] as const)('%s guard: a reminder with no line of goodwill still lacks it', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('reminder-goodwill');
  });
});

describe('contacting us in any form of the verb invites an answer', () => {
  it.each([
    ['en', 'Hello Sam,\n\nThank you for writing. Your new card will be posted on Monday. If it has not arrived by Friday, please contact me directly.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Новую карту мы отправим в понедельник. Будем признательны, если вы свяжетесь с нами, когда она придёт.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Новую карту мы отправим в понедельник. Вы всегда можете связаться с нами по телефону 8 800 555-12-12.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че писахте. Новата карта ще изпратим в понеделник. Ще сме благодарни, ако се свържете с нас, когато пристигне.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че писахте. Новата карта ще изпратим в понеделник. Можете да се свържете с мен на 0888 555 123.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(90);
  });

  it.each([
    ['en', 'Hello Sam,\n\nThank you for your message, and sorry that you tried to contact us last night without success. Your new card will be posted on Monday.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за сообщение. Жаль, что вы не смогли связаться с нами вчера вечером. Новую карту мы отправим в понедельник.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви за съобщението. Съжаляваме, че не успяхте да се свържете с нас снощи. Новата карта ще изпратим в понеделник.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
  ] as const)('%s guard (new in English): the customer\'s attempt to reach us, told after the fact, invites nothing', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });
});

describe('an appeal or a claim turned down in the passive answers a complaint', () => {
  it.each([
    ['en', 'Reference 5512. Your appeal has been rejected. The charge must be paid within 14 days.'],
    ['en', 'Hello Sam,\n\nYour appeal was not upheld. The fee stays as billed.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nВаша апелляция отклонена. Решение остаётся в силе.\n\nС уважением,\nАнна Волкова'],
    ['ru', 'Здравствуйте, Олег!\n\nАпелляция оставлена без удовлетворения. Плата остаётся прежней.\n\nС уважением,\nАнна Волкова'],
    ['bg', 'Здравейте, Петър,\n\nЖалбата Ви не е уважена. Таксата остава.\n\nПоздрави,\nАна Вълчева'],
  ] as const)('%s: %s', (locale, text) => {
    expect(lint(text, locale).kind).toBe('complaint');
    expect(rulesOf(text, locale)).toContain('apology');
  });

  it.each([
    ['en', 'Hello Sam,\n\nGood news: your appeal has been upheld and the charge is cancelled. I have closed the file today.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['en', 'Hello Sam,\n\nYour application has been rejected because the form was unsigned. Could you sign page 2 and send it back by Friday?\n\nKind regards,\nAmy Ward\nMembership'],
    ['ru', 'Здравствуйте, Олег!\n\nВаша апелляция удовлетворена, штраф отменён сегодня.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
  ] as const)('%s guard: an appeal upheld or an application is no complaint', (locale, text) => {
    expect(lint(text, locale).kind).not.toBe('complaint');
  });
});

describe('the question named as a third party\'s deflects', () => {
  it.each([
    ['en', 'Delivery dates do not depend on us. That\'s a question for the manufacturer.'],
    ['en', 'The battery life? It is a matter for the manufacturer.'],
    ['ru', 'Сроки поставки от нас не зависят, это вопрос к производителю.'],
    ['ru', 'Задержка посылки — вопрос к перевозчику.'],
    ['bg', 'Сроковете не зависят от нас, това е въпрос към производителя.'],
    ['bg', 'Въпросът е към куриера.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('hated-phrase');
  });

  it.each([
    ['ru', 'Сроки от нас не зависят, это к производителю. Звоните ему.'],
    ['ru', 'Посылку везёт почта. Пишите им.'],
    ['bg', 'Пратката е при куриера. Обадете им се.'],
    ['bg', 'Гаранцията е на производителя. Пишете му.'],
  ] as const)('%s: a bare order to call the third party by a pronoun: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('hated-phrase');
  });

  it.each([
    ['en', 'Hello Sam,\n\nThank you for asking. This is a question for the manufacturer, so we have sent it to them today and I will call you on Friday.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за вопрос. Мы уже направили вопрос к производителю и позвоним вам в пятницу.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим за въпроса. Ние вече изпратихме въпроса към производителя и ще Ви се обадим в петък.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за вопрос. Позвоните им, пожалуйста, а мы со своей стороны напишем им сегодня и сообщим вам ответ в пятницу.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
  ] as const)('%s guard: a question we take up ourselves is no deflection', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('hated-phrase');
  });
});

describe('telling the customer to look or choose more carefully is a lecture', () => {
  it.each([
    ['en', 'You chose these shoes. Look more carefully when you order.'],
    ['en', 'Be more careful when ordering.'],
    ['en', 'Please pay closer attention to the size chart.'],
    ['ru', 'Внимательнее выбирайте размер.'],
    ['ru', 'Выбирайте размер внимательнее, когда заказываете.'],
    ['bg', 'Гледайте по-внимателно, когато поръчвате.'],
    ['bg', 'Внимавайте повече, когато избирате.'],
    ['bg', 'По-внимателно избирайте размера.'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Sam,\n\nThank you for writing, and I am sorry the wrong size arrived. We will look more carefully at every order from now on, and a new pair leaves today.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали, и простите за ошибку. Мы будем внимательнее проверять заказы, а новую пару отправим сегодня.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че писахте, и съжаляваме за грешката. Ще гледаме по-внимателно всяка поръчка, а новия чифт изпращаме днес.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
  ] as const)('%s guard: our own care promised is no lecture', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});
