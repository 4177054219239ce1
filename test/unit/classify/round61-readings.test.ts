/**
 * The readings of the tuning round after blind sets 62, 63 and 64 (fixtures/eval/README.md, "Round 61"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 61', () => {
  it.each([
    [{ channel: 'Чат', text: 'если завтра не вернёте деньги подаю в суд' }, 'activist'],
    [{ channel: 'Чат', text: 'ако до сряда не ми се обадите отивам в съда' }, 'activist'],
    [{ channel: 'Viber', text: 'ako ne vurnete depozita otivam v suda' }, 'activist'],
  ])('a threat whose condition is negated, with no comma before its answer: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', subject: 'Fwd: refund', text: '---------- Forwarded message ---------\nFrom: Ann Hale\n\nSecond email. A journalist from the Daily Record has asked me for the whole story and I have sent it.' }, 'activist'],
    [{ channel: 'имейл', subject: 'Fwd: полет', text: '---------- Препратено съобщение ----------\nОт: Мария Вълчева\n\nВече говорих с журналист от бТВ, ще излъчат репортаж.' }, 'activist'],
    [{ channel: 'Мониторинг упоминаний', text: 'Пост: «Мне ответили с Первого канала, сюжет выйдет в четверг».' }, 'activist'],
  ])('a letter forwarded to the desk is the record, a TV channel in another case: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Intercom', subject: 'Close account', text: 'Customer: please close my account\nAgent: Of course. Can I ask what went wrong?\nCustomer: rather not say' }, 'silent'],
    [{ channel: 'Jivo — чат', subject: 'Отписка', text: 'Клиент: отпишите меня от рассылки\nОператор: Хорошо. Что-то не понравилось?\nКлиент: ничего, просто отпишите' }, 'silent'],
    [{ channel: 'чат', subject: 'Анулиране', text: 'Клиент: анулирайте абонамента ми\nОператор: Разбира се. Може ли да попитам защо?\nКлиент: няма значение, мерси' }, 'silent'],
    [{ channel: 'Zendesk via chat', text: 'Visitor: cancel my membership please\nAgent: Done. May I ask why?\n[visitor left the chat]' }, 'silent'],
  ])('a chat customer who asks to close and will not say why: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Front desk log', text: 'Guest in 12 checked out three nights early. Said nothing about why and declined the feedback form.' }, 'silent'],
    [{ channel: 'Бележка на рецепцията', text: 'Гостът от стая 5 напусна ден по-рано, на въпроса дали всичко е наред само кимна.' }, 'silent'],
    [{ channel: 'Журнал броней', subject: 'Неявка', text: 'Бронь на 19:00, гость не пришёл, телефон недоступен.' }, 'silent'],
    [{ channel: '1С — возврат билета', text: 'Возврат оформлен в кассе вокзала Самара-Центральная, причина возврата не указана.' }, 'silent'],
    [{ channel: 'Визовый центр', text: 'Отзываю свои документы, паспорт заберу сам.' }, 'silent'],
    [{ channel: 'Визов център', text: 'Оттеглям молбата, ще мина за паспорта утре.' }, 'silent'],
    [{ channel: 'Viber – резервации', text: 'molq otkajete masata za sabota, blagodarya' }, 'silent'],
    [{ channel: 'курсове', subject: 'Неявка', text: 'Платено, не дойде, не отговори на напомнянето от вчера.' }, 'silent'],
  ])('a departure with nothing said, an unreachable no-show, documents withdrawn, a cancellation in Latin letters: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Форма обращения', text: 'Коробку вскрыли, наушников нет. Заявление в полицию о краже подала, но от вас жду возврат.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Шкафчето беше отворено и пакета го нямаше. Подадох сигнал в полицията за кражбата, от вас искам обезщетение.' }, 'voicer'],
    [{ channel: 'Email', text: 'Parcel taken from my doorstep. I reported the theft to the police, but I want a replacement from you.' }, 'voicer'],
    [{ channel: 'имейл', text: 'НАП ми наложи глоба заради вашата грешка в декларацията. Искам да я покриете.' }, 'voicer'],
    [{ channel: 'Booking.com partner messaging', text: 'We booked a double room and got two singles. Can you move us?' }, 'voicer'],
  ])('a theft by nobody named reported to the police, a fine imposed by a body, a platform\'s guest messages: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: "Since you ignore me I am putting the whole story on Capterra tonight." }, 'irate'],
    [{ channel: 'Чат', text: 'Я уже всем в нашем офисе рассказала, какой у вас сервис.' }, 'irate'],
    [{ channel: 'имейл', text: 'Описах подробно в групата „Ремонти Варна“ какво стана с поръчката.' }, 'irate'],
    [{ channel: 'чат', text: 'pisah v grupata na kvartala, vsichki se suglasiha' }, 'irate'],
  ])('a software review site, word of mouth at work, a group told in words and in Latin letters: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Чат', text: 'Если я не подам в суд, ничего не изменится.' }, 'voicer'],
    [{ channel: 'Чат', text: 'Если честно, в суд не пойду, просто верните деньги.' }, 'voicer'],
    [{ channel: 'Email', text: 'The police found the driver who stole my parcel and your company is helping them.' }, 'activist'],
  ])('guards (read so before the round too): a negation that is the hit\'s own, a refusal after the party, a theft by someone named: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
