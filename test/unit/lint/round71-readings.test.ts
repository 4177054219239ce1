/**
 * The lint readings of round 71 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Sarcasm about the customer's lot ("Welcome to public transport.", «Добро пожаловать в реальный мир.», „Добре
 * дошли в градския транспорт.“), the customer told to set off earlier ("Maybe get an earlier one?"), told to walk when they
 * dislike the fare («Не нравится — ходите пешком»), the take-it-or-wait ultimatum ("If this is not convenient you will have to
 * wait") and alternatives refused in a bare sentence ("We are unable to offer alternatives.") dismiss the customer. "Oh dear"
 * is no greeting. In a payment reminder, a fine already issued ("Penalty Charge Notice WB4002", «начислен штраф») is the debt,
 * not a threat; a document named by its number ("policy HX-M-4410", «постановление № 12-34») is what the payment is for; "we
 * apologise if this comes as a surprise" is courtesy, no insincere apology. A fine annulled ("you do not need to pay it",
 * «оплачивать его не нужно») with the customer's own readiness to pay told as the story is no payment reminder.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);
const kindOf = (body: string, locale: LintLocale): string => lintIn(draft[locale](body), locale).kind;

type Case = [LintLocale, string];
const sarcasm: Case[] = [
  ['en', 'The 8:10 bus was eleven minutes late. Welcome to public transport.'],
  ['en', 'Trains run late in winter. Welcome to the real world.'],
  ['ru', 'Автобус опоздал на десять минут. Добро пожаловать в реальный мир.'],
  ['bg', 'Трамваят закъсня с десет минути. Добре дошли в градския транспорт.'],
];
const leaveEarlier: Case[] = [
  ['en', 'The bus was six minutes late. Perhaps take an earlier one next time.'],
  ['en', 'The ferry left on time. Maybe leave earlier?'],
  ['ru', 'Автобус задержался на пять минут. Может, выезжать пораньше?'],
  ['bg', 'Влакът закъсня с пет минути. Може би да излизате по-рано?'],
];
const walk: Case[] = [
  ['en', 'The fare went up in May. If you don\'t like the new fare, walk.'],
  ['ru', 'Тариф вырос с мая. Не нравится тариф — ходите пешком.'],
  ['bg', 'Цената се вдигна от май. Не Ви харесва цената — ходете пеша.'],
];
const waitOrNothing: Case[] = [
  ['en', 'Your visit on 3 June is cancelled. The next date is 1 July. If this is not convenient you will have to wait for another date.'],
  ['ru', 'Визит 3 июня отменён. Следующая дата — 1 июля. Если эта дата вам не подходит, придётся ждать следующей.'],
  ['bg', 'Посещението на 3 юни е отменено. Следващата дата е 1 юли. Ако датата не Ви е удобна, ще трябва да чакате.'],
];
const noAlternatives: Case[] = [
  ['en', 'Your fitting on 4 May is cancelled. We are unable to offer alternatives.'],
  ['en', 'The course on 4 May will not run. There are no alternatives.'],
  ['ru', 'Замер 4 мая отменён. Других вариантов нет.'],
  ['bg', 'Монтажът на 4 май е отменен. Не можем да предложим алтернатива.'],
];
const finesOwed: Case[] = [
  ['en', 'This is a friendly reminder that Penalty Charge Notice AB40021, issued on 2 May, remains unpaid. The amount due is £35 if paid by 16 May.'],
  ['ru', 'Напоминаем, что по постановлению № 12-34-2026 от 2 мая начислен штраф 1 000 ₽. Оплатите его до 20 мая, пожалуйста.'],
  ['bg', 'Напомняме, че по фиш № 4471 от 2 май Ви е наложена глоба 50 лв. Моля, платете я до 20 май.'],
];
const numberedDocuments: Case[] = [
  ['en', 'Your Direct Debit of £38.17 for policy HX-M-4410, due on 1 March, was returned unpaid. Please make the payment by 25 March.'],
  ['ru', 'Напоминаем, что по постановлению № 12-34-2026 от 2 мая к оплате 1 000 ₽. Оплатите, пожалуйста, до 20 мая.'],
  ['bg', 'Напомняме, че по фиш № 4471 от 2 май дължите 50 лв. Моля, платете ги до 20 май.'],
];
const courtesyApologies: Case[] = [
  ['en', 'Your payment of £20.00 for membership 4471, due on 1 May, was returned by your bank. We apologise if this comes as a surprise. Please make the payment by 20 May.'],
  ['en', 'Invoice 2231 for £80.00 was due on 1 May. Please pay it by 20 May, and I apologize if you have already paid.'],
];
const finesAnnulled: Case[] = [
  ['ru', 'Приносим извинения: вы были готовы оплатить проезд, а терминал не работал. Акт № 5521 аннулирован, оплачивать его не нужно.'],
  ['bg', 'Извиняваме се: бяхте готов да платите, а терминалът не работеше. Актът е анулиран и не е нужно да го плащате.'],
];

describe('round 71: sarcasm about the customer\'s lot is dismissive', () => {
  it.each(sarcasm)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 71: the customer told to set off earlier is dismissed', () => {
  it.each(leaveEarlier)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 71: the customer told to walk if the fare does not suit is dismissed', () => {
  it.each(walk)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 71: the take-it-or-wait ultimatum is dismissive', () => {
  it.each(waitOrNothing)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 71: alternatives refused in a bare sentence are dismissive', () => {
  it.each(noAlternatives)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('en: our cancellation with no apology, a take-it-or-wait and no alternatives, signed by a department, scores below 50', () =>
    expect(lintIn('Dear Tom,\n\nYour fitting on 4 May is cancelled. The next date is 2 June. If this is not convenient you will have to wait for a further date. We are unable to offer alternatives.\n\nFittings', 'en').score).toBeLessThan(50));
});
describe('round 71: "Oh dear" is no greeting', () => {
  it('en: Oh dear, …', () => expect(rulesIn('Oh dear, your parcel is two days late.\n\nBest wishes,\nAnna Price\nCustomer Care', 'en')).toContain('greeting'));
});
describe('round 71: a fine already issued is the debt, no threat', () => {
  it.each(finesOwed)('%s: %s', (locale, body) => {
    expect(kindOf(body, locale)).toBe('reminder');
    expect(has('reminder-threat', body, locale)).toBe(false);
  });
});
describe('round 71: a document named by its number is what the payment is for', () => {
  it.each(numberedDocuments)('%s: %s', (locale, body) => {
    expect(kindOf(body, locale)).toBe('reminder');
    expect(has('reminder-invoice', body, locale)).toBe(false);
  });
});
describe('round 71: an apology for the news or the reminder itself is courtesy', () => {
  it.each(courtesyApologies)('%s: %s', (locale, body) => {
    expect(kindOf(body, locale)).toBe('reminder');
    expect(has('insincere-apology', body, locale)).toBe(false);
  });
});
describe('round 71: a fine annulled, the customer\'s readiness to pay told, is no payment reminder', () => {
  it.each(finesAnnulled)('%s: %s', (locale, body) => expect(kindOf(body, locale)).not.toBe('reminder'));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'Thank you for joining. Welcome to Northwind Club! Your membership starts on 1 May.'],
    ['ru', 'Спасибо за регистрацию. Добро пожаловать в клуб «Нордвинд»! Абонемент действует с 1 мая.'],
    ['en', 'I am sorry the fitting on 4 May is cancelled. If this date is not convenient, just reply and we will find another.'],
    ['en', 'I am sorry we had to cancel. If 2 June does not suit you, you will have to wait a little, but we will call you as soon as a slot opens.'],
    ['en', 'I am sorry the course will not run. Unfortunately, we are unable to offer alternatives this month, but I have refunded the fee in full.'],
    ['ru', 'Приносим извинения за отмену. Если дата вам не подходит, напишите нам — мы подберём другую.'],
    ['en', 'The lift is out of order until Friday. If it does not work, walk up to the second floor and ring the bell.'],
  ])('%s: no dismissal: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  it.each<Case>([
    ['en', 'Invoice 2231 for £80.00 was due on 1 May. Please pay it by 20 May, or a penalty will be added.'],
    ['ru', 'Счёт № 2231 на 8 000 ₽ не оплачен. Оплатите его до 20 мая, иначе будет начислен штраф.'],
  ])('%s: a fine to come still threatens: %s', (locale, body) => expect(has('reminder-threat', body, locale)).toBe(true));
  it.each<Case>([
    ['en', 'Invoice 2231 for £35.00 is due. Please pay by 16 May; after that date the charge returns to the full £70.'],
    ['ru', 'Оплатить счёт № 2231 со скидкой — 1 250 ₽ — можно до 22 мая. Если вы не согласны, счёт можно обжаловать в течение 10 дней.'],
  ])('%s: a discount\'s end and the right to appeal are no threat: %s', (locale, body) => expect(has('reminder-threat', body, locale)).toBe(false));
  it('en: a notice withdrawn, "you do not need to pay it", is no payment reminder', () =>
    expect(kindOf('I am sorry: you were ready to pay and the card reader was down. Notice 5521 has been withdrawn and you do not need to pay it.', 'en')).not.toBe('reminder'));
  it('en: "Dear Tom" is still a greeting', () => expect(rulesIn(draft.en('Thank you for writing.').replace('Hi Tom', 'Dear Tom'), 'en')).not.toContain('greeting'));
});
