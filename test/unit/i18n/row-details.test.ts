/** A bad row's detail under --strict, said in Russian and Bulgarian (src/i18n/known-notes.ts, knownRowDetail). */
import { describe, expect, it } from 'vitest';
import { ROW_DETAIL_KEYS, knownRowDetail, sayIn } from '../../../src/i18n/index.js';

/** [reason, detail] as the readers write them (src/ingest: order-aggregator.ts, records.ts, read.ts, tickets.ts, survey.ts, fields/date.ts; src/commands/load-retention.ts). */
const DETAILS: [string, string][] = [
  ['ragged', '4 fields where the header has 3'],
  ['badDate', 'belongs to order 1001, whose first row was skipped'],
  ['badDate', '"31.02.2024" is not a date'],
  ['badDate', '"soon" is not a date or a date and time'],
  ['badDate', '"1066-10-14" is outside the dates care reads (1900-01-01 to 2199-12-31)'],
  ['badDate', '"1066-10-14" is outside the dates care reads (1900-01-01 to 2199-12-31) or a date and time'],
  ['missingAmount', 'the amount is empty'],
  ['badAmount', '"12,3,4" is not an amount'],
  ['badQuantity', '"two" is not a quantity'],
  ['badPrice', '"n/a" is not a price'],
  ['badValue', '"1.5" is not a whole number'],
  ['badValue', '"x" is not a number'],
  ['otherCurrency', 'amount in USD'],
  ['missingValue', 'no date'],
  ['badScore', 'the score is empty'],
  ['badScore', 'score "11" is not a whole number from 0 to 10'],
  ['badValue', '"soon" is not a duration in minutes'],
  ['badValue', '"soon" is not a duration in hours'],
  ['badValue', 'the first reply is before the ticket was created'],
  ['badValue', 'the resolution is before the ticket was created'],
  ['badDate', 'the end date is before the start date'],
  ['badValue', 'unknown billing interval "fortnight" (month, year, week or day)'],
  ['badQuote', 'a quoted field closes mid-field ("\\"abc\\"def"); write a quote inside a field as ""'],
  ['badQuote', 'a quoted field closes mid-field ("\\"abc\\"def", quote opened at line 4); write a quote inside a field as ""'],
  ['badQuote', 'the quote opened at line 7 ("\\"Ltd, 12 Main St") never closes; the lines after it are read as rows'],
];

describe('knownRowDetail', () => {
  it('recognises every detail above, and each pattern is reached', () => {
    const keys = DETAILS.map(([reason, detail]) => knownRowDetail(reason, detail).key);
    expect(keys.filter((key) => key === 'row.reasonDetail')).toEqual([]);
    expect(new Set(keys)).toEqual(new Set(ROW_DETAIL_KEYS));
  });

  it('says them in Russian and Bulgarian, values as written', () => {
    for (const [reason, detail] of DETAILS) {
      for (const lang of ['ru', 'bg'] as const) expect(sayIn(lang, knownRowDetail(reason, detail))).toMatch(/[А-Яа-я]/);
    }
    expect(sayIn('ru', knownRowDetail('otherCurrency', 'amount in USD'))).toBe('сумма в USD');
    expect(sayIn('ru', knownRowDetail('ragged', '21 fields where the header has 3'))).toBe('21 поле, а в заголовке 3');
    expect(sayIn('bg', knownRowDetail('ragged', '1 fields where the header has 3'))).toBe('1 поле, а заглавният ред има 3');
    expect(sayIn('bg', knownRowDetail('badDate', '"1066-10-14" is outside the dates care reads (1900-01-01 to 2199-12-31)'))).toBe('„1066-10-14“ е извън датите, които care чете (от 1900-01-01 до 2199-12-31)');
  });

  it('a detail of another shape: the reason in words, the detail as written', () => {
    expect(sayIn('ru', knownRowDetail('badDate', 'something new'))).toBe('нечитаемая дата: something new');
    expect(sayIn('bg', knownRowDetail('someReason', 'something new'))).toBe('someReason: something new');
  });
});
