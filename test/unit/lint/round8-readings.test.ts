/**
 * The lint reading of round 8 (fixtures/eval/README.md, "Round 8"), with drafts written for this
 * file, not taken from any evaluation set: a topic word said to be absent ("we will post it without
 * delay", «чтобы письмо дошло без задержек», «без проблеми») is no sign that the reply answers a
 * complaint, so a reply to a plain request owes no apology for it.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import type { LintLocale } from '../../../src/lint/index.js';

const REQUEST_REPLIES: Record<LintLocale, string> = {
  en: 'Dear Mr Price,\n\nThank you for asking for a copy of your account history.\nWe will post it within 5 working days, by 14 May, and to make sure it arrives without delay, could you please confirm your postcode?\nThank you for your help!\n\nKind regards,\nNora Bell\nRecords team',
  ru: 'Здравствуйте, Ольга Петровна!\n\nСпасибо за запрос выписки по договору.\nМы подготовим её за 5 рабочих дней, до 14 мая, и отправим письмом. Чтобы письмо дошло без задержек, подтвердите, пожалуйста, индекс.\nСпасибо за помощь!\n\nС уважением,\nНина Белова\nархивный отдел',
  bg: 'Здравейте, г-н Петров,\n\nБлагодарим за искането на извлечение по договора.\nЩе го подготвим в срок от 5 работни дни, до 14 май, и ще го изпратим по пощата. За да пристигне без забавяне, моля, потвърдете пощенския си код.\nБлагодарим за съдействието!\n\nС уважение,\nНина Белова\nархив',
};

describe('a topic word said to be absent is no complaint', () => {
  it.each(['en', 'ru', 'bg'] as const)('%s: a reply to a request that promises no delay owes no apology', (locale) => {
    const result = lintMessage(REQUEST_REPLIES[locale], { locale });
    expect(result.kind).toBe('general');
    expect(result.findings.map((finding) => finding.rule)).not.toContain('apology');
    expect(result.score).toBeGreaterThanOrEqual(80);
  });

  it.each([
    ['en', 'Dear Mr Price,\n\nThank you for your patience. Your statement is late because of a delay at our printer.\n\nKind regards,\nNora Bell'],
    ['ru', 'Здравствуйте, Ольга Петровна!\n\nСпасибо за терпение. Выписка задерживается из-за сбоя в типографии.\n\nНина Белова'],
    ['bg', 'Здравейте, г-н Петров,\n\nБлагодарим за търпението. Извлечението закъснява заради забавяне в печатницата.\n\nНина Белова'],
  ] as const)('guard: %s: a delay that happened is a complaint\'s topic, and owes an apology', (locale, text) => {
    const result = lintMessage(text, { locale });
    expect(result.kind).toBe('complaint');
    expect(result.findings.map((finding) => finding.rule)).toContain('apology');
  });
});
