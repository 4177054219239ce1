/**
 * The readings of the tuning round for blind set 8 (fixtures/eval/README.md, "Round 9"), each over its
 * class in en/ru/bg with records written for this file (not the spent sets' rows), beside the guards.
 */
import { describe, expect, it } from 'vitest';
import { typeOf } from './helpers.js';

describe('exports\' own shapes', () => {
  it.each([
    ['returns portal', 'order=A-1187 action=return reason="" comment="" refund=full'],
    ['Возвраты', 'order=ZK-5521 action=return reason_code=OTHER free_text="" refund=card'],
    ['опрос', 'В: Оценка мастеру (1-5): 1\nВ: Комментарий: —'],
    ['анкета', 'Въпрос: Оценка на обслужването (1-5): 1\nВъпрос: Коментар: -'],
  ])('%s: %s → silent', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });

  it.each([
    ['returns portal', 'order=A-1187 action=return reason="the zip broke on day two" refund=full'],
    ['опрос', 'В: Оцените визит (0-10) О: 2\nВ: Почему? О: мастер не дозвонился и не пришёл в назначенный день'],
  ])('a comment in words makes a voicer: %s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });
});

describe('a reason not given, relayed from a call, is silent', () => {
  it.each([
    ['phone', 'Customer called to close the account, did not give a reason.'],
    ['Телефон', 'Клиентът се обади да прекрати абонамента. Не посочи причина.'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });
});

describe('the company\'s win-back message that nobody answered is silent', () => {
  it.each([
    ['email', 'Hi Sam,\nWe miss you! We noticed you haven\'t ordered since May. Reply to this email and tell us what we could do better.\nThe Bakery team\n[No reply received - auto-closed]'],
    ['Email', 'Здравствуйте, Ирина! Мы по вам скучаем: вы давно не заказывали у нас. Ответьте на это письмо.\nКоманда пекарни\n[ответ не получен, закрыто автоматически]'],
  ])('%s: %s', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('silent');
  });

  it('guard: the customer\'s own answer to it is a voicer', () => {
    expect(typeOf({ channel: 'email', text: 'I stopped ordering because your bread was stale twice. We miss you? Then bake it properly.' })).toBe('voicer');
  });
});

describe('a third party considered and let go, declined, or someone else\'s idea is no activist', () => {
  it.each([
    ['email', 'I\'m NOT going to the press or to a lawyer over this, I just want the fee back.'],
    ['email', 'I wanted to go to the local newspaper, but decided to write to you first.'],
    ['почта', 'Хотела написать в газету, но решила сначала обратиться к вам.'],
    ['Телефон', 'Клиентка сказала: муж говорит идти в Роспотребнадзор, но она не хочет, просит решить самим.'],
    ['Телефон', 'Колега ѝ казал да пише в КФН, но тя иска обяснение от нас.'],
    ['Телефон', 'Каза, че за 30 лв. няма да ходи в съд или полиция, но иска парите обратно.'],
  ])('%s: %s → voicer', (channel, text) => {
    expect(typeOf({ channel, text })).toBe('voicer');
  });

  it('guard: a third party brought in is still an activist', () => {
    expect(typeOf({ channel: 'email', text: 'I have gone to the press and to a lawyer over this.' })).toBe('activist');
  });
});

describe('third parties and public places by kind', () => {
  it.each([
    ['chat', 'Visitor: I\'ve reported the faulty batch to the MHRA, just so you know', 'activist'],
    ['email', 'The Gazette\'s consumer column is running a piece on this, and I have given them our story.', 'activist'],
    ['api', 'note="customer states the matter is passed to their legal department"', 'activist'],
    ['Имейл', 'Подадох сигнал до Изпълнителната агенция по горите.', 'activist'],
    ['Имейл', 'Описах курса ви в блога си, който четат около 2000 читатели.', 'irate'],
  ])('%s: %s → %s', (channel, text, type) => {
    expect(typeOf({ channel, text })).toBe(type);
  });
});
