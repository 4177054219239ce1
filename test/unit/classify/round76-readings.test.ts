/**
 * The readings of the tuning round after blind sets 107, 108 and 109 (fixtures/eval/README.md, "Round 76"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 76', () => {
  it.each([
    [{ channel: 'Zendesk via: voice', subject: 'Retention call - plan renewal', text: 'Outbound. 2nd attempt re: service plan expiring 04/30. Voicemail full. Quote emailed twice, no opens. Marking lost.' }, 'silent'],
    [{ channel: 'Freshdesk: Outbound Email', text: 'Hi Sam, just checking in on your appraisal.\n\n[Internal note] No reply to either email. Closing as no response.' }, 'silent'],
    [{ channel: 'Колл-центр — опрос качества (исходящий)', text: 'Звонок по опросу после поездки. Клиент сказал, что занят. Повторно не отвечает. Опрос не заполнен.' }, 'silent'],
    [{ channel: 'Колл-центр — исходящий обзвон', text: 'Дозвонились со второй попытки. Клиент ответил: «не надо мне ничего» и положил трубку. Продлевать не будет.' }, 'silent'],
    [{ channel: 'PT app (coach notes)', text: 'Booked Mon/Wed with me. No-show twice. Texted, WhatsApp read but no answer. Releasing the slots.' }, 'silent'],
    [{ channel: 'Viber група (бележка на треньор)', text: 'Картата изтече на 10.05. Писах на бащата, видяно, без отговор. Пазя мястото до края на месеца.' }, 'silent'],
  ])('staff notes and outbound logs whose own words say no word came back: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Typeform – lost sale survey', subject: "Why didn't you buy from us?", text: 'Prefer not to say' }, 'silent'],
    [{ channel: 'Яндекс Формы — «Почему вы не купили у нас?»', text: 'Не хочу говорить' }, 'silent'],
    [{ channel: 'Google Forms', subject: 'Бихте ли летели отново с нас?', text: 'Не.' }, 'silent'],
    [{ channel: 'Telegram-бот «Статус рейса»', text: 'Пользователь заблокировал бота 05.10 в 06:48. Последнее сообщение от бота: «Рейс задерживается до 11:30».' }, 'silent'],
    [{ channel: 'Viber бот', text: 'Потребителят се отписа от известията на 02.05.' }, 'silent'],
    [{ channel: 'Имейл', subject: 'otpisvane', text: 'Zdraveite, iskam da se otpisha ot kluba. Blagodarya.' }, 'silent'],
    [{ channel: 'SMS – входящи', text: 'sprete mi kartata, blagodarq' }, 'silent'],
    [{ channel: 'Amadeus PNR history export', text: 'RP/ABC01/ PNR 7QWE2 XX BY PAX VIA APP 14MAR. REFUND TO VOUCHER REQUESTED. RSN FIELD BLANK.' }, 'silent'],
    [{ channel: 'AppMetrica — опрос при удалении приложения', subject: 'Почему вы удаляете приложение?' }, 'silent'],
    [{ channel: 'Бележка на дежурния', text: 'Полетът закъсня 3 часа. Пътникът отказа хотела и си тръгна. Жалба не подаде.' }, 'silent'],
    [{ channel: 'Телефон – бележка от продажби', text: 'Клиентът се обади и се отказа от колата, без да обясни защо.' }, 'silent'],
    [{ channel: 'HubSpot inactivity list', text: "0 orders this quarter. Emailed twice, no reply. Buyer's LinkedIn shows no change of job." }, 'silent'],
  ])('lost-sale and return surveys, a bot\'s notices left, Latin-letter unsubscribes, blank reason fields, no complaint lodged: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk facebook', text: "Channel 4 are doing a consumer piece on cancelled flights. I've sent them my story. See you on telly." }, 'activist'],
    [{ channel: 'Email', subject: 'cc: Channel 5 On Your Side', text: 'I am copying the consumer investigators on this email. Still no refund.' }, 'activist'],
    [{ channel: 'Twitter', text: 'No plates after 5 weeks. Tagging @KXYZ_Investigates.' }, 'activist'],
    [{ channel: 'NPS survey', subject: 'NPS: 1', text: 'Already lodged with CEDR.' }, 'activist'],
    [{ channel: 'Letter', text: 'I have written to my State Senator about how your finance office treated my father.' }, 'activist'],
    [{ channel: 'Google reviews', text: "I've reported the dealer to the state Dealer Board. Avoid." }, 'activist'],
    [{ channel: 'Email', text: 'I have retained a lemon law firm. Do not touch the car without their approval.' }, 'activist'],
    [{ channel: 'СЭД — входящие', text: 'В связи с поступившим обращением гр. Иванова прошу представить письменные пояснения в течение 10 дней.' }, 'activist'],
    [{ channel: 'Канцелярия', text: 'Действуя на основании ордера № 12 в интересах Петрова П.П., требую возместить ущерб.' }, 'activist'],
    [{ channel: 'Email', text: 'Po otmene rejsa napisal zhalobu v Rosaviaciyu. Zhdu otveta.' }, 'activist'],
  ])('TV consumer programmes, an ADR scheme, elected representatives, dealer boards, lemon-law firms, a body\'s request, an advocate\'s warrant: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Имейл', text: 'След всичко това разказах историята на половината село. Повече няма да летим с вас.' }, 'irate'],
    [{ channel: 'Имейл', text: 'Снимките на счупения куфар вече са в групата на пътуващите. Прилагам ги и тук.' }, 'irate'],
    [{ channel: 'Отзовик — отзывы', text: 'Навязали допы. Проверка по базам ГИБДД «чистая», а машина битая. Покупайте только с юристом под боком.' }, 'irate'],
  ])('half the village told, photos already in a group, a review\'s advice to others: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Chat', text: "I'm not going to start a big thing on instagram about it, just send a new wheel please." }, 'voicer'],
    [{ channel: 'Web form', text: 'The wheels had been taken off overnight on your lot. I filed a police report about the theft because my insurer needs one. Please pay the excess.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Докато тренирах, на вашия паркинг ми взеха чантата от колата. Подадох жалба в полицията срещу неизвестен извършител. Искам работещи камери.' }, 'voicer'],
    [{ channel: 'Email', text: 'My locker was forced on Saturday and my wallet gone. I reported it to the police. What will you do about the lock?' }, 'voicer'],
    [{ channel: 'Форма', text: 'Пока машина стояла у вас, с неё сняли колпаки. Заявление в полицию о краже я написал. Кто компенсирует?' }, 'voicer'],
    [{ channel: 'Portal', text: 'My sister keeps telling me I should report you to Trading Standards, but I just want the classes back.' }, 'voicer'],
    [{ channel: 'email', text: 'I had a look on Trustpilot and many say the same. Please refund the double charge.' }, 'voicer'],
    [{ channel: 'ВКонтакте: сообщения сообщества', text: 'Пишу в личку. Тренер высмеял меня при всей группе. Прошу разобраться.' }, 'voicer'],
  ])('a post not started, thefts by persons unknown reported for the insurer or against no one, advice pressed, reviews read, a remark before the class: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'имейл', text: 'Вашият служител открадна телефона ми от колата. Подадох жалба в полицията.' }, 'activist'],
    [{ channel: 'Email', text: 'The failure was on your side. Please remove the fee.' }, 'voicer'],
    [{ channel: 'call-centre log', text: "Customer rang to complain the engineer didn't attend. Wants a firm slot." }, 'voicer'],
    [{ channel: 'Бележка от приемна', text: 'Клиентката върна палтото – петната са още там. Поиска повторно почистване без заплащане.' }, 'voicer'],
  ])('guards (read so before the round too): our staff\'s theft, our side of a fault, notes that relay a complaint: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
