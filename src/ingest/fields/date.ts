/**
 * Date cells → day numbers, by scanning char codes (no regex, no Date per row).
 * Accepted: ISO 8601 date or date-time (the calendar date as written is the day), compact
 * YYYYMMDD, DD.MM.YYYY and D.M.YY, YYYY/MM/DD and YYYY/M/D, slashed D/M/Y or M/D/Y whose
 * order is decided from the whole column (see DateColumn), and dates with a month name in English,
 * Russian or Bulgarian (`Mar-05-24`, `05-Mar-2024`, `09/Oct/25 1:42 PM`, `March 5, 2024`,
 * `5 марта 2024`, `05 фев. 2024`, `5 мар 2024 г.`). Days outside DATE_RANGE are not dates
 * (docs/guarantees.md, "Time has bounds").
 */
import { type Day, dayFromYmd, isValidYmd } from '../../time/days.js';
import type { DateOrder } from '../types.js';
import { InputError } from '../../errors.js';
import { say } from '../../i18n/index.js';

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

/**
 * The days care reads: 1900-01-01 to 2100-12-31. A row dated 9999-12-31 or 0001-01-01 is a bad
 * row (badDate), never a period millennia long. Whole years, so a slashed date whose order is not
 * decided yet is checked by its year alone.
 */
export const DATE_RANGE = { minYear: 1900, maxYear: 2100, min: '1900-01-01', max: '2100-12-31' } as const;
export const MIN_DAY: Day = dayFromYmd(DATE_RANGE.minYear, 1, 1);
export const MAX_DAY: Day = dayFromYmd(DATE_RANGE.maxYear, 12, 31);

/** Two-digit years: 00–68 → 2000s, 69–99 → 1900s (the POSIX strptime pivot). */
function fullYear(year: number, digits: number): number {
  if (digits > 2) return year;
  return year < 69 ? 2000 + year : 1900 + year;
}

/** Whether the last date read as bad was a real calendar date outside DATE_RANGE (for the message). */
let lastOutOfRange = false;

function dayOrBad(year: number, month: number, day: number): number {
  if (!isValidYmd(year, month, day)) return BAD_DATE;
  if (year < DATE_RANGE.minYear || year > DATE_RANGE.maxYear) {
    lastOutOfRange = true;
    return BAD_DATE;
  }
  return dayFromYmd(year, month, day);
}

/** Why `text` is not a date, for a bad row's message. */
export function whyNotADate(text: string, order?: DateOrder): string {
  lastOutOfRange = false;
  readDateCode(text, order);
  return lastOutOfRange ? `"${text}" is outside the dates care reads (${DATE_RANGE.min} to ${DATE_RANGE.max})` : `"${text}" is not a date`;
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
    if ((part === 0 ? da : part === 1 ? db : dc) === 0) return isLetter(ch) ? readNamedMonthDate(text, from, to) : BAD_DATE;
    if (part < 2 && (ch === 45 || ch === 46 || ch === 47)) {
      // - . /  — the same separator must be used twice
      if (part === 0) separator = ch;
      else if (ch !== separator) return BAD_DATE;
      part++;
      continue;
    }
    // After a complete date: a time part (T or space) or a trailing dot (D.M.Y.).
    if (part === 2 && (ch === 84 || ch === 116 || ch === 32 || (ch === 46 && separator === 46))) break;
    if (part < 2 && (ch === 32 || isLetter(ch))) return readNamedMonthDate(text, from, to); // 5 марта 2024, 05-Mar-2024
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
  if (year < DATE_RANGE.minYear || year > DATE_RANGE.maxYear) {
    lastOutOfRange = true;
    return BAD_DATE;
  }
  return SLASHED_BASE + year * 10000 + a * 100 + b;
}

function isLetter(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || (ch >= 0x410 && ch <= 0x44f) || ch === 0x401 || ch === 0x451;
}

/** Month names and their abbreviations, lower case: English, Russian (nominative, genitive), Bulgarian. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const names: string[][] = [
    ['jan', 'january', 'январь', 'января', 'янв', 'януари', 'яну'],
    ['feb', 'february', 'февраль', 'февраля', 'фев', 'февр', 'февруари'],
    ['mar', 'march', 'март', 'марта', 'мар'],
    ['apr', 'april', 'апрель', 'апреля', 'апр', 'април'],
    ['may', 'май', 'мая'],
    ['jun', 'june', 'июнь', 'июня', 'июн', 'юни'],
    ['jul', 'july', 'июль', 'июля', 'июл', 'юли'],
    ['aug', 'august', 'август', 'августа', 'авг'],
    ['sep', 'sept', 'september', 'сентябрь', 'сентября', 'сен', 'сент', 'септември', 'сеп', 'септ'],
    ['oct', 'october', 'октябрь', 'октября', 'окт', 'октомври'],
    ['nov', 'november', 'ноябрь', 'ноября', 'ноя', 'нояб', 'ноември', 'ное'],
    ['dec', 'december', 'декабрь', 'декабря', 'дек', 'декември'],
  ];
  const map = new Map<string, number>();
  names.forEach((forms, index) => forms.forEach((form) => map.set(form, index + 1)));
  return map;
})();

/**
 * A date with a month name: the month word and two numbers (day and year) in the orders
 * `Mon D Y`, `D Mon Y` or `Y Mon D`, separated by spaces, `-`, `/`, `.` or `,`; then nothing, a
 * time (after a space), or `г.`/`года`. Two-digit years as D.M.YY. Only reached when a cell has a
 * letter where a number was expected, so numeric dates cost nothing more.
 */
