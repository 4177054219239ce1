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

/** Codes of readDateCode: a day number, `BAD_DATE`, or `SLASHED_BASE` + packed slashed date. */
export const BAD_DATE = Number.NaN;
export const SLASHED_BASE = 1_000_000_000;

/** Two-digit years: 00–68 → 2000s, 69–99 → 1900s (the POSIX strptime pivot). */
function fullYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 69 ? 2000 + year : 1900 + year;
}

function dayOrBad(year: number, month: number, day: number): number {
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : BAD_DATE;
}

/**
 * Reads a date cell. `order` forces how slashed (and dashed D-M-Y) dates are read; without it
 * they come back as `Slashed` for the column to decide.
 */
export function readDate(text: string, order?: DateOrder): DateCell {
  const code = readDateCode(text, order);
  if (Number.isNaN(code)) return { kind: DateKind.Bad, value: 0 };
  if (code >= SLASHED_BASE) return { kind: DateKind.Slashed, value: code - SLASHED_BASE };
  return { kind: DateKind.Day, value: code };
}

/**
 * The allocation-free form of readDate for the per-row path: a day number, NaN when the cell
 * is not a date, or SLASHED_BASE + year·10000 + first·100 + second for a slashed date whose
 * order the column decides. Reads `text` from `from` to `to` (a cell inside a line, no slicing).
 */
export function readDateCode(text: string, order?: DateOrder, from = 0, to = text.length): number {
  let i = from;
  const n = to;
  while (i < n && text.charCodeAt(i) <= 32) i++;
  // Three numbers a, b, c with their digit counts; plain locals, no array per call.
  let a = 0;
  let b = 0;
  let c = 0;
  let da = 0;
  let db = 0;
  let dc = 0;
  let separator = 0;
  let part = 0;
  for (; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      const digit = ch - 48;
      if (part === 0) {
        a = a * 10 + digit;
        if (++da > 8) return BAD_DATE;
      } else if (part === 1) {
        b = b * 10 + digit;
        if (++db > 2) return BAD_DATE;
      } else {
        c = c * 10 + digit;
        if (++dc > 4) return BAD_DATE;
      }
      continue;
    }
    if ((part === 0 ? da : part === 1 ? db : dc) === 0) return BAD_DATE;
    if (part < 2 && (ch === 45 || ch === 46 || ch === 47)) {
      // - . /  — the same separator must be used twice
      if (part === 0) separator = ch;
      else if (ch !== separator) return BAD_DATE;
      part++;
      continue;
    }
    // After a complete date: a time part (T or space) or a trailing dot (D.M.Y.).
    if (part === 2 && (ch === 84 || ch === 116 || ch === 32 || (ch === 46 && separator === 46))) break;
    return BAD_DATE;
  }
  if (part === 0) {
    // Compact YYYYMMDD
    if (da !== 8) return BAD_DATE;
    return dayOrBad(Math.floor(a / 10000), Math.floor(a / 100) % 100, a % 100);
  }
  if (part !== 2 || dc === 0) return BAD_DATE;
  if (da === 4) return dc <= 2 ? dayOrBad(a, b, c) : BAD_DATE; // Y-M-D, Y/M/D, Y.M.D
  if (da > 2 || (dc !== 2 && dc !== 4)) return BAD_DATE;
  const year = fullYear(c, dc);
  if (separator === 46) return dayOrBad(year, b, a); // D.M.Y: dotted dates are day-first everywhere we serve
  if (order === 'DMY') return dayOrBad(year, b, a);
  if (order === 'MDY') return dayOrBad(year, a, b);
  if (order === 'YMD') return BAD_DATE;
  if (!isValidYmd(year, b, a) && !isValidYmd(year, a, b)) return BAD_DATE;
  return SLASHED_BASE + year * 10000 + a * 100 + b;
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
