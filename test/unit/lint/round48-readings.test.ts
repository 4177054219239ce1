/**
 * The lint readings of round 48 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: a payment reminder asks the customer to pay a sum we are owed. A draft that gives a charge back or lets it
 * go ("I've refunded the fee", "the fee has been waived", «мы отменили штраф», «таксата Ви е възстановена»), suspends
 * penalties or calls ("we have suspended late fees", «заморозили начисление пени», «спряхме начисляването на лихви») or turns
 * a loan application down ("we cannot approve your application", «заявка на кредит отклонена», «искането Ви за заем е
 * отхвърлено») tells "due date", "overdue", «просрочка», «задолженность», «падеж» as the reason or the history, so it is a
 * payment reminder only with a word that asks for payment ("please pay", «оплатите», «платете», "your rent of £700 is due").
 * What read so before the round is in the group "guards (read so before the round too)": a reminder that waives a fee and
 * still asks for the bill, a waiver offered on a condition, a waiver refused, and a deferral refused stay payment reminders.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });

const en = (body: string): string => `Hi Tom,\n\n${body}\n\nBest wishes,\nAnna Price\nBilling Team`;
const ru = (body: string): string => `Здравствуйте, Олег!\n\n${body}\n\nС уважением,\nИрина Котова\nСлужба поддержки`;
const bg = (body: string): string => `Здравейте, г-н Петров,\n\n${body}\n\nПоздрави,\nМария Иванова\nОбслужване на клиенти`;

const notReminder = (text: string, locale: LintLocale): void => {
  const result = lint(text, locale);
  expect(result.kind).not.toBe('reminder');
  expect(result.findings.map((finding) => finding.rule).filter((rule) => rule.startsWith('reminder-'))).toEqual([]);
};

describe('a charge given back or let go is no payment reminder', () => {
  it.each([
    ['en', en("Thanks for letting us know about the £15 late fee. You're right that our payment page was down on the due date, and I'm sorry. The fee has been waived and will disappear from your next statement.")],
    ['en', en("Thank you for flagging the charge on your overdue account. I'm sorry for the mix-up: I have cancelled the £12 admin charge today.")],
    ['ru', ru('Спасибо, что написали. Вы правы: в последний день срока наше приложение не работало, приносим извинения. Мы отменили штраф за просрочку, деньги вернутся на карту в течение 2 рабочих дней.')],
    ['bg', bg('Благодарим, че ни писахте. Прав сте: в деня на падежа приложението ни не работеше. Съжаляваме. Таксата за забава Ви е възстановена и ще я видите по сметката си до 2 работни дни.')],
  ] as const)('%s: %s', (locale, text) => notReminder(text, locale));
});

describe('penalties or calls suspended are no payment reminder', () => {
  it.each([
    ['en', en("Thank you for telling us about your situation; I'm sorry things are hard at the moment. We have suspended late fees on your overdue account for 60 days and stopped calls to your family. An adviser will call you on Thursday at 2pm to agree a plan you can afford.")],
    ['ru', ru('Спасибо, что рассказали о своей ситуации, нам очень жаль. Мы заморозили начисление пени по задолженности на 60 дней. Специалист позвонит вам в пятницу в 11:00, чтобы согласовать удобный график.')],
    ['bg', bg('Благодарим, че ни разказахте за положението си. Съжаляваме, че Ви е трудно. Спряхме начисляването на лихви по просрочието за 60 дни. Наш служител ще Ви се обади в четвъртък в 14:00, за да договорим удобен план.')],
  ] as const)('%s: %s', (locale, text) => notReminder(text, locale));
});

describe('a loan application declined, a debt told as the reason, is no payment reminder', () => {
  it.each([
    ['en', en("Thank you for your loan application. Unfortunately we cannot approve your application at the moment, because your credit file shows an overdue account. I'm sorry. You can apply again 30 days after it is settled.")],
    ['ru', ru('Благодарим за обращение. К сожалению, ваша заявка на кредит отклонена: в кредитной истории есть непогашенная задолженность. Приносим извинения. Вы можете подать заявку снова через месяц после её погашения.')],
    ['ru', ru('Благодарим за заявку. К сожалению, мы не можем её одобрить: в бюро кредитных историй есть просрочка. Повторно подать заявку можно через 30 дней.')],
    ['bg', bg('Благодарим за доверието. За съжаление искането Ви за заем е отхвърлено, защото в регистъра има неплатено задължение. Съжаляваме. Можете да кандидатствате отново един месец след погасяването му.')],
    ['bg', bg('Благодарим за искането Ви. За съжаление не можем да го одобрим, защото в регистъра има активна просрочка. Можете да кандидатствате отново след 30 дни.')],
  ] as const)('%s: %s', (locale, text) => notReminder(text, locale));
});

describe('guards (read so before the round too)', () => {
  it.each([
    // A fee waived, and the bill still asked for.
    ['en', en('We hope you are well. We have waived the late fee as a goodwill gesture, but invoice INV-204 for £120 is now overdue. Please pay the balance by 30 June.')],
    ['ru', ru('Мы отменили штраф, но счёт № 45 на 3 000 ₽ просрочен. Оплатите его, пожалуйста, до 5 июня.')],
    // A waiver offered on a condition, or refused.
    ['en', 'Invoice INV-9 for £80 is overdue since 1 May. If you pay by Friday, we will waive the late fee.'],
    ['en', 'We have not waived the late fee. Invoice INV-9 for £80 is overdue since 1 May.'],
    ['ru', 'Мы не отменили штраф. Счёт № 45 на 3 000 ₽ просрочен с 1 мая.'],
    // A deferral refused: the debt is still asked for.
    ['ru', 'Заявка на отсрочку отклонена. Задолженность 5 000 ₽ по договору № 12 просрочена с 1 мая.'],
    ['bg', 'Искането Ви за разсрочване е отхвърлено. Фактура № 88 за 240 лв. е с падеж 1 юни и е просрочена.'],
  ] as const)('%s: still a payment reminder: %s', (locale, text) => {
    expect(lint(text, locale).kind).toBe('reminder');
  });
});
