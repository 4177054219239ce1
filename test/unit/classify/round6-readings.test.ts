/**
 * The readings of the tuning round for blind set 6 (fixtures/eval/README.md), each over its class in
 * en/ru/bg with records written for this file (not the spent sets' rows), and the guards around them.
 */
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/text/matcher.js';
import { typeOf } from './helpers.js';

describe('a request to cancel with nothing else in it is a closure without a reason (silent)', () => {
  it.each([
    ['email', 'Hi, please cancel my appointment on Thursday. Thanks'],
    ['WhatsApp', 'Hello, please cancel the table booking for tomorrow. Many thanks'],
    ['email', 'Please cancel quote 8812.\n\nSent from my iPhone'],
    ['Viber', 'Добрый день, отмените, пожалуйста, запись на пятницу. Спасибо'],
    ['почта', 'Здравствуйте, прошу аннулировать бронь на 3 мая. С уважением'],
    ['Вайбър', 'Добър ден, моля анулирайте резервацията ми за петък. Благодаря'],
    ['имейл', 'Здравейте, моля откажете оферта 12. Поздрави'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });

  it('guards: a reason, a complaint word or a question keeps it the customer\'s voice', () => {
    expect(typeOf({ channel: 'email', text: 'Hi, please cancel my appointment on Thursday, the clinic never called back. Thanks' })).toBe('voicer');
    expect(typeOf({ channel: 'WhatsApp', text: 'Отмените бронь, пожалуйста, номер оказался грязный' })).toBe('voicer');
    expect(typeOf({ channel: 'Viber', text: 'Здравейте, може ли да откажа часа си за петък?' })).toBe('voicer');
  });
});

describe('system notes of a departure with no reason (silent)', () => {
  it.each([
    ['loyalty_db', 'Loyalty card lapsed after 2 years of weekly visits. status=DORMANT'],
    ['LMS', 'Student did not re-enrol for the spring term.'],
    ['property_mgmt', 'Tenant gave notice, tenancy ends 30/06. Reason for leaving: none selected.'],
    ['hotel PMS', 'Guest checked out early, one night unused; declined the survey.'],
    ['CRM', 'Автопродление отключено пользователем в приложении.'],
    ['АБС', 'Вклад закрыт по желанию клиента.'],
    ['имоти', 'Наемателят подаде предизвестие, договорът приключва на 31.05.'],
    ['ЛМС', 'Курсистката не се записа за следващия модул.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });

  it('guard: the customer telling of a lapse in their own voice is a voicer', () => {
    expect(typeOf({ channel: 'email', text: 'My membership lapsed because your website would not take my card, please fix it' })).toBe('voicer');
  });
});

describe('kinds of third party: data protection, adjudicators, professional regulators, sector supervisors, claims filed', () => {
  it.each([
    ['email', 'You never answered my data request, so I complained to the ICO last week.'],
    ['email', 'The deadlock letter came, I am now going to the adjudicator with this.'],
    ['email', 'We have lodged a concern with the veterinary council about the treatment of our dog.'],
    ['email', 'I have started a Money Claim Online for the deposit.'],
    ['email', 'Жалобу на вашу клинику я направил в ветнадзор.'],
    ['email', 'Написала в Рособрнадзор: аттестат так и не выдали.'],
    ['email', 'Мы обратились в Госстройнадзор по поводу трещин.'],
    ['имейл', 'Сигнализирах ДАМТН за колата, която ми продадохте.'],
    ['имейл', 'Искът срещу вас е подаден, копие ще получите.'],
    ['имейл', 'Пуснахме заповедно производство за сумата.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('activist');
  });

  it('guards: a coin offering, a brand called Police, a legal@ address, tableware called «Сударыня»', () => {
    expect(typeOf({ channel: 'email', text: 'The ICO token you listed dropped 90 % and support ignores me' })).toBe('voicer');
    expect(typeOf({ channel: 'returns_portal', text: 'Police sunglasses, unworn, no reason given.', status: 'refunded' })).toBe('silent');
    expect(typeOf({ channel: 'legal@ mailbox', text: 'I was charged twice for one order, please refund the second payment.' })).toBe('voicer');
    expect(typeOf({ channel: 'интернет-магазин', text: 'Сервиз «Сударыня» пришёл с трещиной, прошу заменить.' })).toBe('voicer');
  });
});

describe('a longer stem never hides a word from a shorter one (src/text/matcher.ts)', () => {
  it('a word under both "адвокатск* запрос*" and "адвокат*" still matches the shorter stem alone', () => {
    const matcher = new Matcher(
      [
        { term: 'адвокат*', rule: 0, fields: 1, negatable: true },
        { term: 'адвокатск* запрос*', rule: 1, fields: 1, negatable: true },
      ],
      [],
      [],
      6,
    );
    const hits: { rule: number }[] = [];
    matcher.scan('Адвокатско дружество пише от името на клиента', 1, hits as never);
    expect(hits.map((hit) => hit.rule)).toEqual([0]);
  });

  it('a status word under a longer stem of a note still counts as the status (a cancellation form line)', () => {
    expect(typeOf({ channel: 'почта', text: 'Прошу расторгнуть договор с 1 числа.' })).toBe('silent');
  });
});
