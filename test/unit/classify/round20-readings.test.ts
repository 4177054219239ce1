/**
 * The readings of the tuning round after blind set 19 (fixtures/eval/README.md, "Round 20"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 20', () => {
  it.each([
    [{ channel: 'call log', text: 'Caller will report the driver to the council licensing team tomorrow.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадох сигнал в Европейския потребителски център, чакам отговор.' }, 'activist'],
    [{ channel: 'email', text: 'Nobody answered, so I posted the whole story for the other parents to read.' }, 'irate'],
  ])('a licensing body, the European Consumer Centre, a story posted: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'chat', text: 'Should I go to the ombudsman over this, or can you refund me?' }, 'voicer'],
    [{ channel: 'Reddit (social listening - Brandwatch)', text: "People here say go to Trading Standards, but for £30 I can't be bothered. Avoid this shop." }, 'irate'],
    [{ channel: 'чат', text: 'Нужно ли мне идти в Роспотребнадзор, или вы сами вернёте деньги?' }, 'voicer'],
    [{ channel: 'чат', text: 'Трябва ли да ходя в КЗП, или ще ми върнете парите?' }, 'voicer'],
    [{ channel: 'почта', text: 'Я сама юрист, но ссориться с вами не хочу — просто верните 3 000 рублей.' }, 'voicer'],
  ])('asking whether to go, what people say, the writer’s own trade: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'почта', text: 'Судиться с вами из-за двух тысяч не буду, верните деньги на карту.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Да ви съдя за 40 лева не смятам, но върнете ми парите.' }, 'voicer'],
    [{ channel: 'In-app feedback form', subject: 'Rate us: 1 star', text: '1 star. The level 12 reward never arrived, please fix it.' }, 'voicer'],
    [{ channel: 'Оценка в приложении', text: 'Одна звезда: курьер опоздал на час.' }, 'voicer'],
  ])('a party refused at the end of its clause, a star given on the company’s own form: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Web form - Booking changes', text: 'Booking ref: KT-2231\nWhat would you like to do?: Cancel my booking\nReason for cancelling: -' }, 'silent'],
    [{ channel: 'имейл', text: 'Пратката с призовки до Районен съд – Варна закъсня с 3 дни. Моля за компенсация.' }, 'voicer'],
    [{ channel: 'чат', text: 'Пратих ви скрийншот от плащането, моля проверете.' }, 'voicer'],
  ])('a form’s question as a label and a field left empty, an app’s analytics, a court as where a parcel goes, a screenshot sent: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'почта', text: 'Подам в суд, если деньги не вернёте до пятницы.' }, 'activist'],
    [{ channel: 'почта', text: 'Подам в суд потому что ждать больше не хочу' }, 'activist'],
    [{ channel: 'email', text: 'Left you 1 star on Trustpilot.' }, 'irate'],
    [{ channel: 'Web form', text: 'What would you like to do?: Cancel my booking\nReason for cancelling: the room was dirty' }, 'voicer'],
    [{ channel: 'email', text: 'I have reported you to the ombudsman. Should I also contact the bank?' }, 'activist'],
    [{ channel: 'Game analytics', text: 'Last purchase 12 May. No support tickets.' }, 'silent'],
    [{ channel: 'Уеб формуляр', text: 'Какво желаете?: Анулиране на резервацията\nПричина: —' }, 'silent'],
    [{ channel: 'Аналитика приложения', subject: 'Пользователь ушёл', text: 'Последний вход 02.05. Приложение удалено. Обращений в поддержку нет.', status: 'Отток' }, 'silent'],
    [{ channel: 'email', text: 'Курьер не доставил документы в арбитражный суд вовремя, верните стоимость доставки.' }, 'voicer'],
  ])('guards (read so before the round too): a threat with a condition or a cause, a star posted, a reason given, a question after a step taken, a Bulgarian form, analytics, a parcel for a court: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
