/**
 * The readings of the tuning round after blind set 55 (fixtures/eval/README.md, "Round 56"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 56', () => {
  it.each([
    [{ channel: 'Usedesk — оценка чата', subject: 'Оценка: 👎' }, 'silent'],
    [{ channel: 'Чат – оценка', subject: '👎' }, 'silent'],
    [{ channel: 'ParcelPoint app – in-app rating', subject: 'Rating: 1 star' }, 'silent'],
    [{ channel: 'Портал за е-услуги – детски градини', subject: 'Заявлението е оттеглено', text: 'Заявлението за прием е оттеглено от родителя.', status: 'Оттеглено' }, 'silent'],
    [{ channel: 'Telegram-бот — статистика', subject: 'Отписка', text: 'Пользователь остановил бота после рассылки. Сообщений не оставлял.' }, 'silent'],
    [{ channel: 'Портал за е-услуги – данъци', subject: 'Декларация', text: 'Подадена декларация за освобождаване от такса. Поле „Бележки“ празно.', status: 'Приета' }, 'silent'],
    [{ channel: 'имейл', text: 'Здравейте, отказваме се от екскурзията до Копривщица през юни. Поздрави, Д. Иванова' }, 'silent'],
  ])('a thumbs-down, an in-app rating, an application withdrawn, a bot stopped, a notes box empty, a withdrawal by e-mail: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'WhatsApp', text: 'Подруга-юрист говорит, что надо идти в суд, но я не хочу. Просто переделайте, пожалуйста.' }, 'voicer'],
    [{ channel: 'Messenger', text: 'Мъжът ми иска да ходим при адвокат, аз не искам. Просто ми върнете разликата.' }, 'voicer'],
    [{ channel: 'Email', text: "I'd seen a couple of Tripadvisor reviews about the damp and thought they were exaggerating. Now our room has it too. Please move us." }, 'voicer'],
    [{ channel: 'Дневник на гише', subject: 'Отказан абонамент', text: 'Клиентът отказа абонамента за вестника от април. Не каза защо.' }, 'silent'],
  ])('a relative or a friend who wants a lawyer, reviews seen before, a newspaper subscription: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Web form', text: "I'm writing this up on Nextdoor tonight so everyone knows your van blocks the drive every morning." }, 'irate'],
    [{ channel: 'Bitrix24 — веб-форма', text: 'Нашла у вас на Яндексе кучу таких же отзывов про облезшую куртку и добавила туда свой, с фото. Что будем делать?' }, 'irate'],
    [{ channel: 'Chat', text: 'Summary: customer says she contacted the Evening Post and the paper has asked for our comment.' }, 'activist'],
  ])('written up on a public site, one\'s own review added, a paper asking for comment: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'звонок', text: 'Клиентка просила перезвонить дважды, никто не перезвонил.' }, 'voicer'],
    [{ channel: 'Council portal', subject: 'Application', text: 'Parking permit application withdrawn by the applicant.', status: 'Withdrawn' }, 'silent'],
    [{ channel: 'Форма', text: 'Нашла на Отзовике такие же отзывы про вашу химчистку и добавила свой, с фото.' }, 'irate'],
    [{ channel: 'чат', subject: 'Оценка на чата: лошо', text: 'Операторът беше груб и затвори чата.' }, 'voicer'],
    [{ channel: 'Госуслуги — обратная связь', text: 'ПОЧЕМУ ВО ДВОРЕ ОПЯТЬ НЕТ КОНТЕЙНЕРА? УБРАЛИ И НЕ ВЕРНУЛИ' }, 'voicer'],
  ])('guards (read so before the round too): nobody called back, an operator who closed the chat, a complaint on Госуслуги, a status of withdrawal, a review site named: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
