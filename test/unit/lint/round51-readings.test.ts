/**
 * The lint readings of round 51 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer sent to another place as the answer to dislike is an ultimatum whatever the verb of going and in
 * either order ("Don't like it? Eat elsewhere.", «Ходите в другое место, если не нравится.», «Не ви харесва – ходете другаде.»);
 * the customer invited back as our guests is a gift offered, and a compensation of their costs promised in the first person a
 * remedy («Расходы на билет мы компенсируем»); a period of the coming weeks or months is a time ("in the next two months", «в
 * ближайшие два месяца», «в следващите два месеца»), and our payout with its period counted from what we receive a step of ours
 * («деньги поступят в течение 7 рабочих дней после получения»); a reply asked for politely and a day left to the customer's
 * choice invite an answer ("Please reply with a date that suits you", «в удобное для вас время», «удобна за Вас дата»), and so
 * does a polite request to send followed by the payout it starts («Пришлите, пожалуйста, чек — деньги поступят…»).
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rules = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

const en = (body: string): string => `Hi Tom,\n\n${body}\n\nBest wishes,\nAnna Price\nCustomer Care`;
const ru = (body: string): string => `Здравствуйте, Олег!\n\n${body}\n\nС уважением,\nИрина Котова\nСлужба поддержки`;
const bg = (body: string): string => `Здравейте, г-н Петров,\n\n${body}\n\nПоздрави,\nМария Иванова\nОбслужване на клиенти`;

const dismissive = (text: string, locale: LintLocale): void => expect(rules(text, locale)).toContain('dismissive');
const notDismissive = (text: string, locale: LintLocale): void => expect(rules(text, locale)).not.toContain('dismissive');
const stepped = (text: string, locale: LintLocale): void => {
  const found = rules(text, locale);
  expect(found).not.toContain('next-step');
  expect(found).not.toContain('no-substance');
};
const unstepped = (text: string, locale: LintLocale): void => expect(rules(text, locale)).toContain('next-step');
const invites = (text: string, locale: LintLocale): void => expect(rules(text, locale)).not.toContain('offer-questions');
const invitesNothing = (text: string, locale: LintLocale): void => expect(rules(text, locale)).toContain('offer-questions');

describe('the customer sent to another place as the answer to dislike is an ultimatum, in either order', () => {
  it.each([
    ['en', 'Fridays are always busy. Don\'t like it? Eat somewhere else.'],
    ['en', 'Go elsewhere if you don\'t like it.'],
    ['en', 'Find another restaurant if the wait doesn\'t suit you.'],
    ['en', 'Just go somewhere else if you\'re not happy with it.'],
    ['en', 'If you don\'t like our prices, go to another garage.'],
    ['ru', 'В пятницу всегда полно. Не нравится — ходите в другое место.'],
    ['ru', 'Идите в другой ресторант, если вам не нравится.'],
    ['ru', 'Ищите другую клинику, раз не устраивает.'],
    ['ru', 'Не устраивает — ступайте.'],
    ['bg', 'В петък винаги е пълно. Не ви харесва – ходете другаде.'],
    ['bg', 'Ходете другаде, щом не Ви харесва.'],
    ['bg', 'Щом не Ви харесва, отидете на друго място.'],
    ['bg', 'Търсете друг сервиз, ако не сте съгласни.'],
  ] as const)('%s: %s', (locale, text) => dismissive(text, locale));
});

describe('the customer invited back as our guests is a gift offered (a remedy)', () => {
  it.each([
    ['en', en('I am sorry the evening went so badly. I would like to invite you both back as our guests for the tasting menu.')],
    ['en', en('I apologise for the cold food. We would love to invite you to dinner as our guests.')],
    ['ru', ru('Приносим извинения за испорченный вечер. Приглашаем вас снова в ресторан в качестве наших гостей.')],
    ['ru', ru('Нам очень жаль. Хотим пригласить вас на ужин как наших гостей.')],
    ['bg', bg('Извиняваме се за лошата вечер. Бихме искали да Ви поканим отново като наши гости.')],
    ['bg', bg('Съжаляваме за чакането. Каним Ви на вечеря като наши гости.')],
  ] as const)('%s: %s', (locale, text) => stepped(text, locale));
});

describe('a compensation of the customer\'s costs promised in the first person is a remedy', () => {
  it.each([
    ['en', en('I am sorry the flight was moved. We will reimburse the cost of your new ticket.')],
    ['en', en('I apologise for the cancelled train. We\'ll cover the cost of the taxi.')],
    ['ru', ru('Приносим извинения за перенос рейса. Расходы на новый билет мы компенсируем.')],
    ['ru', ru('Извините за отмену поезда. Стоимость такси мы возместим.')],
    ['bg', bg('Извиняваме се за промяната на полета. Ще Ви компенсираме разходите за новия билет.')],
    ['bg', bg('Съжаляваме за отменения влак. Ще покрием разходите за таксито.')],
  ] as const)('%s: %s', (locale, text) => stepped(text, locale));
});

describe('a period of the coming weeks or months is a time', () => {
  it.each([
    ['en', en('I am sorry for the wait. I will send a technician in the next two weeks.')],
    ['en', en('I am sorry for the delay. The new part will be fitted within a month.')],
    ['ru', ru('Извините за ожидание. Мастер приедет к вам в ближайшие две недели.')],
    ['ru', ru('Извините за задержку. Новую деталь установим в течение месяца.')],
    ['bg', bg('Извиняваме се за чакането. Техник ще дойде в следващите две седмици.')],
    ['bg', bg('Съжаляваме за забавянето. Новата част ще бъде монтирана в рамките на месец.')],
  ] as const)('%s: %s', (locale, text) => stepped(text, locale));
});

describe('our payout with its period counted from what we receive is a step of ours', () => {
  it.each([
    ['en', en('I am sorry for the trouble. The money will be transferred within 7 working days of receipt.')],
    ['en', en('I am sorry for the trouble. Your refund will reach your card within 5 days of receipt of the form.')],
    ['ru', ru('Извините за неудобства. Деньги поступят в течение 7 рабочих дней после получения.')],
    ['ru', ru('Извините за неудобства. Сумма будет перечислена на карту в течение 5 дней с момента получения документов.')],
    ['bg', bg('Извиняваме се за неудобството. Сумата ще Ви бъде преведена до 7 работни дни от получаването на документите.')],
    ['bg', bg('Съжаляваме за проблема. Парите ще Ви бъдат възстановени в рамките на 5 работни дни от получаването.')],
  ] as const)('%s: %s', (locale, text) => stepped(text, locale));
});

describe('a reply asked for politely, or a day left to the customer\'s choice, invites an answer', () => {
  it.each([
    ['en', en('I am sorry for the mix-up. Please reply with your order number and I will check it today.')],
    ['en', en('I am sorry for the mix-up. Our engineer can come on Monday or at another time that suits you.')],
    ['en', en('I am sorry for the mix-up. Our engineer will call at a time convenient for you on Monday.')],
    ['ru', ru('Извините за путаницу. Мастер приедет в удобное для вас время в понедельник.')],
    ['ru', ru('Извините за путаницу. Назовите удобный вам день, и мастер приедет в понедельник или во вторник.')],
    ['bg', bg('Извиняваме се за объркването. Изберете удобна за Вас дата и техникът ще дойде в понеделник или вторник.')],
    ['bg', bg('Извиняваме се за объркването. Техникът ще дойде в понеделник в час, който Ви устройва.')],
  ] as const)('%s: %s', (locale, text) => invites(text, locale));
});

describe('a polite request to send followed by the payout it starts invites an answer', () => {
  it.each([
    ['en', en('I am sorry the flight was moved. Please send the receipt and the money will reach you within 7 days.')],
    ['ru', ru('Извините за перенос рейса. Пришлите, пожалуйста, квитанцию и чек — деньги поступят в течение 7 рабочих дней.')],
    ['ru', ru('Извините за перенос рейса. Пришлите нам чек, и деньги вернутся на карту в течение 5 дней.')],
    ['bg', bg('Извиняваме се за промяната. Моля, изпратете бележката и сумата ще Ви бъде възстановена до 7 работни дни.')],
  ] as const)('%s: %s', (locale, text) => invites(text, locale));
});

describe('guards (read so before the round too)', () => {
  it.each([
    ['en', en('If that time doesn\'t suit you, just reply and I will find another.')],
    ['en', en('Try another date if Saturday doesn\'t suit you, and I will book it today.')],
    ['ru', ru('Если время не подходит, ответьте на письмо, и мы подберём другое завтра.')],
    ['bg', bg('Ако часът не Ви устройва, отговорете ни и ще намерим друг утре.')],
  ] as const)('no ultimatum: %s: %s', (locale, text) => notDismissive(text, locale));
  it.each([
    ['en', en('I am sorry. Returns are accepted within 30 days of receipt.')],
    ['ru', ru('Извините. Возврат возможен в течение 14 дней после получения.')],
    ['ru', ru('Извините. Расходы на билет мы не компенсируем.')],
    ['bg', bg('Съжаляваме. Без извлечения за 6 месеца не можем да продължим.')],
    ['en', en('I am sorry. As our guest, you may use the spa.')],
  ] as const)('no step: %s: %s', (locale, text) => unstepped(text, locale));
  it.each([
    ['en', en('I am sorry. Send the receipt.')],
    ['ru', ru('Извините. Пришлите чек.')],
    ['en', en('This is an automated message, please do not reply.')],
  ] as const)('no invitation: %s: %s', (locale, text) => invitesNothing(text, locale));
});
