/**
 * The readings of the tuning round after blind set 40 (fixtures/eval/README.md, "Round 41"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 41', () => {
  it.each([
    [{ channel: 'Email - Customer Relations', text: 'The accessible seat was blocked again. I will be reporting this to the Equality Advisory and Support Service.' }, 'activist'],
    [{ channel: 'Salesforce case', text: 'Your handlers broke my wheelchair. I have taken it to AviationADR; they accepted the case.' }, 'activist'],
  ])('an equality advice service, an airline dispute scheme: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Marketplace feedback feed', text: 'Not as described. Avoid this seller.' }, 'irate'],
    [{ channel: 'Заметка воспитателя', text: 'Папа сказал, что расскажет всем в чате района и заберёт ребёнка.' }, 'irate'],
    [{ channel: 'Бележка в обекта', text: 'Клиентът се ядоса и каза, че ще разкаже на целия квартал. Тръгна си.' }, 'irate'],
    [{ channel: 'Banki.ru (мониторинг)', text: 'Вот бы прокуратура занялась этим банком. Пишу отзыв, чтобы люди видели.' }, 'irate'],
    [{ channel: 'Google Maps (отзиви)', text: 'Нямам нерви да ходя по съдилища, просто предупреждавам хората: не ходете там.' }, 'irate'],
  ])('"avoid this seller", word of mouth relayed in a note, a wish, no nerves for a body: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Usedesk', text: 'Друг работает в Росздравнадзоре, но его я сюда не втягиваю. Аптека привезла не тот препарат.' }, 'voicer'],
    [{ channel: '1С:Сервис (журнал)', text: 'Клиент вернулся с претензией: после ремонта снова течёт. Переделали бесплатно.' }, 'voicer'],
    [{ channel: 'NPS анкета', text: 'Оценка: 3\nКоментар: никто не отвечает в чате, когда курьер опаздывает' }, 'voicer'],
  ])('an acquaintance at a body, "came back with a claim", "nobody answers" in the customer\'s own box: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Колл-центр (обзвон)', text: 'Исходящий звонок по продлению. Клиентка сказала: «нам ничего не надо» и положила трубку.' }, 'silent'],
    [{ channel: 'Кол център (изходящи)', text: 'Обаждане за профилактика. Клиентът каза „нищо не ни трябва“ и затвори.' }, 'silent'],
  ])('"we need nothing" relayed from an outbound call: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Shift notes', text: 'Said her cousin works at the Evening Gazette and is writing it up for Saturday.' }, 'activist'],
    [{ channel: 'Колл-центр (обзвон)', text: 'Звонок: никто не взял трубку. Абонемент не продлён.' }, 'silent'],
  ])('guards (read so before the round too): a relative at a paper who writes it up, nobody picking up the company\'s call: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