function readNamedMonthDate(text: string, from: number, to: number): number {
  let month = 0;
  let monthAt = -1;
  const numbers = [0, 0];
  const digits = [0, 0];
  let count = 0;
  let tokens = 0;
  let i = from;
  while (i < to && tokens < 3) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 45 || ch === 47 || ch === 46 || ch === 44 || ch === 9) {
      i++;
      continue;
    }
    if (ch >= 48 && ch <= 57) {
      if (count === 2) return BAD_DATE;
      let value = 0;
      let length = 0;
      while (i < to && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
        value = value * 10 + text.charCodeAt(i) - 48;
        if (++length > 4) return BAD_DATE;
        i++;
      }
      numbers[count] = value;
      digits[count] = length;
      count++;
      tokens++;
      continue;
    }
    if (!isLetter(ch) || month !== 0) return BAD_DATE;
    const start = i;
    while (i < to && isLetter(text.charCodeAt(i))) i++;
    month = MONTHS.get(text.slice(start, i).toLowerCase()) ?? 0;
    if (month === 0) return BAD_DATE;
    monthAt = tokens;
    tokens++;
  }
  if (month === 0 || count !== 2) return BAD_DATE;
  if (!restIsTimeOrYearWord(text, i, to)) return BAD_DATE;
  let year: number;
  let day: number;
  if (monthAt === 1 && digits[0] === 4) {
    // Y Mon D
    year = numbers[0]!;
    day = numbers[1]!;
    if (digits[1]! > 2) return BAD_DATE;
  } else {
    // Mon D Y or D Mon Y
    day = numbers[0]!;
    if (digits[0]! > 2 || (digits[1] !== 2 && digits[1] !== 4)) return BAD_DATE;
    year = fullYear(numbers[1]!, digits[1]!);
  }
  return dayOrBad(year, month, day);
}

/** After the date: nothing, `г`/`г.`/`года`, then nothing or a time that starts with a digit after a space. */
function restIsTimeOrYearWord(text: string, at: number, to: number): boolean {
  let i = at;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 44)) i++;
  if (i >= to) return true;
  const ch = text.charCodeAt(i);
  if (ch === 0x433 /* г */) {
    let end = i + 1;
    while (end < to && isLetter(text.charCodeAt(end))) end++;
    const word = text.slice(i, end);
    if (word !== 'г' && word !== 'года' && word !== 'год') return false;
    i = end;
    if (i < to && text.charCodeAt(i) === 46) i++;
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (i >= to) return true;
  }
  if (i === at) return false; // a time must follow a space
  return text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57 && text.charCodeAt(i - 1) === 32;
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
  /** The order to read the column's slashed dates in; a conflict or an ambiguity is exit 3 naming the field and a line. */
  settle(decision: ReturnType<DateColumn['decide']>, field: string, file: string): 'DMY' | 'MDY' {
    if (decision === 'conflict') {
      throw new InputError('CARE_MIXED_DATES', `the ${field} column mixes day-first (line ${this.dayFirstLine}) and month-first (line ${this.monthFirstLine}) dates`, {
        file,
        field,
        hint: 'pass --date-format DMY or MDY',
        say: say('error.mixedDates', { field, dayFirst: String(this.dayFirstLine), monthFirst: String(this.monthFirstLine) }),
        hintSay: say('hint.passDateFormat'),
      });
    }
    if (decision === 'ambiguous') {
      throw new InputError('CARE_AMBIGUOUS_DATES', `every slashed ${field} could be day-first or month-first (e.g. line ${this.ambiguousLine})`, {
        file,
        field,
        hint: 'pass --date-format DMY (31/12/2024) or --date-format MDY (12/31/2024)',
        say: say('error.ambiguousDates', { field, line: String(this.ambiguousLine) }),
        hintSay: say('hint.dateFormatExamples'),
      });
    }
    return decision === 'MDY' ? 'MDY' : 'DMY';
  }

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
