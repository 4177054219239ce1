/**
 * The readings of the tuning round after blind sets 134, 135 and 136 (fixtures/eval/README.md, "Round 85"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 85', () => {
  it.each([
    [{ channel: 'Pipedrive - lost deal reason', text: 'Lost reason: Went quiet. Trial lesson 02/03, deposit paid, never came back. Two calls and an email unanswered.' }, 'silent'],
    [{ channel: 'Twilio SMS reminders', text: 'Reminder for Thu 09:00 sent 24h/2h - no reply. Slot auto-released.' }, 'silent'],
    [{ channel: 'SMS шлюз – напомняния', text: 'Напомняне за час в петък – изпратено 24 ч преди, без потвърждение. Часът е освободен.' }, 'silent'],
    [{ channel: '1С — дебиторская задолженность', text: 'Контрагент: Петров А. А. Не оплачен апрель. Счёт отправлен, письма не открыты.' }, 'silent'],
    [{ channel: 'Учёт подарочных сертификатов', text: 'Сертификат на 2 000 ₽ не использован. Напоминания без ответа.' }, 'silent'],
    [{ channel: 'Разсрочено плащане – банка-партньор', subject: 'Спрени вноски', text: 'Договор № 77: клиентът е спрял вноските след първата.' }, 'silent'],
    [{ channel: 'CRM – нови курсисти', text: 'Записан на 05.03, платена такса 90 € за теория. Не се е появил на нито едно теоретично занятие, не отговаря на телефон и имейл.' }, 'silent'],
    [{ channel: 'телефонна централа — бележка на оператор', text: 'Обаждане за подновяване на договора. Трети път не вдига. Пратено SMS.' }, 'silent'],
    [{ channel: 'Dispatch board note', text: 'Cust booked the 8:00 dock slot. Did not arrive, did not call. Slot released.' }, 'silent'],
    [{ channel: 'Приложение — внутренняя оценка сеанса', subject: 'Оценка: 1 ★', text: 'Пользователь поставил 1 звезду, от отзыва отказался (нажал «Пропустить»).' }, 'silent'],
    [{ channel: 'Чат на сайта', text: 'Клиент: Искам да прекратя абонамента.\nОператор: Има ли проблем?\nКлиент: Не е нужно да обяснявам.' }, 'silent'],
    [{ channel: 'Talk-Me — чат', text: 'otmenite podpisku. prichinu pisat ne budu' }, 'silent'],
    [{ channel: 'SMS.ru: входящие', text: 'ne zapisyvajte menya bolshe. spasibo' }, 'silent'],
    [{ channel: 'уеб форма', text: 'Отменяме услугата от юли — адвокатът, който води продажбата на къщата, отложи сделката. Благодаря!' }, 'silent'],
  ])('lost deals, SMS reminders, receivables, certificates, instalments, CRM and operator notes, dispatch boards, internal ratings, refused reasons: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Usedesk: email', text: 'Я подал жалобу в Центральный банк на вашего партнёра.' }, 'activist'],
    [{ channel: 'Call log', text: 'Cust states he has already filed on the FMCSA National Consumer Complaint Database.' }, 'activist'],
    [{ channel: 'имейл', text: 'Брат ми е журналист и пише материал за изгубените ни кашони.' }, 'activist'],
    [{ channel: 'Jira', text: "I've sent the photos to the consumer investigations team at Which?." }, 'activist'],
  ])('the Central Bank, the FMCSA, a brother writing a piece, a consumer investigations team: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Анкета NPS', subject: 'Оценка 2/10', text: 'Защо давате тази оценка?\nЗащото инструкторът закъсня. Нека хората знаят.' }, 'irate'],
  ])('let people know: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Help Scout', text: "I know the examiner isn't one of yours - I've already written to the DVSA about him. My complaint is your instructor was late." }, 'voicer'],
    [{ channel: 'имейл', text: 'Знам, че изпитващият не е ваш, подадох жалба до ИААА за него. Но инструкторът ви закъсня.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Курсистка: платформата не работи, а изпитът ѝ по теория в ИААА е в понеделник. Иска удължаване.' }, 'voicer'],
    [{ channel: 'Freshdesk Email', text: "I'm an attorney, but I'd rather sort this out with you: $0.60 a pound for a lamp is not fair." }, 'voicer'],
    [{ channel: 'Usedesk — email', text: 'Сосед у нас юрист, советует идти в суд, но я хочу решить по-человечески. Верните деньги.' }, 'voicer'],
    [{ channel: 'телефон', text: 'Клиентката се обади: клетката е разбита. На поста нямало никой. Иска записите.' }, 'voicer'],
    [{ channel: 'Okdesk: телефон', text: 'Звонила клиентка: платформа не открывалась три дня. Просит продлить доступ.' }, 'voicer'],
  ])('an examiner not ours, an exam held at a body, one\'s trade, a neighbour\'s advice, a guard post, a platform that did not open (round 83\'s «не открывал» narrowed): %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'телефон', text: 'Клиентът звънна: електротехникът не дойде и не се обади. Иска нов ден.' }, 'voicer'],
    [{ channel: 'Zendesk – имейл', text: 'Вече описах всичко в групата на родителите. Искам обяснение.' }, 'irate'],
    [{ channel: 'Email', text: 'The examiner was rude, so I complained to the DVSA, and your instructor laughed about it.' }, 'activist'],
  ])('guards (read so before the round too): our technician who did not come, a body with no word of whose, a group told: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
