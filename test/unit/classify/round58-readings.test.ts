/**
 * The readings of the tuning round after blind set 57 (fixtures/eval/README.md, "Round 58"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 58', () => {
  it.each([
    [{ channel: 'СОТ — дневник', text: 'Обектът не е включван под охрана от 01.04. Таксата не е платена. Собственикът не вдига телефона. Предложение: прекратяване.' }, 'silent'],
    [{ channel: 'Уеб форма — отказ', subject: 'Отказ', text: 'Отказваме услугата от 1 май. Причина: предпочитаме да не казваме.' }, 'silent'],
  ])('a desk\'s own proposal, a reason withheld in the plural: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "We were burgled last week. The police have the crime number, that's in hand. What I need from you is why the alarm did not call us." }, 'voicer'],
    [{ channel: 'имейл', text: 'Апартаментът беше обран в неделя. Полицията вече работи по случая. Защо алармата не е сработила?' }, 'voicer'],
    [{ channel: 'Транскрипция на разговор', text: 'Клиент: Телевизията прекъсва всяка вечер. Искам техник утре.' }, 'voicer'],
    [{ channel: 'имейл', text: 'В офертата беше включен некролог в два вестника, а излезе само в един. Моля за разликата.' }, 'voicer'],
    [{ channel: 'Instagram — директно съобщение', text: 'Пиша ви тук, а не в коментарите: огледът беше за имот, който вече е продаден.' }, 'voicer'],
  ])('a burglary set apart, the customer\'s TV service, an obituary printed, a direct message: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Телефон', text: 'По думите на клиентката: разказала е на всички в кооперацията да не ползват нашия интернет.' }, 'irate'],
    [{ channel: 'Деловодство — входяща поща', text: 'Препратена жалба на клиент по полица „Дом“, с искане за становище в 7-дневен срок.' }, 'activist'],
    [{ channel: 'ВКонтакте — комментарий', text: 'Отметила ваш пост для @Первый канал. Пусть посмотрят, как вы работаете.' }, 'activist'],
  ])('word of mouth in the building, a forwarded complaint after a quoted name, a TV channel tagged: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Your engineer stole my watch. I have reported him to the police.' }, 'activist'],
    [{ channel: 'Email', text: 'Please close my account. I have told everyone in the building not to use you.' }, 'irate'],
    [{ channel: 'ПЦН — журнал', text: 'Объект снят с охраны клиентом 10.03, абонплата не поступила, на звонки не отвечает.' }, 'silent'],
    [{ channel: 'ЛК абонента — отключение', subject: 'Обращение №1207', text: 'Услуга отключена абонентом в личном кабинете. Поле причины: пропущено.' }, 'silent'],
  ])('guards (read so before the round too): a theft by one of ours, word of mouth beside a closing, a desk\'s log and a portal\'s record: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
