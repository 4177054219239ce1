import { describe, expect, it } from 'vitest';
import { DateColumn, DateKind, readDate, resolveSlashed } from '../../../src/ingest/fields/date.js';
import { dayFromYmd } from '../../../src/time/days.js';

const MARCH_5 = dayFromYmd(2024, 3, 5);

describe('readDate: unambiguous shapes', () => {
  it.each([
    ['2024-03-05', 'ISO date'],
    ['2024-03-05T10:00:00', 'ISO date-time with T'],
    ['2024-03-05 10:00', 'ISO date-time with a space'],
    ['2024-03-05T23:30:00-05:00', 'an offset that would move the UTC day forward'],
    ['2024-03-05T00:30:00+03:00', 'an offset that would move the UTC day back'],
    ['2024-03-05 23:59:59 -0500', 'Shopify style'],
    ['2024-03-05T10:00:00Z', 'UTC'],
    ['2024-03-05t10:00', 'lower-case t'],
    ['  2024-03-05  ', 'padded'],
    ['20240305', 'compact YYYYMMDD'],
    ['05.03.2024', 'DD.MM.YYYY'],
    ['05.03.2024 14:20:00', 'DD.MM.YYYY HH:MM:SS'],
    ['5.3.2024', 'D.M.YYYY'],
    ['5.3.24', 'D.M.YY'],
    ['05.03.24', 'DD.MM.YY'],
    ['2024/03/05', 'YYYY/MM/DD'],
    ['2024/3/5', 'YYYY/M/D'],
    ['2024/3/5 9:07', 'YYYY/M/D H:MM'],
  ])('%s (%s) is 5 March 2024 — the calendar date as written', (text) => {
    expect(readDate(text)).toEqual({ kind: DateKind.Day, value: MARCH_5 });
  });

  it('dotted dates are day-first even when --date-format says MDY', () => {
    expect(readDate('05.03.2024', 'MDY')).toEqual({ kind: DateKind.Day, value: MARCH_5 });
  });

  it('two-digit years pivot at 69 (POSIX): 68 → 2068, 69 → 1969', () => {
    expect(readDate('1.1.68')).toEqual({ kind: DateKind.Day, value: dayFromYmd(2068, 1, 1) });
    expect(readDate('1.1.69')).toEqual({ kind: DateKind.Day, value: dayFromYmd(1969, 1, 1) });
    expect(readDate('31.12.99')).toEqual({ kind: DateKind.Day, value: dayFromYmd(1999, 12, 31) });
    expect(readDate('29.02.00')).toEqual({ kind: DateKind.Day, value: dayFromYmd(2000, 2, 29) });
  });

  it('leap days exist only in leap years', () => {
    expect(readDate('2024-02-29').kind).toBe(DateKind.Day);
    expect(readDate('2000-02-29').kind).toBe(DateKind.Day);
    expect(readDate('2023-02-29').kind).toBe(DateKind.Bad);
    expect(readDate('2100-02-29').kind).toBe(DateKind.Bad);
    expect(readDate('29.02.1900').kind).toBe(DateKind.Bad);
  });

  it.each(['2024-02-30', '2024-13-01', '2024-00-10', '2024-04-31', '2024-01-32', '20241301', '2024033', '32.01.2024', '01.13.2024',
    'yesterday', '', '   ', '2024-03', '2024-03-05-07', '2024.03/05', '05/03', '2024-03-05x', 'N/A', '13/13/2024', '31/31/2024', '5/3/124'])(
    '%j is not a date',
    (text) => {
      expect(readDate(text).kind).toBe(DateKind.Bad);
    },
  );
});

describe('readDate: slashed D/M/Y and M/D/Y', () => {
  it('leaves the order to the column when a cell could be read either way', () => {
    // packed as year·10000 + first·100 + second
    expect(readDate('05/03/2024')).toEqual({ kind: DateKind.Slashed, value: 20240503 });
    expect(readDate('5/3/24')).toEqual({ kind: DateKind.Slashed, value: 20240503 });
    expect(readDate('13/03/2024')).toEqual({ kind: DateKind.Slashed, value: 20241303 });
    expect(readDate('12/1/2010 8:26')).toEqual({ kind: DateKind.Slashed, value: 20101201 });
  });

  it('a given order reads the cell directly', () => {
    expect(readDate('05/03/2024', 'DMY')).toEqual({ kind: DateKind.Day, value: MARCH_5 });
    expect(readDate('03/05/2024', 'MDY')).toEqual({ kind: DateKind.Day, value: MARCH_5 });
    expect(readDate('12/31/2024', 'DMY').kind).toBe(DateKind.Bad);
    expect(readDate('31/12/2024', 'MDY').kind).toBe(DateKind.Bad);
    expect(readDate('05/03/2024', 'YMD').kind).toBe(DateKind.Bad);
    // ISO is ISO whatever the order says
    expect(readDate('2024-03-05', 'MDY')).toEqual({ kind: DateKind.Day, value: MARCH_5 });
  });

  it('resolveSlashed applies the decided order', () => {
    expect(resolveSlashed(20240503, 'DMY')).toBe(MARCH_5);
    expect(resolveSlashed(20240305, 'MDY')).toBe(MARCH_5);
    expect(resolveSlashed(20241303, 'MDY')).toBeUndefined();
  });
});

describe('DateColumn decides the order from the whole column', () => {
  const column = (...cells: string[]) => {
    const dates = new DateColumn();
    cells.forEach((cell, i) => {
      const read = readDate(cell);
      if (read.kind === DateKind.Slashed) dates.observe(read.value, i + 2);
    });
    return dates;
  };

  it('a first number above 12 anywhere makes it D/M/Y', () => {
    expect(column('03/04/2024', '05/06/2024', '25/12/2024').decide()).toBe('DMY');
  });

  it('a second number above 12 anywhere makes it M/D/Y', () => {
    expect(column('03/04/2024', '12/25/2024', '05/06/2024').decide()).toBe('MDY');
  });

  it('both is a conflict, with the first line of each', () => {
    const dates = column('13/01/2024', '01/02/2024', '01/13/2024');
    expect(dates.decide()).toBe('conflict');
    expect(dates.dayFirstLine).toBe(2);
    expect(dates.monthFirstLine).toBe(4);
  });

  it('neither is ambiguous, unless every date reads the same both ways', () => {
    expect(column('03/04/2024', '05/06/2024').decide()).toBe('ambiguous');
    expect(column('03/03/2024', '11/11/2024').decide()).toBe('DMY');
    expect(column('2024-01-01').decide()).toBeUndefined();
  });

  it('merges what several readers saw', () => {
    const a = column('03/04/2024');
    const b = column('x', 'y', '12/25/2024');
    a.merge(b);
    expect(a.decide()).toBe('MDY');
    expect(a.monthFirstLine).toBe(4);
    expect(a.slashed).toBe(2);
  });
});
