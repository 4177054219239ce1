/**
 * The readings of the tuning round after blind set 30 (fixtures/eval/README.md, "Round 31"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 31', () => {
  it.each([
    [{ channel: 'Mailchimp replies', subject: 'Re: Come back for 20% off', text: '> We have missed you at the studio...\n\nOut of office: I am away until 5 May with no access to email.', status: 'No reply' }, 'silent'],
    [{ channel: 'UniSender (ответы)', subject: 'Re: Скучаем!', text: 'Автоответ: Меня нет на месте до 12.05, почту не читаю.', status: 'Без ответа' }, 'silent'],
    [{ channel: 'Анкета (CSAT)', text: 'Оценка: 3 от 10\nКоментар: Нямам коментар' }, 'silent'],
  ])('an out-of-office reply to the company’s e-mail, «нямам коментар»: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'ЕРМ – уведомление (CRM)', text: 'Клиентът смени доставчика от 01.06. Няма оплаквания.' }, 'silent'],
  ])('a switch of supplier, in the system’s note about the customer: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', text: 'Добрый день. Счёт за май выставлен дважды, прошу исправить.\n\nС уважением,\nОрлова Н.В.\nРуководитель юридического отдела ООО «Вектор»' }, 'voicer'],
    [{ channel: 'Google reviews', text: 'Ombudsman? No point, waste of my time. Just avoid this garage.' }, 'irate'],
    [{ channel: 'Отзовик', text: 'Роспотребнадзор? Нет смысла. Просто не берите тут ничего.' }, 'irate'],
    [{ channel: 'Имейл', text: 'Подадох сигнал до ГВА за отменения полет.' }, 'activist'],
    [{ channel: 'Twitter', text: 'Sent it all to the Mirror consumer desk this morning.' }, 'activist'],
  ])('a legal department in a signature under joined initials, a body dismissed at once, the civil aviation authority, a paper’s desk: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Ombudsman? Yes, I filed with them this morning.' }, 'activist'],
    [{ channel: 'email', text: 'Out of stock again? I want a refund.' }, 'voicer'],
    [{ channel: 'Grid operator notice (CRM)', text: 'Change of supplier effective 1 May. No complaints on file.' }, 'silent'],
  ])('guards (read so before the round too): a body named as a question and taken up, "out of stock", a supplier switch with no one named: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
