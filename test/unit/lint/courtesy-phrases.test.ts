/**
 * docs/definitions.md, "Replies": the offer to answer questions and the goodwill of a payment
 * reminder, in the words Russian and Bulgarian business mail uses for them.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import { draft } from './drafts.js';

const STEP = { ru: 'Мы отправим новый каталог в понедельник.', bg: 'Ще изпратим новия каталог в понеделник.' } as const;

describe('an offer to answer questions', () => {
  it.each([
    ['ru', 'Если будут вопросы, пишите нам в любое время.'],
    ['bg', 'Можете да ни пишете по всяко време.'],
  ] as const)('%s: "%s"', (locale, offer) => {
    const result = lintMessage(draft(locale, [STEP[locale]], { offer }));
    expect(result.findings.map((finding) => finding.rule)).toEqual([]);
    expect(result.score).toBe(100);
  });
});

describe('goodwill in a payment reminder', () => {
  it.each([
    ['ru', 'Напоминаем: счёт № 118 на сумму 12 500 руб., срок оплаты 15 декабря 2026.', 'Хорошего дня!'],
    ['bg', 'Напомняме: фактура № 4411 за 350 лв., с падеж 20 декември 2026.', 'Хубав ден!'],
  ] as const)('%s: "%s"', (locale, body, wish) => {
    const result = lintMessage(draft(locale, [body, wish]));
    expect(result.kind).toBe('reminder');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('reminder-goodwill');
  });
});
