/**
 * The lint readings of round 67 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer's circumstance dismissed as no grounds, a bare sentence of its own ("Illness is not grounds.",
 * «Болезнь — не основание.», „Болестта не е основание.“), dismisses; the courteous formula followed by the thing that went
 * wrong ("sorry for the trouble with the website", «извините за неудобства с доставкой», „извиняваме се за неудобството с
 * доставката“) names the fault; a code named as one ("code, SPRING-FD", «промокод ВЕСНА», „код ПРОЛЕТ“) is no shouting; and a
 * polite question asking the customer to send us something, our act with it in the next sentence ("could you send me a photo?
 * I'll pass it to our team"), offers to answer.
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
const noGrounds: Case[] = [
  ['en', 'Thank you for your email. A freeze is not in the contract. Illness is not grounds.'],
  ['en', 'Thank you for your email. Moving house is not a valid reason for a freeze.'],
  ['ru', 'Спасибо за обращение. Заморозка договором не предусмотрена. Болезнь — не основание.'],
  ['ru', 'Спасибо за обращение. Переезд не является основанием для заморозки.'],
  ['bg', 'Благодарим за писмото. Замразяване не е предвидено. Болестта не е основание.'],
  ['bg', 'Благодарим за писмото. Преместването не е причина за замразяване.'],
];
const namedTrouble: Case[] = [
  ['en', 'Thank you for your message, and sorry for the trouble with the website. The checkout failed for two hours on Monday; it is fixed now.'],
  ['en', 'Thank you for your message. We apologise for the inconvenience caused by the late delivery; your parcel left our warehouse today.'],
  ['ru', 'Спасибо за сообщение. Приносим извинения за неудобства с доставкой: посылка ушла со склада сегодня.'],
  ['ru', 'Спасибо за сообщение. Извините за неудобства, связанные с задержкой: посылка ушла со склада сегодня.'],
  ['bg', 'Благодарим за съобщението. Извиняваме се за неудобството с доставката: пратката тръгна от склада днес.'],
  ['bg', 'Благодарим за съобщението. Извиняваме се за неудобството, причинено от закъснението: пратката тръгна днес.'],
];
const codes: Case[] = [
  ['en', "Thank you for your message. I've added a free delivery code, SPRING-FD, to your account to say sorry."],
  ['en', 'Thank you for your message. Use code WELCOME at checkout for 10% off your next order.'],
  ['ru', 'Спасибо за сообщение. В качестве извинения дарим промокод ВЕСНА-ДОСТАВКА на бесплатную доставку.'],
  ['bg', 'Благодарим за съобщението. Като извинение Ви изпращаме код ПРОЛЕТ-ДОСТАВКА за безплатна доставка.'],
];
const askThenOurs: Case[] = [
  ['en', 'Thank you for your message. If it happens again, could you send me a screenshot of the error? I\'ll pass it straight to our app team.'],
  ['en', 'Thank you for your message. Can you email us a photo of the label? We will check it the same day.'],
  ['ru', 'Спасибо за сообщение. Если ошибка повторится, не могли бы вы прислать мне скриншот? Я передам его разработчикам.'],
  ['bg', 'Благодарим за съобщението. Ако грешката се повтори, бихте ли ми изпратили снимка на екрана? Ще я предам на екипа.'],
];

describe('round 67: the customer\'s circumstance dismissed as no grounds dismisses', () => {
  it.each(noGrounds)('%s: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(true));
  it('ru: the bare freeze refusal scores below 50', () => {
    const text = 'Заморозка абонемента договором не предусмотрена. Болезнь — не основание. Абонемент сгорает 1 апреля.';
    expect(lint(text, 'ru').score).toBeLessThan(50);
  });
});
describe('round 67: the courteous formula followed by what went wrong names the fault', () => {
  it.each(namedTrouble)('%s: %s', (locale, body) => expect(has('name-the-fault', body, locale)).toBe(false));
});
describe('round 67: a code named as one is no shouting', () => {
  it.each(codes)('%s: %s', (locale, body) => expect(has('shouting', body, locale)).toBe(false));
});
describe('round 67: a polite question asking to send us something, our act after it, offers to answer', () => {
  it.each(askThenOurs)('%s: %s', (locale, body) => expect(has('offer-questions', body, locale)).toBe(false));
  it('en: the app bug owned with a fix date scores at least 80', () => {
    const text = "Hi Sam,\n\nThanks for your message, and sorry for the trouble with the app.\n\nWe found a bug in version 3.2 that logs some users out at checkout. A fix will be in the App Store by Friday 6 March. Until then you can order on our website, and I've added a free delivery code, SORRY-FD, to your account.\n\nIf it happens again after the update, could you send me a screenshot? I'll pass it straight to our app team.\n\nBest,\nNadia\nDigital Support";
    expect(lint(text, 'en').score).toBeGreaterThanOrEqual(80);
  });
});
describe('guards (read so before the round too)', () => {
  const notDismissive: Case[] = [
    ['en', 'Thank you for your email. Your illness is not grounds for refusing the freeze, so I have frozen it until 1 May.'],
    ['ru', 'Спасибо за обращение. Это не повод для беспокойства: заморозка оформлена до 1 мая.'],
    ['bg', 'Благодарим за писмото. Болестта не е причина за отказ, затова замразихме картата до 1 май.'],
  ];
  it.each(notDismissive)('%s: no dismissal: %s', (locale, body) => expect(has('dismissive', body, locale)).toBe(false));
  const vague: Case[] = [
    ['en', 'Thank you for your message. We apologise for the inconvenience.'],
    ['ru', 'Спасибо за сообщение. Приносим извинения за доставленные неудобства.'],
  ];
  it.each(vague)('%s: the bare formula still earns the hint: %s', (locale, body) => expect(has('name-the-fault', body, locale)).toBe(true));
  it('en: capitals after any other word still shout', () => {
    expect(has('shouting', 'Thank you for your message. Your payment is late AGAIN.', 'en')).toBe(true);
  });
});
