/**
 * Date cells → day numbers, by scanning char codes (no regex, no Date per row).
 * Accepted: ISO 8601 date or date-time (the calendar date as written is the day), compact
 * YYYYMMDD, DD.MM.YYYY and D.M.YY, YYYY/MM/DD and YYYY/M/D, and slashed D/M/Y or M/D/Y whose
 * order is decided from the whole column (see DateColumn).
 */
import { type Day, dayFromYmd, isValidYmd } from '../../time/days.js';
import type { DateOrder } from '../types.js';

/** Result of reading one cell: a day, a slashed date whose order is not known yet, or bad. */
export const DateKind = {
  Bad: 0,
  Day: 1,
  /** First two numbers could be day/month either way; `value` = year·10000 + first·100 + second. */
  Slashed: 2,
} as const;
export type DateKind = (typeof DateKind)[keyof typeof DateKind];

export interface DateCell {
  kind: DateKind;
  value: number;
}

const BAD: DateCell = { kind: DateKind.Bad, value: 0 };

/** Two-digit years: 00–68 → 2000s, 69–99 → 1900s (the POSIX strptime pivot). */
function fullYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 69 ? 2000 + year : 1900 + year;
}

function dayOrBad(year: number, month: number, day: number): DateCell {
  return isValidYmd(year, month, day) ? { kind: DateKind.Day, value: dayFromYmd(year, month, day) } : BAD;
}

/**
 * Reads a date cell. `order` forces how slashed (and dashed D-M-Y) dates are read; without it
 * they come back as `Slashed` for the column to decide.
 */
export function readDate(text: string, order?: DateOrder): DateCell {
  let i = 0;
  const n = text.length;
  while (i < n && text.charCodeAt(i) <= 32) i++;
  const numbers = [0, 0, 0];
  const digits = [0, 0, 0];
  let separator = 0;
  let part = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      numbers[part] = numbers[part]! * 10 + (c - 48);
      digits[part]!++;
      if (digits[part]! > 8) return BAD;
      continue;
    }
    if (digits[part] === 0) return BAD;
    if (part < 2 && (c === 45 || c === 46 || c === 47)) {
      // - . /  — the same separator must be used twice
      if (part === 0) separator = c;
      else if (c !== separator) return BAD;
      part++;
      continue;
    }
    // After a complete date: a time part (T or space) or a trailing dot ("05.01.2024 г." is rare; the dot in "5.1.24." is not).
    if (part === 2 && (c === 84 || c === 116 || c === 32 || (c === 46 && separator === 46))) break;
    return BAD;
  }
  if (part === 0) {
    // Compact YYYYMMDD
    if (digits[0] !== 8) return BAD;
    const v = numbers[0]!;
    return dayOrBad(Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100);
  }
  if (part !== 2 || digits[2] === 0) return BAD;
  const [a, b, c] = numbers as [number, number, number];
  if (digits[0] === 4) return dayOrBad(a, b, c); // Y-M-D, Y/M/D, Y.M.D
  if (digits[0]! > 2 || digits[1]! > 2 || (digits[2] !== 2 && digits[2] !== 4)) return BAD;
  const year = fullYear(c, digits[2]!);
  if (separator === 46) return dayOrBad(year, b, a); // D.M.Y: dotted dates are day-first everywhere we serve
  if (order === 'DMY') return dayOrBad(year, b, a);
  if (order === 'MDY') return dayOrBad(year, a, b);
  if (order === 'YMD') return BAD;
  const dayFirstOk = isValidYmd(year, b, a);
  const monthFirstOk = isValidYmd(year, a, b);
  if (!dayFirstOk && !monthFirstOk) return BAD;
  return { kind: DateKind.Slashed, value: year * 10000 + a * 100 + b };
}

/** The day of a packed slashed date once the column's order is known (undefined if invalid that way). */
export function resolveSlashed(packed: number, order: 'DMY' | 'MDY'): Day | undefined {
  const year = Math.floor(packed / 10000);
  const first = Math.floor(packed / 100) % 100;
  const second = packed % 100;
  const [month, day] = order === 'DMY' ? [second, first] : [first, second];
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : undefined;
}

/**
 * What the whole column says about slashed dates: a first number above 12 can only be a day
 * (D/M/Y), a second above 12 only a day in second place (M/D/Y). Both seen is a contradiction;
 * neither seen, with some date where the two readings differ, is ambiguous.
 */
export class DateColumn {
  dayFirstLine: number | undefined;
  monthFirstLine: number | undefined;
  ambiguousLine: number | undefined;
  slashed = 0;

  observe(packed: number, line: number): void {
    this.slashed++;
    const first = Math.floor(packed / 100) % 100;
    const second = packed % 100;
    if (first > 12) this.dayFirstLine ??= line;
    else if (second > 12) this.monthFirstLine ??= line;
    else if (first !== second) this.ambiguousLine ??= line;
  }

  /** The order the column shows, 'conflict' or 'ambiguous'; undefined when no slashed dates were seen. */
  decide(): 'DMY' | 'MDY' | 'conflict' | 'ambiguous' | undefined {
    if (this.slashed === 0) return undefined;
    if (this.dayFirstLine !== undefined && this.monthFirstLine !== undefined) return 'conflict';
    if (this.dayFirstLine !== undefined) return 'DMY';
    if (this.monthFirstLine !== undefined) return 'MDY';
    return this.ambiguousLine === undefined ? 'DMY' : 'ambiguous';
  }

  merge(other: DateColumn): void {
    this.slashed += other.slashed;
    this.dayFirstLine = minDefined(this.dayFirstLine, other.dayFirstLine);
    this.monthFirstLine = minDefined(this.monthFirstLine, other.monthFirstLine);
    this.ambiguousLine = minDefined(this.ambiguousLine, other.ambiguousLine);
  }
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
