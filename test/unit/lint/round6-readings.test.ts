/**
 * The lint readings of the tuning round for blind set 6 (fixtures/eval/README.md), with drafts written
 * for this file: a remedy told in the passive is a step taken; the company's own refusal in the present
 * tense turns a request down; a rule cited with a possessive between its words is a citation; a
 * tautology ("it takes as long as it takes") dismisses.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

function rulesOf(text: string, locale: LintLocale): string[] {
  return lintMessage(text, { locale }).findings.map((finding) => finding.rule);
}

describe('a remedy already made, told in the passive, is a step taken (no next-step, no no-substance)', () => {
  it.each([
    ['ru', 'Здравствуйте, Ольга!\n\nСпасибо, что написали о двойной оплате. Обе поездки уже возвращены на вашу карту.\n\nПриносим извинения за ошибку терминала.\n\nС уважением,\nИрина Белова\nслужба поддержки «Экспресс»'],
    ['bg', 'Здравейте, г-жо Иванова,\n\nБлагодарим, че ни писахте за двойното плащане. Двете суми вече са възстановени по картата Ви.\n\nИзвиняваме се за грешката на терминала.\n\nС уважение,\nПетя Димова\nобслужване на клиенти, „Експрес“'],
  ] as const)('%s', (locale, text) => {
    const rules = rulesOf(text, locale);
    expect(rules).not.toContain('next-step');
    expect(rules).not.toContain('no-substance');
  });
});

describe('a friendly refusal by the company\'s own rule is curt (< 50)', () => {
  it.each([
    ['ru', 'Здравствуйте, Анна!\n\nСпасибо за обращение! К сожалению, согласно нашим правилам мы не возвращаем деньги за вскрытый товар. Спасибо за понимание!\n\nКоманда «Дом и сад»'],
    ['bg', 'Здравейте, г-жо Петрова,\n\nБлагодарим за съобщението! За съжаление, според правилата ни не възстановяваме суми за отворени стоки. Благодарим за разбирането!\n\nЕкипът на „Дом и градина“'],
  ] as const)('%s', (locale, text) => {
    expect(lintMessage(text, { locale }).score).toBeLessThan(50);
  });
});

describe('a tautology for an answer dismisses the customer', () => {
  it('"deliveries take as long as they take"', () => {
    expect(rulesOf('Hello Tom,\n\nDeliveries take as long as they take. Thank you for your patience.\n\nParcelCo', 'en')).toContain('dismissive');
  });

  it('guard: staying on it "as long as it takes" is a promise, not a dismissal', () => {
    expect(rulesOf('Hello Tom,\n\nI will stay on this with the courier for as long as it takes and call you on Monday at 10:00.\n\nBest regards,\nAnn Cole\nParcelCo', 'en')).not.toContain('dismissive');
  });
});
