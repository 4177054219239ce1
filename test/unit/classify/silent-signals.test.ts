/**
 * docs/definitions.md, "Complainer types", on records as exports write them: a silent customer
 * leaves a low score without a comment (often only in the subject), a return or cancellation
 * without a reason, or stops buying without a word (CRM flags, outbound contacts unanswered) —
 * even when the record came through a contact channel. Saying it would post is irate, saying it
 * might is not; reading someone else's review is not going public; a private message through a
 * social network is a talk with the company; a third party negated after it does not count.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintRecord } from '../../../src/classify/index.js';
import { run } from './helpers.js';

function typeOf(record: ComplaintRecord): string {
  const result = run(record);
  return 'skipped' in result ? 'skipped' : result.type;
}

describe('a low score written in the subject, with no comment, is silent', () => {
  it.each([
    [{ channel: 'Survey', subject: 'NPS: 1' }],
    [{ channel: 'survey', subject: 'score 2' }],
    [{ channel: 'Опрос', subject: 'Оценка 2/10' }],
    [{ channel: 'анкета', subject: 'Оценка 3 от 10' }],
    [{ channel: 'Feedback Widget', subject: 'CSAT 1' }],
    [{ channel: 'email', subject: 'Rating: 1/5' }],
  ])('%o', (record) => {
    const result = run(record);
    expect(result).toMatchObject({ type: 'silent', evidence: { rule: 'silent-low-score' } });
  });

  it('names the score as written; the same score with a written complaint is a voicer', () => {
    expect(run({ channel: 'Survey', subject: 'NPS: 1' })).toMatchObject({ evidence: { words: ['NPS: 1'] } });
    expect(typeOf({ channel: 'Survey', subject: 'NPS: 2', text: 'The courier was two hours late and the soup was cold.' })).toBe('voicer');
    expect(typeOf({ channel: 'Опрос', subject: 'Оценка 1', text: 'Мастер не пришёл в назначенное время.' })).toBe('voicer');
  });

  it('a high score in the subject is no dissatisfaction: skipped', () => {
    expect(typeOf({ channel: 'Survey', subject: 'NPS: 9' })).toBe('skipped');
  });
});

describe('a return, a cancellation or a closure without a reason is silent, whatever the channel', () => {
  it.each([
    [{ channel: 'web', subject: 'Cancel my subscription' }],
    [{ channel: 'email', subject: 'Return request #30412', status: 'Returned' }],
    [{ channel: 'Клиентский портал', subject: 'Отмена подписки', status: 'Отменена' }],
    [{ channel: 'уеб форма', subject: 'Заявка за връщане 771' }],
    [{ channel: 'Portal', subject: 'Account closure', status: 'Closed' }],
  ])('%o', (record) => {
    expect(typeOf(record)).toBe('silent');
  });

  it('with a reason in the customer\'s words it is a voicer', () => {
    expect(typeOf({ channel: 'web', subject: 'Cancel my subscription' })).toBe('silent');
    expect(typeOf({ channel: 'web', subject: 'Cancel my subscription', text: 'The app logs me out every time I open the invoices.' })).toBe('voicer');
    expect(typeOf({ channel: 'returns', subject: 'Return: the heel broke on the first day' })).toBe('voicer');
  });
});

describe('a customer who stopped buying without a word is silent', () => {
  it.each([
    [{ channel: 'CRM', text: 'Has not ordered in 90 days, no contact.' }],
    [{ channel: 'CRM', text: 'Не заказывал 4 месяца, на звонки не отвечает.' }],
    [{ channel: 'CRM', text: 'Не е поръчвал от два месеца, не отговаря на обаждания.' }],
    [{ channel: 'Outbound Email', subject: 'Win back', text: 'No reply to our offer; no orders since March.' }],
    [{ channel: 'CRM', subject: 'Number ported', text: 'Ported the number to another operator.' }],
  ])('%o', (record) => {
    expect(typeOf(record)).toBe('silent');
  });

  it('the same words in the customer\'s own complaint are a voicer', () => {
    expect(typeOf({ channel: 'email', text: 'Has not ordered since May; two retention calls unanswered.' })).toBe('silent');
    expect(typeOf({ channel: 'email', text: 'I stopped ordering because your couriers are always late.' })).toBe('voicer');
  });
});

describe('contact with the company', () => {
  it('a phone ticket with no transcript is a voicer', () => {
    expect(typeOf({ channel: 'voice', status: 'solved' })).toBe('voicer');
  });

  it('a private message sent through a social network is a voicer; a post there is irate', () => {
    expect(typeOf({ channel: 'facebook', text: 'I sent you a private message about my deposit, please answer there.' })).toBe('voicer');
    expect(typeOf({ channel: 'ВКонтакте', text: 'Пишу вам в личные сообщения: где мой заказ?' })).toBe('voicer');
    expect(typeOf({ channel: 'Facebook', text: 'Пиша ви на лично съобщение за поръчката.' })).toBe('voicer');
    expect(typeOf({ channel: 'facebook', text: 'Your salon ruined my hair and nobody cares.' })).toBe('irate');
  });
});

describe('going public: did or will, not might; not someone else\'s review', () => {
  it('only might post: voicer', () => {
    expect(typeOf({ channel: 'email', text: 'I might leave a review, or not, we will see.' })).toBe('voicer');
    expect(typeOf({ channel: 'Почта', text: 'Может, напишу отзыв, а может и нет.' })).toBe('voicer');
    expect(typeOf({ channel: 'имейл', text: 'Може да напиша отзив, ще видим.' })).toBe('voicer');
  });

  it('reading reviews: voicer', () => {
    expect(typeOf({ channel: 'email', text: 'I read the Yelp reviews before booking and they were right about the noise.' })).toBe('voicer');
    expect(typeOf({ channel: 'Виджет', text: 'Прочитала отзывы на Отзовике, и всё подтвердилось.' })).toBe('voicer');
  });

  it('did or will post: irate (and the same words hedged are not)', () => {
    expect(typeOf({ channel: 'email', text: 'Maybe I will leave a review on Yelp.' })).toBe('voicer');
    expect(typeOf({ channel: 'email', text: 'I will leave a review on Yelp tonight.' })).toBe('irate');
    expect(typeOf({ channel: 'Почта', text: 'Напишу отзыв на Отзовике сегодня же.' })).toBe('irate');
  });
});

describe('a third party negated after it (Russian and Bulgarian word order) does not count', () => {
  it('«в суд я не пойду» is a voicer, «в суд пойду» an activist', () => {
    expect(typeOf({ channel: 'Telegram', text: 'В суд я не пойду, просто верните предоплату.' })).toBe('voicer');
    expect(typeOf({ channel: 'Telegram', text: 'В суд пойду, если не вернёте предоплату.' })).toBe('activist');
  });

  it('an English "not" after a phrase negates what follows it, not the phrase', () => {
    expect(typeOf({ channel: 'chat', text: 'В КЗП не съм ходил, но искам парите си.' })).toBe('voicer');
    expect(typeOf({ channel: 'chat', text: 'Told all my friends not to buy from you.' })).toBe('irate');
  });
});

describe('what is not a third party or a public post', () => {
  it('a law cited by name, someone else\'s advice, a quoted review', () => {
    expect(typeOf({ channel: 'Почта', text: 'По Закону о защите прав потребителей прошу вернуть деньги за 10 дней.' })).toBe('voicer');
    expect(typeOf({ channel: 'email', text: 'My brother keeps telling me to call a lawyer, but I would rather sort it out with you.' })).toBe('voicer');
    expect(typeOf({ channel: 'email', text: 'As one reviewer on Yelp said, the soup is always cold. I want a refund.' })).toBe('voicer');
    expect(typeOf({ channel: 'email', text: 'I posted the photos on Yelp and I want a refund.' })).toBe('irate');
  });
});

describe('a survey question answered in the subject', () => {
  it('is a score: low and without a comment, silent', () => {
    expect(typeOf({ channel: 'Survey', subject: 'How likely are you to recommend us? 1' })).toBe('silent');
    expect(typeOf({ channel: 'Survey', subject: 'How likely are you to recommend us? 10' })).toBe('skipped');
  });
});
