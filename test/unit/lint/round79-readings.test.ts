/**
 * The lint readings of round 79 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Responsibility put on the customer ("the responsibility of your organisation", «ответственность лежит на
 * заказчике», „отговорността е ваша“) dismisses; the call or meeting the customer asked for refused as unnecessary ("We do not
 * consider a call necessary", «Не считаем звонок необходимым», „Не виждаме нужда от среща“) dismisses; a place of ours closed on
 * a date ("The school is closed on 9 March", «9 марта школа не работает», „На 9 март училището не работи“) is when we shut, a
 * notice's day: no step of ours and no substance.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const rules = (body: string, locale: LintLocale): string[] => rulesIn(draft[locale](body), locale);

type Case = [LintLocale, string];
const responsibilityYours: Case[] = [
  ['en', 'The artwork was signed off by your team, and any error in it is therefore the responsibility of your organisation.'],
  ['en', 'Responsibility for the wrong address lies with you.'],
  ['en', 'The booking was made on your account, so the responsibility is yours.'],
  ['ru', 'Макет утвердил ваш сотрудник, следовательно, ответственность за текст лежит на заказчике.'],
  ['ru', 'Ответственность за неверный адрес лежит на вас.'],
  ['ru', 'Ответственность за задержку — ваша.'],
  ['bg', 'Макетът е одобрен от ваш служител, следователно отговорността за текста е ваша.'],
  ['bg', 'Отговорността за грешния адрес е на клиента.'],
  ['bg', 'Отговорността пада изцяло върху вас.'],
];
const callUnnecessary: Case[] = [
  ['en', 'We have read your comments about the course. We do not consider a call necessary at this stage.'],
  ['en', 'We see no need for a meeting.'],
  ['ru', 'Мы ознакомились с вашими замечаниями. Не считаем звонок необходимым.'],
  ['ru', 'Необходимости во встрече мы не видим.'],
  ['ru', 'Не считаем нужным созваниваться.'],
  ['bg', 'Запознахме се с бележките Ви. Не смятаме, че е необходим разговор.'],
  ['bg', 'Не виждаме нужда от среща.'],
];
const closedOnDate: Case[] = [
  ['en', 'The school is closed on 9 March.'],
  ['en', 'Our office will be closed on 1 May.'],
  ['en', 'On 9 March the studio is closed.'],
  ['ru', '9 марта школа не работает.'],
  ['ru', 'Офис будет закрыт 1 мая.'],
  ['ru', '9 марта мы закрыты.'],
  ['bg', 'На 9 март училището не работи.'],
  ['bg', 'Офисът ще бъде затворен на 1 май.'],
  ['bg', 'На 9 март сме затворени.'],
];

describe('round 79: responsibility put on the customer is dismissive', () => {
  it.each(responsibilityYours)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 79: the call or meeting asked for refused as unnecessary is dismissive', () => {
  it.each(callUnnecessary)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 79: a place of ours closed on a date is no step of ours and no substance', () => {
  it.each(closedOnDate)('%s: %s', (locale, body) => {
    const found = rules(body, locale);
    expect(found).toContain('no-substance');
    expect(found).toContain('next-step');
  });
});
describe('round 79: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['en', 'Hello,\n\nWe have reviewed your complaint about order 5521. The artwork was approved by your team on 2 April, and any error in the text is therefore the responsibility of your organisation. We will not be offering a reprint.\n\nPlease send any further queries in writing to billing@.\n\nRegards,\nBilling'],
    ['en', 'Dear Mr Hale,\n\nWe note your comments regarding the change of coach. Under section 4 of the membership terms, the club may assign any qualified coach to a squad. The March fee stands. We do not consider a meeting necessary at this stage.\n\nRegards,\nAccounts Receivable'],
    ['ru', 'Добрый день.\n\nЗаявление по заказу № 5521 рассмотрели. Текст был утверждён вашим сотрудником, следовательно, ответственность за ошибку лежит на заказчике. Повторная печать за наш счёт не предусмотрена.\n\nБухгалтерия'],
    ['ru', '1 мая студия не работает. Занятие сгорает, переносов нет.'],
    ['bg', 'Здравейте.\n\nТекстът е одобрен от ваш служител на 2 април, следователно отговорността за грешката е ваша. Повторен печат за наша сметка няма да има.\n\nПоздрави,\nПечатница'],
    ['bg', 'На 1 май студиото не работи. Занятието изгаря, пренасяне няма.'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'This is not the responsibility of your team, and we have refunded the fee today.'],
    ['en', 'We don\'t think a return is necessary: keep the jacket, and we have sent a new one today.'],
    ['ru', 'Ответственность за ошибку не лежит на вас, мы вернули деньги сегодня.'],
    ['bg', 'Отговорността за забавянето не е ваша и вече възстановихме сумата.'],
  ])('%s: %s (no dismissal)', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
  it.each<Case>([
    ['en', 'The school is closed on 9 March, so I have moved your lesson to 10 March at 17:00.'],
    ['bg', 'На 9 март училището не работи, затова преместихме урока Ви на 10 март в 17:00.'],
  ])('%s: %s (a step of ours beside it)', (locale, body) => expect(rules(body, locale)).not.toContain('next-step'));
  it.each<Case>([
    ['en', 'Dear Ms Ward,\n\nThank you for letting us know, and I am sorry the colours on the leaflets were not what you expected.\n\nThe responsibility for checking the final file is ours as well as yours, so we will reprint the 500 leaflets at our cost and deliver them on Friday 14 March.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nSam Cole\nPrint Services'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо, что предупредили заранее. 9 марта школа не работает, поэтому я перенесла ваше занятие на 10 марта в 18:00.\n\nЕсли время неудобно, напишите — подберём другое.\n\nС уважением,\nОльга Смирнова\nАдминистратор школы'],
  ])('%s: %s (a polite draft, 80 or more)', (locale, text) => expect(lintIn(text, locale).score).toBeGreaterThanOrEqual(80));
});
