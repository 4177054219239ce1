/**
 * The lint readings of round 80 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer told to do as everyone else does ("…and pay the fee like everyone else.", «…, как все.»,
 * „…като всички останали.“), the matter left as their own business ("— your problem.", «Это ваше дело.», „— ваша работа.“), the
 * conversation closed without "more" ("There is nothing to discuss.", «Тут нечего обсуждать.», „Няма какво да обсъждаме.“),
 * responsibility refused with «не отвечаем за», and a bare dislike answered with an order ("Don't like the ice? Ski in
 * January.", «Не нравится лёд — катайтесь в январе.») dismiss the customer. What the customer should have from us by a time
 * ("you should have them by Thursday", «вы должны получить их к четвергу») is our delivery expected, no lecture.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const likeEveryone: Case[] = [
  ['en', 'If you want the bike back, collect it from the depot and pay the storage fee like everyone else.'],
  ['en', 'Please queue at the desk like all other passengers.'],
  ['ru', 'Хотите получить заказ — оплачивайте доставку, как все.'],
  ['ru', 'Записывайтесь через сайт, как и все остальные клиенты.'],
  ['bg', 'Чакайте на опашката като всички останали.'],
];
const yourBusiness: Case[] = [
  ['en', 'You pay the fee or the box goes back to the sender — your problem.'],
  ['en', "Whether you make the connection is not up to us. That's your lookout."],
  ['ru', 'Доплатите или заказ вернётся отправителю — ваши проблемы.'],
  ['ru', 'Успеете ли вы на пересадку, это ваше дело.'],
  ['bg', 'Доплащате или пратката се връща на подателя — ваша работа.'],
  ['bg', 'Дали ще хванете влака, това си е ваш проблем.'],
];
const nothingToDiscuss: Case[] = [
  ['en', 'The charge stays. There is nothing to discuss.'],
  ['ru', 'Сбор остаётся. Тут нечего обсуждать.'],
  ['bg', 'Таксата остава. Няма какво да обсъждаме.'],
];
const notAnswerable: Case[] = [
  ['ru', 'Мы не отвечаем за погоду на курорте.'],
  ['ru', 'Мы не отвечаем за то, что вы там себе напридумывали.'],
];
const dislikeOrder: Case[] = [
  ['en', "Don't like the queue? Come on a weekday."],
  ['ru', 'Не нравится очередь — приезжайте в будни.'],
  ['ru', 'Не устраивает сервис? Стирайте дома.'],
  ['bg', 'Не Ви харесва опашката — идвайте в делничен ден.'],
];
const expectedReceipt: Case[] = [
  ['en', 'I have asked the depot to send a new charger today; you should have it by Friday 6 March.'],
  ['en', 'We sent the replacement cards this morning, so you should have them within three working days.'],
  ['ru', 'Новую зарядку мы отправили сегодня, вы должны получить её к пятнице.'],
  ['bg', 'Изпратихме новото зарядно днес, вие трябва да го получите до петък.'],
];
const offersAfterDislike: Case[] = [
  ['en', "Don't like the colour? Just reply and we will swap it."],
  ['ru', 'Не подходит время — напишите нам, и мы подберём другое.'],
  ['bg', 'Не Ви подхожда часът — пишете ни и ще намерим друг.'],
];

describe('round 80: the customer told to do as everyone else does is dismissive', () => {
  it.each(likeEveryone)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 80: the matter left as the customer\'s own business is dismissive', () => {
  it.each(yourBusiness)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 80: the conversation closed without "more" is dismissive', () => {
  it.each(nothingToDiscuss)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 80: «мы не отвечаем за…» refuses responsibility', () => {
  it.each(notAnswerable)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 80: a bare dislike answered with an order is dismissive', () => {
  it.each(dislikeOrder)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 80: what the customer should have from us by a time is no lecture', () => {
  it.each(expectedReceipt)('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(false));
});
describe('round 80: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['en', 'Our courier called at 09:40 and nobody was in. The card is correct. If you want the box, book a second attempt and pay the £3.00 like everyone else.'],
    ['bg', 'Ние не сме пощата. Доплащате 12 лв. или пратката се връща след 7 дни — ваша работа. Няма какво да обсъждаме.'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('round 80: the polite drafts of the round score 80 or more', () => {
  it.each<Case>([
    ['en', 'Hi Sam,\n\nThanks for writing in last night, and sorry for the wait. I have asked the depot to send a new charger today; you should have it by Friday 6 March before noon.\n\nThank you for your patience.\n\nBest wishes,\nAnna Price\nCustomer Care'],
  ])('%s: …', (locale, text) => expect(lintIn(text, locale).score).toBeGreaterThanOrEqual(80));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
      ['ru', 'Прогноз погоды носит справочный характер. Мы не отвечаем за то, что вы там себе напридумывали. Не нравится дождь — приезжайте летом.'],
  ])('a curt draft of the round scores below 50: %s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
  it.each<Case>([
      ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали, и простите за ожидание. Новую зарядку мы отправили сегодня, вы должны получить её к пятнице.\n\nЕсли остались вопросы, напишите нам.\n\nС уважением,\nИрина Котова\nСлужба поддержки'],
  ])('a polite draft of the round scores 80 or more: %s: …', (locale, text) => expect(lintIn(text, locale).score).toBeGreaterThanOrEqual(80));
  it.each(offersAfterDislike)('an offer after a dislike is no dismissal: %s: %s', (locale, body) =>
    expect(dismissesInFrame(body, locale)).toBe(false));
  it.each<Case>([
    ['en', 'You should have checked the size before ordering.'],
    ['en', 'You should have the form signed by Friday.'],
  ])('what the customer should have done stays a hated phrase: %s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
  it.each<Case>([
    ['en', 'We will refund you, like every other customer affected.'],
    ['en', 'Your problem has been fixed.'],
    ['ru', 'Мы не отвечаем за пределами рабочего времени, но утром я перезвоню вам в 9:00.'],
  ])('no dismissal: %s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
});
