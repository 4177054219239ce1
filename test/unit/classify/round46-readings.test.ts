/**
 * The readings of the tuning round after blind set 45 (fixtures/eval/README.md, "Round 46"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 46', () => {
  it.each([
    [{ channel: 'Review invitation log (Trustpilot)', text: 'Review invite sent 2/04, reminder 9/04 - not opened. Plan cancelled 12/04.' }, 'silent'],
    [{ channel: 'Покани за отзиви (Google)', text: 'Поканата за отзив е изпратена на 3.02, отзив не е оставен. Абонаментът изтече.' }, 'silent'],
    [{ channel: 'VetManager', subject: 'Повторный приём', text: 'На контрольный приём не пришли. SMS и звонки без ответа.', status: 'Потерян' }, 'silent'],
    [{ channel: 'Кол център (запис)', text: 'Изходящо обаждане с оферта. Клиентката каза „Не, благодаря“. Договорът е прекратен.', status: 'Прекратен' }, 'silent'],
  ])('an invitation not opened, «отзив не е оставен», attempts of two kinds unanswered, „Не, благодаря“: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk', text: 'My Lawyer Plus subscription renewed twice this month. Please refund one of them.' }, 'voicer'],
    [{ channel: 'Checkatrade feed', text: 'Left the garden a mess and never came back for the skip.' }, 'irate'],
    [{ channel: 'Google Reviews', text: 'Като юрист бих могъл да ги съдя, но не си струва нервите. Една звезда.' }, 'irate'],
    [{ channel: 'Trustpilot', text: 'Speaking as a lawyer, this contract is a joke. One star.' }, 'irate'],
    [{ channel: 'Google Reviews', text: 'Покривът тече от месец. Делото вече е заведено. Не ги ползвайте.' }, 'activist'],
  ])('a product\'s edition, a trades\' review site, the customer\'s own trade, a suit filed in the passive: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Звонки и письма без ответа уже неделю, верните деньги!' }, 'voicer'],
    [{ channel: 'Email', text: 'Watchdog called me back about your broken filters.' }, 'activist'],
  ])('guards (read so before the round too): the customer\'s own calls unanswered, a programme without an edition: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
