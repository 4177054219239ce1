/**
 * The lint readings of round 46 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: what the customer brings (a complaint, a dispute, a query, a claim) refused on a channel dismisses, as
 * "We do not answer emails." does ("We do not discuss billing queries over the phone.", «Мы не рассматриваем споры по почте.»,
 * «Рекламации по телефона не приемаме.»); points, a bonus or a credit put on the customer's account, told in the passive, is a
 * remedy made ("300 bonus points have been added to your account", «На вашу карту начислены 500 баллов», «Начислени са Ви 300
 * бонус точки»); and a talk held with our people, whatever the word order, is a change made ("We have had a word with the
 * driver", «Мы провели с водителем серьёзный разговор», «Проведохме с куриера разговор»). What read so before the round is in
 * the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

const en = (body: string): string => `Hello Ms Reid,\n\nThank you for your message. ${body}\n\nKind regards,\nAnna Hart\nCustomer Care`;
const ru = (body: string): string => `Здравствуйте, Ольга!\n\nСпасибо за обращение. ${body}\n\nС уважением,\nАнна Белова\nСлужба поддержки`;
const bg = (body: string): string => `Здравейте, г-жо Петрова,\n\nБлагодарим за писмото. ${body}\n\nПоздрави,\nАнна Петрова\nОтдел обслужване`;
// A late delivery apologised for: the step or remedy that follows decides next-step and no-substance.
const enLate = (body: string): string => `Hello Ms Reid,\n\nThank you for your feedback, and I am sorry the courier was late. ${body}\n\nKind regards,\nAnna Hart\nDelivery Team`;
const ruLate = (body: string): string => `Здравствуйте, Ольга!\n\nСпасибо за отзыв, и простите за опоздание курьера. ${body}\n\nС уважением,\nАнна Белова\nСлужба доставки`;
const bgLate = (body: string): string => `Здравейте, г-жо Петрова,\n\nБлагодарим за отзива и се извиняваме за закъснението на куриера. ${body}\n\nПоздрави,\nАнна Петрова\nОтдел доставки`;

describe('what the customer brings, refused on a channel, dismisses', () => {
  it.each([
    ['en', en('We do not discuss billing queries over the phone.')],
    ['en', en("We don't deal with refund disputes via email. Use the online form.")],
    ['en', en("We don't take complaints by email. Ring the office.")],
    ['ru', ru('Мы не рассматриваем споры по почте. Звоните на горячую линию.')],
    ['ru', ru('Жалобы по телефону не принимаем.')],
    ['bg', bg('Не разглеждаме спорове по имейл. Обадете се на телефона.')],
    ['bg', bg('Рекламации по телефона не приемаме.')],
  ] as const)('%s: a dismissive error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });
});

describe('points or a credit put on the account, in the passive, is a remedy made', () => {
  it.each([
    ['en', enLate('300 bonus points have been added to your account.')],
    ['en', enLate('A goodwill credit of £10 has been applied to your account.')],
    ['ru', ruLate('На вашу карту начислены 500 баллов.')],
    ['ru', ruLate('Компенсация в размере 300 рублей зачислена на ваш счёт.')],
    ['bg', bgLate('По профила Ви са начислени 300 бонус точки.')],
    ['bg', bgLate('Начислени са Ви 300 бонус точки.')],
  ] as const)('%s: no next-step or no-substance error: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('next-step');
    expect(rules).not.toContain('no-substance');
  });
});

describe('a talk held with our people, whatever the word order, is a change made', () => {
  it.each([
    ['en', enLate('We have had a word with the driver about calling ahead.')],
    ['ru', ruLate('Мы провели с водителем серьёзный разговор о звонках клиентам.')],
    ['bg', bgLate('Проведохме с куриера разговор за обажданията до клиенти.')],
  ] as const)('%s: no next-step or no-substance error: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('next-step');
    expect(rules).not.toContain('no-substance');
  });
});

describe('guards (read so before the round too)', () => {
  it.each([
    // A way offered after the refusal refers (round 24); the hours a channel is not answered are a notice's (round 9).
    ['en', en("We don't handle disputes by email, but I will call you tomorrow at 10:00.")],
    ['en', en("We don't handle disputes by email at weekends; I will answer on Monday at 9:00.")],
    ['ru', ru('Претензии по почте мы не рассматриваем в выходные, я отвечу в понедельник в 9:00.')],
    ['bg', bg('Не разглеждаме спорове по имейл, но ще Ви се обадя утре в 10:00.')],
  ] as const)('%s: no dismissive error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });

  it.each([
    // Emails refused, as round 9 read it.
    ['en', en('We do not answer emails. Ring the office.')],
    ['ru', ru('По почте не консультируем.')],
  ] as const)('%s: still a dismissive error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
  });

  it.each([
    // A rule or a promise of points, points not given, a fee added, and a talk with the customer make no remedy.
    ['en', enLate('Bonus points will be credited after delivery.')],
    ['en', enLate('A late fee has been added to your account.')],
    ['en', enLate('We had a conversation with you last week.')],
    ['ru', ruLate('Баллы будут начислены после получения заказа.')],
    ['ru', ruLate('Бонусы за этот заказ не начислены.')],
    ['ru', ruLate('Мы провели с вами беседу вчера.')],
    ['bg', bgLate('Бонус точките ще бъдат начислени след доставката.')],
  ] as const)('%s: still a next-step error: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('next-step');
  });
});
