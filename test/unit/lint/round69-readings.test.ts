/**
 * The lint readings of round 69 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A stonewall dismisses: further discussion refused ("we will not be entering into any further discussion"),
 * further emails told they will go unanswered («Повторные обращения будут оставлены без ответа», „Последващи имейли по
 * въпроса няма да получат отговор“) and our position told unchanged („Позицията ни остава непроменена“). A debt that asks for
 * no payment makes no payment reminder: arrears named as the reason for an act of ours already done ("We moved you to
 * prepayment because of the arrears on your account"), our promise not to cut the customer off for arrears («не будем
 * отключать за задолженность»), and someone else's debt („задължението на предишния собственик“). An extra payment kept on the
 * account as an advance («зачислен авансом») is a remedy made.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);
const REMINDER = ['reminder-invoice', 'reminder-amount', 'reminder-due-date'];
const readAsReminder = (body: string, locale: LintLocale): boolean => {
  const result = lintIn(draft[locale](body), locale);
  return result.kind === 'reminder' || result.findings.some((finding) => REMINDER.includes(finding.rule));
};

type Case = [LintLocale, string];
const stonewalls: Case[] = [
  ['en', 'We have your latest email. We will not be entering into any further discussion about the refund.'],
  ['en', 'The refund was refused on 3 May. Any further messages about this order will not receive a reply.'],
  ['en', 'We have read your letter again. Our position remains unchanged.'],
  ['ru', 'Мы получили ваше письмо. Позиция магазина остаётся неизменной.'],
  ['ru', 'Решение принято. Мы не будем вступать в дальнейшее обсуждение.'],
  ['bg', 'Получихме писмото Ви. Позицията ни остава непроменена.'],
  ['bg', 'Отказът е от 3 май. Последващи имейли по въпроса няма да получат отговор.'],
  ['bg', 'Решението е взето. Няма да водим по-нататъшни обсъждания.'],
];
const debtsNotAsked: Case[] = [
  ['en', 'Thank you for writing, and I am sorry. Your supply was limited because of the arrears on your account, but we should have called you first. We have restored it today at 15:00.'],
  ['ru', 'Спасибо за письмо, и простите нас. Счётчик перевели на предоплату из-за задолженности, но мы должны были сначала связаться с вами. Сегодня в 15:00 мы вернули обычный режим.'],
  ['ru', 'Спасибо за письмо, и простите нас. Вы внесены в реестр уязвимых клиентов, и мы не будем отключать вас за задолженность без звонка. Мы позвоним в понедельник в 10:00.'],
  ['bg', 'Благодарим за писмото и се извиняваме. Токът беше спрян поради просрочие, но трябваше първо да Ви се обадим. Възстановихме го днес в 15:00 ч.'],
  ['bg', 'Благодарим за писмото и се извиняваме. Задължението остава за предишния собственик, а партидата е на Ваше име от 1 март. Ще Ви се обадим утре в 10:00 ч.'],
  ['bg', 'Благодарим за писмото и се извиняваме. Вписахме Ви в регистъра, така че няма да Ви изключим за задължения без разговор. Ще Ви се обадим в понеделник в 10:00 ч.'],
];
const creditKept: Case[] = [
  ['ru', 'Спасибо, что сообщили о двойной оплате. Второй платёж зачислен на ваш лицевой счёт авансом.'],
  ['bg', 'Благодарим, че ни писахте за двойното плащане. Второто плащане е заверено по партидата Ви като аванс.'],
];

describe('round 69: a stonewall dismisses', () => {
  it.each(stonewalls)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('en: the bare stonewall signed by the company scores below 50', () => {
    const text = 'Dear Mr Holt,\n\nWe note your latest email. Our position is unchanged and we will not be entering into any further discussion. Further emails on this matter will not receive a response.\n\nBrightway Shoes';
    expect(lintIn(text, 'en').score).toBeLessThan(50);
  });
});
describe('round 69: a debt that asks for no payment makes no payment reminder', () => {
  it.each(debtsNotAsked)('%s: %s', (locale, body) => expect(readAsReminder(body, locale)).toBe(false));
});
describe('round 69: an extra payment kept on the account as an advance is a remedy made', () => {
  it.each(creditKept)('%s: %s', (locale, body) => {
    expect(has('next-step', body, locale)).toBe(false);
    expect(has('no-substance', body, locale)).toBe(false);
  });
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['ru', 'В возврате отказано 3 мая. Повторные обращения по этому вопросу будут оставлены без ответа.'],
  ])('%s: unanswered repeated requests already dismissed: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it.each<Case>([
    ['en', 'Thank you for writing, and I am sorry for the letter. The debt of the previous occupier is not yours: your account starts on 1 March, and we have closed the old one today.'],
    ['en', 'Thank you for writing, and I am sorry. You are now on our priority register, so you will not be disconnected for arrears without a call from us. We will ring you on Monday at 10:00.'],
    ['ru', 'Спасибо за письмо, и простите нас. Долг предыдущего собственника к вам не относится: лицевой счёт открыт на вас с 1 марта, мы перезвоним завтра в 10:00.'],
  ])('%s: a debt with no word asking for payment was no reminder: %s', (locale, body) => expect(readAsReminder(body, locale)).toBe(false));
  it.each<Case>([
    ['en', 'Thank you for telling us about the double payment. The second payment has been credited to your account as an advance.'],
  ])('%s: a payment "has been credited" was a remedy: %s', (locale, body) => {
    expect(has('next-step', body, locale)).toBe(false);
    expect(has('no-substance', body, locale)).toBe(false);
  });
  it.each<Case>([
    ['en', 'Your account is in arrears of £240. Please pay by 20 March to avoid disconnection.'],
    ['ru', 'По вашему лицевому счёту задолженность 2 400 руб. Пожалуйста, оплатите её до 20 марта.'],
    ['bg', 'Имате просрочено задължение от 240 лв. Моля, платете го до 20 март.'],
  ])('%s: a debt asked for is still a reminder: %s', (locale, body) => expect(lintIn(draft[locale](body), locale).kind).toBe('reminder'));
  it.each<Case>([
    ['en', 'Thank you, and I am sorry that your email went without a response for a week. We have refunded £20 today.'],
    ['ru', 'Спасибо, и простите, что ваш запрос остался без ответа. Мы вернули 500 руб. сегодня.'],
    ['bg', 'Благодарим и се извиняваме, че имейлът Ви е останал без отговор. Върнахме 20 лв. днес.'],
  ])('%s: an unanswered email apologised for is no stonewall: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
});
