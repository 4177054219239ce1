import { describe, expect, it } from 'vitest';
import { TEXT_CAP } from '../../../src/classify/index.js';
import { type ComplaintRow, classifyLog, resolveLocale } from '../../../src/classify/log.js';
import { rules } from './helpers.js';

function row(line: number, text: string, extra: Partial<ComplaintRow> = {}): ComplaintRow {
  return { line, cells: [text], day: undefined, record: { text }, score: undefined, ...extra };
}

describe('classifyLog', () => {
  it('leaves out records after --as-of, counts unreadable scores, keeps a record with no evidence with its reason', () => {
    const noEvidence: number[] = [];
    const log = classifyLog(
      [row(2, 'I will report you to the regulator'), row(3, 'later complaint', { day: 11 }), row(4, '', { record: {}, score: 'unreadable' })],
      { file: 'c.csv', rules, locale: 'en', asOf: 10, strict: false, onNoEvidence: (line) => noEvidence.push(line) },
    );
    expect(log.items.map((item) => item.line)).toEqual([2, 4]);
    expect(log.afterAsOf).toBe(1);
    expect(log.unreadableScores).toBe(1);
    expect(log.noEvidenceLine).toBe(4);
    expect(noEvidence).toEqual([4]);
  });

  it('notes a field over the text cap with its length', () => {
    const long = 'a'.repeat(TEXT_CAP + 5);
    const log = classifyLog([row(2, long)], { file: 'c.csv', rules, locale: 'en', asOf: undefined, strict: false });
    expect(log.firstTruncated).toEqual({ line: 2, fields: { text: TEXT_CAP + 5 } });
    expect(log.items[0]!.truncated).toEqual({ text: TEXT_CAP + 5 });
  });

  it('--strict: a record with nothing to classify it by stops the run (exit 3, its line)', () => {
    expect(() => classifyLog([row(7, '', { record: {} })], { file: 'c.csv', rules, locale: 'en', asOf: undefined, strict: true })).toThrow(expect.objectContaining({ code: 'CARE_NO_EVIDENCE', exitCode: 3, line: 7 }));
  });
});

describe('resolveLocale', () => {
  it('defaults to en and refuses a language the classifier has no words for (exit 2)', () => {
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('bg')).toBe('bg');
    expect(() => resolveLocale('de')).toThrow(expect.objectContaining({ code: 'CARE_BAD_LOCALE', exitCode: 2 }));
  });
});
