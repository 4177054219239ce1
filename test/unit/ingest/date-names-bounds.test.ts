/**
 * Dates with month names (English, Russian, Bulgarian) and the bounds of time: days outside
 * 1900-01-01..2100-12-31 are not dates (docs/ingestion.md "Dates"; docs/guarantees.md "Time has bounds").
 */
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../../src/ingest/orders.js';
import { DateKind, readDate, readDateCode, whyNotADate } from '../../../src/ingest/fields/date.js';
import { dayFromYmd, formatDay } from '../../../src/time/days.js';
import { csvSource } from '../../helpers/csv-source.js';

describe('readDate: month names', () => {
  it.each([
    ['Mar-05-24', 2024, 3, 5],
    ['05-Mar-2024', 2024, 3, 5],
    ['05-mar-24', 2024, 3, 5],
    ['2024-Mar-05', 2024, 3, 5],
    ['09/Oct/25 1:42 PM', 2025, 10, 9],
    ['March 5, 2024', 2024, 3, 5],
    ['Sept 30, 1999', 1999, 9, 30],
    ['5 марта 2024', 2024, 3, 5],
    ['05 фев. 2024', 2024, 2, 5],
    ['1 мая 2024 г.', 2024, 5, 1],
    ['5 март 2024', 2024, 3, 5],
    ['5 мар 2024 г.', 2024, 3, 5],
    ['12 декабря 2023 14:05', 2023, 12, 12],
    ['3 септември 2024', 2024, 9, 3],
    ['3 Юли 2024', 2024, 7, 3],
    ['1-Jan-70', 1970, 1, 1],
  ])('%s', (text, year, month, day) => {
    expect(readDate(text)).toEqual({ kind: DateKind.Day, value: dayFromYmd(year, month, day) });
  });

  it.each(['Marketing 5 2024', '31 Feb 2024', '5 марта', 'Mar 5', '5 Mar 2024 later', '5 Foo 2024', 'March 5, 2024x'])('%s is not a date, where its well-formed kin is', (text) => {
    expect(readDate(text).kind).toBe(DateKind.Bad);
    expect(readDate('5 Mar 2024').kind).toBe(DateKind.Day);
  });

  it('reads a cell inside a line (the per-row form) without slicing', () => {
    const line = 'A1,05 фев. 2024,10';
    expect(formatDay(readDateCode(line, undefined, 3, 15))).toBe('2024-02-05');
  });
});

describe('the bounds of time', () => {
  it.each(['9999-12-31', '0001-01-01', '1899-12-31', '2101-01-01', '31.12.9999', '99991231', '12/31/9999', '31/12/2101'])('%s is not a date (the edges are)', (text) => {
    expect(readDate(text).kind).toBe(DateKind.Bad);
    expect(readDate('1900-01-01')).toEqual({ kind: DateKind.Day, value: dayFromYmd(1900, 1, 1) });
    expect(readDate('2100-12-31')).toEqual({ kind: DateKind.Day, value: dayFromYmd(2100, 12, 31) });
    expect(whyNotADate(text)).toBe(`"${text}" is outside the dates care reads (1900-01-01 to 2100-12-31)`);
  });

  it('an orders row dated 9999-12-31 is a badDate row with its line; the last day stays real', async () => {
    const csv = 'order_id,customer,date,amount\n1,A,2024-01-05,5\n2,B,9999-12-31,6\n3,C,2024-02-07,7\n';
    const read = await readOrders(csvSource(csv));
    expect(read.ingest.skipped).toMatchObject({ badDate: 1 });
    expect(read.firstLineBySkip['badDate']).toBe(3);
    expect(formatDay(read.history.lastDay!)).toBe('2024-02-07');
  });
});
