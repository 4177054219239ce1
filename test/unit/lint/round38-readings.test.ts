/**
 * The lint readings of round 38 (docs/definitions.md, "Replies"), with drafts written for this file, not taken from any
 * evaluation set: a payment of ours joined by «и» to another remedy under our own offer («Мы готовы вернуть деньги за чистку
 * и оплатить осмотр») asks the customer for no payment, so the reply is no payment reminder. English and Bulgarian read so
 * already ("pay" and «да платим» ask for nothing): guards, titled so.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const kindOf = (text: string, locale: LintLocale): string => lintMessage(text, { locale }).kind;
const scoreOf = (text: string, locale: LintLocale): number => lintMessage(text, { locale }).score;

const RU_POLITE = 'Здравствуйте, Олег!\n\nСпасибо, что написали нам. Нам очень жаль, что после чистки у вас воспалилась десна.\n'
  + 'Лечащий врач уже изучает карту приёма. Мы готовы вернуть деньги за чистку и оплатить осмотр у пародонтолога. '
  + 'Администратор позвонит вам в четверг до 12:00, чтобы выбрать время.\n\nС уважением,\nОльга Смирнова\nКлиника «Дента Плюс»';
const RU_POLITE_CAN = 'Добрый день, Светлана!\n\nБлагодарим за письмо. Приносим извинения за испорченную куртку.\n'
  + 'Мы можем сразу заменить куртку и заплатить за химчистку платья. Курьер заберёт вещи завтра с 10:00 до 14:00.\n\n'
  + 'С уважением,\nДенис Орлов\nСлужба заботы «Чистый дом»';
const EN_POLITE = 'Dear Mr Walsh,\n\nThank you for telling us what happened at your appointment. We are truly sorry that the laser '
  + 'session left you with a burn.\nOur medical director is reviewing the session notes. We are ready to refund the session fee '
  + 'and pay for your dermatology visit. She will phone you on Friday before noon to agree the details.\n\nKind regards,\n'
  + 'Nina Patel\nPatient Services, Lumen Clinic';
const BG_POLITE = 'Здравейте, Мария!\n\nБлагодарим, че ни писахте. Съжаляваме, че след процедурата кожата ви се е раздразнила.\n'
  + 'Главният лекар преглежда записите от посещението. Готови сме да върнем таксата и да платим прегледа при дерматолог. '
  + 'Ще ви се обадим в петък до 12:00, за да уточним подробностите.\n\nПоздрави,\nЕлена Петрова\nКлиника „Естетика“';

describe('a payment of ours joined to another remedy asks for no payment', () => {
  it.each([
    ['an offer («мы готовы»)', RU_POLITE],
    ['what we can do («мы можем»)', RU_POLITE_CAN],
  ])('ru: %s: a complaint reply, not a payment reminder, at 80 or more', (_name, text) => {
    expect(kindOf(text, 'ru')).toBe('complaint');
    expect(scoreOf(text, 'ru')).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', EN_POLITE],
    ['bg', BG_POLITE],
  ] as const)('%s guard: read as a complaint reply at 80 or more before round 38 and after', (locale, text) => {
    expect(kindOf(text, locale)).toBe('complaint');
    expect(scoreOf(text, locale)).toBeGreaterThanOrEqual(80);
  });

  it('ru guard: the customer\'s own offer («Если вы готовы продлить договор и оплатить…») still asks for payment', () => {
    const text = 'Здравствуйте, Ирина!\n\nНапоминаем, что по счёту № 4512 от 3 марта нужно оплатить 2 400 руб. до 15 марта. '
      + 'Если вы готовы продлить договор и оплатить его сразу за год, мы дадим скидку 10%.\n\nС уважением,\nБухгалтерия';
    expect(kindOf(text, 'ru')).toBe('reminder');
  });

  it.each([
    ['en', 'Burn noted. We are ready to refund the fee and pay for a check-up.\nClinic'],
    ['ru', 'Жалобу получили. Мы готовы вернуть деньги и оплатить осмотр.\nКлиника'],
    ['bg', 'Получихме оплакването. Готови сме да върнем таксата и да платим прегледа.\nКлиника'],
  ] as const)('%s guard: the curt draft of the same kind stays below 50: %s', (locale, text) => {
    expect(scoreOf(text, locale)).toBeLessThan(50);
  });
});
