/**
 * The lint readings of round 73 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Our organisation said to bear no responsibility in the third person ("The management company is not
 * responsible", «Управляющая организация ответственности не несёт», „Фирмата не носи отговорност“), the customer sent to the one
 * to blame («обращайтесь к виновнику залива»), their thing to be thrown away if not collected ("If it's not collected by Friday it
 * goes in the skip", „Ако не го вземете до петък, отива за бракуване“), "We're not a storage unit" («Мы не склад», „Не сме
 * склад“), the weather mocked ("have a word with the weather", „Да ви оправим ли и времето?“), the mock apology ("Well, sorry
 * that…", «Ну извините, что…», „Е, извинявайте, че…“), reviews to be read before paying („Отзивите се четат преди да платиш“)
 * and alternatives refused at a sentence's end («…, других вариантов нет.») dismiss the customer. "We won't remind you again"
 * («Больше не будем напоминать», „Повече няма да напомняме“) threatens in a payment reminder, and „Не сте платили 620 €.“ (the
 * customer told they have not paid, a sentence's first words) makes one. An amount with its currency code first ("GBP
 * 1,842.00") is an amount, a booking named by its number ("booking SH-451903") what a payment is for, and operators named in
 * brackets after the team («(операторы Алина и Никита)») sign a reply.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);
const kindOf = (body: string, locale: LintLocale): string => lintIn(draft[locale](body), locale).kind;

type Case = [LintLocale, string];
const bodyNotLiable: Case[] = [
  ['en', 'The leak came from the flat above. The management company is not responsible for damage caused by residents.'],
  ['en', 'The hotel accepts no liability for building work nearby.'],
  ['ru', 'Протечка произошла из квартиры сверху. Управляющая организация ответственности не несёт.'],
  ['bg', 'Течът е от горния етаж. Фирмата не носи отговорност за щети от съседи.'],
  ['bg', 'Хотелът не отговаря за ремонти в съседни сгради.'],
];
const sentToCulprit: Case[] = [
  ['en', 'The leak came from the flat above. Please contact the person responsible for any compensation.'],
  ['ru', 'По всем вопросам возмещения ущерба обращайтесь к виновнику залива.'],
  ['bg', 'За обезщетение се обърнете към виновника за теча.'],
];
const uncollected: Case[] = [
  ['en', 'Your laptop is ready. If it\'s not collected by Friday it goes in the skip.'],
  ['en', 'If your bike is not collected within 7 days, it will be disposed of.'],
  ['ru', 'Телевизор готов. Если не заберёте до пятницы, он пойдёт на утилизацию.'],
  ['bg', 'Телевизорът е готов. Ако не го вземете до петък, отива за бракуване.'],
];
const notAStore: Case[] = [
  ['en', 'Your soundbar has been here since January. We\'re not a storage unit.'],
  ['ru', 'Ваш телевизор стоит у нас с января. Мы не склад.'],
  ['bg', 'Телевизорът ви стои тук от януари. Не сме склад.'],
];
const weatherMocked: Case[] = [
  ['en', 'So sorry it rained in Crete in April. We\'ll be sure to have a word with the weather.'],
  ['en', 'Shall we fix the weather too?'],
  ['ru', 'Жаль, что в Анталье шёл дождь. Может, вам ещё и погоду заказать?'],
  ['bg', 'Да ви оправим ли и времето?'],
];
const wellSorry: Case[] = [
  ['en', 'Well, sorry that the builders started in March.'],
  ['ru', 'Ну извините, что в Анталье идёт стройка.'],
  ['bg', 'Е, извинявайте, че в Анталия се строи през март.'],
];
const readBeforePaying: Case[] = [
  ['en', 'Reviews are there to be read before you book.'],
  ['ru', 'Отзывы читают до оплаты.'],
  ['bg', 'Отзивите се четат преди да платиш.'],
];
const noAlternativesTail: Case[] = [
  ['en', 'The group did not fill and the tour is cancelled. We will refund you within 10 days, there are no other options.'],
  ['ru', 'Группа не набралась, тур отменён. Деньги вернём в течение 10 рабочих дней, других вариантов нет.'],
  ['bg', 'Групата не се събра и турът е отменен. Парите ще върнем до 10 работни дни, други варианти няма.'],
];
const noMoreReminders: Case[] = [
  ['en', 'Invoice 2231 for £80.00 was due on 1 May. Please pay it by 20 May. We won\'t remind you again.'],
  ['ru', 'Счёт № 2231 на 8 000 ₽ нужно было оплатить до 1 мая. Оплатите его до 20 мая. Больше не будем напоминать.'],
  ['bg', 'Фактура № 2231 за 80 лв. беше дължима до 1 май. Моля, платете я до 20 май. Повече няма да напомняме.'],
];
const notPaidYou: Case[] = [
  ['bg', 'Не сте платили 620 € за екскурзията.'],
  ['ru', 'Вы не оплатили 62 000 ₽ за тур.'],
  ['en', 'You have not paid the balance of €620 for the tour.'],
];
const codeFirst: Case[] = [
  ['en', 'This is a friendly reminder that invoice 2231 for GBP 1,842.00 is due on 10 March 2026.'],
  ['bg', 'Напомняме, че фактура № 2231 за EUR 620 е с падеж 10 март 2026 г.'],
];
const bookingNumber: Case[] = [
  ['en', 'This is a friendly reminder that the balance of £1,842.00 for booking SH-451903 is due on 10 March 2026.'],
  ['ru', 'Напоминаем, что остаток 62 000 ₽ по бронированию № 451903 нужно оплатить до 10 марта 2026 г.'],
  ['bg', 'Напомняме, че остатъкът от 620 € по резервация № 451903 е дължим до 10 март 2026 г.'],
];
const bracketedOperators: Case[] = [
  ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Мы ответим до 10:00 завтра.\n\nС уважением,\nслужба клиентского сервиса УК «Северный квартал» (операторы Алина и Никита)'],
  ['en', 'Hi Tom,\n\nThank you for writing. We will answer by 10:00 tomorrow.\n\nKind regards,\nthe customer service team of Northgate Homes Ltd (operators Alina and Nikita)'],
  ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим, че ни писахте. Ще отговорим утре до 10:00.\n\nС уважение,\nЕкипът по обслужване на клиенти на „Домус“ (оператори Йоана и Деян)'],
];

describe('round 73: our organisation said to bear no responsibility is dismissive', () => {
  it.each(bodyNotLiable)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: the customer sent to the one to blame is dismissive', () => {
  it.each(sentToCulprit)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: the customer\'s thing to be thrown away if not collected is dismissive', () => {
  it.each(uncollected)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: "We\'re not a storage unit" is dismissive', () => {
  it.each(notAStore)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: the weather mocked is dismissive', () => {
  it.each(weatherMocked)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: the mock apology ("Well, sorry that…") is dismissive', () => {
  it.each(wellSorry)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: reviews to be read before paying are a lecture', () => {
  it.each(readBeforePaying)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: alternatives refused at a sentence\'s end are dismissive', () => {
  it.each(noAlternativesTail)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 73: "We won\'t remind you again" threatens', () => {
  it.each(noMoreReminders)('%s: %s', (locale, body) => expect(has('reminder-threat', body, locale)).toBe(true));
});
describe('round 73: the customer told they have not paid makes a payment reminder', () => {
  it.each(notPaidYou)('%s: %s', (locale, body) => expect(kindOf(body, locale)).toBe('reminder'));
});
describe('round 73: an amount with its currency code first is an amount', () => {
  it.each(codeFirst)('%s: %s', (locale, body) => expect(has('reminder-amount', body, locale)).toBe(false));
});
describe('round 73: a booking named by its number is what a payment is for', () => {
  it.each(bookingNumber)('%s: %s', (locale, body) => expect(has('reminder-invoice', body, locale)).toBe(false));
});
describe('round 73: operators named in brackets after the team sign a reply', () => {
  it.each(bracketedOperators)('%s: %s', (locale, text) => {
    const rules = rulesIn(text, locale);
    expect(rules).not.toContain('signature');
    expect(rules).not.toContain('signature-name');
  });
});
describe('round 73: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['en', 'Your speaker has been sitting here since March. If it\'s not collected by Monday it goes in the skip. We\'re not a storage unit.'],
    ['bg', 'Лаптопът ви стои тук от март. Ако не го вземете до понеделник, отива за бракуване. Не сме склад.'],
    ['en', 'So sorry it rained in Crete in April. We\'ll be sure to have a word with the weather. Anything else?'],
    ['bg', 'Е, извинявайте, че в Анталия вали през април. Да ви оправим ли и времето? Отзивите се четат преди да платиш.'],
    ['bg', 'Не сте платили 480 €. Ако до понеделник не видим парите, анулираме резервацията. Повече няма да напомняме.'],
    ['ru', 'Здравствуйте.\n\nГруппа не набралась, экскурсия отменена. Деньги вернём в течение 7 рабочих дней, других вариантов нет.\n\nОтдел экскурсий'],
    ['ru', 'Уважаемый заявитель!\n\nПротечка произошла по причине, не связанной с общим имуществом. Управляющая организация ответственности не несёт. По вопросам возмещения обращайтесь к виновнику протечки.\n\nС уважением, администрация'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'Although the hotel is not liable for the building work next door, we have moved you to a quieter room.'],
    ['ru', 'Хотя компания ответственности за задержки перевозчика не несёт, мы вернули вам стоимость доставки.'],
    ['bg', 'Макар че фирмата не носи отговорност за теча, ще изпратим техник в понеделник.'],
    ['en', 'Unfortunately the tour is cancelled; we have refunded you in full, and I\'m afraid there are no other dates, but we can offer 10% off another tour.'],
    ['ru', 'К сожалению, тур отменён, деньги мы вернули, других вариантов нет.'],
    ['en', 'We are sorry that the builders started in March.'],
    ['en', 'We are sorry the weather was poor; we have added a free excursion to your next booking.'],
    ['ru', 'Если вы не заберёте заказ до пятницы, мы продлим хранение ещё на неделю бесплатно.'],
  ])('%s: no dismissal: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  it.each<Case>([
    ['ru', 'Счёт № 2231 на 8 000 ₽ нужно было оплатить до 1 мая. Оплатите его до 20 мая. Больше напоминать не будем.'],
  ])('%s: still a threat: %s', (locale, body) => expect(has('reminder-threat', body, locale)).toBe(true));
  it.each<Case>([
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали. Мы ответим до 10:00 завтра.\n\nС уважением,\nСлужба поддержки (Марина Котова)'],
  ])('%s: a single name in brackets still signs: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('signature'));
  it('ru: «Компания не несёт ответственности…» (the verb first) is still dismissive', () =>
    expect(has('dismissive', 'Компания не несёт ответственности за задержки перевозчика.', 'ru')).toBe(true));
  it('ru: «Мы не несём ответственности» is still dismissive', () => expect(has('dismissive', 'Мы не несём ответственности за задержки.', 'ru')).toBe(true));
  it('ru: «Других вариантов нет.» as a sentence is still dismissive', () => expect(has('dismissive', 'Других вариантов нет.', 'ru')).toBe(true));
});
