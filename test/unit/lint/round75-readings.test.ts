/**
 * The lint readings of round 75 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Compensation refused as a rule without regret ("…, so no compensation applies.", «…, компенсация не
 * положена.», „…, обезщетение не се дължи.“) and the customer shown the door if unhappy ("If you are unhappy you are welcome
 * to find another school", «Если вас что-то не устраивает, вы можете найти другую школу», „Ако не сте доволни, можете да
 * потърсите друго училище“) dismiss the customer. «Иначе» / „иначе“ inside a condition's own clause is "differently", no
 * threat; what the customer had to do, apologised for, is owned across a clause of our fault („Извиняваме се, че шкафчетата
 * бяха счупени и трябваше да оставите…“); what the customer should have saved, told after the amount ("the £4.20 you should
 * have saved"), is our fault owned.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const noCompensation: Case[] = [
  ['en', 'The parcel reached you on the day it was due, so no compensation applies.'],
  ['en', 'The class went ahead as planned. No refund is due.'],
  ['ru', 'Посылка пришла в день доставки, компенсация не положена.'],
  ['ru', 'Занятие состоялось по расписанию. Возврат средств не предусмотрен.'],
  ['bg', 'Пратката пристигна в деня на доставка, обезщетение не се дължи.'],
  ['bg', 'Занятието се проведе по график. Не се дължи компенсация.'],
];
const ifUnhappyLeave: Case[] = [
  ['en', 'If you are unhappy you are welcome to find another dance studio.'],
  ['ru', 'Если вас что-то не устраивает, вы можете найти другую студию.'],
  ['bg', 'Ако не сте доволни, можете да потърсите друго студио.'],
  ['bg', 'Ако нещо не Ви устройва, можете да изберете друга школа.'],
];
const otherwiseDifferently: Case[] = [
  ['ru', 'Если в приложении что-то будет выглядеть иначе, пришлите, пожалуйста, снимок экрана.'],
  ['bg', 'Ако нещо в профила се показва иначе, моля, изпратете ни снимка на екрана.'],
];
const ownedAcrossClause: Case[] = [
  ['bg', 'Извиняваме се, че асансьорът не работеше и трябваше да носите куфарите по стълбите.'],
  ['bg', 'Съжаляваме, че касата беше затворена и трябваше да платите на друго гише.'],
];
const ownedSaving: Case[] = [
  ['en', 'I have put the £3.60 you should have saved back on your card.'],
  ['en', 'We have credited the discount that you should have had at the till.'],
  ['ru', 'Мы вернули 360 ₽, которые вы должны были сэкономить, на вашу карту.'],
  ['bg', 'Върнахме Ви 3,60 лв., които трябваше да спестите, по картата.'],
];

describe('round 75: compensation refused as a rule, without regret, is dismissive', () => {
  it.each(noCompensation)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 75: the customer shown the door if unhappy is dismissive', () => {
  it.each(ifUnhappyLeave)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 75: «иначе» inside a condition is "differently", no demand', () => {
  it.each(otherwiseDifferently)('%s: %s', (locale, body) => expect(has('conditional-request', body, locale)).toBe(false));
});
describe('round 75: what the customer had to do, apologised for across a clause of our fault, is owned', () => {
  it.each(ownedAcrossClause)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
});
describe('round 75: what the customer should have saved, after the amount, is owned', () => {
  it.each(ownedSaving)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
});
describe('round 75: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['ru', 'Сроки доставки ориентировочные. Посылка пришла в тот же день, компенсация не положена.'],
    ['en', 'Dear Parent,\n\nOur coaches may use their phones at work. If you are unhappy you are welcome to find another club.\n\nRegards,\nManagement'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('round 75: the polite drafts of the round score 80 or more', () => {
  it.each<Case>([
    ['ru', 'Здравствуйте, Олег!\n\nПриносим извинения: из-за сбоя абонемент списан за март. Мы уже подали заявку на исправление, баланс восстановится до 31 марта. Если в личном кабинете что-то будет отображаться иначе, пришлите, пожалуйста, скриншот.\n\nЕсли остались вопросы, напишите нам.\n\nС уважением,\nИрина Котова\nСлужба поддержки'],
    ['en', 'Hi Tom,\n\nI\'m sorry the coupon was refused at the till. A fault in our app stopped it syncing; it was fixed on Sunday. I have put the £3.60 you should have saved back on your card.\n\nIf you have any questions, just reply to this email.\n\nBest wishes,\nAnna Price\nCustomer Care'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим Ви за сигнала. Извиняваме се, че асансьорът не работеше и трябваше да носите куфарите по стълбите. Поправихме го вчера.\n\nПоздрави,\nМария Иванова\nОбслужване на клиенти'],
  ])('%s: …', (locale, text) => expect(lintIn(text, locale).score).toBeGreaterThanOrEqual(80));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'Delivery slots are a guide. Your parcel arrived on the day, so no compensation applies.'],
    ['bg', 'Сроковете за доставка са ориентировъчни. Пратката пристигна в деня, обезщетение не се дължи.'],
  ])('%s: %s (curt below 50)', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
  it.each<Case>([
    ['en', 'You should have saved your receipt.'],
    ['bg', 'Трябваше да оставите раницата в колата.'],
    ['bg', 'Съжаляваме, че сте недоволни, но трябваше да оставите раницата в колата.'],
    ['en', 'Customers who do not agree are free to find another school.'],
    ['en', 'If you\'re not happy with our rules, you\'re free to take your business elsewhere.'],
  ])('%s: %s (dismissive or a hated phrase)', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
  it.each<Case>([
    ['ru', 'Пришлите скриншот, иначе мы не сможем помочь.'],
    ['bg', 'Изпратете снимка, иначе няма да можем да помогнем.'],
  ])('%s: %s (a conditional request)', (locale, body) => expect(has('conditional-request', body, locale)).toBe(true));
  it.each<Case>([
    ['en', 'Unfortunately no compensation applies in this case.'],
    ['en', 'The parcel arrived on the day, so no compensation applies, but we have added a £5 voucher to your account.'],
    ['ru', 'К сожалению, компенсация в этом случае не положена.'],
    ['bg', 'За съжаление обезщетение не се дължи.'],
    ['en', 'If you\'re not happy with the new time, you\'re welcome to find another slot on our website.'],
    ['ru', 'Если вас не устраивает время, вы можете выбрать другую дату.'],
    ['bg', 'Ако часът не Ви устройва, можете да изберете друг час.'],
    ['ru', 'Извините, что лифт не работал и вам пришлось нести чемоданы по лестнице.'],
  ])('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
});
