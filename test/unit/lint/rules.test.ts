/** Individual rules on small drafts: what fires, where, and what it costs (error 20, warning 10, info 3). */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintResult } from '../../../src/lint/index.js';
import { ERROR, INFO, WARNING, draft, fixture } from './drafts.js';

const NEXT_STEP_EN = 'We will send the new catalogue on Monday.';
const NEXT_STEP_RU = 'Мы отправим новый каталог в понедельник.';
const NEXT_STEP_BG = 'Ще изпратим новия каталог в понеделник.';

function rulesOf(result: LintResult): string[] {
  return result.findings.map((finding) => finding.rule);
}

describe('a clean draft', () => {
  it('scores 100 in every language', () => {
    for (const [locale, step] of [['en', NEXT_STEP_EN], ['ru', NEXT_STEP_RU], ['bg', NEXT_STEP_BG]] as const) {
      const result = lintMessage(draft(locale, [step]));
      expect(result).toMatchObject({ score: 100, locale, kind: 'general', findings: [] });
    }
  });
});

describe('hated phrases', () => {
  it('flags "company policy" with its line and column', () => {
    // "Sorry" makes it a complaint reply, which must also thank: a warning on top of the error.
    const result = lintMessage(draft('en', ['Sorry, that is company policy.', NEXT_STEP_EN]));
    expect(result.kind).toBe('complaint');
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'thanks', line: 1, column: 1 }),
      expect.objectContaining({ rule: 'hated-phrase', severity: 'error', line: 3, column: 16, length: 14, text: 'company policy' }),
    ]);
    expect(result.score).toBe(100 - ERROR - WARNING);
  });

  it('does not fire on lookalikes: "policy number", "mustard", "you must be tired"', () => {
    const result = lintMessage(draft('en', [
      'Please quote your policy number when you reply.',
      'We sent you mustard samples with your order.',
      'You must be tired of waiting.',
      NEXT_STEP_EN,
    ]));
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
  });

  it('fires on "you must" as an order', () => {
    const result = lintMessage(draft('en', ['You must send us the receipt.', NEXT_STEP_EN]));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'hated-phrase', line: 3, column: 1, text: 'You must' })]);
    expect(result.score).toBe(100 - ERROR);
  });

  it('places a repeated phrase at each of its places', () => {
    const result = lintMessage(draft('en', ['Sign here, you must; and there, you must.', NEXT_STEP_EN]));
    expect(result.findings.map((finding) => [finding.rule, finding.line, finding.column])).toEqual([
      ['hated-phrase', 3, 12],
      ['hated-phrase', 3, 33],
    ]);
    expect(result.score).toBe(100 - 2 * ERROR);
  });

  it('does not fire on "политика конфиденциальности" in a footer link', () => {
    const signature = ['С уважением,', 'Ольга Смирнова', 'Служба заботы о клиентах, Нордвинд', 'Политика конфиденциальности: https://example.ru/privacy'];
    const result = lintMessage(draft('ru', [NEXT_STEP_RU], { signature }));
    expect(result.findings).toEqual([]);
  });

  it('matches Russian and Bulgarian forms on stems, one finding per phrase', () => {
    // "такова политика" and "политик* компани*" overlap: one phrase, one finding.
    const ru = lintMessage(draft('ru', ['Такова политика компании.', NEXT_STEP_RU]));
    expect(ru.findings).toEqual([expect.objectContaining({ rule: 'hated-phrase', line: 3, column: 1, text: 'Такова политика компании' })]);
    expect(ru.score).toBe(100 - ERROR);
    const bg = lintMessage(draft('bg', ['Не мога да ви помогна с това.', NEXT_STEP_BG]));
    expect(bg.findings).toEqual([expect.objectContaining({ rule: 'hated-phrase', text: 'Не мога да ви помогна' })]);
    const calm = lintMessage(draft('ru', ['Успокойтесь, пожалуйста.', NEXT_STEP_RU]));
    expect(rulesOf(calm)).toEqual(['hated-phrase']);
    const said = lintMessage(draft('bg', ['Както вече ви казах, пратката е на път.', NEXT_STEP_BG]));
    expect(rulesOf(said)).toEqual(['hated-phrase']);
  });
});

