/**
 * The readings of the tuning round after blind set 26 (fixtures/eval/README.md, "Round 27"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 27', () => {
  it.each([
    [{ channel: 'Trustpilot invitations', text: 'Invitation to review sent 3 May after the late refund. No review left.' }, 'silent'],
    [{ channel: 'Сервис сбора отзывов', text: 'Просьба оставить отзыв на 2ГИС отправлена дважды. Отзыв не оставлен.' }, 'silent'],
  ])('an invitation to review, unanswered: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Gym front desk note', text: 'Member cancelled her membership at the desk. Asked why, she said "all good, just not needed".' }, 'silent'],
    [{ channel: 'Журнал исходящих звонков', text: 'Абонент ответил, сказал «всё хорошо, не надо» и положил трубку.', status: 'Отток' }, 'silent'],
    [{ channel: 'Рецепция – бележки', text: 'Клиентката прекрати картата си. Каза „няма значение“ и си тръгна.', status: 'Прекратен' }, 'silent'],
  ])('words relayed that say nothing is wrong: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Weekly shipments report', text: '0 parcels in 45 days, previously ~30 a week.', status: 'Dormant' }, 'silent'],
    [{ channel: 'Отчёт по заказам', text: '0 заказов за 60 дней, ранее 20 в месяц.', status: 'Неактивен' }, 'silent'],
    [{ channel: 'CRM', status: 'Неактивен' }, 'silent'],
    [{ channel: 'Shopify returns', text: 'Reason: Wrong size\nCustomer note: (none)' }, 'silent'],
    [{ channel: 'Typeform CSAT', text: 'Rating: 2/10\nAnything else? Thanks' }, 'silent'],
    [{ channel: 'Запись администратора', text: 'Сын больше не ходит на секцию. Мама забрала форму, причину не назвала.' }, 'silent'],
  ])('a volume report, «неактивен», a customer note left empty, a bare thanks, a parent who gave no reason: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Журнал колл-центра', text: 'Клиент жалуется: курьер не приехал, на звонки не отвечает.' }, 'voicer'],
    [{ channel: 'Call-centre log', subject: 'Refund request', text: 'Customer rang about the boiler part. Asking for a refund or a credit.' }, 'voicer'],
    [{ channel: 'Web form', subject: 'Lessons', text: 'The coach has cancelled three sessions this month. Please can someone call me.' }, 'voicer'],
    [{ channel: 'email', text: 'I found your number on Tripadvisor. My booking shows the wrong dates, please fix it.' }, 'voicer'],
    [{ channel: 'Store note', text: 'Customer exchanged the toaster. Mentioned she works for a local newspaper but only wanted a new one.' }, 'voicer'],
  ])('a complaint under its verb, a remedy asked for, someone else cancelling, where the number was found, a job said in passing: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Google Business Profile', text: 'Cold food, rude staff. Never again.' }, 'irate'],
    [{ channel: 'Мониторинг Telegram', text: 'доставка опять опоздала на два часа, позор' }, 'irate'],
    [{ channel: 'email', text: 'I have reported the nursery to the Care Inspectorate.' }, 'activist'],
    [{ channel: 'Zendesk', text: 'Our external counsel will contact you about the unpaid invoices.' }, 'activist'],
    [{ channel: 'Отзовик', text: 'Подавать в суд лень, просто предупреждаю всех: не берите у них кухню.' }, 'irate'],
    [{ channel: 'Facebook', text: 'Ще ви дам на съд... шегувам се. Но всички да знаят: пицата идва студена.' }, 'irate'],
  ])('a business profile, a network monitored, an inspectorate, external counsel, a suit not worth the bother, a joke: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Store note', text: 'Customer said "it is broken again, I want my money back".' }, 'voicer'],
    [{ channel: 'Review invitations', text: 'Invitation to review sent. Customer left a 1-star review on Trustpilot.' }, 'irate'],
    [{ channel: 'email', text: 'No joke: I have instructed a solicitor.' }, 'activist'],
    [{ channel: 'Billing system', text: 'Customer requested a refund via the app.', status: 'Refunded' }, 'silent'],
  ])('guards (read so before the round too): a complaint quoted, a review posted after the invitation, "no joke", a refund requested in the app: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
