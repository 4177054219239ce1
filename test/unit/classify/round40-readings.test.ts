/**
 * The readings of the tuning round after blind set 39 (fixtures/eval/README.md, "Round 40"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 40', () => {
  it.each([
    [{ channel: 'Help Scout', text: 'Hi,\nThe pottery course was cancelled after week 3. Please refund the rest.\n\nAmy Hart\nMoney Advisor | Citizens Advice Leeds' }, 'voicer'],
    [{ channel: 'E-mail', text: 'Мастер не пришёл в согласованное время. Прошу перенести визит.\n\nС уважением,\nПетров Пётр Петрович\nпомощник прокурора Ленинского района' }, 'voicer'],
    [{ channel: 'Intercom chat', text: "my friend who's a journalist says that's bait-and-switch lol. can you honour the advertised price?" }, 'voicer'],
    [{ channel: 'Социален мониторинг — X', text: 'Искам да гледам „Адвокатът“ в платформата, а епизодите ги няма. Плащам за празни менюта.' }, 'irate'],
  ])('a job line under a name, a friend who is a journalist, a series by its title: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Our excursions never happened. We have now raised it with ABTA and its dispute service.' }, 'activist'],
    [{ channel: 'Help Scout', text: 'You never issued the letter. I have reported the school to the British Council accreditation scheme.' }, 'activist'],
    [{ channel: 'Писмо', text: 'Актът беше с грешен идентификатор. Уведомявам Ви, че подадох жалба до Нотариалната камара.' }, 'activist'],
    [{ channel: 'Trustpilot feed', text: 'Posted my experience here. Also reported them to the Faculty Office, who regulate notaries.' }, 'activist'],
  ])('travel, education and notaries\' bodies: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'CSAT-опрос', text: 'Оцените поездку: 2\nКомментарий: всё описала на Турправде' }, 'irate'],
    [{ channel: 'Чат в приложении', text: 'самокат сломался, я уже всем на работе рассказал, аккаунт удаляю' }, 'irate'],
    [{ channel: 'CSAT анкета', text: 'Доволни ли сте? 1\nКоментар: Писах всичко в групата „Почивки – мнения“' }, 'irate'],
  ])('a review site for tours, "told everyone at work", a group post: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Билинг система', subject: 'Смяна на доставчик', text: 'Клиентът смени доставчика. По телефона каза само „всичко е наред, просто сменихме“.' }, 'silent'],
    [{ channel: 'Google Play абонаменти', text: 'SUBSCRIPTION_CANCELED, причина: не е посочена.' }, 'silent'],
    [{ channel: 'Имейл', text: 'Мислех да напиша отзив в Google, но първо пиша на вас: гидът изчезна за три часа.' }, 'voicer'],
  ])('"we just switched", an app store\'s billing feed, a review thought about: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Google Play', text: 'One star. The app crashes every time I open it.' }, 'irate'],
    [{ channel: 'email', text: 'Please cancel my membership from next month.' }, 'silent'],
  ])('guards (read so before the round too): an app store review, a closure request: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
