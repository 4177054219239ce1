/**
 * The readings of the tuning round after blind set 20 (fixtures/eval/README.md, "Round 21"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../src/classify/index.js';
import { run, typeOf } from './helpers.js';

describe('round 21', () => {
  it.each([
    [{ channel: 'Trustpilot review feed', text: 'I thought about going to the ombudsman but it is not worth the hassle. Avoid this school.' }, 'irate'],
    [{ channel: 'Отзовик (мониторинг)', text: 'Думала жаловаться в Роспотребнадзор, но толку не будет. Не покупайте здесь.' }, 'irate'],
    [{ channel: 'Facebook', text: 'Мислех да пиша до КЗП, но няма смисъл. Предупреждавам всички: не купувайте оттук.' }, 'irate'],
    [{ channel: 'Reddit (social listening - Brandwatch)', text: 'Has anyone taken a letting agent to the ombudsman over a deposit? Anyway, avoid Lakeside Lettings.' }, 'irate'],
    [{ channel: 'call log', text: 'Cx said she would rather sort it out with you than go to a lawyer. Wants the fee back.' }, 'voicer'],
    [{ channel: 'email', text: 'I am not going to bother with small claims. Instead I rang BBC Watchdog, who were interested.' }, 'activist'],
  ])('a party considered and let go, asked about, or named instead of: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Почта', subject: 'Претензия', text: 'Согласно ст. 18 Закона РФ «О защите прав потребителей» прошу заменить пылесос.' }, 'voicer'],
    [{ channel: 'call log', text: 'Customer stated he will report us to the FCC today.' }, 'activist'],
    [{ channel: 'email', text: 'Ya otpravila zhalobu v Centrobank cherez internet-priemnuyu.' }, 'activist'],
  ])('the consumer law by its title, the FCC, the Central Bank in Latin letters: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Booking.com Extranet — отмены', text: 'Бронь отменена гостем через Booking.com. Сообщение гостя: нет.' }, 'silent'],
    [{ channel: 'PMS log', text: 'Reservation booked via Booking.com cancelled by guest. No message.' }, 'silent'],
    [{ channel: 'App Store Server Notifications', subject: 'DID_CHANGE_RENEWAL_STATUS', text: 'subtype: AUTO_RENEW_DISABLED\nproduct: monthly_pro\nNo support contact from this user.' }, 'silent'],
    [{ channel: 'Експорт от застрахователната система', text: 'Застраховка „Правна закрила“ (покрива адвокатски и съдебни разноски) не е подновена.' }, 'silent'],
  ])('a booking platform, Apple’s notifications, legal costs an insurance covers: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Бележка от рецепцията', text: 'Гостът си тръгна ден по-рано, без да каже нищо. Ключът е на бюрото.' }, 'silent'],
    [{ channel: 'Сервиз', text: 'Телевизорът е ремонтиран. Клиентът не е дошъл да го вземе от месец.' }, 'silent'],
    [{ channel: 'CRM – корпоративни клиенти', text: 'Корпоративен клиент: 0 резервации от февруари. Рекламации от клиента няма.' }, 'silent'],
    [{ channel: 'Билинг', text: 'Клиентът спря автоматичното плащане през март. Рекламации от клиента няма.' }, 'silent'],
    [{ channel: 'Журнал офиса', text: 'Клиент сдал роутер в офисе, ничего не пояснил.' }, 'silent'],
    [{ channel: 'Сервиз – неприбрани уреди', text: 'Пералнята е ремонтирана. Клиентът не е дошъл да я вземе, не вдига телефона.' }, 'silent'],
    [{ channel: 'Имейл', subject: 'Прекратяване', text: 'Здравейте, моля прекратете абонамента ми от следващия месец. Благодаря.\n[Бележка на агент: клиентът имаше проблем с връзката през януари.]' }, 'silent'],
  ])('notes of a departure in other words, a Bulgarian «я» that is no "I", the company’s bracketed note under a request: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'I wrote to you instead of going to the ombudsman, so please reply.' }, 'voicer'],
    [{ channel: 'email', text: 'I came to you instead of posting on Facebook.' }, 'voicer'],
    [{ channel: 'email', text: 'I thought about it overnight and I have reported you to Ofcom.' }, 'activist'],
    [{ channel: 'почта', text: 'Я думала, вы вернёте деньги, а теперь подала в суд.' }, 'activist'],
    [{ channel: 'имейл', text: 'Аз я поръчах за рождения ден на дъщеря ми, а дойде счупена.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Причина: уезжаю в другой город, к сервису претензий нет.' }, 'voicer'],
    [{ channel: 'email', text: 'Please cancel my membership, the classes keep getting cancelled.\n[Agent note: offered a free month.]' }, 'voicer'],
    [{ channel: 'Policy system export', text: 'Home policy with legal expenses cover not renewed. Renewal offers unanswered.' }, 'silent'],
    [{ channel: 'email', text: 'Please cancel my membership from next month. Thanks, Ola\n[Agent note: two classes were cancelled on her in January.]' }, 'silent'],
  ])('guards (some read so before the round too): a party named instead of, a thought that is no hedge, a customer’s «я», a reason given, a grievance above the company’s note: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});

describe('a programme named in two words is one clue (1 − Π(1 − weight) over distinct clues, docs/definitions.md)', () => {
  const media = builtinRules.rules['activist-media']?.weight as number;

  it('"a reporter from BBC Watchdog": two media clues, 1 − (1 − 0.85)² = 0.9775, shown as 0.98', () => {
    const result = run({ channel: 'phone', text: 'Caller said a reporter from BBC Watchdog is looking into the case.' });
    expect(media).toBe(0.85);
    expect('type' in result && [result.type, result.confidence, result.evidence.words]).toEqual(['activist', 0.98, ['reporter', 'BBC Watchdog']]);
  });
});
