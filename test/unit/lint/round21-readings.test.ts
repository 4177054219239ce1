/**
 * The lint readings of round 21 (fixtures/eval/README.md, "Lint round 21"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - a problem the customer may have, named in a condition ("If you have any problems…", «Если у вас возникнут
 *   проблемы…», «Ако възникне проблем…»), offers help for what may come: no vote for a complaint, so a polite order
 *   confirmation or an after-hours notice that says it owes no apology;
 * - one phrase is one vote: a request registered «…обращение зарегистрировано под номером…» or «обращение направлено в
 *   профильный отдел», matched by two overlapping phrases of the complaint words, counts once, as "has been logged" does
 *   in English (English and Bulgarian have no overlapping phrases of a registration, so Russian cases only).
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rulesOf = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

describe('a problem named in a condition is none the customer had', () => {
  it.each([
    ['en', 'Hello Tom,\n\nThank you for your order 5521. Your new router will be delivered on Thursday, 12 June.\nIf you have any problems setting it up, just reply to this email and I will be glad to help.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за заказ № 5521. Новый роутер привезём в четверг, 12 июня.\nЕсли у вас возникнут проблемы с настройкой, просто ответьте на это письмо — я с радостью помогу.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо за заказ № 5521. Новый роутер привезём в четверг, 12 июня.\nПри возникновении проблем с настройкой просто ответьте на это письмо — я с радостью помогу.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви за поръчка № 5521. Новият рутер ще бъде доставен в четвъртък, 12 юни.\nАко възникне проблем с настройката, просто отговорете на този имейл и с радост ще помогна.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
  ] as const)('%s: an order confirmation is no complaint reply', (locale, text) => {
    expect(lint(text, locale).kind).toBe('general');
    expect(rulesOf(text, locale)).not.toContain('apology');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(90);
  });

  it.each([
    ['en', 'Hello Tom,\n\nThank you for contacting Northwind support. We are outside working hours now. Your request has been logged under reference 5512, and we will answer it tomorrow by 10:00.\nIf you have an urgent problem with your account, our status page is updated every hour.\n\nKind regards,\nAmy Ward and the Support team'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали в поддержку «Норд». Сегодня у нас выходной, ваше обращение принято, и мы ответим на него завтра до 10:00.\nЕсли у вас срочная проблема с доступом, загляните на страницу статуса — она обновляется каждый час.\n\nС уважением,\nАнна Волкова и команда поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че писахте на поддръжката на „Норд“. Днес е почивен ден, запитването Ви е прието и ще Ви отговорим утре до 10:00.\nАко имате спешен проблем с достъпа, вижте страницата за статус, която се обновява всеки час.\n\nПоздрави,\nАна Вълчева и екипът по поддръжка'],
  ] as const)('%s: an after-hours notice owes no apology', (locale, text) => {
    expect(lint(text, locale).kind).toBe('notice');
    expect(rulesOf(text, locale)).not.toContain('apology');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Hello Tom,\n\nThank you for writing. There was a problem with your order 5521, and we have sent the missing cable today.\n\nKind regards,\nAmy Ward\nCustomer Care'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. С вашим заказом № 5521 возникла проблема: недостающий кабель мы отправили сегодня.\n\nС уважением,\nАнна Волкова\nслужба поддержки'],
    ['bg', 'Здравейте, Петър,\n\nБлагодарим Ви, че писахте. С поръчка № 5521 имаше проблем: липсващия кабел изпратихме днес.\n\nПоздрави,\nАна Вълчева\nекип „Поддръжка“'],
  ] as const)('%s guard: a problem the customer had still owes an apology', (locale, text) => {
    expect(lint(text, locale).kind).toBe('complaint');
    expect(rulesOf(text, locale)).toContain('apology');
  });

  it.each([
    ['en', 'We are closed. If you have a problem, read the FAQ.'],
    ['ru', 'Мы закрыты. Если у вас проблема, читайте раздел «Вопросы».'],
    ['bg', 'Затворени сме. Ако имате проблем, четете раздел „Въпроси“.'],
  ] as const)('%s guard: a curt notice stays below 50', (locale, text) => {
    expect(lint(text, locale).score).toBeLessThan(50);
  });
});

describe('one phrase is one vote', () => {
  it.each([
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали в поддержку «Норд». Сегодня праздничный день. Ваше обращение зарегистрировано под номером 1204, мы ответим на него завтра до 12:00.\n\nС уважением,\nАнна Волкова и команда поддержки'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали в поддержку «Норд». Сегодня праздничный день. Ваше обращение направлено в профильный отдел, мы ответим на него завтра до 12:00.\n\nС уважением,\nАнна Волкова и команда поддержки'],
  ] as const)('%s: a request registered on a holiday is a notice', (locale, text) => {
    expect(lint(text, locale).kind).toBe('notice');
    expect(rulesOf(text, locale)).not.toContain('apology');
    expect(lint(text, locale).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Ваша жалоба на задержку заказа зарегистрирована, мы ответим на неё завтра до 12:00. Сегодня праздничный день.\n\nС уважением,\nАнна Волкова и команда поддержки'],
  ] as const)('%s guard: a complaint registered on a holiday still owes an apology', (locale, text) => {
    expect(lint(text, locale).kind).toBe('complaint');
    expect(rulesOf(text, locale)).toContain('apology');
  });

  it.each([
    ['ru', 'Выходной. Обращение зарегистрировано под номером 1204. Ждите.'],
    ['ru', 'Праздник. Обращение направлено в профильный отдел. Ждите.'],
  ] as const)('%s guard: a curt registration stays below 50', (locale, text) => {
    expect(lint(text, locale).score).toBeLessThan(50);
  });
});
