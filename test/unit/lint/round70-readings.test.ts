/**
 * The lint readings of round 70 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer blamed for wasting our time ("people who waste our staff's time", «Вы только отнимаете наше
 * время», „губите времето на консултантите ни“), told to take their chances ("come in and take your chances", «Как повезёт.»,
 * „опитайте късмета си“) or to get a taxi themselves ("Get an Uber.", «Вызовите такси.», „Хванете такси.“) is dismissed. A
 * Bulgarian „ще“ is our part after „не ни пишете повече“ only with a verb not in the second person („ще ги видите“ is the
 * customer's). A refund for the unused period (a cancellation the customer asked for, settled) is no complaint's topic, so the
 * confirmation owes no apology; a fault named beside it still makes a complaint.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const wastedTime: Case[] = [
  ['en', 'You missed the appointment. We do not keep slots for people who waste our engineers\' time.'],
  ['ru', 'Вы трижды переносили встречу. Не тратьте время наших менеджеров.'],
  ['bg', 'Не дойдохте в събота. Губите времето на консултантите ни.'],
  ['bg', 'Отменихте три пъти. Не губете ни времето.'],
];
const takeChances: Case[] = [
  ['en', 'The car is no longer reserved. If you still want it, come in and take your chances.'],
  ['en', 'We cannot hold a table for you. Turn up on the night and try your luck.'],
  ['ru', 'Бронь снята. Приезжайте и попытайте счастья.'],
  ['ru', 'Места мы не держим. Приходите к открытию, а там уж как повезёт.'],
  ['bg', 'Резервацията е отменена. Елате и опитайте късмета си.'],
];
const taxiYourself: Case[] = [
  ['en', 'There are no courtesy cars this week. Get an Uber.'],
  ['en', 'The shuttle is not running today. Take a taxi.'],
  ['ru', 'Подменных автомобилей нет. Вызовите такси.'],
  ['bg', 'Няма свободни коли под наем. Хванете такси.'],
  ['bg', 'Няма заместващ автомобил. Повикайте си такси.'],
];
const dontWriteYoullSee: Case[] = [
  ['bg', 'Точките се начисляват до 30 дни. Не пишете повече, ще ги видите когато се появят.'],
  ['bg', 'Пратката е на път. Не ни звънете повече, ще разберете, когато пристигне.'],
];
const unusedRefunds: Case[] = [
  ['en', 'Thank you for being a member. Your cancellation is confirmed, and the refund for the unused months (£84) will reach your card by 6 May.'],
  ['en', 'Thank you for being with us. Your contract ends on 30 April, and a pro-rata refund of £42 will reach your card within 10 working days.'],
  ['ru', 'Благодарим вас за то, что были с нами. Ваше заявление о расторжении договора принято. Возврат за неиспользованный период — 4 200 ₽ — поступит на карту до 6 мая.'],
  ['bg', 'Благодарим Ви, че бяхте с нас. Заявлението Ви за прекратяване на договора е прието. Пропорционалното възстановяване за неизползвания период (84 лв.) ще постъпи по картата Ви до 6 май.'],
];

describe('round 70: the customer blamed for wasting our time is dismissed', () => {
  it.each(wastedTime)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 70: the customer told to take their chances is dismissed', () => {
  it.each(takeChances)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 70: the customer told to get a taxi themselves is dismissed', () => {
  it.each(taxiYourself)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('en: the bare refusal with its taxi scores below 50', () => expect(lintIn('No courtesy cars this week. Get a cab.', 'en').score).toBeLessThan(50));
});
describe('round 70: „ще“ with a verb of the customer\'s is no part of ours after „не пишете повече“', () => {
  it.each(dontWriteYoullSee)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 70: a refund for the unused period is no complaint\'s topic', () => {
  it.each(unusedRefunds)('%s: %s', (locale, body) => {
    expect(lintIn(draft[locale](body), locale).kind).not.toBe('complaint');
    expect(has('apology', body, locale)).toBe(false);
  });
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'You cancelled three times. Please stop wasting our time.'],
    ['ru', 'Вы не приехали на просмотр. Вы только отнимаете наше время.'],
  ])('%s: our time wasted, said plainly, already dismissed (round 66): %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it.each<Case>([
    ['en', 'Thank you for coming in on Saturday. We do not want to waste your time, so I have booked you for Monday at 10:00.'],
    ['ru', 'Спасибо, что предупредили. Мы не хотим отнимать у вас время, поэтому перенесли просмотр на понедельник, 10:00.'],
    ['en', 'Thank you for entering. Try your luck in our spring prize draw on 3 May!'],
    ['en', 'I am sorry there is no courtesy car this week. Take a taxi and send us the receipt, and we will refund the fare by Friday.'],
    ['ru', 'Простите, подменного автомобиля на этой неделе нет. Вызовите такси, чек мы компенсируем до пятницы.'],
    ['bg', 'Извиняваме се, тази седмица няма заместващ автомобил. Хванете такси, ще Ви възстановим разходите до петък.'],
    ['bg', 'Пратката е на път. Не ни търсете повече, ще Ви се обадим, когато пристигне.'],
    ['bg', 'Пратката е на път. Не ни пишете отново, ще получите SMS, когато пристигне.'],
  ])('%s: no dismissal: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  it.each<Case>([
    ['en', 'Your membership is cancelled. The refund for the unused months will reach your card by 6 May, after the delay with your last payment.'],
    ['ru', 'Договор расторгнут. Возврат за неиспользованный период поступит до 6 мая, задержка с прошлым платежом была по нашей вине.'],
    ['bg', 'Договорът е прекратен. Възстановяването на сумата за неизползвания период ще постъпи до 6 май, след забавянето с последното плащане.'],
    ['en', 'Our terms only allow refunds on unused periods, so the £30 stays with us.'],
  ])('%s: a fault or a refusal beside the refund still owes an apology: %s', (locale, body) => expect(has('apology', body, locale)).toBe(true));
  it.each<Case>([
    ['bg', 'Благодарим Ви, че бяхте с нас. Заявлението Ви за прекратяване на договора е прието. Възстановяването на сумата за неизползвания период (84 лв.) ще постъпи по картата Ви до 6 май.'],
  ])('%s: a confirmation with no complaint word owed no apology: %s', (locale, body) => expect(has('apology', body, locale)).toBe(false));
});
