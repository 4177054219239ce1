/**
 * docs/definitions.md, "Replies": the courteous apology of business mail ("We apologise for the
 * inconvenience", «Приносим извинения за доставленные неудобства», «Извиняваме се за
 * неудобството») is an apology. At most it earns one info-level hint to name what went wrong;
 * it is never also counted as a missing apology (one fault, one finding).
 */
import { describe, expect, it } from 'vitest';
import { lintMessage } from '../../../src/lint/index.js';
import { INFO, WARNING, draft } from './drafts.js';

const COURTEOUS = {
  en: ['Thank you for writing to us. We apologise for the inconvenience.', 'We will send a replacement on Monday.'],
  ru: ['Спасибо, что написали нам. Приносим извинения за доставленные неудобства.', 'Мы отправим замену в понедельник.'],
  bg: ['Благодарим ви, че ни писахте. Извиняваме се за неудобството.', 'Ще изпратим заместител в понеделник.'],
} as const;

describe('the courteous apology counts as an apology', () => {
  for (const locale of ['en', 'ru', 'bg'] as const) {
    it(`${locale}: one info hint, no missing-apology error, score ${100 - INFO}`, () => {
      const result = lintMessage(draft(locale, COURTEOUS[locale]));
      expect(result.locale).toBe(locale);
      expect(result.kind).toBe('complaint');
      expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['name-the-fault', 'info']]);
      expect(result.score).toBe(100 - INFO);
      expect(result.score).toBeGreaterThanOrEqual(80);
    });
  }

  it('a plain apology that names the fault beside it is still fine: only the hint', () => {
    const result = lintMessage(draft('en', ['Thank you for letting us know. I am sorry your parcel arrived late, and we apologise for the inconvenience.', 'We will send a replacement on Monday.']));
    expect(result.findings.map((finding) => finding.rule)).toEqual(['name-the-fault']);
  });
});

describe('an apology for the feelings is one finding, not two', () => {
  it('"sorry if you feel" is a warning, not also a missing apology', () => {
    const result = lintMessage(draft('en', ['Thank you for writing to us. We are sorry if you feel let down.', 'We will send a replacement on Monday.']));
    expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['insincere-apology', 'warning']]);
    expect(result.score).toBe(100 - WARNING);
  });
});

describe('a plain Bulgarian apology with «съжаляваме»', () => {
  it('counts as an apology (the stem of «съжаляваме, ако…» does not hide it)', () => {
    const result = lintMessage(draft('bg', ['Благодарим ви, че ни писахте, и съжаляваме, че получихте грешен размер.', 'Ще изпратим заместител в понеделник.']));
    expect(result.kind).toBe('complaint');
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
  });
});
