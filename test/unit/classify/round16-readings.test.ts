/**
 * The readings of the tuning round after blind set 15 (fixtures/eval/README.md, "Round 16"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 16', () => {
  it.each([
    [{ channel: 'email', text: 'I am a police officer and work nights, so a 9-to-5 delivery slot is no use to me. Please offer evening slots.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Я юрист по профессии, но пишу вам как обычный покупатель: чайник течёт с первого дня, замените, пожалуйста.' }, 'voicer'],
    [{ channel: 'имейл', text: 'Работя като съдебен преводач и нямам време за спорове: моля, върнете ми парите за развалените обувки.' }, 'voicer'],
    [{ channel: 'Почта', text: 'Дочь у меня журналист, но я её в это не втягиваю. Написала отзыв на Яндекс Картах про вашу пекарню.' }, 'irate'],
  ])('the customer\'s own trade or a relative\'s, in passing: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', subject: 'Re: Judge', text: 'Your groomer left Judge (our terrier) with a cut on his ear. I have posted the photo on Facebook.' }, 'irate'],
    [{ channel: 'Почта', subject: 'Re: Прокурор', text: 'Прокурор — это кличка нашего пса, и это его корм вы привезли просроченным. Написала отзыв на Озоне.' }, 'irate'],
    [{ channel: 'имейл', text: 'Съседът ни, когото всички наричаме Адвоката, видя как куриерът хвърля пратката. Писах във Фейсбук.' }, 'irate'],
    [{ channel: 'връщания', text: 'Връщам „Прокурорът и градът“ и още една книга. Куриер в четвъртък след 12:00.' }, 'silent'],
  ])('a party\'s word as a pet\'s, a nickname or a title: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'zendesk:email', subject: 'Re: Re: Order 5510', text: 'Still not fixed. You billed me twice.\n\n> On 2 Mar, Support wrote:\n> We have sent you a corrected invoice.' }, 'voicer'],
    [{ channel: 'chat', text: 'Клиент: я не собирался никуда жаловаться, но после вашего ответа пишу в Роспотребнадзор.' }, 'activist'],
  ])('a reply above a quoted thread; a contrast ends a hedge: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'маркетплейс:заказы', text: 'status=cancelled_by_buyer stage=before_payment comment=' }, 'silent'],
    [{ channel: 'пенсионен фонд:събитие', text: 'event=TRANSFER_OUT client=BG-55120 target_fund=друг УПФ status=completed' }, 'silent'],
    [{ channel: 'страхование:пролонгация', text: 'Полис истёк 01.03.2026, клиент на звонки и письма не отвечает.' }, 'silent'],
    [{ channel: 'okdesk:email', text: 'Со следующего месяца сын ходить не будет, договор прошу расторгнуть.' }, 'silent'],
  ])('system events and closure requests: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'I have told every parent at the school gate not to book your summer camp.' }, 'irate'],
    [{ channel: 'имейл', text: 'Утре ще пиша в групата на квартала за вашите боклуци.' }, 'irate'],
    [{ channel: 'x:споменаване', text: '@ТоплоДом трета седмица без парно.' }, 'irate'],
    [{ channel: 'viber', text: 'Shte vi dam na sad za schupenata vrata.' }, 'activist'],
  ])('public or a third party: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Your return policy says 30 days, but the shop refused my return.' }, 'voicer'],
    [{ channel: 'email', text: 'Our lawyer Mr Court has filed the claim.' }, 'activist'],
    [{ channel: 'Почта', text: 'Записал сына в группу по плаванию, а тренер не пришёл.' }, 'voicer'],
  ])('guards: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
