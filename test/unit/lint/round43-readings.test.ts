/**
 * The lint readings of round 43 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: a count of a plan's instalments states the amount a payment reminder asks for, since the plan sets the sum
 * of each ("three instalments of your payment plan", «два просроченных взноса», «две неплатени вноски»), and names what the
 * payment is for, as "instalment" and «вноска» do; instalments named in the plural ("the instalments of £60") name it
 * too. The payment word inside the count ("unpaid", «неплатени») still asks for payment. What read so before the round is in
 * the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;
const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);
const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;

describe('a count of a plan\'s instalments states the amount and names what it is for', () => {
  it.each([
    ['en', 'Dear Mr Hale,\n\nI hope you are well. Our records show that three instalments of your payment plan are outstanding '
      + 'since 1 March. We understand things change, so if you have any questions, just reply to this email.\n\n'
      + 'Kind regards,\nRuth Ames\nAccounts Team'],
    ['ru', 'Здравствуйте, Павел Андреевич!\n\nНадеемся, у вас всё хорошо. По договору рассрочки не поступили два взноса, срок '
      + 'оплаты был 1 марта. Если возникли вопросы, просто ответьте на это письмо.\n\nС уважением,\nИрина Белова\nБухгалтерия'],
    ['bg', 'Уважаема г-жо Петрова,\n\nНадяваме се, че сте добре. Напомняме, че по плана за изплащане има две неплатени вноски '
      + 'с падеж 1 март. Ако имате въпроси, просто ни пишете.\n\nС уважение,\nИрина Белова\nСчетоводство'],
  ] as const)('%s: a reminder with its amount and what it is for, at 80 or more: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('reminder');
    expect(rulesOf(text, locale)).not.toContain('reminder-amount');
    expect(rulesOf(text, locale)).not.toContain('reminder-invoice');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it('ru: «два просроченных взноса» — the payment word inside the count still makes a reminder', () => {
    const text = 'Здравствуйте, Павел!\n\nНадеемся, у вас всё хорошо. У вас два просроченных взноса по рассрочке, срок был 1 '
      + 'марта. Если возникли вопросы, ответьте на это письмо.\n\nС уважением,\nИрина Белова\nБухгалтерия';
    expect(kindOf(text, 'ru')).toBe('reminder');
    expect(rulesOf(text, 'ru')).not.toContain('reminder-amount');
  });
});

describe('instalments named in the plural name what a reminder is for', () => {
  it('en: "the instalments of £60 were due on 1 March": no missing invoice', () => {
    const text = 'Dear Ms Cole,\n\nI hope all is well. A gentle reminder that the instalments of £60 were due on 1 March. If you '
      + 'have any questions, just reply to this email.\n\nKind regards,\nRuth Ames\nAccounts Team';
    expect(kindOf(text, 'en')).toBe('reminder');
    expect(rulesOf(text, 'en')).not.toContain('reminder-invoice');
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // Instalments offered as a way to pay ask for no payment: no reminder.
    ['en', 'Hello Ms Cole,\n\nThank you for asking. We can split the course fee into three instalments if that suits you. If you '
      + 'have any questions, just reply to this email.\n\nKind regards,\nRuth Ames\nAccounts Team'],
    ['ru', 'Здравствуйте, Ольга!\n\nСпасибо за вопрос. Курс можно оплатить тремя взносами, если вам так удобнее. Если будут '
      + 'вопросы, просто ответьте на это письмо.\n\nС уважением,\nИрина Белова\nБухгалтерия'],
    ['bg', 'Здравейте, Олга,\n\nБлагодарим за въпроса. Курсът може да се раздели на три вноски, ако така Ви е удобно. Ако имате '
      + 'въпроси, просто ни пишете.\n\nПоздрави,\nИрина Белова\nСчетоводство'],
  ] as const)('%s: no payment reminder: %s', (locale, text) => {
    expect(kindOf(text, locale)).not.toBe('reminder');
  });

  it.each([
    // Unpaid instalments counted are still a reminder, and a reminder still owes its dates.
    ['en', 'Dear Mr Hale,\n\nI hope you are well. Two unpaid instalments remain on your plan. If you have any questions, just reply '
      + 'to this email.\n\nKind regards,\nRuth Ames\nAccounts Team'],
    ['bg', 'Уважаеми г-н Илиев,\n\nНадяваме се, че сте добре. По договора има две неплатени вноски. Ако имате въпроси, просто ни '
      + 'пишете.\n\nС уважение,\nИрина Белова\nСчетоводство'],
  ] as const)('%s: a reminder that gives no date: %s', (locale, text) => {
    expect(kindOf(text, locale)).toBe('reminder');
    expect(rulesOf(text, locale)).toContain('reminder-due-date');
  });

  it.each([
    // A curt demand that counts the instalments stays curt.
    ['en', 'Mr Hale,\n\nTwo instalments are overdue. Pay now or we will pass the account to a collection agency.\n\nAccounts'],
    ['bg', 'Г-н Илиев,\n\nИмате две неплатени вноски. Платете веднага, иначе ще предадем случая на колектор.\n\nСчетоводство'],
  ] as const)('%s: below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});
