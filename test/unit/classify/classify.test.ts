import { describe, expect, it } from 'vitest';
import { COMMENT_RULE, LOW_SCORE_RULE, classify, nextAction } from '../../../src/classify/index.js';
import type { Classified } from '../../../src/classify/index.js';
import { rules, run, typeOfText } from './helpers.js';

function classified(record: Parameters<typeof run>[0]): Classified {
  const result = run(record);
  if ('skipped' in result) throw new Error(`expected a type, got skipped: ${result.skipped}`);
  return result;
}

describe('activist: third parties', () => {
  it.each([
    ['My lawyer will contact you on Monday.', 'activist-legal'],
    ['I will take legal action if this is not fixed.', 'activist-legal'],
    ['Я написал жалобу в Роспотребнадзор.', 'activist-authority'],
    ['Клиент обратился в прокуратуру.', 'activist-authority'],
    ['Подадох сигнал в КЗП.', 'activist-authority'],
    ['I have referred this to the ombudsman.', 'activist-authority'],
    ['A journalist from the local newspaper called me.', 'activist-media'],
    ['Со мной связался журналист с телеканала.', 'activist-media'],
    ['Ще се обърна към медиите.', 'activist-media'],
  ])('%s → %s', (text, rule) => {
    const result = classified({ text });
    expect(result.type).toBe('activist');
    expect(result.evidence.rule).toBe(rule);
  });

  it('reads inflected forms in Russian and Bulgarian', () => {
    for (const text of ['Передал документы юристу', 'Встретимся в суде', 'Грозит судом', 'Адвокатът ми ще се свърже с вас', 'Ще ви съдя']) {
      expect(typeOfText(text), text).toBe('activist');
    }
  });

  it('takes the channel as evidence and reports it', () => {
    const result = classified({ channel: 'letter from lawyer', text: 'We demand the deposit back.' });
    expect(result.type).toBe('activist');
    expect(result.evidence).toMatchObject({ rule: 'activist-legal', field: 'channel', channel: 'letter from lawyer' });
    expect(classified({ channel: 'КЗП' }).type).toBe('activist');
  });
});

describe('irate: public complaints', () => {
  it.each([
    ['Instagram', 'Ordered a dress, it came after the wedding'],
    ['Отзыв Яндекс Карты', 'Хамский персонал'],
    ['Google отзив', 'Груб персонал'],
    ['Trustpilot', 'Delivery took a month'],
    ['форум', 'У кого ещё отменили заказ?'],
  ])('channel %s', (channel, text) => {
    expect(classified({ channel, text }).type).toBe('irate');
  });

  it.each([
    "I've already left a 1-star review on Google.",
    "I'm going to put this all over social media.",
    'Told all my friends not to buy from you.',
    'Рассказала всем подругам.',
    'Оставих отзив в Google.',
  ])('text: %s', (text) => {
    expect(typeOfText(text, 'email')).toBe('irate');
  });

  it('does not read a bare "review" or "отзыв" in text as a review site', () => {
    expect(typeOfText('Please review my order, the size is wrong.', 'email')).toBe('voicer');
    expect(typeOfText('Оставляю отзыв о работе курьера: опоздал.', 'email')).toBe('voicer');
  });
});

describe('voicer: complaints to the company', () => {
  it.each(['email', 'Телефон', 'чат', 'тикет', 'web form', 'in store', 'WhatsApp', 'книга жалоб'])('channel %s', (channel) => {
    expect(classified({ channel, text: 'The parcel is late.' }).type).toBe('voicer');
  });

  it('calls a comment with no other evidence a voicer, with modest confidence', () => {
    const result = classified({ text: 'The kettle leaks.' });
    expect(result).toMatchObject({ type: 'voicer', confidence: 0.5, evidence: { rule: COMMENT_RULE, words: [] } });
  });

  it('counts a phone call logged without notes', () => {
    expect(classified({ channel: 'phone' }).type).toBe('voicer');
  });
});

describe('silent: dissatisfaction with no complaint', () => {
  it.each(['returned', 'Refunded', 'cancelled', 'chargeback', 'отменён', 'Возврат средств', 'върната', 'анулирана'])(
    'status %s with no text',
    (status) => {
      const result = classified({ status });
      expect(result.type).toBe('silent');
      expect(result.evidence).toMatchObject({ rule: 'silent-status', field: 'status' });
    },
  );

  it('treats a score at or below 6 with no comment as silent', () => {
    expect(classified({ score: 2 }).evidence).toMatchObject({ rule: LOW_SCORE_RULE, field: 'score', words: ['2'] });
    expect(classified({ channel: 'survey', score: 6 }).type).toBe('silent');
  });

  it('reads an agent note of silence', () => {
    expect(typeOfText('Customer cancelled the plan without leaving a comment.')).toBe('silent');
    expect(typeOfText('Вернул товар молча.')).toBe('silent');
    expect(typeOfText('Върна продукта без обяснение.')).toBe('silent');
  });

  it('lets a comment win over a return status: the customer did speak', () => {
    expect(classified({ status: 'cancelled', text: 'The parcel never came, so I cancelled.' }).type).toBe('voicer');
    expect(classified({ channel: 'survey', score: 3, text: 'Checkout kept timing out.' }).type).toBe('voicer');
  });

  it('counts a return channel with no text as a signal', () => {
    expect(classified({ channel: 'return form', status: 'returned' }).type).toBe('silent');
  });
});

