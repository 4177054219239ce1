/**
 * The lint readings of round 64 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A payment of ours to the customer ("can pay out your slip", "I'll arrange the payment within 24 hours", «мы
 * можем сами оплатить вам такси», „Ще извършим плащането до петък по Вашата карта“) asks for no payment: no payment reminder. A
 * reproach of the customer's delay, the times we asked counted ("We've asked three times.", «Мы уже трижды просили», „Три пъти
 * Ви помолихме“), is a hated phrase, as "I already told you" is; a bare order to send or upload with a refusal in its sentence
 * ("Send the bank statement or we can't pay you.") is a conditional request, as «Пришлите…, иначе…» is. What the customer should
 * have with us, told after the experience or service it is ("That isn't the experience you should have with us", «Это не тот
 * сервис, который вы должны получать от нас», „Това не е отношението, което вие трябва да получите“), is our fault owned; and a
 * payment system's name in capitals ("BACS", "CHAPS", "SEPA", «БОРИКА») is no shouting.
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
const payouts: Case[] = [
  ['en', 'Thank you for your message. I\'m sorry the shop was closed. Our other shop is open until 10pm and can pay out your slip. If you\'d rather, I\'ll arrange the payment to your card within 24 hours.'],
  ['en', 'Thank you for your message, and I\'m sorry for the wait. Once you send the form, I will make the payment within 3 working days.'],
  ['ru', 'Спасибо за обращение, и извините за закрытый офис. Мы можем сами оплатить вам такси до другого офиса, а выплату я проведу до пятницы.'],
  ['bg', 'Благодарим за съобщението и се извиняваме, че офисът беше затворен. Ще извършим плащането до петък по Вашата карта.'],
];
const reproaches: Case[] = [
  ['en', 'We have asked you for the statement twice already.'],
  ['en', 'This is the third time we have asked you for the statement.'],
  ['en', 'You have already been asked three times for the statement.'],
  ['en', 'I have repeatedly asked you to send the form.'],
  ['ru', 'Мы просили вас об этом уже три раза.'],
  ['ru', 'Вас уже несколько раз просили прислать выписку.'],
  ['ru', 'Я уже дважды напоминал вам о выписке.'],
  ['ru', 'Мы уже трижды просили.'],
  ['bg', 'Помолихме Ви вече два пъти за извлечението.'],
  ['bg', 'За трети път Ви молим за документа.'],
];
const owned: Case[] = [
  ['en', 'Thank you for getting in touch, and I\'m sorry your pay came through short. That isn\'t the experience you should have with us. I corrected it this morning, and the money will reach you by Friday 20 February. If you have any questions, just reply to this email.'],
  ['ru', 'Спасибо, что написали, и извините, что зарплата пришла не полностью. Это не тот сервис, который вы должны получать от нас. Я исправила ошибку, деньги придут в пятницу 20 февраля. Если у вас есть вопросы, просто ответьте на это письмо.'],
  ['bg', 'Благодарим, че ни писахте. Съжаляваме за чакането. Това не е отношението, което вие трябва да получите. Ще Ви се обадим в понеделник в 10:00. Ако имате въпроси, просто ни пишете.'],
];
const paymentSystems: Case[] = [
  ['en', 'Thank you for writing. I\'m sorry your pay was short. The missing hours will go in our Thursday BACS run and reach you by Friday 20 February.'],
  ['en', 'Thank you for writing. I\'m sorry the transfer was late. We will resend it by CHAPS today, and a SEPA transfer reaches you by Friday 20 February.'],
  ['ru', 'Спасибо, что написали. Извините за задержку. Оплата пройдёт через систему SEPA до пятницы, 20 февраля.'],
  ['bg', 'Благодарим, че ни писахте. Съжаляваме за забавянето. Плащането ще мине през БОРИКА до петък, 20 февруари.'],
];

describe('round 64: a payment of ours to the customer asks for no payment', () => {
  it.each(payouts)('%s: %s', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).not.toBe('reminder');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});
describe('round 64: the times we asked counted reproach the customer', () => {
  it.each(reproaches)('%s: %s', (locale, body) => expect(has('hated-phrase', body, locale)).toBe(true));
  it('en: "Send the bank statement or we can\'t pay you. We\'ve asked three times." is a conditional request and a reproach', () => {
    const text = 'Send the bank statement or we can\'t pay you. We\'ve asked three times.';
    const found = rules(text, 'en');
    expect(found).toContain('conditional-request');
    expect(found).toContain('hated-phrase');
    expect(lint(text, 'en').score).toBeLessThan(50);
  });
  it('en: a bare order to upload with a refusal in its sentence is a conditional request', () => {
    expect(has('conditional-request', 'Upload the form, otherwise we cannot process your claim.', 'en')).toBe(true);
  });
});
describe('round 64: what the customer should have with us, told after our service, is our fault owned', () => {
  it.each(owned)('%s: %s', (locale, body) => {
    expect(has('hated-phrase', body, locale)).toBe(false);
    expect(lint(draft[locale](body), locale).score).toBeGreaterThanOrEqual(80);
  });
});
describe('round 64: a payment system\'s name in capitals is no shouting', () => {
  it.each(paymentSystems)('%s: %s', (locale, body) => expect(has('shouting', body, locale)).toBe(false));
});
describe('guards (read so before the round too)', () => {
  const chasing: Case[] = [
    ['en', 'Thank you for writing, and I\'m sorry for the delay. We have asked the courier three times for an update and will call you on Monday at 10:00.'],
    ['en', 'Thank you for writing. I\'m sorry we\'ve had to ask you three times for the receipt; I will call you on Monday at 10:00.'],
    ['en', 'Thank you for writing. I\'m sorry for the delay: we asked twice for an update, but the depot has not replied. I will call you on Monday at 10:00.'],
    ['en', 'Thank you for writing. You asked us three times to call you back, and I\'m sorry we didn\'t. I will call you on Monday at 10:00.'],
    ['ru', 'Спасибо, что написали. Извините, что мы трижды просили вас прислать чек. Я позвоню вам в понедельник в 10:00.'],
    ['ru', 'Спасибо, что написали. Вы трижды просили перезвонить, и мне жаль, что мы этого не сделали. Я позвоню вам в понедельник в 10:00.'],
    ['ru', 'Спасибо, что написали. Мы уже дважды писали курьеру и позвоним вам в понедельник в 10:00.'],
    ['bg', 'Благодарим, че ни писахте. Три пъти ни писахте и съжаляваме, че не отговорихме. Ще Ви се обадим в понеделник в 10:00.'],
    ['bg', 'Благодарим, че ни писахте. Извиняваме се, че три пъти Ви молихме за касовата бележка. Ще Ви се обадим в понеделник в 10:00.'],
  ];
  it.each(chasing)('%s: our chasing, an apology for asking, the customer\'s asking: no reproach: %s', (locale, body) => {
    expect(has('hated-phrase', body, locale)).toBe(false);
  });
  const lectures: Case[] = [
    ['en', 'You should have read the terms before booking.'],
    ['en', 'You should have had your ticket ready at the gate.'],
    ['ru', 'Вы должны были прочитать условия.'],
  ];
  it.each(lectures)('%s: what the customer should have done still lectures: %s', (locale, body) => {
    expect(has('hated-phrase', body, locale)).toBe(true);
  });
  it('en: an order with our promise after it asks: no conditional request', () => {
    expect(has('conditional-request', 'Thank you for writing. Send the photos and we will refund you by Friday 20 February.', 'en')).toBe(false);
  });
  it('en: a payment reminder that asks for payment and offers a payment plan is still a reminder', () => {
    const text = 'Dear Mr Smith,\n\nI hope all is well. Invoice 2026-0142 for $1,200 was due on 5 January. Could you arrange the payment by 12 January? We can arrange a payment plan if that helps.\n\nIf you have any questions, just reply to this email.\n\nKind regards,\nOlga Ivanova\nAccounts, Northwind';
    expect(lint(text, 'en').kind).toBe('reminder');
    expect(lint(text, 'en').score).toBe(100);
  });
  it('en: a payment word in capitals still shouts', () => {
    expect(has('shouting', 'Your payment is OVERDUE and must be made TODAY.', 'en')).toBe(true);
  });
});
