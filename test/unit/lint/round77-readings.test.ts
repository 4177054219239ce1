/**
 * The lint readings of round 77 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A bare order to come back told time first ("Tomorrow, write to us.", «Завтра напишите.», „Утре пишете.“) is
 * the hated order "Write on Monday." is, and its time no step of ours; the customer told they have only themselves to blame
 * without «вы» («Сами виноваты.», „Сами сте си виновни.“, „Вината е ваша.“) and told not to write here ("Don't write here.",
 * «Не пишите сюда.», „Не пишете тук.“) is dismissed.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const comeBackFirst: Case[] = [
  ['en', 'Our office has closed for the day. Tomorrow, write to us.'],
  ['en', 'The depot is shut at the weekend. On Monday, call us again.'],
  ['en', 'Nobody is at the desk now. After 9:00, call.'],
  ['ru', 'Рабочий день окончен. Завтра напишите.'],
  ['ru', 'Склад по выходным закрыт. В понедельник позвоните нам.'],
  ['ru', 'Оператор сейчас недоступен. После 9:00 перезвоните.'],
  ['bg', 'Работният ден свърши. Утре пишете.'],
  ['bg', 'Складът е затворен през уикенда. В понеделник ни се обадете.'],
];
const ownBlame: Case[] = [
  ['en', 'The courier called twice and nobody answered. You have only yourself to blame.'],
  ['ru', 'Курьер звонил дважды, трубку никто не взял. Сами виноваты.'],
  ['ru', 'Письмо с кодом ушло на указанный адрес, так что сами во всём виноваты.'],
  ['bg', 'Куриерът звъня два пъти и никой не вдигна. Сами сте си виновни.'],
  ['bg', 'Адресът беше въведен грешно. Вината е Ваша.'],
];
const dontWriteHere: Case[] = [
  ['en', 'The card is blocked until you update it. Update it and don\'t write here.'],
  ['en', 'The price is set by the city. Stop writing here.'],
  ['ru', 'Карта заблокирована до обновления данных. Обновите и не пишите сюда.'],
  ['ru', 'Тарифы утверждает город. Сюда не пишите.'],
  ['bg', 'Картата е блокирана до обновяване на данните. Обновете ги и не пишете тук.'],
  ['bg', 'Цената се определя от общината. Спрете да пишете тук.'],
];

describe('round 77: a bare order to come back told time first is a hated phrase', () => {
  it.each(comeBackFirst)('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
});
describe('round 77: the time of an order to come back told time first is no step of ours', () => {
  it.each(comeBackFirst)('%s: %s', (locale, body) => expect(has('next-step', body, locale)).toBe(true));
});
describe('round 77: the customer told they have only themselves to blame is dismissed', () => {
  it.each(ownBlame)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 77: the customer told not to write here is dismissed', () => {
  it.each(dontWriteHere)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 77: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['ru', 'Смена закончилась. Завтра позвоните.'],
    ['ru', 'Карта заблокирована, потому что вы не продлили страховку. Сами виноваты. Продлите и не пишите сюда.'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'Tomorrow, please write to us and I will check the order first thing.'],
    ['ru', 'Завтра, пожалуйста, напишите нам, и мы сразу проверим заказ.'],
    ['ru', 'Если к утру связь не появится, напишите сюда — мы оформим заявку в тот же час.'],
    ['bg', 'Ако утре връзката още я няма, просто ни пишете тук и ще го решим веднага.'],
    ['ru', 'Это не ваша вина: сбой был на нашей стороне.'],
    ['bg', 'Вината не е Ваша – сбоят беше при нас.'],
  ])('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
  it.each<Case>([
    ['ru', 'Вы сами виноваты.'],
    ['en', 'It is your own fault.'],
    ['ru', 'Не пишите сюда больше.'],
    ['en', 'Write to us tomorrow.'],
  ])('%s: %s (dismissive or a hated phrase)', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
  it.each<Case>([
    ['en', 'Your card was blocked because you did not update your bank details. You have only yourself to blame. Update them and don\'t write here.'],
    ['bg', 'Картата е блокирана, защото не сте обновили данните си. Сами сте си виновни. Обновете ги и не пишете тук.'],
  ])('%s: %s (a curt draft below 50)', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
