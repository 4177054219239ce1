/**
 * The lint readings of round 45 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: the service paid for, named before its month, names what a payment reminder is for, as the month alone
 * does ("the payment for garden waste collection for March", «оплату за вывоз ТКО за март», «плащането за сметосъбиране
 * за март»); and a day of the month we do not work or deliver on is the hours we keep, told for a date: a notice's day,
 * no step of ours ("We do not deliver on 3 March.", «3 марта не доставляем.», «На 3 март не доставяме.»). What read so
 * before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('the service paid for, named before its month, names what the reminder is for', () => {
  it.each([
    ['en', 'Dear Mr Hale,\n\nThank you for being our customer. This is a reminder that the payment for garden waste collection '
      + 'for March, £41.20, was due on 25 April and is now overdue. You can pay online or at the council office. If you have any questions, just '
      + 'reply to this email.\n\nKind regards,\nRuth Ames\nRevenue Team'],
    ['ru', 'Здравствуйте, Павел Андреевич!\n\nБлагодарим вас за то, что вы с нами. Напоминаем, что оплату за вывоз ТКО за март в '
      + 'размере 412,60 ₽ необходимо внести до 25 апреля. Оплатить можно в личном кабинете. Если будут вопросы, просто ответьте на это письмо.\n\nС уважением,\n'
      + 'Ирина Белова\nАбонентский отдел'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим Ви, че сте наш клиент. Напомняме, че плащането за сметосъбиране за март в размер '
      + 'на 24,50 лв. е с падеж 25 април. Ако имате въпроси, просто ни пишете.\n\nС уважение,\nИрина Белова\nОтдел „Местни приходи“'],
  ] as const)('%s: no reminder-invoice error: %s', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.kind).toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-invoice');
  });
});

describe('a day of the month we do not work or deliver on is no step of ours', () => {
  it.each([
    ['en', 'Hello Anna,\n\nThank you for your order. We do not deliver on 3 March.\n\nKind regards,\nRuth Ames\nDelivery Team'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за заказ. 3 марта не доставляем.\n\nС уважением,\nИрина Белова\nСлужба доставки'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим за поръчката. На 3 март не доставяме.\n\nПоздрави,\nИрина Белова\nОтдел доставки'],
  ] as const)('%s: next-step and no-substance errors: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toEqual(expect.arrayContaining(['next-step', 'no-substance']));
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // The month alone after the payment, as round 20 read it.
    ['ru', 'Здравствуйте, Павел Андреевич!\n\nБлагодарим вас за то, что вы с нами. Напоминаем, что оплату за март в размере 412,60 ₽ '
      + 'нужно внести до 25 апреля. Если будут вопросы, просто ответьте на это письмо.\n\nС уважением,\nИрина Белова\nАбонентский отдел'],
  ] as const)('%s: the month still names the payment: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('reminder-invoice');
  });

  it.each([
    // An amount with its due date and no service or month names nothing.
    ['en', 'Dear Mr Hale,\n\nThank you for being our customer. This is a reminder that £41.20 was due on 25 April and is now overdue. If you have any '
      + 'questions, just reply to this email.\n\nKind regards,\nRuth Ames\nRevenue Team'],
  ] as const)('%s: an amount alone still names no invoice: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('reminder-invoice');
  });

  it.each([
    // The closed day with a step of ours on another date: that date is the step.
    ['en', 'Hello Anna,\n\nThank you for your order. We do not deliver on 3 March, so your box will arrive on 4 March. If you have '
      + 'any questions, just reply to this email.\n\nKind regards,\nRuth Ames\nDelivery Team'],
    ['bg', 'Здравейте, Анна,\n\nБлагодарим за поръчката. На 3 март не доставяме, затова ще доставим кутията Ви на 4 март. Ако '
      + 'имате въпроси, просто ни пишете.\n\nПоздрави,\nИрина Белова\nОтдел доставки'],
    // A delivery on a date, with no negation, is a step of ours.
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за заказ. Мы доставим его 3 марта. Если будут вопросы, просто ответьте на это письмо.\n\n'
      + 'С уважением,\nИрина Белова\nСлужба доставки'],
  ] as const)('%s: a step of ours on a date stays one: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('next-step');
  });
});
