/**
 * The lint readings of round 50 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A failure to help in the past, told as what an apology is for, owns it ("sorry we were unable to help you at
 * the branch", «извините, что в отделении вам не смогли помочь», «съжаляваме, че в офиса не можаха да Ви помогнат»); a bare
 * order to wait, a sentence of its own ("Wait.", «Ждите.», «Чакайте.»), orders the customer about; an invitation of ours with
 * its day is a step («ще се радваме да Ви посрещнем в събота от 10 ч.»), and free entry given to this customer a remedy
 * («входът за семейството Ви е безплатен»); a payment offered with the modal after the verb is an option, no payment reminder
 * («оплатить их картой можно на кассе», «можете да ги платите на касата»), and a payment asked for by a date in the present is
 * one («платёж … нужно внести до 25 марта»); a request to send something after our purpose invites an answer ("So that we can…,
 * please send…", «Чтобы мы…, пришлите, пожалуйста…», «За да…, моля, изпратете…»).
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const lint = (text: string, locale: LintLocale) => lintMessage(text, { locale });
const rules = (text: string, locale: LintLocale): string[] => lint(text, locale).findings.map((finding) => finding.rule);

const en = (body: string): string => `Hi Tom,\n\n${body}\n\nBest wishes,\nAnna Price\nCustomer Care`;
const ru = (body: string): string => `Здравствуйте, Олег!\n\n${body}\n\nС уважением,\nИрина Котова\nСлужба поддержки`;
const bg = (body: string): string => `Здравейте, г-н Петров,\n\n${body}\n\nПоздрави,\nМария Иванова\nОбслужване на клиенти`;

const hated = (text: string, locale: LintLocale): void => expect(rules(text, locale)).toContain('hated-phrase');
const notHated = (text: string, locale: LintLocale): void => expect(rules(text, locale)).not.toContain('hated-phrase');
const stepped = (text: string, locale: LintLocale): void => {
  const found = rules(text, locale);
  expect(found).not.toContain('next-step');
  expect(found).not.toContain('no-substance');
};

describe('a failure to help in the past, told as what an apology is for, owns it', () => {
  it.each([
    ['en', en("Thank you for writing, and I'm sorry we were unable to help you at the Leeds branch. The assistant was wrong: a signed letter of authority is accepted, and I will call the branch today.")],
    ['en', en('Thank you, and I apologise that our staff were not able to help you on Friday. I have sent the parcel to your door today.')],
    ['ru', ru('Спасибо за обращение и извините, что в пункте выдачи вам не смогли помочь. Сотрудник ошибся: доверенность у нас принимается, и мы предупредим пункт выдачи сегодня.')],
    ['ru', ru('Спасибо, что написали. Сожалеем, что в отделении вам ничем не смогли помочь. Посылку привезём вам завтра.')],
    ['bg', bg('Благодарим за писмото и се извиняваме, че в офиса не можаха да Ви помогнат. Служителят е сгрешил, а пратката ще Ви донесем утре.')],
    ['bg', bg('Благодарим Ви. Съжаляваме, че в магазина не можахме да Ви помогнем. Ще Ви изпратим новия уред днес.')],
  ] as const)('%s: %s', (locale, text) => notHated(text, locale));
});

describe('a bare order to wait, a sentence of its own, orders the customer about', () => {
  it.each([
    ['en', en("The parcel is delayed. Wait.")],
    ['en', en('The refund takes time. Just wait for the transfer.')],
    ['ru', ru('Задержка на складе. Ждите.')],
    ['ru', ru('Заявка передана в работу. Ожидайте ответа.')],
    ['bg', bg('Наложените платежи се превеждат до 7 работни дни. Чакайте.')],
    ['bg', bg('Заявката е приета. Изчакайте търпеливо.')],
  ] as const)('%s: %s', (locale, text) => hated(text, locale));
});

describe('an invitation of ours with its day is a step, and its day no vote for a notice', () => {
  it.each([
    ['bg', bg('Благодарим за писмото. Ще се радваме да Ви посрещнем в събота от 10 ч.')],
    ['bg', bg('Благодарим Ви за търпението. Очакваме Ви в неделя в 11 ч. на касата на музея.')],
  ] as const)('%s: %s', (locale, text) => {
    stepped(text, locale);
    expect(lint(text, locale).kind).not.toBe('notice');
  });
});

describe('free entry given to this customer is a remedy', () => {
  it.each([
    ['en', en('Thank you for your letter, and I am sorry about the queue. Entry for your family is free with this letter.')],
    ['ru', ru('Спасибо за письмо, извините за очередь. Вход для вашей семьи бесплатный по этому письму.')],
    ['bg', bg('Благодарим за писмото и се извиняваме за опашката. Входът за семейството Ви е безплатен с това писмо.')],
  ] as const)('%s: %s', (locale, text) => stepped(text, locale));
});

describe('a payment offered with the modal after the verb is an option, no payment reminder', () => {
  it.each([
    ['ru', ru('Спасибо за сообщение. Мы отложили для вас два места на субботу, 16:00, оплатить их картой можно на кассе до 15:30.')],
    ['bg', bg('Благодарим Ви. Запазихме Ви две места за събота, 16:00; можете да ги платите с карта на касата до 15:30 ч.')],
  ] as const)('%s: %s', (locale, text) => expect(lint(text, locale).kind).not.toBe('reminder'));
});

describe('a payment asked for by a date in the present is a payment reminder', () => {
  it.each([
    ['en', en('Thank you for choosing our clinic. Your instalment of £84 needs to be paid by 5 April.')],
    ['ru', ru('Благодарим, что пользуетесь рассрочкой. Напоминаем: очередной платёж 4 150 ₽ по договору № 12 нужно внести до 25 марта.')],
    ['ru', ru('Напоминаем, что оплата за апрель (8 400 руб.) необходима до 5 апреля.')],
    ['ru', ru('Напоминаем, что 20 июля наступает срок второго платежа — 14 500 ₽.')],
    ['bg', bg('Напомняме, че вноската от 120 лв. по договор № 12 трябва да бъде платена до 25 март.')],
  ] as const)('%s: %s', (locale, text) => expect(lint(text, locale).kind).toBe('reminder'));
});

describe('a request to send something after our purpose invites an answer', () => {
  it.each([
    ['en', en('Thank you for writing. So that we can prepare the parcel, please send the tracking number. It will be ready tomorrow after 12:00.')],
    ['ru', ru('Спасибо за обращение. Чтобы мы сразу подготовили посылку, пришлите, пожалуйста, трек-номер. Посылку выдадим завтра после 12:00.')],
    ['ru', ru('Чтобы я быстрее нашла заказ, пожалуйста, сообщите его номер. Отвечу сегодня.')],
    ['bg', bg('За да подготвим пратката, моля, изпратете ни номера на товарителницата. Ще я изпратим днес.')],
  ] as const)('%s: %s', (locale, text) => expect(rules(text, locale)).not.toContain('offer-questions'));
});

describe('guards (read so before the round too)', () => {
  it.each([
    // Regret told with a refusal in the present still refuses.
    ['en', en('Sorry, but we cannot help you with this.')],
    ['ru', ru('Сожалеем, что не можем вам помочь.')],
    ['bg', bg('Съжаляваме, но не можем да Ви помогнем.')],
  ] as const)('%s: %s (a refusal)', (locale, text) => hated(text, locale));

  it.each([
    // Waiting asked for with "please" or with our step in it is no bare order.
    ['en', en("Please wait for the courier's text on Saturday.")],
    ['ru', ru('Ожидайте звонка курьера в субботу с 9 до 12.')],
    ['bg', bg('Изчакайте, моля, SMS от куриера в събота.')],
  ] as const)('%s: %s (no bare order)', (locale, text) => notHated(text, locale));

  it.each([
    ['en', en('Thank you for writing. We would be glad to welcome you on Saturday from 10 am.')],
    ['ru', ru('Спасибо за письмо. Будем рады видеть вас в субботу с 10:00.')],
  ] as const)('%s: %s (the day a step already)', (locale, text) => stepped(text, locale));

  it.each([
    // A rule of free entry, and entry not free, give nothing to this customer; a day we do not work is no step.
    ['en', en('Thank you for writing. Entry for children under 7 is free.')],
    ['bg', bg('Благодарим за писмото. Входът за Вас не е безплатен.')],
    ['bg', bg('Благодарим за писмото. В събота не работим.')],
  ] as const)('%s: %s (no step)', (locale, text) => expect(rules(text, locale)).toContain('next-step'));

  it.each([
    ['en', en('Thank you. We have held two seats for you; they can be paid for by card at the box office until 3:30 pm.')],
    ['en', en('Thank you. We have held the room for you; payment can be made at reception on the day.')],
    ['ru', ru('Спасибо! Вы можете оплатить места на кассе до 15:30.')],
    ['ru', ru('Спасибо! Места за вами на субботу, 16:00; оплата возможна на кассе до 15:30.')],
  ] as const)('%s: %s (an option)', (locale, text) => expect(lint(text, locale).kind).not.toBe('reminder'));

  it.each([
    ['ru', ru('Напоминаем, что оплату абонемента за декабрь (4 800 ₽) нужно внести до 5 декабря. Оплатить можно по ссылке в личном кабинете.')],
    ['en', en('This is a reminder that invoice INV-204 for £120 is overdue. Please pay by Friday.')],
    ['ru', ru('Напоминаем, что осталась неоплаченной сумма 4 500 ₽ за приём от 12 марта. Оплатить её можно до 25 марта.')],
  ] as const)('%s: %s (a reminder)', (locale, text) => expect(lint(text, locale).kind).toBe('reminder'));

  it.each([
    ['en', en('So that we can prepare the parcel, could you tell us the tracking number? We will send it today.')],
  ] as const)('%s: %s (an invitation)', (locale, text) => expect(rules(text, locale)).not.toContain('offer-questions'));

  it.each([
    ['en', en('Send the receipt.')],
    ['ru', ru('Пришлите номер договора.')],
  ] as const)('%s: %s (a bare order)', (locale, text) => expect(rules(text, locale)).toContain('offer-questions'));
});