describe('no evidence', () => {
  it.each([{}, { score: 9 }, { status: 'delivered' }, { channel: 'survey', score: 8 }, { text: '   ' }])(
    'skips %j with reason noEvidence',
    (record) => {
      expect(run(record)).toEqual({ skipped: 'noEvidence' });
    },
  );
});

describe('strongest evidence first', () => {
  it('prefers a third party over a public post over the company channel', () => {
    expect(typeOfText('Posted on Facebook and filed a complaint with consumer protection.', 'Facebook')).toBe('activist');
    expect(typeOfText('I called your hotline twice, nobody helped.', 'Instagram')).toBe('irate');
  });

  it('combines clues of the winning type into the confidence', () => {
    const one = classified({ text: 'My lawyer will call.' });
    const two = classified({ text: 'My lawyer will call. We go to court.' });
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(two.confidence).toBeLessThanOrEqual(0.99);
    expect(two.evidence.words).toEqual(['lawyer', 'court']);
  });

  // Worked by hand from docs/definitions.md and the built-in weights (social network 0.8, word of mouth 0.75, review
  // site 0.8): confidence = 1 − Π(1 − weight) over the distinct clues, at most 0.99.
  it.each([
    [{ channel: 'Facebook', text: 'The parcel never came.' }, 0.8], // one clue: 0.8
    [{ channel: 'Facebook', text: 'The parcel never came. I told everyone.' }, 0.95], // 1 − 0.2 × 0.25
    // Two review phrases sharing «отзив» are two clues, and word of mouth a third: 1 − 0.2 × 0.2 × 0.25 = 0.99.
    [{ channel: 'чат', text: 'Ще оставя отзив навсякъде, където мога, хората трябва да знаят' }, 0.99],
    // A lawyer's letter in the channel and «Действуя в интересах» in the text (the bundled fixture C0116): two legal clues of
    // weight 0.9, 1 − 0.1 × 0.1 = 0.99.
    [{ channel: 'письмо юриста', text: 'Действуя в интересах клиента, требуем вернуть предоплату.' }, 0.99],
  ])('confidence of %o is %s, as 1 − Π(1 − weight) gives it', (record, expected) => {
    expect(classified(record).confidence).toBe(expected);
  });
});

describe('negation and false friends', () => {
  it.each([
    ["I don't want to involve a lawyer, just fix it.", 'lawyer'],
    ['Не хочу в суд, просто верните деньги.', 'суд'],
    ['Не искам да ходя в съда, искам си парите.', 'съда'],
    ['No need for lawyers, just send the part.', 'lawyers'],
  ])('%s is a voicer, with the negated words shown', (text, word) => {
    const result = classified({ text, channel: 'email' });
    expect(result.type).toBe('voicer');
    expect(result.evidence.negated).toEqual([word]);
    expect(result.confidence).toBeLessThan(0.7);
  });

  it('keeps a third party after the negated clause', () => {
    expect(typeOfText("I didn't get my refund, so I contacted a lawyer.")).toBe('activist');
    expect(typeOfText('Не искам да пиша във Фейсбук, но адвокатът ми има документите.')).toBe('activist');
  });

  it.each([
    'При доставке разбилась посуда.',
    'Судя по трекингу, посылка на складе.',
    'Судьба заказа неизвестна.',
    'Съдомиялната тече. Моля за съдействие.',
    'Съдържанието не отговаря на описанието.',
    'The food court in your store was filthy.',
    'When I press the button nothing happens.',
    'My new TV arrived with a cracked screen.',
    'Sue from billing was rude to me.',
    'Your return policy says 30 days.',
    'Your staff showed no courtesy.',
    'The media player freezes.',
  ])('%s is not a third party', (text) => {
    expect(typeOfText(text, 'email')).toBe('voicer');
  });
});

describe('action', () => {
  it('gives the playbook step in the requested locale', () => {
    const record = { text: 'Подаю в суд.' };
    const ru = classify(record, rules, 'ru');
    const bg = classify(record, rules, 'bg');
    expect('action' in ru && ru.action).toBe(nextAction('activist', 'ru'));
    expect('action' in bg && bg.action).toBe(nextAction('activist', 'bg'));
    expect(classified(record).action).toBe(nextAction('activist', 'en'));
  });
});
