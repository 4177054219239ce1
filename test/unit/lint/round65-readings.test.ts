/**
 * The lint readings of round 65 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A fee named by its period and its service ("the quarterly monitoring fee", «ежеквартальная плата за
 * мониторинг», „месечното плащане за поддръжка“) names what a payment reminder is for; allowing that the payment may have
 * crossed with the reminder ("It may have crossed with this letter", "please ignore this message", «просто не обращайте внимания
 * на это письмо», „не обръщайте внимание на това писмо“) is goodwill. The ultimatum told as a rule or with its penalty as a bare
 * noun ("… must be returned within 7 days or you will be charged £150", «…вернуть в течение 5 дней, иначе штраф 7 000 ₽»,
 * „Върнете гривната до 5 дни, иначе неустойка 80 €“) threatens; a cost put on the customer in a bare sentence ("Returns are at
 * your own cost.", «Демонтаж за ваш счёт.», „Куриерът е за ваша сметка.“) and the customer singled out as the only one who
 * complains ("you are the only guest who has complained", «жалуетесь только вы», „само Вие се оплаквате“) dismiss.
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
// The frame's "Best wishes" is goodwill already: a reminder's goodwill is read under a plain closing.
const plain = (body: string, locale: LintLocale): string => draft[locale](body).replace('Best wishes,', 'Kind regards,');

type Case = [LintLocale, string];
const periodFees: Case[] = [
  ['en', 'I hope you are well. The quarterly monitoring fee of £59.97 was due on 15 January and we have not yet received it. Could you arrange the payment by 6 February?'],
  ['en', 'I hope you are well. Your monthly service charge of £12.50 was due on 1 March. Could you arrange the payment by 15 March?'],
  ['en', 'I hope you are well. The annual maintenance fee of £120 was due on 10 April and is still outstanding. Could you arrange the payment by 30 April?'],
  ['ru', 'Надеемся, у вас всё хорошо. Ежеквартальная плата за мониторинг 1 800 ₽ не поступила, срок оплаты был 15 января. Пожалуйста, оплатите её до 6 февраля.'],
  ['ru', 'Надеемся, у вас всё хорошо. Ежемесячный сервисный платёж 950 ₽ не поступил, срок оплаты был 5 марта. Пожалуйста, оплатите его до 20 марта.'],
  ['ru', 'Надеемся, у вас всё хорошо. Абонентская плата 600 ₽ не поступила, срок оплаты был 5 марта. Пожалуйста, оплатите её до 20 марта.'],
  ['bg', 'Надяваме се, че сте добре. Месечното плащане за поддръжка от 40 лв. не е постъпило, падежът беше на 15 януари. Моля, платете до 6 февруари.'],
  ['bg', 'Надяваме се, че сте добре. Тримесечното плащане за мониторинг от 60 € не е постъпило, падежът беше на 10 април. Моля, платете до 30 април.'],
];
const crossed: Case[] = [
  ['en', 'Invoice 2026-0142 for £59.97 was due on 15 January and we have not yet received it. It may simply have crossed with this letter; if so, please ignore this reminder. Could you arrange the payment by 6 February?'],
  ['en', 'Invoice 2026-0142 for £59.97 was due on 15 January and we have not yet received it. If you paid in the last few days, please disregard this message. Could you arrange the payment by 6 February?'],
  ['ru', 'Счёт № 2026-0142 на 1 800 ₽ нужно было оплатить до 15 января, но оплата не поступила. Если вы уже перевели деньги, просто не обращайте внимания на это письмо. Пожалуйста, оплатите счёт до 6 февраля.'],
  ['ru', 'Счёт № 2026-0142 на 1 800 ₽ нужно было оплатить до 15 января, но оплата не поступила. Возможно, ваш платёж разминулся с этим письмом — тогда проигнорируйте это напоминание. Пожалуйста, оплатите счёт до 6 февраля.'],
  ['bg', 'Фактура № 2026-0142 за 80 лв. беше с падеж 15 януари, но плащането не е постъпило. Ако сте я превели тези дни, моля, не обръщайте внимание на това писмо. Моля, платете до 6 февруари.'],
  ['bg', 'Фактура № 2026-0142 за 80 лв. беше с падеж 15 януари, но плащането не е постъпило. Ако сте я превели тези дни, игнорирайте това напомняне. Моля, платете до 6 февруари.'],
];
const ultimatums: Case[] = [
  ['en', 'Cancellation processed. Equipment must be returned within 7 days or you will be charged £150.'],
  ['en', 'Your contract has ended. The router must be returned within 14 days, otherwise a £50 fee applies.'],
  ['en', 'Your contract has ended. Return the kit within 7 days or a £150 charge will apply.'],
  ['ru', 'Договор расторгнут. Оборудование вернуть в течение 5 дней, иначе штраф 7 000 ₽.'],
  ['ru', 'Договор расторгнут. Верните приставку до пятницы, иначе неустойка 2 000 ₽.'],
  ['ru', 'Договор расторгнут. Роутер необходимо сдать до 10 марта, иначе будет начислен штраф 3 000 ₽.'],
  ['bg', 'Договорът е прекратен. Върнете гривната до 5 дни, иначе неустойка 80 €.'],
  ['bg', 'Договорът е прекратен. Рутерът трябва да бъде върнат до 14 дни, иначе ще Ви таксуваме 50 лв.'],
];
const costsOnYou: Case[] = [
  ['en', 'Your contract has ended. Returns are at your own cost.'],
  ['en', 'Your contract has ended. Collection of the key safe is at your expense.'],
  ['ru', 'Договор расторгнут. Демонтаж за ваш счёт.'],
  ['ru', 'Договор расторгнут. Обмен — за ваш счёт.'],
  ['bg', 'Договорът е прекратен. Куриерът е за ваша сметка.'],
  ['bg', 'Договорът е прекратен. Връщането е за Ваша сметка.'],
];
const onlyYou: Case[] = [
  ['en', 'Thank you for your review. You are the only guest who has complained about the noise.'],
  ['en', 'Thank you for your review. Only you have complained about the food in 15 years.'],
  ['ru', 'Спасибо за отзыв. Странно, что за 15 лет работы жалуетесь только вы.'],
  ['ru', 'Спасибо за отзыв. Вы единственная, кто жалуется на шум.'],
  ['ru', 'Спасибо за отзыв. Только вы недовольны нашим питанием.'],
  ['bg', 'Благодарим за отзива. Странно, че само Вие се оплаквате.'],
  ['bg', 'Благодарим за отзива. Вие сте единственият клиент, който се оплаква от шума.'],
];

describe('round 65: a fee named by its period and its service names what a reminder is for', () => {
  it.each(periodFees)('%s: %s', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-invoice');
  });
});
describe('round 65: allowing that the payment crossed with the reminder is goodwill', () => {
  it.each(crossed)('%s: %s', (locale, body) => {
    const result = lint(plain(body, locale), locale);
    expect(result.kind).toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-goodwill');
  });
  it('en: a friendly monitoring-fee reminder that allows the payment may have crossed scores at least 80', () => {
    const text = 'Dear Mrs Hale,\n\nThank you for choosing us for your father\'s alarm.\n\nThis is a friendly reminder that the quarterly monitoring fee of £59.97 (April–June 2026) was due on 15 April and we have not yet received it. It may simply have crossed with this letter — if so, please ignore this reminder, and we apologise for troubling you.\n\nIf it is still outstanding, could you please arrange payment by 6 May, by card on 0330 000 1111 or by bank transfer quoting reference AB-1234?\n\nThank you for your help.\n\nKind regards,\nJane Moss\nAccounts Team';
    expect(lint(text, 'en').score).toBeGreaterThanOrEqual(80);
  });
});
describe('round 65: the ultimatum as a rule, or with its penalty as a bare noun, threatens', () => {
  it.each(ultimatums)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('ru: the bare cancellation notice with a fine and a cost on the customer scores below 50', () => {
    expect(lint('Договор расторгнут. Оборудование вернуть в течение 5 дней, иначе штраф 7 000 ₽. Демонтаж за ваш счёт.', 'ru').score).toBeLessThan(50);
  });
  it('en: the bare cancellation notice with a charge scores below 50', () => {
    expect(lint('Cancellation processed. Equipment must be returned within 7 days or you will be charged £150. Key safe is not collected by us.', 'en').score).toBeLessThan(50);
  });
});
describe('round 65: a cost put on the customer in a bare sentence dismisses', () => {
  it.each(costsOnYou)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('round 65: the customer singled out as the only one who complains is dismissed', () => {
  it.each(onlyYou)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
});
describe('guards (read so before the round too)', () => {
  const noService: Case[] = [
    ['en', 'Your monthly payment of £30 was due on 15 January. Could you arrange the payment by 6 February?'],
    ['ru', 'Ежемесячный платёж 3 000 ₽ не поступил, срок оплаты был 15 января. Пожалуйста, оплатите его до 6 февраля.'],
  ];
  it.each(noService)('%s: the period alone names no service: %s', (locale, body) => {
    expect(has('reminder-invoice', body, locale)).toBe(true);
  });
  const offers: Case[] = [
    ['en', 'Thank you for letting us know. Please return the router within 14 days, or we can collect it for you on Friday 20 February.'],
    ['ru', 'Спасибо, что сообщили. Верните роутер в течение 14 дней или мы заберём его сами в пятницу, 20 февраля.'],
    ['en', 'Thank you for your message. Return postage is at your own cost, but we will refund it if the item is faulty. I will call you on Monday at 10:00.'],
    ['ru', 'Спасибо, что сообщили, и извините за ошибку. Доставка за наш счёт. Мы позвоним вам в понедельник в 10:00.'],
    ['ru', 'Спасибо, что сообщили, и извините за ошибку. Мы переделаем корсет за свой счёт. Примерка назначена на 28 января в 17:00.'],
    ['en', 'Thank you for your review. You are not the only guest who has complained about the noise, and we are sorry. We will fit new windows by 20 February.'],
    ['ru', 'Спасибо за отзыв. Вы не единственная, кто жалуется на шум, и нам очень жаль. Мы заменим окна до 20 февраля.'],
    ['bg', 'Благодарим за отзива. Не само Вие се оплаквате от шума и съжаляваме. Ще сменим прозорците до 20 февруари.'],
  ];
  it.each(offers)('%s: a choice of ours, a cost with our part or on us, "not the only one": no dismissal: %s', (locale, body) => {
    expect(has('dismissive', body, locale)).toBe(false);
  });
});
