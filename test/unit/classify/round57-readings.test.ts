/**
 * The readings of the tuning round after blind set 56 (fixtures/eval/README.md, "Round 57"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 57', () => {
  it.each([
    [{ channel: 'Recurly cancellation form', subject: 'Plan cancelled', text: 'Why are you cancelling?\n> Rather not say', status: 'Cancelled' }, 'silent'],
    [{ channel: 'Store note', subject: 'Return', text: 'Customer brought the kettle back, would not say what was wrong, took the refund.', status: 'Refunded' }, 'silent'],
    [{ channel: 'Банк: заявление на закрытие вклада', subject: 'Закрытие', text: 'Причина закрытия: клиентка пожелала не указывать. Средства выданы.', status: 'Исполнено' }, 'silent'],
    [{ channel: 'Forma otkaza', text: 'Prichina: bez kommentariya', status: 'Otmeneno' }, 'silent'],
    [{ channel: 'Usedesk: email', subject: 'Re: Возвращайтесь к нам — месяц в подарок' }, 'silent'],
    [{ channel: 'Журнал бронирований', subject: 'Бронь 20:00', text: 'Гости не пришли по брони на шестерых, телефон недоступен.' }, 'silent'],
    [{ channel: 'телефон', subject: 'Подновяване', text: 'Обадихме се за подновяване на абонамента. Клиентката каза „ще помисля“ и оттогава не вдига.' }, 'silent'],
    [{ channel: 'Telegram бот – опрос', text: '😐' }, 'silent'],
  ])('a reason withheld in more words, a win-back left unanswered, a table not kept, a brush-off, a neutral face: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', text: 'Юрист, который ведёт сделку по моей квартире, ждёт справку. Вторую неделю отделение не может её выдать.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Адвокатката, която води делото по наследството, иска удостоверение. Клонът не може да го издаде вече месец.' }, 'voicer'],
    [{ channel: 'Email', text: 'The solicitor who is handling my house sale needs a redemption statement, and your branch has not sent it in three weeks.' }, 'voicer'],
  ])('a lawyer named by the matter they handle for the customer: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My lawyer, who is handling the complaint against you, will be in touch.' }, 'activist'],
    [{ channel: 'Cancellation form', text: 'Why are you leaving?\nToo expensive now and support never answers.' }, 'voicer'],
    [{ channel: 'Survey', text: '👍' }, 'none'],
  ])('guards (read so before the round too): a lawyer handling a claim against us, a leaver\'s reason given, a thumbs-up: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
