/**
 * The lint readings of round 76 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Further contact said not to change the outcome ("further calls about this will not change the outcome",
 * «Повторные обращения не изменят решения», „Повторните писма няма да променят решението“), another one picked because we have
 * plenty ("Pick another show – we have hundreds", «Выберите другой сериал — у нас их сотни», „Изберете си друг сериал – имаме
 * стотици“) and the customer's part ordered "on time" ("Submit your readings on time.", «Передавайте показания вовремя.»,
 * „Подавайте показанията навреме.“) dismiss the customer, and so does a recalculation refused as a rule («Перерасчёт не
 * положен.»). "We are unable to make exceptions" is a wall (`policy-citation`). The trouble named by what caused it ("the trouble
 * the household check has caused him") names the fault; "within the next 2 hours" is a time; an order named by its number
 * («заказ № П-11482») is what a payment is for.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const changesNothing: Case[] = [
  ['en', 'The new fee applies to everyone, and further calls about it will not change the outcome.'],
  ['en', 'Writing to the press won\'t change our decision.'],
  ['en', 'Calling us again won\'t change anything.'],
  ['ru', 'Новый тариф действует для всех, и повторные обращения не изменят решения.'],
  ['ru', 'Жалоба в соцсетях ничего не изменит.'],
  ['ru', 'Звонки в колл-центр не изменят нашего решения.'],
  ['bg', 'Новата такса важи за всички и повторните писма няма да променят решението.'],
  ['bg', 'Оплакване в социалните мрежи нищо няма да промени.'],
];
const pickAnother: Case[] = [
  ['en', 'We dropped it because hardly anyone watched it. Pick another show – we have hundreds.'],
  ['ru', 'Мы его убрали, потому что его никто не смотрел. Выберите другой сериал — у нас их сотни.'],
  ['bg', 'Махнахме го, защото никой не го гледаше. Изберете си друго предаване – имаме стотици.'],
];
const onTimeOrder: Case[] = [
  ['en', 'No reading reached us for March, so the bill is estimated. Report your meter readings on time.'],
  ['ru', 'Показания за март не поступали, счёт выставлен по нормативу. Передавайте показания счётчика вовремя.'],
  ['ru', 'Взнос за март не поступил. Вовремя оплачивайте счета.'],
  ['bg', 'Показания за март не са постъпили, сметката е по норма. Подавайте показанията навреме.'],
];
const recalculationRefused: Case[] = [
  ['en', 'Your reading came in after the billing date. No recalculation is due.'],
  ['ru', 'Показания поступили после даты расчёта. Перерасчёт не положен.'],
  ['bg', 'Показанието постъпи след датата на фактуриране. Преизчисляване не се дължи.'],
];
const cantExcept: Case[] = [
  ['en', 'The new price applies from 1 April. We are unable to make exceptions for individual accounts.'],
  ['en', 'We can\'t make an exception for your account.'],
  ['ru', 'Мы не можем сделать для вас исключение.'],
  ['bg', 'Не можем да направим изключение за Вашия профил.'],
];
const troubleCaused: Case[] = [
  ['en', 'Thank you for telling us, and I apologise for the trouble the new login check has caused your daughter. I have turned it off for her account today.'],
  ['ru', 'Спасибо, что написали. Приносим извинения за неудобства, которые доставила вам новая проверка входа. Сегодня мы отключили её для вашего аккаунта.'],
  ['bg', 'Благодарим Ви, че ни писахте. Извиняваме се за неудобството, което Ви причини новата проверка при вход. Днес я изключихме за Вашия профил.'],
];
const nextHours: Case[] = [
  ['en', 'Thank you for your patience. I am sorry the code kept coming back. The change takes effect within the next 2 hours.'],
  ['ru', 'Спасибо за терпение. Извините, что код приходил снова и снова. Изменение вступит в силу в ближайшие 2 часа.'],
  ['bg', 'Благодарим за търпението. Извиняваме се, че кодът идваше отново и отново. Промяната ще влезе в сила в следващите 2 часа.'],
];
const numberedOrder: Case[] = [
  ['en', 'This is a reminder that your order no. P-11482 (a coat and two dresses) is ready. The amount due is £43.50; please collect and pay for it by 31 March 2026.'],
  ['ru', 'Напоминаем, что ваш заказ № П-11482 (пальто и два платья) готов. К оплате — 4 350 ₽. Пожалуйста, заберите и оплатите заказ до 31 марта 2026 года.'],
  ['bg', 'Напомняме, че Вашата поръчка № П-11482 (палто и две рокли) е готова. Дължимата сума е 87 лв.; моля, вземете я и платете до 31 март 2026 г.'],
];

describe('round 76: further contact said not to change the outcome is dismissive', () => {
  it.each(changesNothing)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 76: another one picked because we have plenty is dismissive', () => {
  it.each(pickAnother)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 76: the customer\'s part ordered "on time" is dismissive', () => {
  it.each(onTimeOrder)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 76: a recalculation refused as a rule, without regret, is dismissive', () => {
  it.each(recalculationRefused)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 76: "we are unable to make exceptions" is a wall', () => {
  it.each(cantExcept)('%s: %s', (locale, body) => expect(has('policy-citation', body, locale)).toBe(true));
});
describe('round 76: the trouble named by what caused it names the fault', () => {
  it.each(troubleCaused)('%s: %s', (locale, body) => expect(has('name-the-fault', body, locale)).toBe(false));
});
describe('round 76: "within the next 2 hours" is a time for the step', () => {
  it.each(nextHours)('%s: %s', (locale, body) => expect(has('next-step', body, locale)).toBe(false));
});
describe('round 76: an order named by its number is what the payment is for', () => {
  it.each(numberedOrder)('%s: %s', (locale, body) => expect(has('reminder-invoice', body, locale)).toBe(false));
});
describe('round 76: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['en', 'Dear Member,\n\nThank you for your email. The new price applies to all members from 1 May. We are unable to make exceptions, and further emails on this subject will not change the outcome.\n\nIf you no longer wish to continue, you can cancel in Settings.\n\nRegards,\nStreamly'],
    ['bg', 'Спряхме предаването, защото никой не го гледаше. Изберете си друго – имаме стотици 😉'],
    ['ru', 'Показания за ноябрь не поступали, начисление по нормативу законно. Перерасчёт не положен. Передавайте показания вовремя.'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('round 76: the polite drafts of the round score 80 or more', () => {
  it.each<Case>([
    ['en', 'Hello Priya,\n\nThank you for letting us know about your daughter\'s situation, and I apologise for the trouble the household check has caused her.\n\nI\'ve marked her laptop as a trusted device, so she will not be asked for a code again for 12 months; this takes effect within the next 2 hours.\n\nCould you please reply with the name of her laptop as it appears in Settings > Devices?\n\nWarm regards,\nLena Hoffmann\nAccounts Team'],
    ['ru', 'Здравствуйте, Ольга!\n\nНапоминаем, что ваш заказ № Х-2291 (костюм и пальто) готов и ждёт вас в пункте на ул. Ленина, 3.\n\nК оплате — 2 900 ₽ за чистку. Пожалуйста, заберите и оплатите заказ до 15 апреля 2026 года.\n\nЕсли удобнее, курьер может привезти заказ домой — просто ответьте на это письмо.\n\nСпасибо!\nЕлена Кузнецова\nхимчистка «Чистовье»'],
  ])('%s: …', (locale, text) => expect(lintIn(text, locale).score).toBeGreaterThanOrEqual(80));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'Your plan won\'t change.'],
    ['en', 'Sending the form a day late won\'t change the outcome of your application.'],
    ['ru', 'Это ничего не изменит в вашем тарифе.'],
    ['ru', 'Мы гарантируем, что дата не изменится.'],
    ['en', 'If you\'d like another date, please choose one in the app and we will confirm it.'],
    ['ru', 'Если время не подходит, выберите другую дату в приложении.'],
    ['en', 'Please submit your readings on time so we can bill you accurately.'],
    ['ru', 'Пожалуйста, передавайте показания вовремя, и мы всегда выставим точный счёт.'],
    ['en', 'Unfortunately no recalculation is due in this case, but I have added a £5 credit to your account.'],
    ['ru', 'К сожалению, перерасчёт в этом случае не положен.'],
  ])('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
  it.each<Case>([
    ['ru', 'Пишите куда угодно, наше решение не изменится.'],
    ['en', 'No reading reached us for March, so the bill is estimated. Submit your meter readings on time.'],
  ])('%s: %s (dismissive or a hated phrase)', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
  it.each<Case>([
    ['bg', 'Извиняваме се, че не можем да направим изключение.'],
    ['en', 'Unfortunately we are unable to make an exception this time.'],
  ])('%s: %s (a regretted refusal, no wall)', (locale, body) => expect(has('policy-citation', body, locale)).toBe(false));
  it.each<Case>([
    ['en', 'Thank you for your message. I apologise for the trouble this has caused. I have turned the check off today.'],
  ])('%s: %s (the formula alone still earns its hint)', (locale, body) => expect(has('name-the-fault', body, locale)).toBe(true));
});
