/**
 * The readings of the tuning round after blind set 58 (fixtures/eval/README.md, "Round 59"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 59', () => {
  it.each([
    [{ channel: 'Google Play Console - subscription cancellations', text: 'SUBSCRIPTION_CANCELED, product: app.premium.yearly', status: 'Closed' }, 'silent'],
    [{ channel: 'RuStore — отмена подписки', text: 'Пользователь отключил автопродление «Премиум». Комментарий: «не хочу объяснять»', status: 'Закрыто' }, 'silent'],
    [{ channel: 'App Store Connect - subscription events', text: 'DID_CHANGE_RENEWAL_STATUS: auto_renew_status=false' }, 'silent'],
    [{ channel: 'Play Console - cancel survey', text: "Why did you cancel? -> I don't want to answer" }, 'silent'],
    [{ channel: 'Booking desk', subject: 'Cancel hold', text: "Please cancel the hold for May 3. Thanks.\n\nAgent note: asked why, he said he'd rather not get into it." }, 'silent'],
  ])('a store\'s subscription feed, its event codes, a leaver who will not answer, a reason declined in a note: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Chat', text: "Fine. I'm contacting the local news station, they love stories like this." }, 'activist'],
    [{ channel: 'Онлайн-чат', text: 'Я журналист, готовлю материал про школы, которые не возвращают деньги.' }, 'activist'],
    [{ channel: 'Отзовик', text: 'Обращение в ОЗПП уже отправлено. Типография отказалась переделать тираж.' }, 'activist'],
    [{ channel: 'Email', text: 'Торт перепутали. Всем гостям я уже рассказала, кто организатор.' }, 'irate'],
    [{ channel: 'Telegram', text: 'Сейчас закину скрины этой переписки в свой канал, пусть посмотрят.' }, 'irate'],
  ])('a news station, a journalist preparing a piece, a consumers\' society, word of mouth at a party, one\'s own channel: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Google Play Console - отзиви', text: 'Таксува двойно.' }, 'irate'],
    [{ channel: 'App Store Connect reviews', text: "Charges you for time you didn't use." }, 'irate'],
  ])('guards (read so before the round too): a console\'s review export: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
