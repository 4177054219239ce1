/**
 * The lint readings of round 81 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The remedy or the repeat visit declared chargeable ("Missed appointments are chargeable, so…", «Повторный
 * выезд платный — 3 500 ₽.», „Повторното посещение е платено — 80 лв.“) and the conversation closed with one word ending its
 * line ("That's it.", «Всё.», „Точка.“) dismiss the customer; all the questions sent to a third party with the verb left out
 * ("All questions about the wreaths — to the contractor.", «Все вопросы по цветам — к нему.», „Всички въпроси за цветята — към
 * тях.“) deflect.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn } from './drafts.js';

type Case = [LintLocale, string];
const chargeable: Case[] = [
  ['en', 'As per the service terms, missed visits are chargeable, so the next one will cost £60.'],
  ['en', 'Re-printing is chargeable at £12 per sheet.'],
  ['ru', 'По условиям договора повторный визит платный — 2 000 ₽.'],
  ['ru', 'Перешив платная по прайсу.'],
  ['bg', 'Второто посещение е платено — 50 лв.'],
];
const fullStop: Case[] = [
  ['en', 'The fare cannot be changed. That\'s it.'],
  ['ru', 'Пропуска выдаём по средам с 10 до 12. Всё.'],
  ['ru', 'Раньше девяти не открываемся. Точка.'],
  ['bg', 'Билетите не се сменят. Толкова.'],
  ['bg', 'Пропуски издаваме в сряда. Точка.'],
];
const questionsTo: Case[] = [
  ['en', 'The cakes are made by a contractor. All questions about the icing — to them.'],
  ['en', 'Any questions about the frames go to the contractor.'],
  ['ru', 'Торты печёт подрядчик. Все вопросы по крему и надписи — к нему.'],
  ['ru', 'По всем вопросам — к подрядчику.'],
  ['bg', 'Тортите ги прави подизпълнител. Всички въпроси за глазурата — към него.'],
];
const notDismissive: Case[] = [
  ['en', 'Extra visits are chargeable, but I have waived the fee for you.'],
  ['en', "Just tap 'Renew' in the app. That's it! You're all set."],
  ['ru', 'Повторный выезд бесплатный — мастер приедет в пятницу в 10:00.'],
  ['ru', 'Мы передали все вопросы по крему к подрядчику, он ответит нам до пятницы.'],
  ['bg', 'Фактурата вече е платена до 10 март, благодарим Ви.'],
];

describe('round 81: the remedy or the repeat declared chargeable is dismissive', () => {
  it.each(chargeable)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 81: the conversation closed with one word ending its line is dismissive', () => {
  it.each(fullStop)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 81: all the questions sent to a third party deflect', () => {
  it.each(questionsTo)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 81: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['en', 'Hi,\n\nOur technician came at 14:10 and nobody answered. Under the service terms, missed visits are chargeable, so a new visit will cost £60, paid upfront. When the payment arrives we\'ll book it.\n\nThanks'],
    ['ru', 'Добрый день.\n\nТорты печёт подрядчик. Все вопросы по крему и надписи — к нему. Мы передали заказ так, как вы его оформили.\n\nСпасибо'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['ru', 'Пропуска выдаём по средам с 10 до 12. Всё.'],
  ])('a curt draft of the round scores below 50: %s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
  it.each(notDismissive)('no dismissal: %s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
});
