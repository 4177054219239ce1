/**
 * The readings of the tuning round after blind set 32 (fixtures/eval/README.md, "Round 33"), with
 * records written for this file (not the spent set's rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('round 33', () => {
  it.each([
    [{ channel: 'Mailchimp', subject: 'Re: We miss you, Tom - 15% off', status: 'Replied' }, 'silent'],
    [{ channel: 'Почта', subject: 'Re: Мы скучаем по вам!' }, 'silent'],
    [{ channel: 'Gas switching feed', text: 'Supply transferred to another supplier on 1 March.' }, 'silent'],
    [{ channel: 'Cancellation survey (Typeform)', text: 'Why are you leaving?: Too slow\nAnything else?:' }, 'silent'],
    [{ channel: 'Заметка кассира', text: 'Покупатель вернул куртку, от объяснения причины отказался.' }, 'silent'],
    [{ channel: 'Заметка продавца', text: 'Покупательница сдала платье, причину не назвала.' }, 'silent'],
    [{ channel: 'Courier app – order ratings', text: 'Order rating: 2★ (no comment).' }, 'silent'],
  ])('an empty reply to a win-back, a supplier lost, a preset "why", a declined explanation, an order’s rating: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'Web form', text: 'Can I complain to the ombudsman about this? My refund is three weeks late.' }, 'voicer'],
    [{ channel: 'E-mail', text: 'Куда жаловаться на двойное списание — в ЦБ? Жду ответа.' }, 'voicer'],
    [{ channel: 'Имейл', text: 'Мога ли да се оплача в КЗП за таксата? Искам отговор.' }, 'voicer'],
  ])('asking whether one can go to a body: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'TikTok (listening)', text: "I'm literally a lawyer and even I can't cancel this gym membership." }, 'irate'],
    [{ channel: 'Google отзиви', text: 'Юрист съм и пак не разбирам договора им. Не препоръчвам.' }, 'irate'],
    [{ channel: 'Twitter', text: 'The ombudsman is probably useless, so posting here instead: 3 weeks without internet.' }, 'irate'],
    [{ channel: 'Социален мониторинг (Pulse)', text: 'Обадих се три пъти, никой не помага. Пиша тук.' }, 'irate'],
    [{ channel: 'Социальный мониторинг', text: 'Звонила трижды, без толку. Пишу сюда.' }, 'irate'],
  ])('the writer’s trade in a post, a body dismissed, social monitoring as an adjective: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', text: 'I have sent the story to the consumer slot on local radio and will be on air on Friday.' }, 'activist'],
    [{ channel: 'Уеб форма', text: 'Подадох жалба до Железопътна администрация.' }, 'activist'],
    [{ channel: 'Входяща поща', subject: 'Покана за доброволно изпълнение' }, 'activist'],
    [{ channel: 'Case note', text: 'Customer says complaint is with the FOS now.' }, 'activist'],
  ])('media on air, the railway administration, a demand for voluntary performance, the FOS: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  // Round 28 read a party followed by "should"/"needs to" as wished on the company; the customer's own is brought in.
  it.each([
    [{ channel: 'email', text: 'My solicitor needs to see the full contract by Friday.' }, 'activist'],
  ])('the customer’s own party with "needs to" is no wish: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'email', subject: 'Входящий звонок: жалоба' }, 'voicer'],
    [{ channel: 'Почта', text: 'Мой юрист должен получить копию договора до пятницы.' }, 'activist'],
    [{ channel: 'Cancellation survey', text: 'Why are you leaving?: Too slow\nAnything else?: the app crashed every time I opened it' }, 'voicer'],
    [{ channel: 'email', text: 'I have complained to the ombudsman and they have opened a case.' }, 'activist'],
  ])('guards (read so before the round too): an inbound call’s label, the customer’s own lawyer who «должен», a "why" beside a comment in words, a body brought in: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
