/**
 * The lint readings of round 68 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer told to book our own work again themselves, a bare order ending the sentence ("If you need a
 * new visit, rebook it yourself.", «Новый визит записывайтесь самостоятельно через приложение.», „Нов час си запишете сама
 * онлайн.“), dismisses; a repeated explanation thrown at the customer with "you" in it ("we have already explained to you",
 * «вам уже объяснили», „вече Ви обяснихме“), the customer blamed for keeping our colleagues from others ("you are keeping our
 * colleagues from…", «мешаете коллегам», „пречите на колегите“) and discussion refused in a formal dress ("not in a position
 * to discuss", «не готовы обсуждать», „не сме готови да обсъждаме“) dismiss; an order to buy or book at a time ("Order
 * Monday.", «Заказывайте в понедельник.», „Поръчайте в понеделник.“) orders the customer about; the customer's fault denied
 * („не е по Ваша вина“, «не по вашей вине») is no blame; and a surname on a stem of "dear" („г-н Драганов“, «Дорогов») names
 * the customer.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rules = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rules(draft[locale](body), locale).includes(rule);

type Case = [LintLocale, string];
const rebookYourself: Case[] = [
  ['en', 'The plumber called at 8:30 and nobody answered the door. If you need a new visit, rebook it yourself.'],
  ['en', 'The courier came at noon and the shop was shut. Arrange another delivery via the app.'],
  ['ru', 'Курьер приезжал в 12:00, никто не открыл. Новый визит записывайтесь самостоятельно через приложение.'],
  ['ru', 'Мастер приходил в 9:00, вас не было. Если нужен другой день, забронируйте его сами на сайте.'],
  ['bg', 'Куриерът дойде в 12:00, никой не отвори. Нов час си запишете сама онлайн.'],
  ['bg', 'Техникът беше на адреса в 9:00. Ако Ви трябва друг ден, резервирайте го самостоятелно на сайта.'],
];
const toldYou: Case[] = [
  ['en', 'I have explained this to you twice: refunds take 30 working days.'],
  ['en', 'Refunds take 30 working days. Your daily calls are stopping our team from helping other customers.'],
  ['ru', 'Мы вам уже объяснили, что возврат занимает 30 рабочих дней. Звонками вы мешаете коллегам работать с другими клиентами.'],
  ['bg', 'Вече сме Ви обяснили, че възстановяването отнема 30 работни дни. С обажданията си пречите на служителите.'],
];
const noDiscussion: Case[] = [
  ['en', 'Fees are set in the agreement. We are not prepared to discuss individual terms.'],
  ['ru', 'Комиссия установлена договором. Мы не готовы обсуждать индивидуальные условия.'],
  ['bg', 'Комисионната е определена в договора. Не сме готови да обсъждаме индивидуални условия.'],
];
const orderAtTime: Case[] = [
  ['en', 'The depot is closed on Sundays. Order Monday.'],
  ['ru', 'В воскресенье склад закрыт. Заказывайте в понедельник.'],
  ['bg', 'В неделя складът е затворен. Поръчайте в понеделник.'],
];
const notYourFault: Case[] = [
  ['ru', 'Спасибо за письмо, и простите за неудобство. Кабель повредили строители, это не по вашей вине, поэтому плату за выезд мы отменили сегодня.'],
  ['bg', 'Благодарим за писмото и се извиняваме. Кабелът е прекъснат от строителите и не е по Ваша вина, затова премахнахме таксата днес.'],
];

describe('round 68: the customer told to book our own work again themselves dismisses', () => {
  it.each(rebookYourself)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('en: the bare no-show notice with a fee scores below 50', () => {
    const text = 'Our fitter came at 10:10 and you were out. A £30 call-out fee has been charged. If you want another visit, book it online.';
    expect(lint(text, 'en').score).toBeLessThan(50);
  });
});
describe('round 68: a repeated explanation with "you" and the customer blamed for keeping our colleagues busy dismiss', () => {
  it.each(toldYou)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 68: discussion refused in a formal dress dismisses', () => {
  it.each(noDiscussion)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 68: an order to buy or book at a time orders the customer about', () => {
  it.each(orderAtTime)('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
});
describe('round 68: the customer\'s fault denied is no blame', () => {
  it.each(notYourFault)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
});
describe('round 68: a surname on a stem of "dear" names the customer', () => {
  it('bg: „Здравейте, г-н Драганов,“', () => {
    const text = 'Здравейте, г-н Драганов,\n\nБлагодарим Ви за писмото и се извиняваме за таксата. Премахнахме 35 € от сметката Ви днес.\n\nАко имате въпроси, пишете ни.\n\nС уважение,\nАнелия Тасева\nОбслужване на клиенти';
    expect(rules(text, 'bg')).not.toContain('greeting-name');
  });
  it('ru: «Здравствуйте, господин Дорогов!»', () => {
    const text = 'Здравствуйте, господин Дорогов!\n\nСпасибо за письмо. Мы вернули 500 ₽ на вашу карту сегодня.\n\nЕсли будут вопросы, пишите.\n\nС уважением,\nИрина Котова\nСлужба поддержки';
    expect(rules(text, 'ru')).not.toContain('greeting-name');
  });
});
describe('guards (read so before the round too)', () => {
  const helpful: Case[] = [
    ['en', 'The engineer called at 9:00 and missed you, sorry. If you would like another slot, please book it online — we have waived the fee.'],
    ['ru', 'Мастер приходил в 9:00 и не застал вас. Новую заявку можно оформить в личном кабинете, а плату за выезд мы отменили.'],
    ['bg', 'Техникът беше на адреса в 9:00. Ако желаете нов час, моля, запишете се в приложението — таксата премахнахме.'],
  ];
  it.each(helpful)('%s: a helpful rebooking is no dismissal: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  it('bg: „Драги“ still greets', () => {
    expect(rules('Драги г-н Петров,\n\nБлагодарим Ви за писмото.\n\nПоздрави,\nМария Иванова\nОбслужване на клиенти', 'bg')).not.toContain('greeting');
  });
  it('en: "your own fault" still blames', () => {
    expect(has('dismissive', 'Thank you for your email. The damage is your own fault.', 'en')).toBe(true);
  });
});
