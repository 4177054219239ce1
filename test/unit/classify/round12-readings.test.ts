/**
 * The readings of the tuning round after blind set 11 (fixtures/eval/README.md, "Round 12"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { explainClassification } from '../../../src/classify/index.js';
import { rules, typeOf } from './helpers.js';

describe('a closure request with only its logistics is silent', () => {
  it.each([
    ['email', 'Membership', 'Hi, please terminate my gym membership at the end of March. Direct debit details as before. Thanks'],
    ['web_form', '', 'Please unsubscribe my son from the swimming club from 1 May.'],
    ['email', 'Return', 'Returning the blue kettle, order 55120. Courier pickup on Tuesday please.'],
    ['Почта', 'Охрана квартиры', 'Прошу расторгнуть договор на охрану квартиры с 1 декабря. Ключи верну в офис.'],
    ['Telegram', '', 'Отпишите, пожалуйста, сына из секции плавания с января.'],
    ['имейл', 'Фитнес', 'Моля, прекратете абонамента ми за фитнеса от 1 декември.'],
    ['имейл', 'Връщане', 'Връщам якето от поръчка 45102. Моля, изпратете куриер в четвъртък.'],
  ])('%s | %s | %s', (channel, subject, text) => {
    expect(typeOf(subject === '' ? { channel, text } : { channel, subject, text })).toBe('silent');
  });

  it.each([
    ['letter', 'Notice of termination of the tenancy agreement'],
    ['Письмо', 'Заявление об отказе от услуги домашнего интернета'],
    ['писмо', 'Заявление за прекратяване на договора за охрана'],
  ])('a letter whose only words are its title: %s | %s', (channel, subject) => {
    expect(typeOf({ channel, subject })).toBe('silent');
  });

  it('--explain names the act', () => {
    const explained = explainClassification({ channel: 'web_form', text: 'Please unsubscribe my son from the swimming club from 1 May.' }, rules);
    expect(explained.evidence.find((hit) => hit.decisive)).toMatchObject({ rule: 'silent-closure-request', type: 'silent' });
  });
});

describe('guards: a closure request with a reason or a grievance is a voicer', () => {
  it.each([
    ['email', 'Please cancel my subscription, the app keeps crashing.'],
    ['email', 'Cancel my order. It has been three weeks and nothing has arrived.'],
    ['web_form', 'Please close my account. Your fees are ridiculous.'],
    ['email', 'You cancelled my booking twice, please close my account.'],
    ['chat', 'Please cancel my plan because I found a cheaper one.'],
    ['email', 'Why was I charged again? Cancel my membership.'],
    ['Почта', 'Прошу закрыть счёт: обслуживание стоит 300 рублей в месяц.'],
    ['Почта', 'Отмените подписку, приложение постоянно вылетает.'],
    ['Почта', 'Прошу расторгнуть договор, так как интернет не работает с понедельника.'],
    ['имейл', 'Моля, закрийте сметката ми, таксите са твърде високи.'],
    ['имейл', 'Прекратете абонамента, защото интернетът постоянно спира.'],
    ['имейл', 'Връщам якето, но ципът е счупен.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });

  it('guard: a grievance in the subject beside a bare request', () => {
    expect(typeOf({ channel: 'email', subject: 'Terrible service', text: 'Please cancel my account from next month.' })).toBe('voicer');
  });

  it('guard: a long letter with an act of closing is read as words', () => {
    const text = 'Please cancel my subscription from next month. I have used the service for four years with my family and we moved to a new flat with a new provider and new plans for the summer.';
    expect(typeOf({ channel: 'email', text })).toBe('voicer');
  });

  it('guard: a third party named, even set aside, is more than logistics', () => {
    expect(typeOf({ channel: 'email', text: 'Please cancel my policy. I am not going to court over it.' })).toBe('voicer');
  });

  it('guard: asking for money back is no act of closing', () => {
    expect(typeOf({ channel: 'email', text: 'Верните деньги за заказ 4410 на карту.' })).toBe('voicer');
  });
});
