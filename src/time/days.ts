/**
 * Calendar days as integer day numbers (days since 1970-01-01, proleptic Gregorian).
 * Per-row code works with these integers; no `Date` object is made per row.
 * Conversions follow Howard Hinnant's `days_from_civil` / `civil_from_days`
 * (http://howardhinnant.github.io/date_algorithms.html), exact for every year.
 */

export type Day = number;

export interface Ymd {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

/** Day number of a calendar date. Does not validate; see `isValidYmd`. */
export function dayFromYmd(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Calendar date of a day number. */
export function ymdFromDay(dayNumber: Day): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** ISO weekday: Monday = 1 … Sunday = 7. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(dayNumber: Day): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD`. */
export function formatDay(dayNumber: Day): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The one parser of ISO dates outside the per-row cell reader (src/ingest/fields/date.ts):
 * options (`--as-of`), template data, the report's JSON. A strict `YYYY-MM-DD` of a real
 * calendar day (2026-02-30 is not one); undefined otherwise. With `time: true` a time part may
 * follow (`2026-03-05T10:00:00Z`, `2026-03-05 10:00+03:00`) and the day is the one written.
 */
export function parseIsoDay(text: string, options: { time?: boolean } = {}): Day | undefined {
  const match = (options.time ? ISO_DATE_TIME : ISO_DATE).exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds since the epoch at the start (UTC) of a day, for Intl.DateTimeFormat with timeZone UTC. */
export function utcMillisOfDay(day: Day): number {
  return day * 86_400_000;
}
