/**
 * docs/definitions.md, "Complainer types" — the general readings added for issue 14 (rows written
 * here from the definitions, not taken from any evaluation set): what a form writes for "no
 * comment", references and ordinals in a form's line, ratings drawn in stars or given in words, a
 * bare number answering a survey, a reason not given, agents' notes of outbound calls and
 * inactivity, the customer's own review, Bulgarian «ни» ("us") that negates nothing, and a reason
 * or a pro-drop first-person verb that makes a note the customer's own words.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../../../src/classify/index.js';
import { run } from './helpers.js';

function typeOf(record: ComplaintRecord): string {
  const result = run(record);
  return 'skipped' in result ? 'skipped' : result.type;
}

describe('silent: a sign of dissatisfaction with no words of the customer’s own', () => {
  it.each([
    ['a reference with letters in a return form', { channel: 'web', subject: 'Return request #RT-88120' }],
    ['«№В-…» in a Russian return form', { channel: 'Клиентский портал', subject: 'Заявка на возврат №К-1187' }],
    ['an ordinal in a Bulgarian termination form', { channel: 'имейл', subject: 'Прекратяване на договор', text: 'Моля, прекратете договора за интернет от 1-ви май.' }],
    ['stars with empty ones', { channel: 'survey', subject: 'Rate your order', text: '★★☆☆☆' }],
    ['a rating in words', { channel: 'chat', subject: 'Chat rating: poor' }],
    ['a Russian rating in words, the rated thing between', { channel: 'Виджет', subject: 'Оценка разговора: плохо' }],
    ['a Bulgarian rating in words', { channel: 'чат', subject: 'Оценка на разговора: лошо' }],
    ['a bare number under a survey question', { channel: 'анкета', subject: 'Доколко сте доволни?', text: '2' }],
    ['"Comment: n/a" under a low score', { channel: 'email', subject: 'Satisfaction survey', text: 'Score: 3 out of 10\nComment: n/a' }],
    ['«Комментарий: нет» under a low score', { channel: 'Почта', subject: 'Опрос', text: 'Оценка: 2/10\nКомментарий: нет' }],
    ['a text that is only «няма»', { channel: 'връщане', subject: 'Връщане на стока', text: 'няма' }],
    ['a reason not selected, in a Russian note', { channel: 'Сайт', subject: 'Возврат', text: 'Товар сдан в пункт выдачи, причина не выбрана.' }],
    ['an inactivity flag with its period', { channel: 'CRM', subject: 'Неактивен 90 дней' }],
    ['an outbound call not answered (en)', { channel: 'phone', subject: 'Retention call', text: 'Called customer about the renewal, voicemail left.' }],
    ['an outbound call not answered (bg)', { channel: 'телефон', subject: 'Изходящо обаждане', text: 'Два пъти за подновяването, клиентът не вдигна.' }],
    ['no logins, written by the CRM', { channel: 'CRM', subject: 'At risk', text: 'Has not logged in for 45 days.' }],
    ['a closure request with no reason', { channel: 'web', subject: 'Delete my account' }],
  ])('%s', (_what, record) => {
    expect(typeOf(record)).toBe('silent');
  });
});

describe('voicer: the customer’s own words, even in a note or a form', () => {
  it.each([
    ['a note of stopped orders that gives the reason', { channel: 'CRM', text: 'Перестал заказывать, потому что доставка всегда опаздывает.' }],
    ['a Bulgarian first-person verb without a pronoun', { channel: 'имейл', text: 'Обадих се три пъти, никой не отговаря на имейли.' }],
    ['a third party negated after an aside set off by commas (ru)', { channel: 'Почта', text: 'В прокуратуру я, разумеется, не пойду из-за такой мелочи. Верните деньги.' }],
    ['a third party negated after an aside set off by commas (bg)', { channel: 'имейл', text: 'В КЗП, разбира се, няма да ходя за 20 лева. Върнете парите.' }],
  ])('%s', (_what, record) => {
    expect(typeOf(record)).toBe('voicer');
  });
});

describe('irate: the customer’s own public review or post', () => {
  it.each([
    ['"my review" said to the company', { channel: 'email', text: 'My review stays up until the boiler works.' }],
    ['«отзивът ми» (Bulgarian article form)', { channel: 'имейл', text: 'Отзивът ми остава, докато не ми върнете парите.' }],
    ['a Bulgarian «ни» ("us") before the public place is no negation', { channel: 'имейл', text: 'Снимахме разговора ни и го качихме във Фейсбук.' }],
  ])('%s', (_what, record) => {
    expect(typeOf(record)).toBe('irate');
  });
});
