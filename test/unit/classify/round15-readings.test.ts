/**
 * The readings of the tuning round after blind set 14 (fixtures/eval/README.md, "Round 15"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 15', () => {
  it.each([
    [{ channel: 'Email', subject: 'Account closure', text: 'Dear Sir or Madam,\n\nI would like to close my Rainy Day savings account (number ending 5520) with effect from 28 February 2026.\n\nPlease transfer the remaining balance, with any interest accrued to the closing date, to my current account at Eastfield Bank, sort code 20-44-10, account 88120044, in my name.\n\nI will return the passbook to your Bristol branch by recorded delivery. Please send written confirmation of the closure to my home address.\n\nYours faithfully,\nNora Blake' }, 'silent'],
    [{ channel: 'Почта', text: 'Управляющему отделением № 0318\n\nПрошу закрыть мой вклад № 42305810000000001234 с 01.03.2026.\n\nОстаток средств прошу перечислить по реквизитам: получатель — Орлова Анна Петровна, счёт 40817810000000005566, БИК 044525111.\n\nКарту сдам в отделение лично. Справку о закрытии прошу направить на почту из анкеты.\n\nПодпись: Орлова А. П.' }, 'silent'],
  ])('a formal letter of closure with its logistics spelled out: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Outbound Email', subject: 'We miss you, Tom!', text: 'Hi Tom,\nIt has been a while since your last swim with us. Here is a free guest pass for March.\nSee you soon!\nThe Aqua Club team' }, 'silent'],
    [{ channel: 'Исходящее SMS', subject: 'Удержание', text: 'Исходящее SMS: «Ольга, мы скучаем! Для вас скидка 20% на следующую стрижку до 31.03.»' }, 'silent'],
  ])('the company\'s win-back message on an outbound channel: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Расторжение', text: 'contract_terminated plan=фитнес_год reason=null terminated_by=client effective=2026-05-01' }, 'silent'],
  ])('a system\'s event named before its pairs: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', text: 'Писать в Роспотребнадзор и прочие инстанции не собираюсь, просто верните деньги за билеты.' }, 'voicer'],
    [{ channel: 'Telegram', text: 'Жена говорит — пиши в прокуратуру. Не буду. Выложила пост в инстаграме про вашу химчистку.' }, 'irate'],
    [{ channel: 'email', text: 'My brother, who\'s a lawyer, says I should sue, honestly I won\'t bother. I have put the whole story on Reddit.' }, 'irate'],
  ])('a third party declined or only advised: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'returns', text: 'RMA 77120 created. Product: kettle. Customer reason: not specified. Label emailed to customer.' }, 'silent'],
    [{ channel: 'CRM', text: 'Клиентка ушла к конкуренту, потому что там дешевле.' }, 'voicer'],
    [{ channel: 'Outbound Email', text: 'Hi Tom, we miss you!\n\n> Reply from Tom: I left because the pool was always cold.' }, 'voicer'],
  ])('guards: a returns desk\'s record, a reason relayed in a CRM note, a reply quoted under the win-back: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
