/**
 * The lint readings of round 32 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - a refusal of a remedy answered with what we can do instead ("What I can do is…", «Что мы можем сделать: …», «Това,
 *   което можем да направим, е…», «Зато можем…»; on the refusal's own line also "Instead, we can…", «Вместо това можем…»)
 *   is the courteous refusal: it apologises for the refusal (`apology`), as round 27's regret does; with a policy named
 *   before it on its line (round 28) it does not;
 * - a credit product names what a reminder's payment is for (`reminder-invoice`): "your credit card payment", «платёж по
 *   кредитной карте», «плащането по кредитната Ви карта»;
 * - allowing that paying may be hard ("If you are having difficulty paying…", «Если возникли сложности…», «Ако имате
 *   затруднения…») is a reminder's goodwill (`reminder-goodwill`);
 * - round 31's call to a number reads the customer's call to us only: not someone calling the customer («Курьер позвонит вам
 *   с номера …», «Куриерът ще Ви се обади от …»), not a third party's number («позвоните курьеру по номеру …», «обадете се на
 *   куриера на …»); a comma may follow the verb («позвоните, пожалуйста, …»).
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a refusal answered with what we can do instead apologises for the refusal', () => {
  it.each([
    ['en', 'Dear Mr Osei,\n\nThank you for your email about the gym fee.\nThe freeze was requested after the billing date, so we are not able to refund June.\nWhat we can do is add two free weeks to your membership; I will confirm them by Friday.\n\nKind regards,\nPriya Shah\nMember Services'],
    ['en', 'Dear Mr Osei,\n\nThank you for your email about the class pack.\nThe pack has been used in full, so I cannot refund it, but I would like to offer you a free class next week.\n\nKind regards,\nPriya Shah\nMember Services'],
    ['ru', 'Здравствуйте, Игорь!\n\nСпасибо за письмо о бронировании.\nБронь была по невозвратному тарифу, поэтому возврат оплаты мы сделать не можем.\nЧто мы можем сделать: перенести проживание на любые даты до 1 октября, я подтвержу перенос завтра.\n\nС уважением,\nМарина\nСлужба бронирования'],
    ['ru', 'Здравствуйте, Игорь!\n\nСпасибо за письмо о бронировании.\nВозврат оплаты за невозвратный тариф мы сделать не можем.\nЗато можем бесплатно перенести даты, я подтвержу перенос завтра.\n\nС уважением,\nМарина\nСлужба бронирования'],
    ['bg', 'Здравейте, Игор,\n\nБлагодарим за писмото относно резервацията.\nРезервацията е по невъзстановима цена, затова не можем да върнем сумата.\nТова, което можем да направим, е да преместим престоя Ви на друга дата; ще потвърдя утре.\n\nПоздрави,\nМарина\nОтдел резервации'],
    ['bg', 'Здравейте, Игор,\n\nБлагодарим за писмото относно резервацията.\nТарифата е невъзстановима и не можем да върнем сумата за нощувката, вместо това можем да я прехвърлим за друга дата; ще потвърдя утре.\n\nПоздрави,\nМарина\nОтдел резервации'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('apology');
  });

  it.each([
    ['en', 'Dear Mr Osei,\n\nThank you for your email about the gym fee.\nAs per our policy we are not able to refund June. What we can do is add two free weeks; I will confirm them by Friday.\n\nKind regards,\nPriya Shah\nMember Services'],
    ['en', 'Dear Mr Osei,\n\nThank you for your email about the lost parcel; we cannot refund the postage.\nInstead, we have sent a new one today.\n\nKind regards,\nPriya Shah\nMember Services'],
  ] as const)('%s guard: a refusal put on a policy, or "instead" with no refusal on its line, apologises for nothing, before round 32 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('apology');
  });
});

describe('a credit product names what a reminder\'s payment is for', () => {
  it.each([
    ['en', 'Dear Ms Hart,\n\nI hope you are well. Your credit card payment of £220.00 was due on 14 May and is now overdue.\nYou can pay in the app.\n\nKind regards,\nTom Reed\nCard Services'],
    ['ru', 'Здравствуйте, Ольга!\n\nНадеемся, у вас всё хорошо. Напоминаем: платёж по займу 4 200 ₽ просим оплатить до 10 июня.\n\nС уважением,\nАнна Петрова\nОтдел обслуживания'],
    ['bg', 'Здравейте, Олга,\n\nНадяваме се, че сте добре. Напомняме, че плащането по кредитната Ви карта от 310 лв. е с падеж 10 юни.\n\nПоздрави,\nАнна Петрова\nОтдел обслужване'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('reminder-invoice');
  });

  it.each([
    ['en', 'Dear Ms Hart,\n\nI hope you are well. Your payment of £220.00 was due on 14 May and is now overdue.\nYou can pay in the app.\n\nKind regards,\nTom Reed\nCard Services'],
  ] as const)('%s guard: a payment with nothing named, before round 32 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('reminder-invoice');
  });
});

describe('allowing that paying may be hard is a reminder\'s goodwill', () => {
  it.each([
    ['en', 'Dear Ms Hart,\n\nYour invoice 2211 for £220.00 was due on 14 May and is now overdue.\nIf you are having difficulty paying, reply and we will set up a plan.\n\nKind regards,\nTom Reed\nAccounts'],
    ['ru', 'Здравствуйте, Ольга!\n\nНапоминаем: счёт № 2211 на 4 200 ₽ нужно оплатить до 10 июня.\nЕсли у вас возникли трудности с оплатой, напишите нам — предложим рассрочку.\n\nС уважением,\nАнна Петрова\nБухгалтерия'],
    ['bg', 'Здравейте, Олга,\n\nНапомняме, че фактура № 2211 за 310 лв. е с падеж 10 юни.\nАко срещате затруднения с плащането, пишете ни и ще предложим разсрочване.\n\nПоздрави,\nАнна Петрова\nСчетоводство'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('reminder-goodwill');
  });
});

describe('a call to a number invites a call to us only', () => {
  it.each([
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за письмо. Курьер позвонит вам с номера +7 900 555-12-12 за час до приезда.\nЗаказ приедет в пятницу.\n\nС уважением,\nОльга\nМагазин «Лён»'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за письмо. Заказ у перевозчика. Пожалуйста, позвоните курьеру по номеру +7 900 555-12-12, он уточнит время.\nЗаказ приедет в пятницу.\n\nС уважением,\nОльга\nМагазин «Лён»'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим за писмото. Пратката е при куриера. Моля, обадете се на куриера на 0888 555 121, за да уточните часа.\nПоръчката ще пристигне в петък.\n\nПоздрави,\nОлга\nМагазин „Лен“'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим за писмото. Куриерът ще Ви се обади от номер 0888 555 121 преди доставката.\nПоръчката ще пристигне в петък.\n\nПоздрави,\nОлга\nМагазин „Лен“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });

  it.each([
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за письмо. Заказ приедет в пятницу.\nЕсли он задержится, позвоните, пожалуйста, мне напрямую: +7 900 555-12-12.\n\nС уважением,\nОльга\nМагазин «Лён»'],
  ] as const)('%s: a comma after the verb: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });

  it.each([
    ['en', 'Hello Anna,\n\nThank you for your message. The parcel is with the carrier. Please call the courier on 0800 555 121.\nIt will arrive on Friday.\n\nRegards,\nOlga\nLinen Shop'],
  ] as const)('%s guard: the English call reads "us" or "our" line only, before round 32 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('offer-questions');
  });

  it.each([
    ['ru', 'Здравствуйте!\n\nСпасибо за письмо. В выходные офис закрыт. По срочным вопросам звоните дежурному: +7 812 555-01-01.\nОтветим в понедельник до 12:00.\n\nС уважением,\nкоманда «Клён»'],
    ['bg', 'Здравейте,\n\nБлагодарим за писмото. В неделя офисът не работи. При спешност звънете на 0888 555 010.\nЩе отговорим в понеделник до 12:00.\n\nПоздрави,\nЕкипът на „Клен“'],
  ] as const)('%s guard: a line of ours still invites a call, before round 32 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });
});
