/**
 * The lint readings of round 52 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. A step of ours timed from what we receive is a step with its time ("As soon as we receive it, we will
 * recalculate the charge within 2 working days", «Как только получим, пересчитаем начисление за 2 рабочих дня», «Щом ги получим,
 * ще преизчислим сметката до 2 работни дни»); an amount for a service for its month names what the reminder is for ("£34.99 for
 * mobile services for February", «сумма 1 290 ₽ за услуги связи за февраль», «сумата от 34,99 лв. за мобилни услуги за
 * февруари»); a polite request for the customer's help followed by what to send invites an answer ("Please help us: send…",
 * «Помогите нам, пожалуйста: пришлите…», «Моля, помогнете ни: изпратете…»).
 * What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME } from './drafts.js';

const rules = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

const draft = ROUND_FRAME;

const stepped = (text: string, locale: LintLocale): void => {
  const found = rules(text, locale);
  expect(found).not.toContain('next-step');
  expect(found).not.toContain('no-substance');
};
const unstepped = (text: string, locale: LintLocale): void => expect(rules(text, locale)).toContain('next-step');
const named = (text: string, locale: LintLocale): void => {
  expect(lintMessage(text, { locale }).kind).toBe('reminder');
  const found = rules(text, locale);
  expect(found).not.toContain('reminder-invoice');
  expect(found).not.toContain('reminder-amount');
};
const unnamed = (text: string, locale: LintLocale): void => {
  expect(lintMessage(text, { locale }).kind).toBe('reminder');
  expect(rules(text, locale)).toContain('reminder-invoice');
};
const invites = (text: string, locale: LintLocale): void => expect(rules(text, locale)).not.toContain('offer-questions');
const invitesNothing = (text: string, locale: LintLocale): void => expect(rules(text, locale)).toContain('offer-questions');

const sorry = {
  en: 'Thank you for your email. I am sorry the bill was so high. ',
  ru: 'Спасибо за письмо. Нам очень жаль, что пришёл такой счёт. ',
  bg: 'Благодарим за писмото. Съжаляваме, че сметката е толкова висока. ',
} as const;

const cases = {
  receiptStep: [
    ['en', 'Please send a photo of the meter. As soon as we receive it, we will recalculate the charge within 2 working days of receipt.'],
    ['ru', 'Пришлите фото счётчика. Как только получим, пересчитаем начисление за 2 рабочих дня и сообщим вам новую сумму.'],
    ['ru', 'Пришлите фото счётчика. Когда мы получим фото, проверим показания за 3 рабочих дня.'],
    ['ru', 'Пришлите фото счётчика. Сразу как получим его, я исправлю счёт за один день.'],
    ['ru', 'Пришлите фото счётчика. После того как получим данные, мы пересчитаем сумму за 2 дня.'],
    ['bg', 'Изпратете снимка на уреда. Щом ги получим, ще преизчислим сметката до 2 работни дни от получаването.'],
  ],
  receiptStepGuards: [
    ['en', 'Please send a photo of the meter. Once we have it, we\'ll correct your bill within two working days of receipt.'],
    ['bg', 'Изпратете снимка на уреда. Веднага щом получим снимката, ще коригираме сметката в срок до 3 работни дни от получаването.'],
    ['en', 'Please send a photo of the meter. Once we have it, we\'ll correct your bill within 2 working days.'],
    ['bg', 'Изпратете снимка на уреда. Веднага щом получим снимката, ще коригираме сметката за 2 работни дни.'],
  ],
  notOurStep: [
    ['ru', 'Пришлите фото счётчика за 2 рабочих дня.'],
    ['ru', 'Когда получите письмо, ответьте нам за 2 дня.'],
    ['ru', 'Как только получим оплату, за 2 дня до поездки напомним.'],
  ],
  servicePeriod: [
    ['en', 'This is a reminder that the amount due of £34.99 for mobile services for February 2026 is payable by 20 March 2026.'],
    ['en', 'Please pay £34.99 for broadband and TV for the month of March by 20 April 2026.'],
    ['ru', 'Напоминаем, что сумма 1 290 ₽ за услуги связи за февраль 2026 г. к оплате до 20 марта 2026 г.'],
    ['ru', 'Просим оплатить 1 290 ₽ за мобильную связь за март до 20 апреля 2026 г.'],
    ['bg', 'Напомняме Ви, че сумата от 34,99 лв. за мобилни услуги за февруари 2026 г. е с падеж 20 март 2026 г.'],
    ['bg', 'Напомняме Ви, че 45,00 лв. за интернет и телевизия за месец март са с падеж 20 април 2026 г.'],
  ],
  noService: [
    ['en', 'This is a reminder that the amount due of £34.99 is payable by 20 March 2026.'],
    ['ru', 'Просим оплатить 1 290 ₽ до 20 марта 2026 г.'],
    ['bg', 'Напомняме Ви, че сумата от 34,99 лв. е с падеж 20 март 2026 г.'],
  ],
  helpSend: [
    ['en', 'Please help us: send a photo of the meter and your account number.'],
    ['en', 'Help us, please — send a photo of the meter.'],
    ['ru', 'Чтобы сделать перерасчёт, помогите нам, пожалуйста: пришлите фото счётчика и номер лицевого счёта.'],
    ['ru', 'Пожалуйста, помогите нам — пришлите фото счётчика.'],
    ['bg', 'Моля, помогнете ни: изпратете снимка на уреда и клиентския си номер.'],
    ['bg', 'За да преизчислим сметката, помогнете ни, моля: изпратете снимка на уреда.'],
  ],
  bareOrder: [
    ['en', 'Send a photo of the meter.'],
    ['ru', 'Пришлите фото счётчика.'],
    ['bg', 'Изпратете снимка на уреда.'],
  ],
} as const;

describe('a step of ours timed from what we receive is a step with its time', () => {
  it.each(cases.receiptStep)('%s: %s', (locale, body) => stepped(draft[locale](sorry[locale] + body), locale));
});

describe('an amount for a service for its month names what the reminder is for', () => {
  it.each(cases.servicePeriod)('%s: %s', (locale, body) => named(draft[locale](body), locale));
});

describe('a polite request for the customer\'s help followed by what to send invites an answer', () => {
  it.each(cases.helpSend)('%s: %s', (locale, body) => invites(draft[locale](sorry[locale] + body), locale));
});

describe('guards (read so before the round too)', () => {
  it.each(cases.receiptStepGuards)('a step timed from receipt, %s: %s', (locale, body) => stepped(draft[locale](sorry[locale] + body), locale));
  it.each(cases.notOurStep)('no step of ours, %s: %s', (locale, body) => unstepped(draft[locale](sorry[locale] + body), locale));
  it.each(cases.noService)('an amount with a due date and no service names nothing, %s: %s', (locale, body) => unnamed(draft[locale](body), locale));
  it.each(cases.bareOrder)('a bare order invites nothing, %s: %s', (locale, body) => invitesNothing(draft[locale](sorry[locale] + body), locale));
});
