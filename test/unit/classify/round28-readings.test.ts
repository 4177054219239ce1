/**
 * The readings of the tuning round after blind set 27 (fixtures/eval/README.md, "Round 28"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 28', () => {
  it.each([
    [{ channel: 'CRM - churn report', subject: 'Cancelled', text: "Gym membership ended. 'Tell us why you left' survey e-mail opened, not answered.", status: 'Churned' }, 'silent'],
    [{ channel: 'Возвраты — ПВЗ', text: 'Возврат оформлен. Причина: «не понравилось». Комментарий: —' }, 'silent'],
    [{ channel: 'Shopify — customer timeline', text: 'Returned 3 of the last 4 orders. No new orders or messages since May.', status: 'Inactive' }, 'silent'],
  ])('a title in straight quotes, a form on one line, a customer timeline: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  // Round 5 held this as a voicer's guard (the reason in quotation marks read as typed); two blind writers since
  // (blind 25, blind 27) labelled the same form silent: a few words of reason beside the comment box left empty.
  it('a reason in quotation marks beside an empty comment box, on one line, is the form’s (round 5’s guard reversed)', () => {
    expect(typeOf({ channel: 'returns portal', text: 'Item sent back. Reason: "too small". Comment: none.' })).toBe('silent');
  });

  // A ticket one goes in on is no support ticket: with nothing else in the note there is nothing to go by (it was a contact).
  it('a season ticket is no contact → none', () => {
    expect(typeOf({ channel: 'Club system', text: 'Season ticket holder. Has not attended a match since March.' })).toBe('none');
  });

  it.each([
    [{ channel: 'Twitter feed', text: 'Trading Standards should look at this lot. Avoid them, everyone.' }, 'irate'],
    [{ channel: 'Отзовик', text: 'Прокуратуру бы на них натравить, да некогда. Не покупайте тут ничего.' }, 'irate'],
    [{ channel: 'Facebook', text: 'КЗП трябва да ги проверят тези. Хора, не поръчвайте от тях!' }, 'irate'],
  ])('a body wished on the company in a public post: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', subject: 'Financial Ombudsman leaflet', text: 'You enclosed this leaflet with your letter. What does it mean for my claim? Please call me.' }, 'voicer'],
    [{ channel: 'Почта', subject: 'Жалоба в Роспотребнадзор?', text: 'Подскажите, мне жаловаться в Роспотребнадзор или вы сами вернёте деньги за сломанный чайник?' }, 'voicer'],
    [{ channel: 'Имейл', subject: 'Въпрос за омбудсмана', text: 'Какво е омбудсманът, за който пишете в писмото? Искам само да ми върнете парите.' }, 'voicer'],
    [{ channel: 'email', text: 'I have complained to the ASA about your advert.' }, 'activist'],
  ])('a body asked about, a leaflet, a question in the subject; the ASA: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'Trading Standards should hear about this, and I have reported you to them today.' }, 'activist'],
    [{ channel: 'email', subject: 'Complaint to the ombudsman', text: 'I have referred this to the Ombudsman today.' }, 'activist'],
    [{ channel: 'Store note', text: "Customer said 'you never listen' and asked for the manager." }, 'voicer'],
  ])('guards (read so before the round too): a step after the wish, a subject that is no question, words relayed in straight quotes: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
