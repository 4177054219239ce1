/**
 * The readings of the tuning round after blind set 44 (fixtures/eval/README.md, "Round 45"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 45', () => {
  it.each([
    [{ channel: 'Social listening (Sprout)', text: "honestly you'd need a lawyer to decipher their roaming charges. switching networks" }, 'irate'],
    [{ channel: 'Google Play отзиви', text: 'Някой да ги докладва на КЗП, таксите са двойни. Една звезда.' }, 'irate'],
    [{ channel: 'CSAT анкета', subject: 'Оценка: 2/5', text: 'Писах отзиви навсякъде. Повече няма да поръчам.' }, 'irate'],
    [{ channel: 'Foursquare feed', text: 'Cold fries and a rude cashier. Never again.' }, 'irate'],
    [{ channel: 'Email', text: "Our party of six was turned away at The Solicitor's Arms despite a booking. Please refund the deposit." }, 'voicer'],
  ])('a lawyer as a figure of speech, a wish that someone would report them, reviews written everywhere, a pub\'s name: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Чат', text: 'Подала жалобу через Госуслуги на ваш салон, пусть теперь разбираются.' }, 'activist'],
    [{ channel: 'Мониторинг соцсетей', text: 'Отправила видео с кухни в «Ревизорро». Ждите гостей.' }, 'activist'],
  ])('a complaint through the state services portal, a TV consumer show by name: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Заметка оператора', subject: 'Отмена записи', text: 'Клиентка отменила запись по телефону. Сказала, что прочитала отзывы и передумала. Жалоб не высказывала.', status: 'Отменено' }, 'silent'],
    [{ channel: 'Бележка на оператор', subject: 'Отказ', text: 'Клиентът се обади да откаже поръчката. Каза, че е видял отзиви и е размислил. Оплаквания не е изказвал.', status: 'Отказана' }, 'silent'],
    [{ channel: 'Help Scout', subject: 'Re: Re: Refund for cancelled order', text: 'Still no answer.\n\n> On 2 May 2026, Support wrote:\n> We have passed your request to our refunds team.\n>> On 28 Apr 2026, Jo Reed wrote:\n>> Please refund the £60 for the order you cancelled.', status: 'Waiting' }, 'voicer'],
    [{ channel: 'amoCRM / WhatsApp', text: 'Снова привезли 8 коробок вместо 10, акт водитель подписывать отказался. Разберитесь, пожалуйста.' }, 'voicer'],
  ])('a note that no complaint was made, a quoted letter\'s header, the company told to sort it out: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'My lawyer will read your terms and reply to your letter.' }, 'activist'],
    [{ channel: 'Call log', text: 'Customer called to complain about the late courier and asked for a refund.' }, 'voicer'],
  ])('guards (read so before the round too): the customer\'s own lawyer, a complaint relayed: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
