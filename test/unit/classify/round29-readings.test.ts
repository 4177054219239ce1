/**
 * The readings of the tuning round after blind set 28 (fixtures/eval/README.md, "Round 29"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 29', () => {
  it.each([
    [{ channel: 'Zendesk (auto)', subject: 'Complaint - auto-created from survey' }, 'silent'],
    [{ channel: 'Helpdeskeddy (авто)', subject: 'Обращение создано по низкой оценке' }, 'silent'],
    [{ channel: 'Freshdesk', subject: 'Сигнал (създаден автоматично от анкета)' }, 'silent'],
  ])('a ticket made automatically from a low survey score: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Subscription churn feed', subject: 'Cancellation', text: 'Plan cancelled via My Account. Cancellation reason: (blank).', status: 'Churned' }, 'silent'],
    [{ channel: 'Маркетплейс — возвраты', text: 'Причина возврата: «Не понравился цвет». Комментарий покупателя отсутствует.' }, 'silent'],
    [{ channel: 'Платформа доставки (лог)', text: 'Заказ отменён покупателем в приложении. Сообщение не оставлено.' }, 'silent'],
    [{ channel: 'Fitness club CRM', text: 'Membership frozen. Reason: personal reasons.' }, 'silent'],
    [{ channel: 'Пренасяне (лог)', text: 'Номерът е пренесен. Пакетът телевизия е прекратен.' }, 'silent'],
  ])('"My Account" in the company’s record, a comment box empty in words, a log, "personal reasons", a TV package: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Salesforce case', subject: 'Invoice 7781', text: 'We were billed twice for March. Please correct the invoice.' }, 'voicer'],
    [{ channel: 'email', text: 'I work as a journalist, but I am writing as a customer: my claim has been pending for six weeks.' }, 'voicer'],
    [{ channel: 'Имейл', subject: 'Щета', text: 'Пиша за трети път: техникът не е идвал вече месец.' }, 'voicer'],
  ])('a help desk’s case, a trade said in passing, «пиша»: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Бележка в салона', text: 'Колежка чула, че клиентката казва на всички да не идват при нас.' }, 'irate'],
    [{ channel: 'Instagram', text: 'Куда смотрит прокуратура? Третий месяц без горячей воды.' }, 'irate'],
    [{ channel: 'Twitter', text: 'Where is Ofwat in all this? Third leak this month.' }, 'irate'],
    [{ channel: 'email', text: 'I have complained to the CMA about the hidden booking fee.' }, 'activist'],
  ])('word of mouth in the present, a body asked where it is, the CMA: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Salesforce', text: 'Customer churned, no reply to our emails.' }, 'silent'],
    [{ channel: 'CRM', text: 'Reason: the app keeps crashing on login.' }, 'voicer'],
    [{ channel: 'email', text: 'Where is my refund? I have reported you to Trading Standards.' }, 'activist'],
    [{ channel: 'Колл-центр (лог)', text: 'Входящий звонок: клиентка жалуется, что бойлер не греет.' }, 'voicer'],
  ])('guards (read so before the round too): a churn note, a reason in words, "where is" before another sentence, a complaint in a log’s field value: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
