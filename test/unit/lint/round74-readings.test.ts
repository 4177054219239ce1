/**
 * The lint readings of round 74 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. „Трябваше да резервирате…“ at a sentence's head and «Надо было раньше бронировать» lecture; the customer's
 * fault inferred from their own words ("If you waited, then you must have…", «Если вы ждали, значит, вы…», „Ако сте чакали,
 * значи сте…“), saying more refused ("I can't tell you anything else.", «Больше ничего не могу вам сказать.», „Друго не мога да
 * Ви кажа.“), nothing to be done said without regret ("We can't do much about that."), our asking before held up ("We have asked
 * for this already.", «Мы уже просили вас об этом.», „Вече сме Ви го поискали.“) and "If you'd actually read…" dismiss the
 * customer; a file kept closed until the customer complies ("Until it is received your file will remain closed") threatens.
 * Requests taken at hours in the passive («Обращения принимаются с 9:00 до 18:00») are the hours we keep, no step of ours, and a
 * department named for fines („Отдел „Глоби и фишове““) is no threat.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { dismissesInFrame, lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const shouldHaveBooked: Case[] = [
  ['bg', 'Няма свободни стаи за юли. Трябваше да резервирате по-рано.'],
  ['bg', 'Трябваше да питате на рецепцията.'],
  ['ru', 'Свободных номеров на июль нет. Надо было раньше бронировать.'],
  ['ru', 'Нужно было пораньше записываться.'],
];
const inferredFault: Case[] = [
  ['ru', 'Спортзал открывается в 7:00. Если вы ждали у двери, значит, вы пришли раньше 7:00.'],
  ['bg', 'Залата отваря в 7:00. Ако сте чакали отвън, значи сте дошли преди 7:00.'],
];
const cantSayMore: Case[] = [
  ['en', 'The gym opens at 7:00. I can\'t tell you anything else.'],
  ['en', 'There is nothing more we can tell you.'],
  ['ru', 'Спортзал открывается в 7:00. Больше ничего не могу вам сказать.'],
  ['bg', 'Залата отваря в 7:00. Друго не мога да Ви кажа.'],
];
const cantDoMuch: Case[] = [
  ['en', 'The March payment shows as pending. We can\'t do much about that.'],
  ['ru', 'Платёж за март ещё в обработке. Мы ничего не можем с этим сделать.'],
];
const askedAlready: Case[] = [
  ['en', 'We need the signed form. We have asked for this already.'],
  ['en', 'We\'ve asked you for it before.'],
  ['ru', 'Нам нужна подписанная форма. Мы уже просили вас об этом.'],
  ['bg', 'Нужен ни е подписаният формуляр. Вече сме Ви го поискали.'],
];
const actuallyRead: Case[] = [
  ['en', 'If you\'d actually read the letter you\'d see the date is listed.'],
];
const keptClosed: Case[] = [
  ['en', 'We need the signed form. Until it is received, your claim will remain on hold.'],
  ['ru', 'Нам нужна подписанная форма. Пока форма не поступит, ваше обращение останется закрытым.'],
  ['bg', 'Нужен ни е подписаният формуляр. Докато не го получим, преписката Ви остава закрита.'],
];
const passiveHours: Case[] = [
  ['en', 'No agent is available. Requests are handled between 9:00 and 18:00.'],
  ['ru', 'Оператор сейчас не на линии. Заявки принимаются с 8:00 до 20:00.'],
];

describe('round 74: "you should have booked earlier" lectures (a Bulgarian -ате verb, a Russian adverb first)', () => {
  it.each(shouldHaveBooked)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 74: the customer\'s fault inferred from their own words is dismissive', () => {
  it.each(inferredFault)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 74: saying more refused is dismissive', () => {
  it.each(cantSayMore)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 74: nothing to be done, said without regret, is dismissive', () => {
  it.each(cantDoMuch)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 74: our asking before held up as the answer is dismissive', () => {
  it.each(askedAlready)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 74: "If you\'d actually read…" blames the customer', () => {
  it.each(actuallyRead)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 74: a file kept closed until the customer complies threatens', () => {
  it.each(keptClosed)('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
});
describe('round 74: requests taken at hours, in the passive, are no step of ours', () => {
  it.each(passiveHours)('%s: %s', (locale, body) => expect(has('next-step', body, locale)).toBe(true));
});
describe('round 74: a department named for fines is no threat', () => {
  it.each<Case>([
    ['bg', 'Уважаеми г-н Петров,\n\nИзвиняваме се: административната такса от 25 € е начислена погрешно, когато фишът пристигне неплатен. Днес я анулирахме и сумата ще ви бъде върната до 5 работни дни.\n\nС уважение,\nМария Иванова\nОтдел „Глоби и фишове“'],
  ])('%s: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('reminder-threat'));
});
describe('round 74: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['bg', 'Няма стаи за юли. Трябваше да резервирате по-рано.'],
    ['ru', 'Оператор недоступен. Заявки принимаются с 8:00 до 20:00.'],
    ['en', 'No agent is available. Requests are handled between 9:00 and 18:00.'],
    ['bg', 'Здравейте.\n\nЗалата отваря в 7:00, така е от години. Ако сте чакали, значи сте дошли преди 7:00. Друго не мога да Ви кажа.\n\nРецепция'],
    ['en', 'Hi,\n\nIf you\'d actually read the letter you\'d see March is marked as pending. We can\'t do much about that.\n\nThanks'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'The gym opens at 7:00. If you waited outside, then you must have arrived before 7:00.'],
    ['bg', 'Нищо повече не можем да кажем.'],
    ['bg', 'Плащането за март още се обработва. Не можем да направим нищо по въпроса.'],
    ['en', 'If you had read the terms, you would know this.'],
  ])('%s: %s (dismissive or a hated phrase)', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(true));
  it.each<Case>([
    ['bg', 'Операторът не е на линия. Запитвания се приемат от 9:00 до 18:00.'],
  ])('%s: %s (hours, no step)', (locale, body) => expect(has('next-step', body, locale)).toBe(true));
  it.each<Case>([
    ['ru', 'Здравствуйте, Олег!\n\nПриносим извинения: административный сбор 1 500 ₽ начислен ошибочно, так как вы не оплатили квитанцию вовремя по нашей вине. Сегодня мы его отменили, деньги вернутся до 5 июня.\n\nС уважением,\nИрина Котова\nОтдел штрафов'],
  ])('%s: … (a fines department, no threat)', (locale, text) => expect(rulesIn(text, locale)).not.toContain('reminder-threat'));
  it.each<Case>([
    ['en', 'Mr Hale,\n\nWe cannot proceed without the signed form. We have asked for this already. Until it is received your claim will remain closed.\n\nNorthgate'],
  ])('%s: %s (curt below 50)', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
  it.each<Case>([
    ['bg', 'Съжаляваме, че вместо автоматик получихте кола с ръчни скорости и трябваше да чакате.'],
    ['en', 'Unfortunately we can\'t do much about that, but I have asked the bank to call you on Monday at 10:00.'],
    ['ru', 'К сожалению, мы ничего не можем с этим сделать.'],
    ['en', 'We have asked the warehouse for this already and will write to you on Monday.'],
    ['bg', 'Вече го изискахме директно от клиниката и ще Ви пишем до 20 март.'],
    ['ru', 'Мы уже запрашивали выписку у клиники и напишем вам до 20 марта.'],
  ])('%s: %s', (locale, body) => expect(dismissesInFrame(body, locale)).toBe(false));
  it('a polite after-hours reply with its hours and our step keeps its score', () => {
    const text = 'Здравствуйте!\n\nСпасибо, что написали. Сейчас нерабочее время, приносим извинения. Обращения принимаются с 9:00 до 18:00, оператор ответит вам до 10:00 следующего рабочего дня.\n\nЕсли остались вопросы, напишите нам.\n\nС уважением,\nИрина Котова\nСлужба поддержки';
    expect(lintIn(text, 'ru').score).toBeGreaterThanOrEqual(80);
  });
});
