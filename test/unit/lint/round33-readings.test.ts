/**
 * The lint readings of round 33 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set:
 * - a penalty threatened if we do not receive what the customer owes ("If we don't receive it, we will pass the account
 *   on", "If we have not received the fee by 1 June, we will suspend…", «Если мы не получим оплату…, начислим пени») is
 *   round 12's threat, the customer's failing told from our side: it dismisses (`dismissive`). Only what we receive, get,
 *   see or hear from the customer, and only a penalty after it: "…, we will refund you" offers;
 * - round 27's refusal of a remedy reads a Bulgarian refusal that opens its sentence with a capital («Не можем да върнем
 *   сумата, за съжаление.», «Не можем да върнем сумата, вместо това можем…»), as it read the lowercase «не можем».
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a penalty threatened if we do not receive what is owed dismisses the customer', () => {
  it.each([
    ['en', 'Dear Mr Dale,\n\nYour invoice 5521 for £180.00 was due on 2 May.\nIf we do not receive the payment by Friday, we will pass the debt to our recovery partner.\n\nKind regards,\nNina Cole\nAccounts'],
    ['en', 'Dear Mr Dale,\n\nYour membership fee of £45.00 is overdue.\nIf we haven\'t received the fee by 1 June we will suspend your membership.\n\nKind regards,\nNina Cole\nMember Services'],
    ['ru', 'Здравствуйте, Павел!\n\nСчёт № 5521 на 9 800 ₽ не оплачен.\nЕсли мы не получим оплату до пятницы, мы будем вынуждены начислить пени.\n\nС уважением,\nНина Коваль\nБухгалтерия'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['bg', 'Здравейте, Павел,\n\nФактура № 5521 за 410 лв. не е платена.\nАко не получим плащането до петък, ще предадем вземането на съдебен изпълнител.\n\nПоздрави,\nНина Колева\nСчетоводство'],
  ] as const)('%s guard: the Bulgarian condition names no subject and was read before round 33 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    ['en', 'Dear Mr Dale,\n\nThank you for sending the faulty kettle back.\nIf we do not receive it by Friday, we will refund you in full anyway and you can keep the tracking slip.\n\nKind regards,\nNina Cole\nReturns'],
    ['en', 'Dear Mr Dale,\n\nThank you for your message about the booking.\nIf we don\'t hear from you by Friday, we will keep the table for Saturday as planned.\n\nKind regards,\nNina Cole\nReservations'],
    ['ru', 'Здравствуйте, Павел!\n\nСпасибо за письмо о возврате.\nЕсли мы не получим посылку от перевозчика до пятницы, мы всё равно вернём деньги.\n\nС уважением,\nНина Коваль\nСлужба возвратов'],
  ] as const)('%s guard: help after the condition is no threat, before round 33 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('a Bulgarian refusal of a remedy opening its sentence with a capital is read', () => {
  it.each([
    ['bg', 'Здравейте, Игор,\n\nБлагодарим за писмото относно резервацията.\nНе можем да върнем сумата за нощувката, вместо това можем да я прехвърлим за друга дата; ще потвърдя утре.\n\nПоздрави,\nМарина\nОтдел резервации'],
    ['bg', 'Здравейте, Игор,\n\nБлагодарим за писмото относно резервацията.\nНе можем да върнем сумата за нощувката, за съжаление.\nЩе Ви предложим отстъпка при следващ престой; ще потвърдя утре.\n\nПоздрави,\nМарина\nОтдел резервации'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('apology');
  });

  it.each([
    ['bg', 'Здравейте, Игор,\n\nБлагодарим за писмото относно резервацията.\nНе можем да върнем сумата по правилата ни, вместо това можем да я прехвърлим за друга дата; ще потвърдя утре.\n\nПоздрави,\nМарина\nОтдел резервации'],
    ['bg', 'Здравейте, Игор,\n\nБлагодарим за писмото относно резервацията.\nНе можем да върнем сумата за нощувката.\nЩе Ви предложим отстъпка при следващ престой; ще потвърдя утре.\n\nПоздрави,\nМарина\nОтдел резервации'],
  ] as const)('%s guard: a refusal put on the rules, or with no regret and no alternative, apologises for nothing, before round 33 and after: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('apology');
  });
});
