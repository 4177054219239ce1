/**
 * The readings of the tuning round after blind set 38 (fixtures/eval/README.md, "Round 39"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 39', () => {
  it.each([
    [{ channel: 'Optician POS', text: 'Lenses ready since 3 March. SMS x2, voicemail x1, no reply.' }, 'silent'],
    [{ channel: 'Заметка мастерской', text: 'Ноутбук готов с 02.04. Звонки 03.04, 10.04 — не отвечает.' }, 'silent'],
    [{ channel: 'Бележка на сервиза', text: 'Телефонът е готов от 12.02. 4 обаждания, без отговор.' }, 'silent'],
    [{ channel: 'Фитнес-клуб (учёт)', text: 'Абонемент закончился в марте. Два звонка менеджера — не ответил.' }, 'silent'],
  ])('the company\'s attempts counted and unanswered: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Учёт гостей (1С)', text: 'Выехал на три дня раньше. Анкета при выезде не заполнена.' }, 'silent'],
    [{ channel: 'Регистър на гостите', text: 'Напусна предсрочно. Анкета при напускане – непопълнена.' }, 'silent'],
    [{ channel: 'Бележка на брокера', text: 'Наемателят спомена, че се мести. Сега не подновява договора. Оплаквания не е имало.' }, 'silent'],
    [{ channel: 'Review tool (Podium)', subject: 'Review invite', text: 'Invite sent 02/05. Link opened 03/05. No review submitted.' }, 'silent'],
    [{ channel: 'Review инструмент', subject: 'Покана за отзив', text: 'Изпратена 10.05. Линкът отворен. Отзив не е подаден.' }, 'silent'],
    [{ channel: 'Helpdesk (автоматичен тикет)', subject: 'Оплакване (авто)', text: 'Системен етикет „Оплакване“ от модела за отлив. Без поръчка от 40 дни, известията изключени.', status: 'Нов' }, 'silent'],
  ])('exit surveys not filled, «Оплаквания не е имало», review invites with no review submitted, a churn model\'s tag: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'App - order cancellation', text: 'Cancellation reason: Other\nCustomer note: cancelling because the driver was an hour late again.' }, 'voicer'],
    [{ channel: 'Intercom', text: 'should have listened to the google reviews before booking you. the heating is off again, fix it' }, 'voicer'],
    [{ channel: 'Журнал колл-центра', text: 'Клиентка недовольна кормом. Сказала: «видела отзывы на Отзовике, думала, обойдёт». Оформлена замена.' }, 'voicer'],
  ])('a customer\'s note under a preset reason, reviews listened to or seen: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Отзовик', text: 'Думал писать в Роспотребнадзор, но нервы дороже. Ушёл к другому оператору, пишу, чтобы знали.' }, 'irate'],
    [{ channel: 'Google Reviews', text: 'Глоба от НАП заради тях. Пиша, за да знаят колегите.' }, 'irate'],
    [{ channel: 'Кол център (задържане)', text: 'Отказа отстъпката. Каза, че е разказал на целия отдел да не купуват оттук.' }, 'irate'],
    [{ channel: 'vc.ru (комментарии)', text: 'Поддержке писал дважды, ноль реакции, поэтому пишу тут. Выбирайте внимательно.' }, 'irate'],
  ])('a step thought about, a fine from a body, "told the whole department", a vc.ru comment: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Outlook shared inbox', text: 'I do not accept the deductions. I have opened a dispute with the tenancy deposit scheme today.' }, 'activist'],
    [{ channel: 'HubSpot (email)', text: 'I have lodged a formal complaint with the ICAEW about how my return was handled.' }, 'activist'],
    [{ channel: 'Viber (amoCRM)', text: 'podadoh iskova molba za depozita, shte poluchite prizovka' }, 'activist'],
  ])('a deposit scheme, an accountants\' institute, a claim in Latin letters: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'I called you three times and nobody answered. Where is my refund?' }, 'voicer'],
    [{ channel: 'Email', text: 'I have received a letter from the ombudsman about my complaint against you.' }, 'activist'],
  ])('guards (read so before the round too): the customer\'s own calls unanswered, a body\'s letter about the customer\'s complaint: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
