/**
 * The readings of the tuning round after blind sets 131, 132 and 133 (fixtures/eval/README.md, "Round 84"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 84', () => {
  it.each([
    [{ channel: 'App Store Server Notifications', subject: 'REFUND · com.example.coins500', text: 'notificationType: REFUND\nrefundReason: not supplied\nprice: 4.99 USD' }, 'silent'],
    [{ channel: 'Discord — бележка на модератор', text: 'Играчът Вълчо излезе от сървъра след година. Нито съобщение, нито тикет.' }, 'silent'],
    [{ channel: 'Zendesk: voice', text: "Caller asked to close his account and refund the wallet. I asked if anything had gone wrong - he'd rather not go into it. Processed." }, 'silent'],
    [{ channel: 'Usedesk: email', text: 'Прошу удалить мой аккаунт и отвязать карты. Объяснять ничего не буду. Спасибо.' }, 'silent'],
    [{ channel: 'Интеграция ЕГИСЗ — статусы электронных рецептов', text: 'Электронный рецепт № 77-01 (инсулин) был забронирован через Аптека.Рядом, 12.03 отпущен в аптеке другой сети. Бронь АР-77 аннулирована. Контактов с клиенткой не было.' }, 'silent'],
    [{ channel: 'НЗИС – статус на е-рецепти', text: 'Е-рецептата е отпусната в аптека от друга верига. Резервацията е анулирана. Контакт с пациента няма.' }, 'silent'],
    [{ channel: 'WhatsApp', text: "Otmenite zakaz, pozhaluysta. Prichinu ob'yasnyat' ne hochu, prosto otmenite." }, 'silent'],
    [{ channel: 'Messenger', text: 'Iskam da si zakriya akaunta. Prichina nyama, prosto go zakriite.' }, 'silent'],
    [{ channel: 'Usedesk — Telegram', text: 'отмените бронь\n[Оператор]: Что-то пошло не так?\n[Клиент не ответил, диалог закрыт]' }, 'silent'],
  ])('a store\'s refund notice, a moderator\'s note, a call note refusing a reason, e-prescription feeds, Latin-letter closures, a bracketed operator: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Discord #general (mod log)', text: '[21:02] Kit: servers down AGAIN during the raid. everyone screenshot this' }, 'irate'],
    [{ channel: 'PlugShare check-ins', text: 'Charger 3 broken again, bay blocked. Avoid this site.' }, 'irate'],
  ])('a Discord channel, a charging map\'s check-in: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Brand Analytics — ВКонтакте', text: 'Пост на личной странице: «Написала жалобу в Роспотребнадзор на „Драконью ферму“. Публикую, чтобы все знали».' }, 'activist'],
    [{ channel: 'имейл', text: 'Синът ми вече ви писа, а аз подадох сигнал и в Българския фармацевтичен съюз.' }, 'activist'],
  ])('a post quoted under its label that names a regulator, the pharmacists\' union: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Intercom Messenger', text: 'My cousin is a reporter and offered to do a piece on the bans. I told her not to bother. Please just unban TK-1.' }, 'voicer'],
    [{ channel: 'чат', text: 'Приятел е журналист и предложи да пише за блокировките. Отказах му. Отблокирайте профила ми.' }, 'voicer'],
    [{ channel: 'Формуляр', text: 'Някой влезе в профила ми и похарчи всичко. Подадох сигнал в ГДБОП за кражбата на данните. Към вас нямам претенции, върнете ми профила.' }, 'voicer'],
    [{ channel: 'Zendesk: email', text: 'Someone keyed my car on level 2 of your car park. I reported it to the police and they want your CCTV. Why are the cameras off?' }, 'voicer'],
    [{ channel: 'Email', text: 'I happen to be a solicitor, but I write purely as a customer: the grace period was 10 minutes. Cancel the notice.' }, 'voicer'],
    [{ channel: 'Okdesk: телефон', text: 'Жалуется: метка не открывает шлагбаум, каждый раз звонит на пост охраны. Просит перевыпустить.' }, 'voicer'],
    [{ channel: 'ВКонтакте (личные сообщения)', text: 'Пишу в личку, а не на стене, потому что не хочу, чтобы все знали. Курьер отдал заказ соседке.' }, 'voicer'],
    [{ channel: 'Helpshift - in-game chat', text: "Player: my progress is gone\nBot: Are you signed in with Google Play Games?\nPlayer: yes. restore it please" }, 'voicer'],
    [{ channel: 'Zoho Desk: Телефон', text: 'Обади се бащата на играч: детето купило тоалети с картата му. Иска връщане. Обясних процедурата през Google Play. Не беше доволен.' }, 'voicer'],
  ])('an offer to write refused, fraud with no claim on us, a car keyed, one\'s trade, a guard post, a DM refusing the wall, a platform named in a chat, a help desk\'s phone note: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'A friend at the local paper offered to do a piece and I said yes: it runs on Friday.' }, 'activist'],
    [{ channel: 'Zoho CRM', text: 'Lapsed: no orders in 120 days.' }, 'silent'],
    [{ channel: 'Telegram', text: 'отмените заказ, курьер опоздал на три часа' }, 'voicer'],
  ])('guards (read so before the round too): an offer taken up, a CRM\'s lapse flag, a cancellation with a grievance: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
