/**
 * The lint readings of round 58 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set. The customer told not to open new requests ("Don't open new tickets about this.", «Не создавайте новые
 * обращения.», „Не пускайте нови запитвания.“) and counted among others who got it wrong ("you're the third person today who
 * can't read a colour name", «вы уже третий за сегодня, кто не может…», „Вие сте третият днес, който не може…“) dismiss
 * (`dismissive`); a refused repair is a remedy refused, so its regret apologises (round 27), and «Зато мы бесплатно проверим…»,
 * „Затова пък можем…“ answer a refusal with what we can do (round 32); collection paused while a disputed debt is answered
 * («взыскание приостановлено», „всички действия по събиране са спрени“) lets the debt go for now (`debt-released`), so the
 * answer is no payment reminder. What read so before the round is in the group "guards (read so before the round too)".
 */
import { describe, expect, it } from 'vitest';
import type { LintLocale } from '../../../src/lint/index.js';
import { ROUND_FRAME as draft, dismissesInFrame as dismisses, lintIn as lint } from './drafts.js';

const cases = {
  dismiss: [
    ["en", "Don't open new tickets about this."],
    ["en", "Do not submit any more requests."],
    ["en", "Please do not raise duplicate complaints."],
    ["en", "Wow, you're the third person today who can't read a colour name."],
    ["en", "You are the fifth customer this week who didn't check the size chart."],
    ["ru", "Не создавайте новые обращения."],
    ["ru", "Не отправляйте нам повторные заявки по этому вопросу."],
    ["ru", "Вы уже третий за сегодня, кто не может прочитать название цвета."],
    ["ru", "Вы пятый клиент на этой неделе, который перепутал размер."],
    ["bg", "Не пускайте нови запитвания."],
    ["bg", "Не изпращайте повторни имейли."],
    ["bg", "Вие сте третият днес, който не може да прочете името на цвета."],
    ["bg", "Вие сте петият клиент тази седмица, който е объркал размера."],
  ] as [LintLocale, string][],
  refusalApology: [
    ["en", "Thank you for your patience while we checked the scooter. Unfortunately, we cannot repair it under warranty: the controller was damaged by water, which the warranty does not cover.\n\nWe can do a paid repair at 30% off, ready within 5 working days. If you would like that, just reply \"yes\"."],
    ["ru", "Благодарим за обращение. К сожалению, бесплатный ремонт по гарантии мы сделать не можем: сервис установил, что повреждение от воды.\n\nМожем выполнить платный ремонт со скидкой 30% за 5 рабочих дней. Если хотите, ответьте «да»."],
    ["ru", "Благодарим за обращение. К сожалению, мы не можем принять самокат как возврат: по правилам возврата на нём не должно быть следов использования.\n\nЗато мы бесплатно проверим самокат в сервисе в четверг с 12:00 до 18:00. Если вам удобно, ответьте на это письмо."],
    ["bg", "Благодарим Ви за търпението. За съжаление, не можем да я ремонтираме по гаранция: повредата е от вода.\n\nМожем да направим платен ремонт с 30% отстъпка до 5 работни дни. Ако желаете, отговорете с „да“."],
    ["bg", "Благодарим Ви за писмото. За съжаление, не можем да върнем сумата: съгласно правилата за връщане продуктът не трябва да е използван.\n\nЗатова пък можем безплатно да проверим тротинетката в сервиза в четвъртък. Ако желаете, отговорете на този имейл."],
  ] as [LintLocale, string][],
  notReminder: [
    ["ru", "Благодарим за письмо и приносим извинения за расхождение в сумме задолженности. Выписку по долгу и копию уведомления об уступке пришлём до 12 декабря. До ответа взыскание по договору приостановлено."],
    ["bg", "Благодарим Ви за писмото и се извиняваме за разминаването в сумата на задължението. Извлечение и копие от договора за цесия ще Ви изпратим до 18 декември. Дотогава всички действия по събиране са спрени."],
  ] as [LintLocale, string][],
};

const guards = {
  noDismiss: [
    ["en", "Please don't open a new ticket: I have merged your messages and will answer here by Friday."],
    ["en", "You're the third person today to report this fault, so we have escalated it to the engineers."],
    ["ru", "Не создавайте новое обращение: мы ответим в этом до пятницы."],
    ["ru", "Вы третий клиент за сегодня, кто сообщил об этой ошибке, поэтому мы передали её инженерам."],
    ["bg", "Не пускайте ново запитване: ще отговорим тук до петък."],
    ["bg", "Вие сте третият клиент днес, който ни съобщава за тази повреда, затова я предадохме на техниците."],
  ] as [LintLocale, string][],
  notReminder: [
    ["en", "Thank you for your letter, and we apologise for the discrepancy in the balance. We will send you a statement and a copy of the notice of assignment by recorded post by 12 December. Until then, all collection activity on your account is on hold."],
  ] as [LintLocale, string][],
  reminder: [
    ["en", "We hope you are well. Invoice 2026-118 for £120.00 is overdue since 1 December. Please pay by 12 December; if you dispute it, reply and collection will be put on hold."],
    ["ru", "Надеемся, у вас всё хорошо. Счёт № 118 на 12 000 ₽ просрочен с 1 декабря. Оплатите, пожалуйста, до 12 декабря; взыскание не приостановлено."],
  ] as [LintLocale, string][],
};

describe('round 58: no new requests, counted among others who got it wrong; refused repairs and «Зато мы…» apologise; collection paused', () => {
  it.each(cases.dismiss)('%s: %s dismisses the customer', (locale, body) => {
    expect(dismisses(body, locale)).toBe(true);
  });
  it.each(cases.refusalApology)('%s: the refusal in %j apologises', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('apology');
  });
  it.each(cases.notReminder)('%s: %j answers a dispute, no payment reminder', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).not.toBe('reminder');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
});

describe('guards (read so before the round too)', () => {
  it.each(guards.noDismiss)('%s: %s dismisses nobody', (locale, body) => {
    expect(dismisses(body, locale)).toBe(false);
  });
  it.each(guards.notReminder)('%s: %j answers a dispute, no payment reminder', (locale, body) => {
    const result = lint(draft[locale](body), locale);
    expect(result.kind).not.toBe('reminder');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });
  it.each(guards.reminder)('%s: %j is a payment reminder', (locale, body) => {
    expect(lint(draft[locale](body), locale).kind).toBe('reminder');
  });
});
