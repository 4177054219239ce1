/**
 * The readings of the tuning round after blind set 13 (fixtures/eval/README.md, "Round 14"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 14', () => {
  it.each([
    [{ channel: 'email', text: 'Hello,\nSam will be leaving the chess club from 1 June. Could you send the last invoice to the usual address?\nKind regards,\nAna' }, 'silent'],
    [{ channel: 'имейл', text: 'Здравейте! От април Мартин няма да посещава кръжока по шах. Моля, издайте последната фактура.' }, 'silent'],
    [{ channel: 'Telegram', text: 'Мы забираем Соню из секции плавания с мая. Спасибо!' }, 'silent'],
    [{ channel: 'имейл', subject: 'Закриване', text: 'Уважаеми дами и господа,\nМоля да закриете сметката на „Бял бор“ ООД, а остатъкът да бъде преведен по IBAN BG00 XXXX 0000 1122 3344 55 в друга банка.\nС уважение,\nП. Илиев, управител' }, 'silent'],
  ])('a closure request: a polite question, a greeting\'s "!", a withdrawal told as not attending, a formal letter: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', text: 'Отмените, пожалуйста, подписку на журнал «Юный юрист», карта *1122.' }, 'silent'],
    [{ channel: 'имейл', text: 'Моля, отпишете сина ми от курса „Медии за начинаещи“ от март.' }, 'silent'],
    [{ channel: 'phone', text: 'Caller asked to cancel the booking at the Court Street flat, ref CS-22.' }, 'silent'],
    [{ channel: 'Google отзиви', text: 'Магазинът на ул. „Съдебна“ — продавачът ме игнорира десет минути. Една звезда.' }, 'irate'],
  ])('a party\'s word in a name (a quoted title, a street): %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Телефон', text: 'Клиент жалуется на задержку анализа на три дня. Клиенту разъяснено право обратиться в Роспотребнадзор.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Клиентът се оплаква от ниска скорост. Клиентът е информиран за правото си да подаде жалба в КЕВР.' }, 'voicer'],
    [{ channel: 'phone', text: 'Customer unhappy about the delay. Advised the customer of their right to refer the complaint to the Financial Ombudsman.' }, 'voicer'],
    [{ channel: 'прекратяване', text: 'Прекратявам договора за телевизия, защото картината замръзва при всеки мач.' }, 'voicer'],
    [{ channel: 'web', text: 'I am not going to waste money on a solicitor over this, just refund the £30.' }, 'voicer'],
    [{ channel: 'Почта', text: 'В суд я не пойду, некогда мне по судам ходить, просто верните деньги.' }, 'voicer'],
    [{ channel: 'Portal', text: 'I saw on Trustpilot that others had the same problem. My parcel is missing too.' }, 'voicer'],
  ])('no third party and nothing public of the customer\'s: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Last week I said I would not go to the ombudsman. I have changed my mind: the complaint went in today.' }, 'activist'],
    [{ channel: 'survey', subject: 'NPS: 0', text: 'Score: 0\nComment: stuck in Faro for a day, no hotel. Reported to the CAA.' }, 'activist'],
    [{ channel: 'Viber', text: 'shte vi sada, ako ne mi varnete parite do petak' }, 'activist'],
  ])('a third party brought in: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Phone', subject: 'Cancel broadband', text: 'Customer wants to cancel broadband: second outage this week and no callback from the engineers.' }, 'voicer'],
    [{ channel: 'Почта', subject: 'Отключите интернет', text: 'Отключите интернет с понедельника. Третий раз за неделю пропадает по вечерам.' }, 'voicer'],
    [{ channel: 'chat', text: 'where is my refund?? 20 days already. cancel the order' }, 'voicer'],
    [{ channel: 'email', text: 'В суд не пойду, передумал. Просто верните деньги за курс.' }, 'voicer'],
  ])('guards: a closure with a grievance, a question that complains, a change of mind in the same sentence: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
