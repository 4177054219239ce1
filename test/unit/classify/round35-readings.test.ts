/**
 * The readings of the tuning round after blind set 34 (fixtures/eval/README.md, "Round 35"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 35', () => {
  it.each([
    [{ channel: 'Twitter (listening)', text: 'Thinking of taking @FastFibre to the ombudsman, but who can be bothered. Telling everyone to avoid them.' }, 'irate'],
    [{ channel: 'Instagram (мониторинг)', text: 'Обмислям да подам сигнал до КЗП за хотела, ама по-лесно е да ви предупредя: не отсядайте там.' }, 'irate'],
    [{ channel: 'Имейл', text: 'Знам, че мога да се оплача на КРС, но първо питам вас: защо ми удвоихте сметката?' }, 'voicer'],
    [{ channel: 'Имейл', text: 'Имам право да сезирам КЗП, но предпочитам да се разберем: върнете ми 40 лв.' }, 'voicer'],
    [{ channel: 'HubSpot', text: "Account manager note: 'Client might complain to Ofgem, keep an eye.' No orders since March; direct debit cancelled." }, 'silent'],
    [{ channel: 'Чат', text: 'Мама ми каза да ходя направо на съд. Аз предпочитам да ви пиша: кога ще върнете депозита?' }, 'voicer'],
  ])('a party thought about, known as a right, feared by an agent, advised by a relative: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk', text: 'I looked at your Google reviews before booking. Now the room has no hot water, please fix it.' }, 'voicer'],
    [{ channel: 'Telegram-бот', text: 'Ya na Otzovike prochital pro vashu dostavku, no pishu vam: gde moy zakaz?' }, 'voicer'],
    [{ channel: 'Почта', text: 'Третье письмо. Я не хочу ни в суд, ни в соцсети, просто верните деньги за курс.' }, 'voicer'],
    [{ channel: 'Лог мониторинга отзывов', text: 'Поиск по фамилии на Отзовике, Banki.ru и 2ГИС: ничего не найдено. Вклад закрыт.' }, 'silent'],
  ])('a review site read, a refusal that runs "neither… nor", a monitoring search that found nothing: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Сравни.ру (мониторинг)', text: 'Страховку подняли на треть. Ушла к другим. Ставлю 1.' }, 'irate'],
    [{ channel: 'Usedesk', text: 'Уже не надо. Мы с соседями обсудили в общем чате, всем расскажу, как вы тянули.' }, 'irate'],
    [{ channel: 'Front', subject: 'Fw: my post', text: "Forwarded: 'Avoid @SofaKing' - see what I posted, since nobody answers email there." }, 'irate'],
    [{ channel: 'Колл-центр', text: 'Клиент закрыл договор, от объяснений отказался: «отзывы уже написал на Яндексе».' }, 'irate'],
  ])('a Cyrillic site by its domain, a group chat and "I will tell everyone", a forwarded post, reviews written: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Web-форма', text: 'Мною направлено обращение в ТФОМС по поводу отказа в записи по полису.' }, 'activist'],
    [{ channel: '1С:Обращения', text: 'Заявитель сообщает, что направил жалобу в УФАС на звонки без согласия.' }, 'activist'],
  ])('the territorial health-insurance fund and the regional competition office: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'МойСклад', text: 'Оптовый клиент не делал заказов 4 месяца. Менеджер звонил трижды — без ответа.', status: 'Спящий' }, 'silent'],
    [{ channel: 'Колл-центр', subject: 'Обзвон', text: 'Исходящий: клиентка ответила «мне неудобно говорить». Повторно не берёт. Карта закрыта.' }, 'silent'],
    [{ channel: 'Кол център', text: 'Обаждане за анкета: клиентът отговори „нищо не искам да казвам“. Абонаментът не е подновен.' }, 'silent'],
    [{ channel: 'Help Scout', text: 'System: Delivery refused at the door. Returned to sender. No message from customer.' }, 'silent'],
    [{ channel: 'Болнична система', text: 'Пациентката смени личния си лекар. Без обаждания до практиката.' }, 'silent'],
    [{ channel: 'Банкова система', text: 'Клиентът закри картата си в офиса.' }, 'silent'],
    [{ channel: 'Trustpilot (лог)', text: 'Покана за отзив изпратена; отзив не е публикуван. Няма нова поръчка.' }, 'silent'],
    [{ channel: 'Кол център', text: 'Клиентът анулира телевизията и върна приставката. Не каза защо.' }, 'silent'],
  ])('calls unanswered, "can\'t talk", a parcel refused, a new GP, a card closed, no review published, TV cancelled: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Freshdesk', text: "Agent: We saw a comment about us. Customer: 'That wasn't me, I only write to you. The fridge is still broken.'" }, 'voicer'],
    [{ channel: 'Bitrix24', subject: 'Задача: звонок клиенту', text: 'Менеджер: клиентка сказала, что в ЦБ писать не будет, просит вернуть комиссию за досрочное погашение.' }, 'voicer'],
    [{ channel: 'Shopify връщания', subject: 'Връщане: чайник', text: 'Причина: Друго. Бележка: „Капакът не се затваря и водата изтича по масата.“' }, 'voicer'],
    [{ channel: 'Salesforce', text: "Email signature: 'J. Moss, Partner, Moss & Field Solicitors'. Body: 'You charged my card twice. Refund one, please.'" }, 'voicer'],
  ])('the customer\'s words in an agent\'s line, a quoted note, a signature in a field: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'amoCRM', text: 'Примечание менеджера: «Клиентка недовольна, может уйти к конкурентам». Заказов нет с марта.' }, 'silent'],
    [{ channel: 'Почта', text: 'В суд не пойду, а отзыв на Отзовике уже написала.' }, 'irate'],
    [{ channel: 'Email', text: 'I was thinking about it for a week, and today I reported you to Ofgem.' }, 'activist'],
    [{ channel: 'Email', text: 'I looked at your page before ordering, and have now posted my own review on Trustpilot.' }, 'irate'],
  ])('guards (read so before the round too): a note quoting itself, a public place after a refusal that is not "nor", a step taken, a post after a reading: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
