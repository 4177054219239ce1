/**
 * The lint readings of round 49 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. Round 40 read «Не устраивает — освобождайте» and round 47 "the bill stands" and further emails refused; the
 * shapes they read did not reach these: the booking itself called off as the answer to dislike ("Don't like it? Cancel.",
 * «Не нравится — отменяйте.», «Не Ви харесва — анулирайте.»); surprise that the customer did not know ("Strange that you didn't
 * know.", «Странно, что вы этого не знали.», «Странно, че не сте знаели.»); the customer's signature held up as a sentence of
 * its own ("You signed the contract.", «Вы подписали договор.», «Вие подписахте договора.»); the debt passed to collectors if
 * the customer does not pay by a deadline ("…we will pass it to collections", «…долг будет передан коллекторам», «…ще бъде
 * предадено на колекторска агенция»), whose deadline is no step of ours; a claim's window told as the rule ("Claims must be
 * made within 5 days", «Претензии принимаются в течение 5 дней», «Компенсация се иска до 5 дни»), no step of ours; a numbered
 * clause cited at the head of a sentence ("Under clause 9.3 of the contract…", «Согласно п. 9.3 договора…», «Съгласно т. 9.3 от
 * договора…»); a claim refused in the present passive («…отклоняется», «…се отхвърля»); further correspondence refused in any
 * word order ("We will not correspond further…", «Переписку… больше вести не будем», «Повече кореспонденция… няма да водим»);
 * and the customer's own act in the Russian plural past («Вы отменили поздно») is no remedy of ours.
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

const dismisses = (text: string, locale: LintLocale): void => expect(rules(text, locale)).toContain('dismissive');
const noDismissal = (text: string, locale: LintLocale): void => expect(rules(text, locale)).not.toContain('dismissive');

describe('the booking called off as the answer to dislike is an ultimatum', () => {
  it.each([
    ['en', en("The hotel has been changed to another of the same category. Don't like it? Cancel.")],
    ['en', en("If you don't like the new flight times, cancel the booking.")],
    ['ru', ru('Отель заменён на другой той же категории. Не устраивает — отмените бронь.')],
    ['ru', ru('Не нравится новый рейс — аннулируйте.')],
    ['bg', bg('Хотелът е сменен с друг от същата категория. Не Ви харесва — анулирайте.')],
    ['bg', bg('Не Ви устройва — отменете резервацията.')],
  ] as const)('%s: %s', (locale, text) => dismisses(text, locale));
});

describe('surprise that the customer did not know dismisses', () => {
  it.each([
    ['en', en("You cancelled late, so the deposit is lost. Strange that you didn't know this.")],
    ['en', en("I'm surprised you weren't aware of the cancellation terms.")],
    ['ru', ru('Вы отменили поздно, предоплата не возвращается. Странно, что вы этого не знали.')],
    ['bg', bg('Отказахте късно и капарото не се връща. Странно, че не сте знаели.')],
  ] as const)('%s: %s', (locale, text) => dismisses(text, locale));
});

describe("the customer's signature held up as a sentence of its own dismisses", () => {
  it.each([
    ['en', en('The scratch was noted at return. You signed the rental agreement.')],
    ['en', en('You agreed to these terms when you booked.')],
    ['ru', ru('Царапина отмечена при возврате. Вы подписали договор.')],
    ['ru', ru('Договор вы подписали сами.')],
    ['bg', bg('Драскотината е отбелязана при връщането. Вие подписахте договора.')],
    ['bg', bg('Подписали сте договора при наемането.')],
  ] as const)('%s: %s', (locale, text) => dismisses(text, locale));
});

describe('the debt passed to collectors on a deadline is a threat, and its deadline no step of ours', () => {
  it.each([
    ['en', en("If you don't pay within 7 days we will pass it to collections.")],
    ['en', en('If the balance is not paid by Friday, it will be referred to our debt recovery agency.')],
    ['ru', ru('Если не оплатите в течение 7 дней, долг будет передан коллекторам.')],
    ['bg', bg('Ако не платите до 7 дни, вземането ще бъде предадено на колекторска агенция.')],
  ] as const)('%s: %s', (locale, text) => dismisses(text, locale));

  it.each([
    ['en', en("The charge stands. If you don't pay within 7 days we will pass it to collections.")],
    ['en', en('The fee stands. If the balance is not paid by Friday, it will be referred to our debt recovery agency.')],
  ] as const)('%s: %s (its deadline no step)', (locale, text) => expect(rules(text, locale)).toContain('next-step'));
});

describe("a claim's window told as the rule is no step of ours", () => {
  it.each([
    ['en', en('Thank you for writing. Claims must be submitted within 5 days.')],
    ['ru', ru('Спасибо за обращение. Претензии принимаются в течение 5 дней.')],
    ['bg', bg('Благодарим за писмото. Компенсация се иска до 5 дни.')],
  ] as const)('%s: %s', (locale, text) => expect(rules(text, locale)).toContain('next-step'));
});

describe('a numbered clause cited at the head of a sentence is a rule cited', () => {
  it.each([
    ['en', en('Under clause 9.3 of the contract, compensation is paid only for outages over 4 hours.')],
    ['ru', ru('Согласно п. 9.3 договора компенсация выплачивается только при простое более 4 часов.')],
    ['bg', bg('Съгласно т. 9.3 от договора компенсация се дължи само при прекъсване над 4 часа.')],
  ] as const)('%s: %s', (locale, text) => expect(rules(text, locale)).toContain('policy-citation'));
});

describe('a claim refused in the present passive answers a complaint', () => {
  it.each([
    ['ru', ru('Ваше заявление поступило на шестой день и поэтому отклоняется.')],
    ['bg', bg('Вашето искане е на 6-ия ден и се отхвърля.')],
  ] as const)('%s: %s', (locale, text) => {
    const result = lint(text, locale);
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule)).toContain('apology');
  });
});

describe('further correspondence refused in any word order dismisses', () => {
  it.each([
    ['en', en('We will not correspond further on this matter.')],
    ['en', en('Further correspondence will not be entered into.')],
    ['ru', ru('Переписку по этому вопросу больше вести не будем.')],
    ['ru', ru('Прекращаем переписку по данному вопросу.')],
    ['bg', bg('Повече кореспонденция по въпроса няма да водим.')],
    ['bg', bg('Кореспонденцията по въпроса е прекратена.')],
  ] as const)('%s: %s', (locale, text) => dismisses(text, locale));
});

describe("the customer's own act in the Russian plural past is no remedy of ours", () => {
  it.each([
    ['ru', ru('Спасибо за обращение. Вы отменили бронь за день до заезда.')],
    ['ru', ru('Спасибо за обращение. Вы сами поменяли тариф в приложении.')],
  ] as const)('%s: %s', (locale, text) => expect(rules(text, locale)).toContain('next-step'));
});

describe('guards (read so before the round too)', () => {
  it.each([
    // A way out offered: "you can cancel", a refund or "free" after it.
    ['en', en("If the new hotel doesn't suit you, cancel and we will refund you in full.")],
    ['en', en("If that time doesn't suit you, you can cancel at any time from your account.")],
    ['ru', ru('Если новый отель не подходит — отмените бронь, и мы вернём всю сумму.')],
    ['bg', bg('Ако новият хотел не Ви устройва, анулирайте безплатно до петък.')],
    // What the customer was not told owns our fault.
    ['en', en("I'm surprised you weren't told about the change, and I'm sorry: that is our mistake.")],
    ['ru', ru('Странно, что вам не сообщили об изменении, — это наша ошибка, простите.')],
    // The contract told with a date and what we did.
    ['en', en('You signed the contract on 3 May, and I have checked clause 4 with our legal team: the fee does not apply.')],
    ['ru', ru('Вы подписали договор 3 мая, и я проверила: эта комиссия к вам не относится.')],
    ['bg', bg('Подписали сте договора на 3 май и проверих: таксата не се отнася за Вас.')],
    // Correspondence moved to another channel, with "but".
    ['en', en("We won't correspond further by post, but I will call you on Monday at 10:00.")],
  ] as const)('%s: %s', (locale, text) => noDismissal(text, locale));

  it.each([
    // Surprise at terms not read was read as blame before.
    ['ru', ru('Удивительно, что вы не прочитали условия.')],
    ['bg', bg('Учудващо е, че не сте прочели условията.')],
    ['en', en("If you don't pay by Friday, we will pass the account on to collections.")],
    ['ru', ru('Если не оплатите до пятницы, мы передадим долг коллекторам.')],
  ] as const)('%s: %s (dismissive already)', (locale, text) => dismisses(text, locale));

  it.each([
    // A claim («претензия») votes for a complaint already.
    ['ru', ru('Ваша претензия поступила на шестой день и отклоняется.')],
  ] as const)('%s: %s (a complaint already)', (locale, text) => expect(lint(text, locale).kind).toBe('complaint'));

  it.each([
    // A clause given inside a reasoned sentence is the reason explained.
    ['ru', ru('Болезнь была диагностирована до начала действия полиса, поэтому по п. 5.3 договора она не покрывается.')],
    ['bg', bg('Дисплазията е установена преди началото на полицата и съгласно т. 6.1 от Общите условия не се покрива.')],
  ] as const)('%s: %s (no rule cited)', (locale, text) => expect(rules(text, locale)).not.toContain('policy-citation'));

  it.each([
    ['en', en('Thank you for writing. We will call you within 2 days.')],
    ['ru', ru('Спасибо за обращение. Мы отменили штраф.')],
  ] as const)('%s: %s (a step of ours)', (locale, text) => expect(rules(text, locale)).not.toContain('next-step'));
});
