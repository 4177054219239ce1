/**
 * The readings of the tuning round after blind set 33 (fixtures/eval/README.md, "Round 34"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 34', () => {
  it.each([
    [{ channel: 'Заметка в салоне связи', text: 'Клиент сдал ТВ-приставку и расторг договор на ТВ, причину не назвал.' }, 'silent'],
    [{ channel: 'Кол център (бележка)', text: 'Клиентът поиска спиране на ТВ услугата, без да посочи причина.' }, 'silent'],
    [{ channel: 'Salesforce', text: 'Промоцията, която рекламирахте по Нова телевизия, не важи в магазина ви. Моля, обяснете.' }, 'voicer'],
    [{ channel: 'Help Scout', text: 'Искам разсрочване. Братовчед ми работи в БНБ, но това няма значение.' }, 'voicer'],
  ])('a TV set-top box or service, an advert on TV, a relative who works at a body: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Social listening', text: 'Sent every email to Which? and to my MP today.' }, 'activist'],
    [{ channel: 'Кредитен отчет', text: 'Кредитът е рефинансиран от друга банка.' }, 'silent'],
    [{ channel: 'Отчет за услуги', text: 'Услугата е деактивирана от клиента през приложението.' }, 'silent'],
    [{ channel: 'Болнична информационна система', text: 'Пациентката взе резултатите си и не запази нов час.' }, 'silent'],
    [{ channel: 'Абонаментно таксуване', text: 'Пробният период изтече и не е продължен. Отписан от имейли.', status: 'Изтекъл' }, 'silent'],
  ])('Which? and an MP, a loan refinanced elsewhere, a service deactivated, no visit booked, billing’s note: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'I told a reporter from the local TV station everything.' }, 'activist'],
    [{ channel: 'Почта', text: 'Я написал в передачу на ТВ, ждите сюжет.' }, 'activist'],
  ])('guards (read so before the round too): the media on TV: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
