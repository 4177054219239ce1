/**
 * The lint readings of round 10 (fixtures/eval/README.md, "Lint round 10"), with drafts written for
 * this file, not taken from any evaluation set:
 * - a restriction of ours lifted ("we have unblocked your card", «Блокировку мы уже сняли», «карта
 *   разблокирована», «премахнахме ограничението») is a remedy made: nothing left to date, and substance;
 *   not after «не» («блокировку пока не сняли»);
 * - a payment named as the condition of an offer ("if you make the payment for the year, we can keep the old price",
 *   «если оплатите год вперёд…», «ако платите за 6 месеца…») is the customer's choice, not a request
 *   for payment: the reply is no payment reminder. "If you do not pay…" still asks;
 * - telling the customer to read up before contacting us ("Please read the information before
 *   calling.", «Прочитайте условия, прежде чем звонить.», «Моля, прочетете информацията, преди да се
 *   обадите.») lectures, as "read the instructions before contacting us" does; a tip ("have your
 *   order number ready before calling") and our own check before we call them back do not;
 * - the hours a channel goes unanswered, told in the passive ("Calls after 18:00 will not be answered.",
 *   «Обаждания след 18:00 не се приемат.») are the hours we keep: no step of ours and no substance;
 *   a step of ours beside them ("…I will call you back tomorrow at 9:00") still is one.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a restriction of ours lifted is a remedy made', () => {
  it.each([
    ['en', 'Hello Mr Patel,\n\nThank you for letting us know, and I am sorry your card was stopped at the airport.\nWe have unblocked it, and it works again.\n\nKind regards,\nNina, Card Services'],
    ['ru', 'Здравствуйте, Ольга!\n\nСпасибо, что написали, и простите за неудобство: счёт был заморожен по ошибке.\nОграничение мы уже сняли, переводы снова доступны.\n\nС уважением,\nИгорь, служба поддержки'],
    ['ru', 'Добрый день, Павел!\n\nСпасибо за обращение. Извините, что так вышло: аккаунт заблокировали из-за неверного пароля.\nАккаунт разблокирован, можно входить.\n\nС уважением,\nМарина, поддержка'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим Ви за съобщението и се извиняваме: картата Ви беше спряна погрешно.\nБлокировката вече е премахната и можете да плащате.\n\nПоздрави,\nИва, обслужване на клиенти'],
  ] as const)('%s: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('next-step');
    expect(rules).not.toContain('no-substance');
    expect(lintMessage(text, { locale }).score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['ru', 'Здравствуйте, Ольга!\n\nСпасибо, что написали. Извините за неудобство.\nБлокировку пока не сняли.\n\nС уважением,\nИгорь, служба поддержки'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим Ви и се извиняваме.\nБлокировката не е премахната.\n\nПоздрави,\nИва, обслужване на клиенти'],
  ] as const)('guard: %s: a restriction not lifted is no remedy: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('no-substance');
  });
});

describe('a payment named as the condition of an offer is no payment reminder', () => {
  it.each([
    ['en', 'Hello Ms Green,\n\nThank you for your message about the new price of your plan. I am sorry we did not tell you sooner.\nIf you make the payment for the whole year now, we can keep the old price. I will call you tomorrow at 11:00.\n\nKind regards,\nTom, Member Services'],
    ['ru', 'Здравствуйте, Ирина!\n\nСпасибо, что написали о новой цене абонемента. Простите, что не предупредили заранее.\nЕсли оплатите год вперёд, мы сохраним прежнюю цену. Позвоню вам завтра в 11:00.\n\nС уважением,\nОлег, фитнес-клуб'],
    ['bg', 'Здравейте, г-жо Иванова,\n\nБлагодарим Ви за писмото за новата цена на абонамента. Съжаляваме, че не Ви предупредихме.\nАко платите за година напред, ще запазим старата цена. Ще Ви се обадя утре в 11:00.\n\nПоздрави,\nМария, фитнес клуб'],
  ] as const)('%s: %s', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.kind).not.toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-amount');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Invoice 2231 for $120.00 is overdue since 3 March. If you do not pay by Friday, the service will be suspended.'],
    ['bg', 'Фактура 2231 за 120 лв. беше с падеж 3 март. Ако не платите до петък, услугата ще бъде спряна.'],
  ] as const)('guard: %s: "if you do not pay" still asks for payment: %s', (locale, text) => {
    expect(lintMessage(text, { locale }).kind).toBe('reminder');
  });
});

describe('telling the customer to read up before contacting us lectures', () => {
  it.each([
    ['en', 'Hello,\n\nOur prices are listed on the website. Please read the price list before calling.\n\nRegards,\nShop'],
    ['en', 'Dear customer,\n\nDelivery times are in the FAQ. Next time, read the delivery section before you write.\n\nRegards'],
    ['ru', 'Здравствуйте.\n\nТарифы есть на сайте. Прочитайте условия, прежде чем звонить.\n\nПоддержка'],
    ['ru', 'Здравствуйте.\n\nВсё описано на сайте. Перед тем как звонить, прочитайте раздел «Вопросы».\n\nПоддержка'],
    ['bg', 'Здравейте,\n\nЦените са на сайта. Моля, прочетете информацията, преди да се обадите.\n\nПоддръжка'],
  ] as const)('%s: %s', (locale, text) => {
    expect(rulesOf(text, locale)).toContain('dismissive');
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Please have your order number ready before calling, so we can find it at once.'],
    ['en', 'I will read your file before calling you back tomorrow at 10:00.'],
    ['ru', 'Пожалуйста, подготовьте номер заказа, прежде чем звонить, — так мы найдём его быстрее.'],
    ['bg', 'Моля, пригответе номера на поръчката, преди да се обадите, за да я намерим веднага.'],
  ] as const)('guard: %s: a tip or our own reading is no lecture: %s', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('dismissive');
  });
});

describe('the hours a channel goes unanswered, in the passive, are no step of ours', () => {
  it.each([
    ['en', 'Dear customer,\n\nOur office hours are on the website. Calls after 18:00 will not be answered.\n\nRegards'],
    ['en', 'Hello,\n\nThank you for your message. Emails sent after 6 pm are not answered.\n\nBest regards,\nSupport team'],
    ['bg', 'Здравейте,\n\nБлагодарим за съобщението. Обаждания след 18:00 не се приемат.\n\nПоздрави,\nЕкипът на поддръжката'],
  ] as const)('%s: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).toContain('no-substance');
    expect(rules).toContain('next-step');
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });

  it.each([
    ['en', 'Hello Ms Lee,\n\nThank you for calling. Calls after 6 pm are not answered, so I will call you back tomorrow at 9:00.\n\nKind regards,\nAnn, Support'],
    ['bg', 'Здравейте, г-жо Лазарова,\n\nБлагодарим Ви. След 18:00 не се приемат обаждания, затова ще Ви се обадя утре в 9:00.\n\nПоздрави,\nАна, поддръжка'],
  ] as const)('guard: %s: a step of ours beside the hours still counts: %s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('next-step');
    expect(rules).not.toContain('no-substance');
  });
});