describe('asking for information', () => {
  it('flags a demand made a condition, once, instead of also as a hated phrase', () => {
    const result = lintMessage(draft('en', ["I need your order number or I can't help you.", NEXT_STEP_EN]));
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'conditional-request', severity: 'error', line: 3, column: 1, text: "I need your order number or I can't help you" }),
    ]);
    expect(result.score).toBe(100 - ERROR);
  });

  it('accepts a request for help', () => {
    const result = lintMessage(draft('en', ['So I can sort this out right away, could you tell me your order number?', NEXT_STEP_EN]));
    expect(result.score).toBe(100);
  });

  it('knows the Russian form', () => {
    const result = lintMessage(draft('ru', ['Мне нужен номер заказа, иначе я не смогу помочь.', NEXT_STEP_RU]));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'conditional-request', text: 'Мне нужен номер заказа, иначе я не смогу помочь' })]);
  });

  it('does not pair a demand and a refusal from different sentences', () => {
    const result = lintMessage(draft('en', ['I need a moment to check. Otherwise all looks fine.', NEXT_STEP_EN]));
    expect(rulesOf(result)).toEqual([]);
  });
});

describe('complaints: thanks, then a sincere apology', () => {
  it('flags an apology that comes before the thanks', () => {
    const result = lintMessage(draft('en', ['I am sorry your parcel arrived late. Thank you for letting us know.', 'We will send a replacement on Monday.']));
    expect(result.kind).toBe('complaint');
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'thanks-before-apology', line: 3, column: 6, text: 'sorry' })]);
    expect(result.score).toBe(100 - WARNING);
  });

  it('accepts thanks first', () => {
    const result = lintMessage(draft('en', ['Thank you for letting us know. I am sorry your parcel arrived late.', 'We will send a replacement on Monday.']));
    expect(result.score).toBe(100);
  });

  it('counts "apologize for any inconvenience" as an apology, with a hint to name what went wrong', () => {
    const result = lintMessage(draft('en', ['Thank you for writing to us. We apologize for any inconvenience.', 'We will send a replacement on Monday.']));
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'name-the-fault', severity: 'info', line: 3, column: 33, text: 'apologize for any inconvenience' }),
    ]);
    expect(result.score).toBe(100 - INFO);
  });

  it('requires an apology when the kind is given', () => {
    const result = lintMessage(fixture('en/weekend-polite.txt'), { kind: 'complaint' });
    expect(result).toMatchObject({ kind: 'complaint', detected: { locale: true, kind: false } });
    expect(rulesOf(result)).toEqual(['apology']);
    expect(result.score).toBe(100 - ERROR);
  });

  it('does not read "за съжаление" (unfortunately) as an apology', () => {
    const result = lintMessage(draft('bg', ['За съжаление пратката ще пристигне в понеделник.']));
    expect(result.kind).toBe('general');
    expect(result.score).toBe(100);
  });
});

describe('shouting', () => {
  it('counts at most two findings of one rule', () => {
    const result = lintMessage(draft('en', ['PLEASE READ THIS CAREFULLY!!!', NEXT_STEP_EN]));
    // Four ALL-CAPS words and "!!!": five findings, of which two cost points.
    expect(result.findings.map((finding) => finding.text)).toEqual(['PLEASE', 'READ', 'THIS', 'CAREFULLY', '!!!']);
    expect(result.score).toBe(100 - 2 * WARNING);
  });

  it('lets acronyms and short codes be', () => {
    const result = lintMessage(draft('en', ['The price list is attached as HTML and JSON files, prices in USD.', NEXT_STEP_EN]));
    expect(result.score).toBe(100);
  });
});

describe('greeting by name', () => {
  it.each([
    ['Dear Customer,', 'Dear'],
    ['Hello,', 'Hello'],
    ['Hi there,', 'Hi'],
  ])('takes "%s" (a greeting with no name) for a greeting, with a hint to add the name', (greeting, word) => {
    const result = lintMessage(draft('en', [NEXT_STEP_EN], { greeting }));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'greeting-name', severity: 'info', line: 1, column: 1, text: word })]);
    expect(result.score).toBe(100 - INFO);
  });

  it.each([
    ['ru', 'Здравствуйте!', NEXT_STEP_RU],
    ['bg', 'Здравейте,', NEXT_STEP_BG],
  ] as const)('%s: "%s" is a greeting (one hint, no error)', (locale, greeting, next) => {
    expect(rulesOf(lintMessage(draft(locale, [next], { greeting })))).toEqual(['greeting-name']);
  });

  it('flags a draft that does not greet at all', () => {
    const result = lintMessage(draft('en', [NEXT_STEP_EN], { greeting: 'Anna, we got your message.' }));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'greeting', line: 1, column: 1, length: 0 })]);
  });

  it('tells a name from a role in Russian', () => {
    expect(rulesOf(lintMessage(draft('ru', [NEXT_STEP_RU], { greeting: 'Уважаемый клиент!' })))).toEqual(['greeting-name']);
    expect(lintMessage(draft('ru', [NEXT_STEP_RU], { greeting: 'Уважаемый Иван Петрович!' })).score).toBe(100);
  });
});

