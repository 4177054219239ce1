/**
 * The readings of the tuning round after blind set 25 (fixtures/eval/README.md, "Round 26"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 26', () => {
  it.each([
    [{ channel: 'email', text: 'Sewage in the cellar again. Escalated to CCW today, ref 55120.' }, 'activist'],
    [{ channel: 'Exit survey', text: 'Warned my family about your hidden fees, two of them have switched already.' }, 'irate'],
  ])('a water body by its initials, a family warned: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Billing system', text: 'Sports package removed via My Account on 3 March. No contact with us.' }, 'silent'],
    [{ channel: 'HubSpot', text: 'Renewal quote sent 2 June, email unread. Stopped responding after the demo.' }, 'silent'],
    [{ channel: 'amoCRM', text: 'Сделка закрыта. Причина закрытия: «Клиент перестал отвечать».' }, 'silent'],
    [{ channel: 'Bitrix24', text: 'Постоянни клиенти от 2019 г., тази година без поръчка. Имейл с есенната оферта – непрочетен.' }, 'silent'],
  ])('a page called "My …", an e-mail unread, a customer who stopped answering: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'PMS (Opera) note', subject: 'Early departure', text: 'Guest left on the 4th instead of the 6th. No refund requested.' }, 'silent'],
    [{ channel: 'Стоматологичен софтуер – график', text: 'Не дойде на два записани часа. Не вдига телефона.' }, 'silent'],
    [{ channel: 'Гостиница — PMS', subject: 'Досрочный выезд', text: 'Выехал на два дня раньше брони.' }, 'silent'],
  ])('a property-management system, clinic software, a stay cut short: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Return form', text: 'Return reason: Did not like it\nCustomer comment: -' }, 'silent'],
    [{ channel: 'Возвраты маркетплейса', text: 'Причина возврата: не подошёл размер\nКомментарий покупателя: —' }, 'silent'],
    [{ channel: 'Occupational health clinic system', text: 'Occupation: journalist. Missed two physio sessions, did not rebook.', status: 'No show' }, 'silent'],
    [{ channel: 'Фитнес – профили', text: 'Длъжност: адвокат. Картата не е подновена от март.', status: 'Изтекла' }, 'silent'],
  ])('a preset reason beside an empty comment box, a trade in a profile’s field: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'My sister says I should put it on Trustpilot. I would like to hear from you first: the sofa arrived torn.' }, 'voicer'],
    [{ channel: 'Форма обратной связи', text: 'Муж говорит: пиши в Отзовик. Но сначала пишу вам — кофемашина течёт.' }, 'voicer'],
    [{ channel: 'Guest feedback form', text: 'Your listing on Booking.com promised a sea view. The window faces a wall. Please refund one night.' }, 'voicer'],
    [{ channel: 'Чат на сайте', text: 'В вашем объявлении на Авито указано, что диван новый. Привезли с пятнами, верните деньги.' }, 'voicer'],
    [{ channel: 'email', text: 'Your terms say disputes can go to the Furniture Ombudsman. Before that, please explain why the refund was refused.' }, 'voicer'],
    [{ channel: 'Имейл', text: 'В договора пише, че мога да се обърна към КЗП. Моля първо вие да ми отговорите за гаранцията.' }, 'voicer'],
  ])('advice to post, the company’s own listing, its terms as the source of a right: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'My sister told me to post it on Facebook, and I did.' }, 'irate'],
    [{ channel: 'email', text: 'Your terms say I can go to the ombudsman, and I have referred it to them today.' }, 'activist'],
    [{ channel: 'email', text: 'Reason: I have reported you to Trading Standards.' }, 'activist'],
    [{ channel: 'Billing system', text: 'My internet has been down for a week, fix it.' }, 'voicer'],
    [{ channel: 'Return form', text: 'Return reason: the zip broke on the second day and the seams are coming apart\nCustomer comment: -' }, 'voicer'],
  ])('guards (read so before the round too): advice taken, a step after the terms, a reason that names a body, "My" opening a sentence, a reason in words: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
