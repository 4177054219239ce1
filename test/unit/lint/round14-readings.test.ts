/**
 * The lint readings of round 14 (fixtures/eval/README.md, "Lint round 14"; docs/definitions.md, "Replies"),
 * with drafts written for this file, not taken from any evaluation set:
 * - a bare order to take the matter to a third party ("Ask the courier.", "If it is faulty, contact the
 *   manufacturer.", «Обращайтесь к перевозчику.», «Ако липсва нещо, питайте куриера.») is a deflection, as "not
 *   our department" is; "Please…" or a part of ours in the sentence refers the customer, it does not deflect;
 * - what the customer should have had or heard ("you should have had a phone call", "you should have heard
 *   from us") owns our fault, as "you should have received…" does; "you should have kept…" still lectures;
 * - a due date said to be met, or one of a schedule ("your transfer was made on the due date", «внесли оплату
 *   до…», «платихте преди падежа», "before each due date") asks for no payment: no vote for a payment reminder.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const rulesOf = (text: string, locale: LintLocale): string[] => lintMessage(text, { locale }).findings.map((finding) => finding.rule);

describe('a bare order to take it to a third party is a deflection', () => {
  it.each([
    ['en', 'We shipped the parcel on time.\nIf it never came, ask the courier.'],
    ['en', 'Contact the manufacturer.'],
    ['ru', 'Товар отправлен вовремя.\nОбращайтесь к перевозчику.'],
    ['ru', 'Если сломался, звоните производителю.'],
    ['bg', 'Пратката тръгна навреме.\nАко липсва нещо, питайте куриера.'],
    ['bg', 'Обърнете се към производителя.'],
  ] as const)('%s: %s', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.findings.map((finding) => finding.rule)).toContain('hated-phrase');
    expect(result.kind).toBe('complaint');
  });

  it.each([
    ['en', 'Please contact the courier on 0800 111 222; they hold the parcel at their depot.'],
    ['en', 'If the card is still blocked, call your bank and I will join the call.'],
    ['ru', 'Обратитесь, пожалуйста, в банк: там снимут блокировку.'],
    ['bg', 'Моля, свържете се с куриера на 0800 11 222.'],
    ['bg', 'Ако картата още е блокирана, обадете се на банката, а ние ще Ви върнем таксата.'],
  ] as const)('guard: a referral with "please" or a part of ours is no deflection (%s: %s)', (locale, text) => {
    expect(rulesOf(text, locale)).not.toContain('hated-phrase');
  });

  it.each([
    ['en', 'Hello Ms Lowe,\n\nThank you for writing, and I am sorry the parcel has not reached you. I have opened a trace with the courier today and will email you its result by Friday.\nIf you would rather, you can also call the courier on 0800 111 222.\n\nIf you have any questions, just reply.\nKind regards,\nMia Stone, Orders team'],
    ['ru', 'Здравствуйте, Олег!\n\nСпасибо, что написали, и простите, что посылка до вас не дошла. Сегодня я открыла розыск у перевозчика и сообщу результат до пятницы.\nЕсли удобнее, можно позвонить перевозчику напрямую: 8 800 111 22 33.\n\nЕсли останутся вопросы, пишите.\nС уважением,\nМария Смирнова, отдел заказов'],
  ] as const)('guard: a polite reply that traces the parcel itself stays ≥ 80 (%s)', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.findings.map((finding) => finding.rule)).not.toContain('hated-phrase');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('what the customer should have had or heard owns our fault', () => {
  it.each([
    'Hello Mr Grant,\n\nThank you for writing. I am sorry nobody rang before the fitting was moved; you should have had a phone call the day before.\nI will call you on Thursday at 10:00 to agree a new date.\n\nIf you have any questions, just reply.\nKind regards,\nTom Reyes, Bookings team',
    'Hello Mr Grant,\n\nThank you for your patience. I am sorry about the silence after your visit: you should have heard from us within a week.\nI will send the report to you by Friday.\n\nIf you have any questions, just reply.\nKind regards,\nTom Reyes, Bookings team',
  ])('%s', (text) => {
    const result = lintMessage(text, { locale: 'en' });
    expect(result.findings.map((finding) => finding.rule)).not.toContain('hated-phrase');
    expect(result.score).toBeGreaterThanOrEqual(90);
  });

  it.each(['You should have kept the receipt.', 'You should have had your ticket with you.'])('guard: what the customer should have done still lectures: %s', (text) => {
    expect(rulesOf(text, 'en')).toContain('hated-phrase');
  });
});

describe('a due date met, or one of a schedule, asks for no payment', () => {
  it.each([
    ['en', 'Hello Ms Ortiz,\n\nThank you for your letter about the late fee, and I am sorry it came as a surprise. Your transfer was made on the due date, but after the 4pm cut-off, so it was booked the next morning.\nI am afraid we cannot refund the fee, but I have turned on a text alert two days before each due date.\n\nIf you would like to talk it over, I can call you on Monday at 11:00.\nKind regards,\nLeo Park, Accounts team'],
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за письмо о пени, и простите, что так вышло. Вы внесли оплату до конца дня, но вечером, когда банк уже закрыл день, поэтому её провели утром.\nВернуть пени мы не можем, но теперь будем присылать SMS за два дня, каждый срок оплаты.\n\nЕсли захотите обсудить, я позвоню вам в понедельник в 11:00.\nС уважением,\nОльга Смирнова, бухгалтерия'],
    ['bg', 'Здравейте, г-жо Иванова,\n\nБлагодарим Ви за писмото и съжаляваме за неприятната изненада. Платихте преди падежа, но след 17:00, затова банката отчете плащането на другия ден.\nНе можем да върнем таксата, но вече ще Ви пращаме SMS два дни преди всеки падеж.\n\nАко желаете, ще Ви се обадя в понеделник в 11:00.\nПоздрави,\nОлга Петрова, отдел „Счетоводство“'],
  ] as const)('%s: a refused fee refund is read as the complaint reply it is', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.kind).toBe('complaint');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Hello Ms Ortiz,\n\nInvoice 2026-0142 for $120.00 must be paid by the due date, 5 May.\nThank you for your understanding.\n\nKind regards,\nLeo Park, Accounts team'],
    ['ru', 'Здравствуйте, Анна!\n\nНапоминаем: срок оплаты счёта № 2026-0142 на 1 200 ₽ — 5 мая.\nСпасибо за понимание.\n\nС уважением,\nОльга Смирнова, бухгалтерия'],
    ['bg', 'Здравейте, г-жо Иванова,\n\nПадежът на фактура № 2026-0142 за 120 лв. е 5 май.\nБлагодарим за разбирането.\n\nПоздрави,\nОлга Петрова, отдел „Счетоводство“'],
  ] as const)('guard: a due date still to be met is a reminder (%s)', (locale, text) => {
    expect(lintMessage(text, { locale }).kind).toBe('reminder');
  });
});
