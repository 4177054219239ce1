/**
 * The readings of the tuning round after blind set 36 (fixtures/eval/README.md, "Round 37"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 37', () => {
  it.each([
    [{ channel: 'Trustpilot feed', text: 'Our solicitors said it is not worth pursuing for £200, so this review will have to do. Avoid.' }, 'irate'],
    [{ channel: 'Отзывы Яндекс Карт', text: 'Адвокат сказал, что шансов мало, поэтому просто пишу здесь: мебель собрали криво.' }, 'irate'],
    [{ channel: 'Google ревюта', text: 'Юристът ми каза да не си губя времето с тях. Пиша тук, за да знаят всички.' }, 'irate'],
    [{ channel: 'Yelp feed', subject: "The 'Ombudsman approved' sticker is a joke", text: 'Waited six weeks for a crown. Avoid.' }, 'irate'],
    [{ channel: 'Отзывы RuStore', text: 'Роспотребнадзора на вас нет. Списали деньги дважды, приложение удалил.' }, 'irate'],
    [{ channel: 'Google ревюта', text: 'КЗП и без това няма да направи нищо, затова пиша тук. Паркингът е капан.' }, 'irate'],
  ])('a party\'s own advice not to go on, a badge, a sneer, a body dismissed after a filler: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "I don't want to drag any of this to the small claims court. Please just refund the cleaning fee." }, 'voicer'],
    [{ channel: 'Google Business Profile feed', text: 'Thought about getting a solicitor but life is short. Do not book this driving school.' }, 'irate'],
    [{ channel: 'Почта', text: 'Мог бы пожаловаться в ЦБ, но сначала пишу вам: верните комиссию.' }, 'voicer'],
    [{ channel: 'Имейл', text: 'Можех да пиша на КФН, но първо питам вас: защо ми отказахте обезщетение?' }, 'voicer'],
  ])('a refusal beyond the negation window, a step thought about, "could have": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'I have reported the instructor to the DVSA and they are looking into it.' }, 'activist'],
    [{ channel: 'NPS анкета', text: 'Оценка: 1\nКоментар: казах на целия отдел да не ползват вашия паркинг' }, 'irate'],
  ])('the driving standards agency, "I told the whole office": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Patient portal form', subject: 'Records', text: 'Please transfer my medical records to Hillside Surgery.' }, 'silent'],
    [{ channel: 'SendPulse реактивация', subject: 'Мы скучаем!', text: 'Событие: подписчик отписался. Ответа на письмо нет.' }, 'silent'],
  ])('records transferred to another practice, a mailing tool\'s unsubscribe event: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'amoCRM – сделка', subject: 'Блокировка', text: 'Оплатили счёт вчера, а доступ закрыли. Не можем работать. Разблокируйте сегодня.' }, 'voicer'],
  ])('a business customer\'s "we" in a CRM deal: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Mailchimp', subject: 'Come back for 10% off', text: 'Event: the subscriber opened the e-mail and clicked unsubscribe.' }, 'silent'],
    [{ channel: 'Email', text: 'I have filed a claim with the small claims court; you will hear from them.' }, 'activist'],
    [{ channel: 'Email', text: 'Our legal team has sent you a letter before action today.' }, 'activist'],
  ])('guards (read so before the round too): an English mailing tool\'s event, a claim filed, the customer\'s own lawyers acting: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
