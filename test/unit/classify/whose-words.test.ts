/**
 * docs/definitions.md, "Whose words a record holds": on a form's or a system's channel the subject
 * is the form's title; fields with scores or placeholders, and statements that no words were left,
 * are not the customer's words; only free text the customer wrote makes a voicer.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../../../src/classify/index.js';
import { run } from './helpers.js';

function typeOf(record: ComplaintRecord): string {
  const result = run(record);
  return 'skipped' in result ? 'skipped' : result.type;
}

describe('records with no words of the customer are silent', () => {
  it.each([
    // A cancellation form's title is not a comment.
    [{ channel: 'Cancellation form', subject: 'Cancel plan – Northwind Yoga Studio' }],
    [{ channel: 'Returns', subject: 'Return – kettle 1.7 l' }],
    // Fields whose values are scores or placeholders.
    [{ channel: 'Survey', subject: 'Stay feedback', text: 'Cleanliness: 2/5\nComments: (none given)' }],
    [{ channel: 'Survey', subject: 'After your visit', text: 'Would you come again? 2/10' }],
    [{ channel: 'Survey', subject: 'Repair survey', text: 'How satisfied are you? ★★☆☆☆\nAnything to add? —' }],
    [{ channel: 'Опрос', subject: 'Анкета', text: 'Еда: 1\nОбслуживание: 3\nКомментарий: пусто' }],
    [{ channel: 'Анкета', subject: 'Обратна връзка', text: 'Колко сте доволни? 1/5' }],
    // A system's note that says no words were left.
    [{ channel: 'app', subject: 'Subscription ended', text: 'Plan cancelled in the app by the user. Reason: (skipped)' }],
    [{ channel: 'Приложение', subject: 'Отключение', text: 'Подписка отключена пользователем в приложении. Причина: пропущено.' }],
    [{ channel: 'CRM', subject: 'Dormant account', text: 'Card not used since March. No complaints on file.' }],
    [{ channel: 'CRM', subject: 'Закрита сметка', text: 'Сметката е закрита от клиента. Няма подадени жалби.' }],
  ])('%j', (record) => {
    expect(typeOf(record)).toBe('silent');
  });
});

describe('the customer’s own words stay a voicer', () => {
  it.each([
    [{ channel: 'Survey', subject: 'Stay feedback', text: 'Cleanliness: 2/5\nComments: the bathroom was dirty and nobody came' }],
    [{ channel: 'Cancellation form', subject: 'Cancel plan', text: 'Reason: the trainer kept cancelling my classes' }],
    [{ channel: 'Returns', subject: 'Возврат: не подошёл цвет' }],
    [{ channel: 'chat', text: 'Заказ пришёл без крышки. Что делать?' }],
    [{ channel: 'email', text: 'The parcel is still not here. Where is it?' }],
    [{ channel: 'app', text: 'I cancelled because the app keeps crashing. No reply from you to my messages.' }],
  ])('%j', (record) => {
    expect(typeOf(record)).toBe('voicer');
  });
});

describe('a system feed relays the customer only under a label for their words or in reported speech', () => {
  it.each([
    [{ channel: 'CRM', subject: 'Churn flag', text: 'Churn risk: high\nLast order: 2026-03-01' }, 'silent'],
    [{ channel: 'CRM', subject: 'Churn flag', text: 'Reason: prices went up twice this year' }, 'voicer'],
    [{ channel: 'CRM', subject: 'Win-back call', text: 'Customer said the delivery fees are too high.' }, 'voicer'],
    [{ channel: 'CRM', subject: 'Отток', text: 'Клиент сказал, что доставка стала слишком дорогой.' }, 'voicer'],
  ])('%j is %s', (record, type) => {
    expect(typeOf(record)).toBe(type);
  });
});