describe('signature', () => {
  // Lines: greeting 1, blank 2, body 3, blank 4, offer 5, blank 6, signature from 7.
  it('takes a name without a team for a signature', () => {
    expect(lintMessage(draft('en', [NEXT_STEP_EN], { signature: ['Kind regards,', 'Olga Ivanova'] })).findings).toEqual([]);
  });

  it('takes a team without a name for a signature, with a hint to add the name', () => {
    const result = lintMessage(draft('en', [NEXT_STEP_EN], { signature: ['Kind regards,', 'Customer Care, Northwind Tea'] }));
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'signature-name', severity: 'info', line: 8 })]);
    expect(result.score).toBe(100 - INFO);
    expect(rulesOf(lintMessage(draft('ru', [NEXT_STEP_RU], { signature: ['С уважением,', 'Служба поддержки «Север»'] })))).toEqual(['signature-name']);
  });

  it('flags a reply with no signature at all, once', () => {
    expect(rulesOf(lintMessage(draft('en', [NEXT_STEP_EN], { signature: [] })))).toEqual(['signature']);
  });

  it('accepts a signature on one line, or without a closing phrase', () => {
    expect(lintMessage(draft('en', [NEXT_STEP_EN], { signature: ['Kind regards, Olga Ivanova, Customer Care'] })).score).toBe(100);
    expect(lintMessage(draft('en', [NEXT_STEP_EN], { signature: ['Olga Ivanova', 'Customer Care, Northwind Tea'] })).score).toBe(100);
  });
});

describe('abrupt sign-off', () => {
  it('flags "Bye!" as the only closing', () => {
    const result = lintMessage(draft('en', [NEXT_STEP_EN], { signature: ['Bye!'] }));
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: 'signature', line: 7, column: 1 }),
      expect.objectContaining({ rule: 'abrupt-sign-off', line: 7, column: 1, text: 'Bye' }),
    ]);
    expect(result.score).toBe(100 - ERROR - WARNING);
  });

  it('lets a goodbye after a proper closing be', () => {
    const signature = ['Kind regards,', 'Olga Ivanova', 'Customer Care, Northwind Tea', 'Bye!'];
    expect(lintMessage(draft('en', [NEXT_STEP_EN], { signature })).score).toBe(100);
  });

  it('does not take "пока" (while) inside a sentence for a goodbye', () => {
    const result = lintMessage(draft('ru', ['Подождите, пока мы проверим заказ: в понедельник мы вам ответим.']));
    expect(result.score).toBe(100);
  });
});

describe('payment reminders', () => {
  it('flag threats', () => {
    const result = lintMessage(draft('en', [
      'I hope you are well. Invoice 1042 for $250.00 was due on 17 March.',
      'Please pay it by Friday, or we will pass the matter to a collection agency.',
    ]));
    expect(result.kind).toBe('reminder');
    expect(result.findings).toEqual([expect.objectContaining({ rule: 'reminder-threat', line: 4, column: 58, text: 'collection agency' })]);
    expect(result.score).toBe(100 - ERROR);
  });

  it('are not judged by complaint rules, nor complaints by reminder rules', () => {
    const reminder = lintMessage(fixture('ru/payment-polite.txt'));
    expect(reminder.kind).toBe('reminder');
    expect(reminder.score).toBe(100);
    const complaint = lintMessage(draft('en', ['Thank you for letting us know. I am sorry your parcel arrived late.', 'We will send a replacement on Monday.']));
    expect(complaint.findings.some((finding) => finding.rule.startsWith('reminder-'))).toBe(false);
  });
});

describe('a payment reminder needs reminder evidence', () => {
  // docs/definitions.md, "Replies": a bill or a fee refund mentioned in passing is not a request to pay.
  it.each([
    ['en', 'Sorry for the outage. We will take the lost day off your next bill on Monday.'],
    ['en', 'I can call you back about your invoice question on Monday at 10:00.'],
    ['ru', 'Извините за сбой. Стоимость дня мы вычтем из следующего счёта в понедельник.'],
    ['bg', 'Извиняваме се за прекъсването. Таксата за деня ще бъде приспадната от следващата Ви сметка в понеделник.'],
  ] as const)('%s: "%s" is not a reminder', (locale, body) => {
    expect(lintMessage(draft(locale, [body])).kind).not.toBe('reminder');
  });

  it.each([
    ['en', 'Invoice 2026-0142 for $120 is overdue since 1 December; please pay it by Friday.'],
    ['ru', 'Счёт № 2026-0142 на 1200 руб. не оплачен, срок оплаты — 20 декабря.'],
    ['bg', 'Фактура № 4411 за 350 лв. е с падеж 20 декември.'],
  ] as const)('%s: "%s" is a reminder', (locale, body) => {
    expect(lintMessage(draft(locale, [body])).kind).toBe('reminder');
  });
});
