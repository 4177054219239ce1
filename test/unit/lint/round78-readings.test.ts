/**
 * The lint readings of round 78 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Our charge declared lawful ("The invoice was lawfully issued", «Счёт выставлен правомерно», „Сметката е
 * издадена законосъобразно“), or correct as the sentence's last word, dismisses; the reflexive Bulgarian „кореспонденция няма
 * да се води“ refuses further correspondence as «переписка вестись не будет» does; "didn't go through" asks for a payment only
 * after a payment named before it; help regretted for one named matter ("sorry we can't help with the refund", „Извиняваме се,
 * че не можем да помогнем с връщането“) is no hated phrase.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const chargeLawful: Case[] = [
  ['en', 'We have looked at the parking notice again. The fee was lawfully issued and is payable by 30 April.'],
  ['en', 'The penalty is legitimate under the hire agreement.'],
  ['en', 'I have checked the meter history. The bill is correct.'],
  ['en', 'The surcharge was correctly applied and will not be adjusted.'],
  ['ru', 'Мы проверили квитанцию. Счёт выставлен правомерно и подлежит оплате до 30 апреля.'],
  ['ru', 'Списание комиссии правомерно.'],
  ['ru', 'Начисление произведено законно.'],
  ['ru', 'Штраф за просрочку выставлен правильно.'],
  ['bg', 'Прегледахме фиша отново. Сметката е издадена законосъобразно и следва да бъде платена до 30 април.'],
  ['bg', 'Таксата е начислена правомерно.'],
  ['bg', 'Глобата е наложена правилно.'],
];
const noCorrespondence: Case[] = [
  ['bg', 'Проверихме записа от урока. По този въпрос повече кореспонденция няма да се води.'],
  ['bg', 'Кореспонденцията по случая няма да се продължава.'],
];
const notThroughNoPayment: Case[] = [
  ['en', 'We checked card ending 2210: the activation didn\'t go through at the kiosk, so we have activated it this morning with the full £30.'],
  ['en', 'Your seat change didn\'t go through because the flight was full, so I have kept your original seat 14C.'],
];

describe('round 78: our charge declared lawful, or correct as the last word, is dismissive', () => {
  it.each(chargeLawful)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 78: the Bulgarian reflexive refusal of further correspondence is dismissive', () => {
  it.each(noCorrespondence)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 78: "didn\'t go through" with no payment before it is no payment reminder', () => {
  it.each(notThroughNoPayment)('%s: %s', (locale, body) => expect(lintIn(draft[locale](body), locale).kind).not.toBe('reminder'));
});
describe('round 78: help regretted for one named matter is no hated phrase', () => {
  it.each<Case>([
    ['ru', 'Сожалеем, что не можем помочь с возвратом: заявка пришла за 40 минут до сеанса. Можем обменять билеты на любой сеанс до 24 мая.'],
    ['bg', 'Извиняваме се, че не можем да помогнем с връщането. Можем обаче да сменим билетите за всяка прожекция до 24 май.'],
  ])('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(false));
});
describe('round 78: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['bg', 'Уважаеми клиенте,\n\nСъгласно т. 4.2 от Общите условия таксата е 80 €. Сметката е издадена законосъобразно и следва да бъде платена до 15.05.2026 г.\n\nПо този въпрос повече кореспонденция няма да се води.\n\nАдминистрацията'],
    ['ru', 'Уважаемый клиент!\n\nСогласно п. 4.2 договора сбор составляет 5 000 ₽. Счёт выставлен правомерно и подлежит оплате до 15.05.2026.\n\nДальнейшая переписка по данному вопросу вестись не будет.\n\nАдминистрация'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('round 78: the polite drafts of the round score 80 or more', () => {
  it.each<Case>([
    ['en', 'Dear Priya,\n\nThank you for your message, and I\'m sorry about the trouble at the till on Friday.\n\nWe have checked card ending 2210: the activation didn\'t go through at the kiosk where it was bought, which is why it showed £0.00. We activated it this morning with the full £30 balance.\n\nIf anything goes wrong on your next visit, please ask the desk to call us and we\'ll sort it while you\'re there.\n\nKind regards,\nTom Reed\nGift Card Support'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeGreaterThanOrEqual(80));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'The charge was not lawful, and I have refunded it today.'],
    ['ru', 'Списание было неправомерным, мы вернули деньги сегодня.'],
    ['bg', 'Таксата не е законосъобразна и я възстановихме днес.'],
    ['en', 'The amount is correct for two months, which I have split into two payments for you.'],
    ['en', 'I\'m sorry we can\'t help with the refund, but we can move both tickets to any showing before 24 May.'],
  ])('%s: %s (no dismissal)', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
  it.each<Case>([
    ['ru', 'Сожалеем, что не можем помочь.'],
    ['bg', 'Съжаляваме, че не можем да помогнем с това.'],
  ])('%s: %s (still a hated phrase)', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
  it.each<Case>([
    ['en', 'Hello Nora,\n\nI hope you are well. Your CloudBox payment of £4.99, due on 3 May, did not go through. Could you update your card by 10 May?\n\nKind regards,\nLeo Hart\nCloudBox Billing'],
  ])('%s: %s (a reminder)', (locale, text) => expect(lintIn(text, locale).kind).toBe('reminder'));
});
