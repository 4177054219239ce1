/**
 * The readings of the tuning round after blind set 12 (fixtures/eval/README.md, "Round 13"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 13', () => {
  it.each([
    [{ channel: 'email', text: 'Return order 20-44190, 2 x towels (blue). Courier can collect on Friday after 15:00 from reception. Refund to the card ending 4471 please.' }, 'silent'],
    [{ channel: 'Почта', text: 'Прошу расторгнуть договор аренды склада № СК-0912 с 01.04.2026. Обеспечительный платёж прошу вернуть на счёт 40702810900000004411 в банке «Восток».' }, 'silent'],
    [{ channel: 'WhatsApp', text: 'zakroite pozhaluista moi schet s 1 marta, ostatok na kartu 4471' }, 'silent'],
    [{ channel: 'Viber', text: 'prekratete abonamenta mi za fitnesa ot 1 mart, molya. karta 0087' }, 'silent'],
  ])('a closure request whose logistics run long, or in Latin letters: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Telegram', text: 'Сестра сказала, что ваш тренер отменил занятие без предупреждения в третий раз.' }, 'voicer'],
    [{ channel: 'email', text: 'Please cancel my booking without charging the fee, order 5512.' }, 'voicer'],
  ])('guards: someone else\'s cancelling, a "without": %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'api', text: 'event=port_out status=completed msisdn=+359 88 700 1122 recipient=other date=2026-02-01' }, 'silent'],
    [{ channel: 'api', text: '{"account":"GX-1120","event":"renewal_not_taken","customer_comment":null}' }, 'silent'],
    [{ channel: 'api', text: 'event=ticket_created body="the heater broke again and nobody came"' }, 'voicer'],
  ])('a system\'s event on a channel that does not say so: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Email', text: 'Internal note (agent Tom): Ms Parry has not renewed since May. I emailed her twice with a discount, no reply. May have moved away.' }, 'silent'],
    [{ channel: 'Вътрешна бележка', text: 'Бележка на администратора: клиентката Петрова пропусна трите поредни тренировки през февруари и март и не отговаря на SMS напомнянията ни. Да се провери дали не е сменила клуба.' }, 'silent'],
  ])('the company\'s note under its own label: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it('guard: a note relaying what the customer said stays the customer\'s', () => {
    expect(typeOf({ channel: 'Email', text: 'Internal note (agent Tom): Ms Parry says the heater broke twice and she wants a new one.' })).toBe('voicer');
  });

  it.each([
    [{ channel: 'email', text: 'Я написал на banki.ru про вашу комиссию.' }, 'irate'],
    [{ channel: 'Booking.com (import)', subject: 'Score 4.0', text: 'The room smelled of smoke.' }, 'irate'],
    [{ channel: 'chat', text: 'Customer: I just posted a screenshot of this chat on X.' }, 'irate'],
    [{ channel: 'Почта', text: 'Я на Отзовике читала, что у вас так бывает. У меня сломался пылесос через неделю.' }, 'voicer'],
    [{ channel: 'имейл', text: 'В Google видях, че и други се оплакват. При мен пералнята тече от втория ден.' }, 'voicer'],
  ])('public or not: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it('guard: a sentence whose space was forgotten keeps its end (only a domain\'s dot joins words)', () => {
    expect(typeOf({ channel: 'Web', text: 'I wrote that this account be deleted.Account Number 1234 is still on my report.' })).toBe('voicer');
  });

  it.each([
    [{ channel: 'email', text: 'My uncle, who happens to be a police officer, saw the whole thing. I have posted the video on Facebook.' }, 'irate'],
    [{ channel: 'WhatsApp', text: 'Подруга-юрист советовала писать претензию, но я просто выложила пост в соцсетях.' }, 'irate'],
  ])('a profession in passing beside a public post: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
