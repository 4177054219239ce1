/**
 * The readings of the tuning round after blind set 52 (fixtures/eval/README.md, "Round 53"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 53', () => {
  it.each([
    [{ channel: 'Google Play Console review prompt (private feedback)', subject: 'Rating: 2 stars' }, 'silent'],
    [{ channel: 'Shop returns dashboard', subject: 'Return', text: 'Customer returned the lamp. Return reason: other (no details).', status: 'Refunded' }, 'silent'],
    [{ channel: 'Онлайн-запись (салон)', subject: 'Неявка', text: 'Клиент не пришёл на стрижку в 15:00, не предупредил, на звонок не ответил.' }, 'silent'],
  ])('an app store\'s private prompt, "other (no details)", a visit not made: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My sister, who works for Citizens Advice, offered to help me write to you formally, but I would rather sort this out directly. The wardrobe door is still broken.' }, 'voicer'],
    [{ channel: 'Звонок', text: 'Клиент недоволен ремонтом. Сказал, что брат у него адвокат, но судиться он не хочет, просит переделать.' }, 'voicer'],
    [{ channel: 'Отзыв через форму обратной связи на сайте', text: 'Доставка опоздала на два дня, курьер нагрубил. Прошу скидку.' }, 'voicer'],
  ])('a trade in the family or at Citizens Advice, a site\'s own complaints form: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', text: 'Направил заявление в Госавтоинспекцию: после вашего ремонта отказали тормоза.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадох сигнал до Областната дирекция по безопасност на храните за месото, което ми продадохте.' }, 'activist'],
  ])('the traffic inspectorate and the regional food-safety directorate by their full names: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Customer called about a late refund and wants it today.' }, 'voicer'],
    [{ channel: 'Trustpilot', text: 'Two weeks late and no answer to my emails. 1 star.' }, 'irate'],
    [{ channel: 'Книга жалоб (сайт)', text: 'Официант перепутал заказ и не извинился. Прошу разобраться.' }, 'voicer'],
  ])('guards (read so before the round too): a call relayed, a public review site, a complaints book: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
