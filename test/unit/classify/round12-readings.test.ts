/**
 * The readings of the tuning round after blind set 11 (fixtures/eval/README.md, "Round 12"), with
 * records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { builtinRules, explainClassification } from '../../../src/classify/index.js';
import { rules, run, typeOf } from './helpers.js';

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

describe('round 12: the smaller readings', () => {
  it.each([
    [{ channel: 'survey', subject: 'Опрос: 3 из 10' }, 'silent'],
    [{ channel: 'Typeform', subject: 'Survey: 2/10' }, 'silent'],
    [{ channel: 'анкета', subject: 'Анкета: 2 звезди' }, 'silent'],
    [{ channel: 'feedback', subject: 'Feedback form: 2 stars' }, 'silent'],
  ])('a score in a survey\'s title with no score word, or stars in words: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'chat', text: 'Agent: Hello Sam, I see you cancelled your broadband. May I ask why?\n[visitor left the chat]' }, 'silent'],
    [{ channel: 'Чат', text: 'Оператор Анна: Здравствуйте! Вы отменили подписку на доставку воды. Подскажете, почему?\n[сообщение доставлено, клиент не ответил]' }, 'silent'],
    [{ channel: 'чат', text: 'Оператор: Здравейте, виждаме, че прекратихте абонамента. Можем ли да помогнем?\n[без отговор 72 ч.]' }, 'silent'],
    [{ channel: 'chat', text: 'Agent: Hello, how can I help?\n[chat closed by visitor]' }, 'voicer'],
    [{ channel: 'chat', text: 'Agent: I see you cancelled your broadband. May I ask why?\nCustomer: the speed was awful' }, 'voicer'],
  ])('a transcript in which only the company speaks: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'system', text: '{"event":"early_repayment","loan":"L-5521","customer_comment":null}' }, 'silent'],
    [{ channel: 'system', text: '{"event":"account_closed","account":"AC-5521","customer_comment":"the app logs me out every day"}' }, 'voicer'],
  ])('a JSON event\'s words box: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it('a form\'s box for ideas holds the customer\'s words, even about someone who did not answer', () => {
    expect(typeOf({ channel: 'survey', subject: 'Course survey', text: 'Rating: 4/10\nWhat could we improve: the tutor did not answer questions and skipped the labs' })).toBe('voicer');
  });

  it.each([
    [{ channel: 'email', text: 'I read your reply under my review on Trustpilot. The review stays.' }, 'irate'],
    [{ channel: 'email', text: 'I wonder whether to post this on Tripadvisor, but first I am writing to you: the pool was closed all week.' }, 'voicer'],
    [{ channel: 'имейл', subject: 'Мисля за ревю', text: 'Закуската свърши час по-рано от обявеното. Моля, проверете.' }, 'voicer'],
    [{ channel: 'yandex_maps', subject: 'Отзыв', text: 'Мастер опоздал на час, стрижка кривая.' }, 'irate'],
  ])('public or not: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'phone', text: 'Клиентка жалуется: водитель машины АВ 4512 ВК курил в салоне всю дорогу.' }, 'voicer'],
    [{ channel: 'email', text: 'Сестра работает в газете, но я её в это впутывать не буду. Верните деньги за билеты.' }, 'voicer'],
    [{ channel: 'chat', text: 'Клиент: хотел жаловаться в Роспотребнадзор, но передумал. Просто верните комиссию.' }, 'voicer'],
  ])('no third party: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });

  it.each([
    [{ channel: 'chat', text: 'Customer: my uncle is a solicitor and he is drafting the claim tonight.' }, 'activist'],
    [{ channel: 'имейл', text: 'Подадох сигнал в ГДБОП за измамата с пратката.' }, 'activist'],
    [{ channel: 'email', text: 'I have reported the fake seller to Action Fraud.' }, 'activist'],
    [{ channel: 'in_person', text: 'Guest said her cousin at the Riverside Gazette is writing it up for Friday.' }, 'activist'],
  ])('a third party brought in: %o → %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});

describe('the confidence of a closure request (1 − Π(1 − weight) over distinct clues, docs/definitions.md)', () => {
  // The closure-request clue weighs as the other pseudo-clues do (signals.lowScore.weight); a status
  // word in the subject ("Cancellation") is a silent-status clue of its own.
  const closure = builtinRules.signals.lowScore.weight;
  const status = builtinRules.rules['silent-status']?.weight as number;

  it('alone: the clue\'s weight, 0.6', () => {
    const result = run({ channel: 'web_form', text: 'Please unsubscribe my son from the swimming club from 1 May.' });
    expect(closure).toBe(0.6);
    expect('type' in result && [result.type, result.confidence]).toEqual(['silent', 0.6]);
  });

  it('with a status word in the subject: 1 − (1 − 0.6)(1 − 0.7) = 0.88', () => {
    const result = run({ channel: 'email', subject: 'Cancellation', text: 'Please cancel my piano lessons from next month.' });
    expect(status).toBe(0.7);
    expect('type' in result && [result.type, result.confidence]).toEqual(['silent', 0.88]);
  });
});
