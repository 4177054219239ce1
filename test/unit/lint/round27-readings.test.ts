/**
 * The lint readings of round 27 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - regret told with a refusal of a remedy apologises for the refusal ("I'm afraid we can't refund…", "we are unable to
 *   exchange it, unfortunately", «К сожалению, вернуть … мы не можем», «вернуть … мы, к сожалению, не можем», «За
 *   съжаление не можем да възстановим…»): the refusal's "I am sorry, but…". "Unfortunately" with something gone wrong
 *   ("Unfortunately your parcel was delayed"), or with no remedy refused, is still no apology;
 * - the choice left to the customer without "you" or in the comparative ("…on Friday at 9am if that suits", "if you
 *   prefer", «Если удобнее, можем…», «Ако предпочитате…», «Ако Ви е по-удобно…») invites an answer (`offer-questions`);
 * - a plan in the condition is no failing to comply ("If you don't plan to use the line…", «Если вы не планируете…»,
 *   «Ако не планирате…»): what follows is an option or a service, no penalty threatened (`dismissive`);
 * - an account in arrears, and an order to pay that names the amount ("Pay £40.00 by Friday."), ask for payment: the
 *   reply is a payment reminder.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;

describe('regret told with a refusal of a remedy apologises for the refusal', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nThank you for your message about the gym refund. I\'m afraid we can\'t refund the joining fee, as the first class was attended.\n\nKind regards,\nOwen Pike\nMember Services'],
    ['en', 'Hello Ruth,\n\nThank you for your message about the refund. We are unable to exchange a worn coat, unfortunately, but our tailor can shorten the sleeves for free.\n\nKind regards,\nOwen Pike\nCustomer Care'],
    ['ru', 'Здравствуйте, Рита!\n\nСпасибо за письмо о возврате. К сожалению, вернуть взнос за первый месяц мы не можем: абонемент уже активирован.\n\nС уважением,\nОлег Пиков\nФитнес-клуб «Тонус»'],
    ['ru', 'Здравствуйте, Рита!\n\nСпасибо за письмо о возврате. Обменять куртку после химчистки мы, к сожалению, не можем.\n\nС уважением,\nОлег Пиков\nМагазин «Север»'],
    ['bg', 'Здравейте, Рита,\n\nБлагодарим за писмото. За съжаление не можем да върнем таксата за първия месец, тъй като картата е активирана.\n\nПоздрави,\nОлег Пиков\nФитнес „Тонус“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('complaint');
    expect(rulesOf(text, locale)).not.toContain('apology');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nThank you for your message about the refund. Unfortunately your parcel was delayed by the courier, and it will arrive on Friday.\n\nKind regards,\nOwen Pike\nCustomer Care'],
    ['en', 'Hello Ruth,\n\nThank you for your complaint. Unfortunately we cannot find your order yet, and we will call you on Friday at 10:00.\n\nKind regards,\nOwen Pike\nCustomer Care'],
    ['ru', 'Здравствуйте, Рита!\n\nСпасибо за жалобу. К сожалению, курьер опоздал, заказ будет у вас в пятницу.\n\nС уважением,\nОлег Пиков\nМагазин «Север»'],
  ] as const)('%s guard: "unfortunately" with something gone wrong, or no remedy refused, is still no apology: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('apology');
  });
});

describe('the choice left to the customer without "you", or in the comparative, invites an answer', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nYour new router is ready. Our engineer can fit it on Friday at 9am if that suits.\n\nKind regards,\nOwen Pike\nHome Broadband'],
    ['en', 'Hello Ruth,\n\nYour new router is ready. Our engineer can fit it on Friday at 9am if that suits you.\n\nKind regards,\nOwen Pike\nHome Broadband'],
    ['en', 'Hello Ruth,\n\nYour new router is ready. If you prefer, our engineer can fit it on Friday at 9am.\n\nKind regards,\nOwen Pike\nHome Broadband'],
    ['ru', 'Здравствуйте, Рита!\n\nНовый роутер готов. Если удобнее, мастер установит его в пятницу в 9:00.\n\nС уважением,\nОлег Пиков\nДомашний интернет'],
    ['bg', 'Здравейте, Рита,\n\nНовият рутер е готов. Ако предпочитате, техникът ще го монтира в петък в 9:00.\n\nПоздрави,\nОлег Пиков\nДомашен интернет'],
    ['bg', 'Здравейте, Рита,\n\nНовият рутер е готов. Ако Ви е по-удобно, техникът ще го монтира в петък в 9:00.\n\nПоздрави,\nОлег Пиков\nДомашен интернет'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nYour new router is ready. Would Friday at 9am suit you for the engineer?\n\nKind regards,\nOwen Pike\nHome Broadband'],
  ] as const)('%s guard: "suit you" invited an answer before round 27 too: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('offer-questions');
  });
});

describe('a plan in the condition is no failing to comply', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nThank you for the note about your trip. If you do not plan to use the line while abroad, we will suspend it free of charge until you are back.\n\nKind regards,\nOwen Pike\nMobile Care'],
    ['ru', 'Здравствуйте, Рита!\n\nСпасибо за письмо о поездке. Если вы не планируете пользоваться картой за границей, её можно заблокировать в приложении до возвращения.\n\nС уважением,\nОлег Пиков\nБанк «Север»'],
    ['bg', 'Здравейте, Рита,\n\nБлагодарим за писмото за пътуването. Ако не планирате да ползвате картата в чужбина, ще я блокираме безплатно до завръщането Ви.\n\nПоздрави,\nОлег Пиков\nБанка „Север“'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nIf you do not pay the March bill by Friday, we will suspend the line.\n\nKind regards,\nOwen Pike\nMobile Care'],
    ['ru', 'Здравствуйте, Рита!\n\nЕсли вы не оплатите счёт до пятницы, мы заблокируем карту.\n\nС уважением,\nОлег Пиков\nБанк «Север»'],
  ] as const)('%s guard: failing to pay, with a penalty after it, still threatens: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });
});

describe('an account in arrears, and an order to pay that names the amount, ask for payment', () => {
  it.each([
    ['en', 'Hello Ruth,\n\nYour water account is in arrears.\n\nKind regards,\nOwen Pike\nAccounts'],
    ['en', 'Hello Ruth,\n\nThe boiler service was on 3 March. Pay £40.00 by Friday.\n\nKind regards,\nOwen Pike\nAccounts'],
  ] as const)('%s: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('reminder');
  });

  it.each([
    ['en', 'Hello Ruth,\n\nGood news: your water account is not in arrears, and your direct debit is set up.\n\nKind regards,\nOwen Pike\nAccounts'],
    ['en', 'Hello Ruth,\n\nYour account is no longer in arrears. Thank you for the payment.\n\nKind regards,\nOwen Pike\nAccounts'],
  ] as const)('%s guard: an account not in arrears asks for no payment: %s', (locale, text) => {
    expect(kindOf(text, locale)).not.toBe('reminder');
  });
});
