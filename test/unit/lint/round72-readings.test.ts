/**
 * The lint readings of round 72 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A heading in capitals ("FINAL NOTICE") is one shout, not one per word; a payment said not to have come in
 * the passive ("has not been paid", "If payment is not received") makes a payment reminder, and "No further reminders will be
 * sent" («Больше напоминать не будем», „Повече напомняния няма да изпращаме“) threatens in it. The time of our visit put off by
 * a tautology in the third person ("The engineer will come when he comes"), warm clothes as the answer to a cold home ("maybe
 * a jumper?", «Оденьтесь потеплее», „Облечете се по-топло“), the lecture with its infinitive first («Отменять надо было до
 * среды»), the rule told as written everywhere ("it's written everywhere", «это везде написано», „навсякъде пише“), our staff
 * said not to be obliged ("Couriers are not obliged to carry change", «Курьеры не обязаны…», „Куриерите не са длъжни…“) and the
 * customer's preparation ordered for next time („Следващия път пригответе точна сума“) dismiss the customer; «Сделать ничего не
 * могу» (the object first) is the hated refusal. The customer's own decision told as final in a condition («Если же решение
 * окончательное, …») closes nothing; a payment button named by its label («кнопки «Оплатить»») asks for no payment; the Muslim
 * greeting («Ассаляму алейкум, Тимур!», "Salam", „Селям“) is a greeting.
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { lintIn, ROUND_FRAME, rulesIn } from './drafts.js';

const draft = ROUND_FRAME;
const has = (rule: string, body: string, locale: LintLocale): boolean => rulesIn(draft[locale](body), locale).includes(rule);
const countOf = (rule: string, text: string, locale: LintLocale): number => rulesIn(text, locale).filter((found) => found === rule).length;
const kindOf = (body: string, locale: LintLocale): string => lintIn(draft[locale](body), locale).kind;

type Case = [LintLocale, string];
const headings: Case[] = [
  ['en', 'FINAL NOTICE\n\nInvoice 2231 for £80.00 was due on 1 May. Please pay it by 20 May.\n\nAccounts'],
  ['ru', 'ПОСЛЕДНЕЕ ПРЕДУПРЕЖДЕНИЕ\n\nСчёт № 2231 на 8 000 ₽ не оплачен. Оплатите его до 20 мая.\n\nБухгалтерия'],
  ['bg', 'ПОСЛЕДНО НАПОМНЯНЕ\n\nФактура № 2231 за 80 лв. не е платена. Моля, платете я до 20 май.\n\nСчетоводство'],
];
const notPaid: Case[] = [
  ['en', 'Instalment 2 of your course fee has not been paid. Could you look into it by 20 May?'],
  ['en', 'If payment is not received within 7 days, your membership 4471 will lapse.'],
];
const noFurtherReminders: Case[] = [
  ['en', 'Invoice 2231 for £80.00 was due on 1 May. Please pay it by 20 May. No further reminders will be sent.'],
  ['ru', 'Счёт № 2231 на 8 000 ₽ нужно было оплатить до 1 мая. Оплатите его до 20 мая. Больше напоминать не будем.'],
  ['bg', 'Фактура № 2231 за 80 лв. беше дължима до 1 май. Моля, платете я до 20 май. Повече напомняния няма да изпращаме.'],
];
const whenHeComes: Case[] = [
  ['en', 'The boiler is on our list. The engineer will come when he comes.'],
  ['en', 'Your sofa is on its way. It will be delivered when it is delivered.'],
  ['en', 'Your parcel will arrive when it arrives.'],
  ['en', 'The lift is broken. It\'ll be fixed when it\'s fixed.'],
];
const wrapUp: Case[] = [
  ['en', 'Yes, the heating is off. It is March — maybe a jumper?'],
  ['en', 'The radiators are being checked this month. Put on a sweater in the meantime.'],
  ['ru', 'Да, отопление пока не включили. Может, свитер?'],
  ['ru', 'Отопление включат по графику. Оденьтесь потеплее.'],
  ['bg', 'Парното ще бъде пуснато по график. Облечете се по-топло.'],
  ['bg', 'Да, в стаята е хладно. Може би пуловер?'],
];
const lectureInfinitiveFirst: Case[] = [
  ['ru', 'Отменять надо было до среды 23:59. Набор уже в пути.'],
  ['ru', 'Звонить нужно было сразу, а не через неделю.'],
];
const writtenEverywhere: Case[] = [
  ['en', 'Orders close on Wednesday at midnight, it\'s written everywhere.'],
  ['ru', 'Заказы принимаются до среды, это везде написано.'],
  ['bg', 'Поръчки се приемат до сряда, навсякъде пише.'],
];
const refusalObjectFirst: Case[] = [
  ['ru', 'Набор уже оплачен. Сделать ничего не могу.'],
  ['en', 'The box has already been paid for. We can do nothing about it.'],
];
const staffNotObliged: Case[] = [
  ['en', 'Couriers are not obliged to carry change.'],
  ['ru', 'Курьеры не обязаны возить сдачу.'],
  ['bg', 'Куриерите не са длъжни да носят ресто.'],
];
const prepareNextTime: Case[] = [
  ['en', 'The courier had no change. Next time, have the exact amount ready.'],
  ['ru', 'У курьера не было сдачи. В следующий раз приготовьте точную сумму.'],
  ['bg', 'Куриерът нямаше ресто. Следващия път пригответе точна сума.'],
];
const customerDecision: Case[] = [
  ['ru', 'Нам жаль, что вы решили уйти. Если же решение окончательное, приказ будет подписан 16 марта.'],
  ['en', 'We are sorry you have decided to leave. If your decision is final, the form will be signed on 16 March.'],
];
const payButtons: Case[] = [
  ['ru', 'Простите за беспокойство: при повторном нажатии кнопки «Оплатить» платёж прошёл дважды. Второй платёж 890 ₽ мы отменили сегодня.'],
];
const salam: Case[] = [
  ['ru', 'Ассаляму алейкум, Тимур!\n\nСпасибо, что написали. Мы вернули 890 ₽ сегодня.\n\nС уважением,\nИрина Котова\nСлужба поддержки'],
  ['en', 'Assalamu alaikum, Timur,\n\nThank you for writing. We refunded £8.90 today.\n\nBest wishes,\nAnna Price\nCustomer Care'],
  ['en', 'Salam Timur,\n\nThank you for writing. We refunded £8.90 today.\n\nBest wishes,\nAnna Price\nCustomer Care'],
  ['bg', 'Ас-саламу алейкум, Тимур!\n\nБлагодарим, че ни писахте. Върнахме Ви 8,90 лв. днес.\n\nПоздрави,\nМария Иванова\nОбслужване на клиенти'],
];

describe('round 72: a heading in capitals is one shout', () => {
  it.each(headings)('%s: %s', (locale, text) => expect(countOf('shouting', text, locale)).toBe(1));
});
describe('round 72: a payment said not to have come, in the passive, makes a payment reminder', () => {
  it.each(notPaid)('%s: %s', (locale, body) => expect(kindOf(body, locale)).toBe('reminder'));
});
describe('round 72: "No further reminders will be sent" threatens', () => {
  it.each(noFurtherReminders)('%s: %s', (locale, body) => expect(has('reminder-threat', body, locale)).toBe(true));
});
describe('round 72: the time of our visit put off by a tautology in the third person is dismissive', () => {
  it.each(whenHeComes)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 72: warm clothes as the answer to a cold home are dismissive', () => {
  it.each(wrapUp)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 72: the lecture with its infinitive first is dismissive', () => {
  it.each(lectureInfinitiveFirst)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 72: the rule told as written everywhere is dismissive', () => {
  it.each(writtenEverywhere)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 72: the refusal with its object or verb first is a hated phrase', () => {
  it.each(refusalObjectFirst)('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
});
describe('round 72: our staff said not to be obliged is dismissive', () => {
  it.each(staffNotObliged)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 72: the customer\'s preparation ordered for next time is dismissive', () => {
  it.each(prepareNextTime)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 72: the customer\'s own decision told as final in a condition closes nothing', () => {
  it.each(customerDecision)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
});
describe('round 72: a payment button named by its label asks for no payment', () => {
  it.each(payButtons)('%s: %s', (locale, body) => expect(kindOf(body, locale)).not.toBe('reminder'));
});
describe('round 72: the Muslim greeting is a greeting', () => {
  it.each(salam)('%s: %s', (locale, text) => expect(rulesIn(text, locale)).not.toContain('greeting'));
});
describe('round 72: the curt drafts of the round score below 50', () => {
  it.each<Case>([
    ['en', 'FINAL REMINDER\n\nInstalment 2 has not been paid. If payment is not received within 7 days your access to the gym will be suspended. No further reminders will be sent.\n\nCredit Control'],
    ['en', 'Yes, we know it\'s a bit cold. It\'s January in Leeds — maybe a jumper? The engineer will come when he comes.'],
    ['ru', 'Отменять надо было до пятницы, это везде написано. Заказ уже в пути. Сделать ничего не могу.'],
    ['bg', 'Здравейте, г-жо Петрова,\n\nКуриерите не са длъжни да носят ресто. Следващия път пригответе точна сума.\n\nДоставки'],
  ])('%s: %s', (locale, text) => expect(lintIn(text, locale).score).toBeLessThan(50));
});
describe('guards (read so before the round too)', () => {
  it.each<Case>([
    ['en', 'Although our couriers are not obliged to carry change, ours will from Monday, and we have refunded £2.'],
    ['ru', 'Хотя курьеры и не обязаны возить сдачу, с понедельника у каждого будет размен.'],
    ['en', 'We will bring you a heater and extra blankets today, and the engineer comes on Monday at 10:00.'],
    ['ru', 'Нам надо было предупредить вас заранее — простите.'],
    ['en', 'Take your time: we will be ready when you are ready.'],
    ['ru', 'Мастер придёт, когда вам удобно: в понедельник или во вторник.'],
  ])('%s: no dismissal: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  it.each<Case>([
    ['en', 'Our decision is final.'],
    ['ru', 'Наше решение окончательное.'],
    ['ru', 'Мастер придёт, когда придёт.'],
    ['bg', 'Техникът ще дойде, когато дойде.'],
  ])('%s: still dismissive: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('bg: the customer\'s own decision in a condition closes nothing', () =>
    expect(has('dismissive', 'Съжаляваме, че решихте да напуснете. Ако решението Ви е окончателно, заповедта ще бъде подписана на 16 март.', 'bg')).toBe(false));
  it.each<Case>([
    ['en', 'I am sorry: pressing the "Pay now" button twice charged you twice. We cancelled the second payment of £8.90 today.'],
    ['bg', 'Извиняваме се: при повторно натискане на бутона „Плати“ плащането мина два пъти. Второто плащане от 8,90 лв. отменихме днес.'],
  ])('%s: a payment button named by its label asks for no payment: %s', (locale, body) => expect(kindOf(body, locale)).not.toBe('reminder'));
  it('ru: a bill with its order to pay is still a payment reminder', () =>
    expect(kindOf('Счёт № 2231 на 8 000 ₽ не оплачен. Оплатите его до 20 мая, пожалуйста.', 'ru')).toBe('reminder'));
  it('en: capitals inside a sentence still shout once a word', () =>
    expect(countOf('shouting', draft.en('We are VERY ANGRY about this and so is everyone.'), 'en')).toBe(2));
  it('ru: «ничего не могу сделать» is still a hated phrase', () => expect(has('hated-phrase', 'Ничего не могу сделать.', 'ru')).toBe(true));
});
