/**
 * The readings of the tuning round for blind set 6 (fixtures/eval/README.md, "Round 7"): who wrote a
 * text that came on a contact channel. Each is shown over its class in en/ru/bg with records written
 * for this file (not the spent sets' rows), beside the guards that keep the customer's own words a
 * voicer's.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('the company\'s own contact, left unanswered, on a contact channel (silent)', () => {
  it.each([
    ['phone', 'Renewal call', 'We called on 2 May, 9 May and 16 May and left voicemails. No answer.'],
    ['e-mail', '', 'Outbound e-mail with the spring offer sent 03.04. No reply.'],
    ['Телефон', 'Продление полиса', 'Исходящий звонок по продлению полиса: две попытки, трубку не берёт.'],
    ['email', 'Письмо клиенту по продлению', 'Отправили предложение о продлении 12.04. Ответа нет.'],
    ['имейл', 'Подновяване', 'Изпратихме имейл с оферта за подновяване на 12.04. Няма отговор.'],
    ['телефон', '', 'Изходящо обаждане за обратна връзка след ремонта: два опита, не вдига.'],
  ])('%s: %s %s', (channel, subject, text) => {
    expect(typeOf({ channel, subject, text })).toBe('silent');
  });

  it.each([
    ['email', 'I sent you three emails last week. No answer.'],
    ['email', 'Customer service never replied. No response for two weeks.'],
    ['почта', 'Писал вам три раза, ответа нет.'],
    ['почта', 'Писал три раза, ответа нет. Безобразие.'],
    ['имейл', 'Писах ви три пъти, няма отговор.'],
  ])('guard: the customer saying the company did not answer is a voicer: %s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });
});

describe('a note or a form on a contact channel that says no words were left (silent)', () => {
  it.each([
    ['chat', 'Refund request submitted online. Reason: [blank].'],
    ['email', 'The guest cancelled the stay through the booking page. Comment: none.'],
    ['email', 'Заявка на расторжение через сайт. Причина: не указана.'],
    ['Почта', 'Собственник отключил автоплатёж. Обращений не поступало.'],
    ['имейл', 'Поръчката е отказана от клиента при доставка. Коментар: няма.'],
    ['телефон', 'Договорът е прекратен от абоната на гишето. Коментар: -'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });

  it.each([
    ['phone', 'Customer called about a refund that is two weeks late. Reason: none given by the courier.'],
    ['телефон', 'Абонатът се оплаква, че след 20:00 няма сигнал в квартала.'],
    ['телефон', 'Клиентка позвонила: заказ пришёл разбитым, просит замену.'],
    ['чат', 'Клиент: Заказ так и не пришёл.\nОператор: Уточните номер заказа?\nКлиент: 55-102'],
  ])('guard: a note that relays the customer\'s call or words is a voicer: %s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });
});

describe('letters of a reference are not words', () => {
  it.each([
    ['телефон', 'Заявка №ВК-1187 прехвърлена към отдел „Фактуриране“. Абонатът иска корекция на сметката.'],
    ['phone', 'Ticket #VK-5521: double charge on the March invoice, wants it corrected.'],
    ['почта', 'Обращение ВК-5521: двойное списание за март, просят вернуть.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });

  it('guard: the network named as a word still counts', () => {
    expect(typeOf({ channel: 'почта', text: 'Написал про вас пост во ВК, пусть люди почитают.' })).toBe('irate');
  });
});

describe('third parties and public places by kind', () => {
  it.each([
    ['email', 'Our legal department is preparing a formal claim for breach of the SLA.', 'activist'],
    ['почта', 'Наш юридический отдел готовит претензию по договору поставки.', 'activist'],
    ['имейл', 'Правният ни отдел подготвя претенция за неустойка по договора.', 'activist'],
    ['email', 'I have sent the whole story to Rip Off Britain.', 'activist'],
    ['почта', 'Отправила нашу историю на телепередачу о защите потребителей.', 'activist'],
    ['имейл', 'Изпратих всичко до предаването за потребители.', 'activist'],
    ['email', 'Tonight I am posting a review with photos of the room.', 'irate'],
    ['имейл', 'Качих отзив със снимки, нека хората видят.', 'irate'],
    ['RuStore', 'Приложение вылетает при каждой оплате.', 'irate'],
    ['почта', 'Весь подъезд уже в курсе, как вы чинили лифт.', 'irate'],
    ['имейл', 'Целият вход знае как ремонтирахте покрива.', 'irate'],
  ])('%s: %s → %s', (channel, text, type) => {
    expect(typeOf({ channel, text })).toBe(type);
  });

  it('guard: the company\'s legal department, named as where a letter should go, is no party the customer brings in', () => {
    expect(typeOf({ channel: 'email', text: 'Please pass my question about the invoice to your legal department.' })).toBe('voicer');
  });
});
