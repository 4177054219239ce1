/**
 * The readings of the tuning round after blind set 35 (fixtures/eval/README.md, "Round 36"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 36', () => {
  it.each([
    [{ channel: 'Zendesk', text: 'You sold my father expired eye drops. The Board of Pharmacy has the case now, number BP-2231.' }, 'activist'],
    [{ channel: 'Jira Service Management', text: 'The exit corridor is blocked again. I called the fire marshal and an inspector comes Monday.' }, 'activist'],
    [{ channel: 'Salesforce Case', text: 'About your invoice for the dent: I have retained counsel, write to them from now on.' }, 'activist'],
    [{ channel: 'Почта', text: 'Главврачу клиники.\nКопия: Управление ветеринарии Тверской области.\nСобаке поставили не ту вакцину. Прошу провести проверку.' }, 'activist'],
    [{ channel: 'Имейл', text: 'До управителя на клиниката\nКопие: ОДБХ – Пловдив\nКотката ми беше ваксинирана без запис в паспорта.' }, 'activist'],
  ])('a pharmacy board, a fire marshal, counsel retained, a veterinary office, a food-safety directorate: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Yelp feed', text: 'Lovely hall, chaotic staff. Should have looked at their Better Business Bureau rating first. Avoid.' }, 'irate'],
    [{ channel: 'Отзывы 2ГИС', text: 'Юристы знакомые говорят, что можно через суд, но мне некогда. Пишу, чтобы люди знали: не ходите туда.' }, 'irate'],
    [{ channel: 'ВКонтакте (мониторинг упоминаний)', text: 'Роспотребнадзор им, видимо, не указ. Не покупайте у них корм.' }, 'irate'],
    [{ channel: 'Google Reviews', text: 'Приятелят ми е юрист и каза да ги съдя, но нямам нерви. Пиша, за да знаят хората.' }, 'irate'],
  ])('a body\'s rating read, an acquaintance of the trade, a body in a sneer, a friend\'s advice let go: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Zendesk email', text: 'Hi,\nYou charged my card twice for one night. Please refund one.\n\nMaya Lind\nAssociate | Lind & Roe LLP, Solicitors\nThis message may be confidential.' }, 'voicer'],
    [{ channel: 'Имейл', text: 'Здравейте,\nВ аптеката ми отказаха рецептата. Моля за обяснение.\n\nадв. Петя Колева\nАдвокатска колегия – Пловдив' }, 'voicer'],
    [{ channel: 'amoCRM (WhatsApp)', subject: 'Возврат залога', text: 'Сдал квартиру 1-го, залог так и не вернули. По договору 5 дней. Когда?' }, 'voicer'],
    [{ channel: 'Форма «Оставить отзыв» на сайте', text: 'Курьер опоздал на два часа и не извинился.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Отзывы на Flamp я прочла уже после покупки. Требую вернуть деньги за сломанный пылесос.' }, 'voicer'],
  ])('a lawyer\'s signature over a firm and a disclaimer or under «адв.», a CRM\'s WhatsApp, the company\'s review form, reviews read after: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'In-store note', text: 'Staff note: customer looked annoyed at the prints, said nothing and left.' }, 'silent'],
    [{ channel: 'Журнал замечаний', text: 'Заметка администратора: клиент был явно недоволен, от комментариев отказался.' }, 'silent'],
    [{ channel: 'Бележка в магазина', text: 'Бележка на служител: клиентът беше видимо недоволен, не каза нищо и си тръгна.' }, 'silent'],
    [{ channel: 'CSAT (Typeform)', text: 'How was your delivery? 1 star\nAnything else? -' }, 'silent'],
    [{ channel: '1С: Розница', text: 'Заказ не забран 20 дней. Звонили дважды — не отвечает.' }, 'silent'],
  ])('unhappy and silent in a staff note, stars in words answering a question, an order not collected: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'I have filed a complaint with the Better Business Bureau about the deposit.' }, 'activist'],
    [{ channel: 'email', text: 'My lawyer friend filed the claim in court this morning.' }, 'activist'],
    [{ channel: 'amoCRM', text: 'Не продлил подписку. На звонки не отвечает.' }, 'silent'],
  ])('guards (read so before the round too): a body brought in, a friend\'s claim filed in court, a CRM without a messenger: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
