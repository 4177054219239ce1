/**
 * Calendar periods as integer ordinals, so "cohort + k" is plain arithmetic.
 * Weeks are ISO weeks (Monday first; the week belongs to the ISO year of its Thursday),
 * months `2011-01`, quarters `2011-Q1`, years `2011`.
 */
import { type Day, dayFromYmd, formatDay, ymdFromDay } from './days.js';

export const PERIOD_KINDS = ['week', 'month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** Day 0 (1970-01-01) is a Thursday, so Mondays are the days ≡ −3 (mod 7). */
const MONDAY_OFFSET = 3;

/** The ordinal of the period containing a day. */
export function periodOf(day: Day, kind: PeriodKind): number {
  if (kind === 'week') return Math.floor((day + MONDAY_OFFSET) / 7);
  const { year, month } = ymdFromDay(day);
  switch (kind) {
    case 'month':
      return year * 12 + (month - 1);
    case 'quarter':
      return year * 4 + Math.floor((month - 1) / 3);
    case 'year':
      return year;
  }
}

/** First day of a period. */
export function periodStart(ordinal: number, kind: PeriodKind): Day {
  switch (kind) {
    case 'week':
      return ordinal * 7 - MONDAY_OFFSET;
    case 'month':
      return dayFromYmd(Math.floor(ordinal / 12), (ordinal % 12) + 1, 1);
    case 'quarter':
      return dayFromYmd(Math.floor(ordinal / 4), (ordinal % 4) * 3 + 1, 1);
    case 'year':
      return dayFromYmd(ordinal, 1, 1);
  }
}

/** First day after a period (its exclusive end). */
export function periodEnd(ordinal: number, kind: PeriodKind): Day {
  return periodStart(ordinal + 1, kind);
}

/** ISO year and week number of the week with this ordinal. */
export function isoWeekOf(weekOrdinal: number): { year: number; week: number } {
  const thursday = periodStart(weekOrdinal, 'week') + 3;
  const year = ymdFromDay(thursday).year;
  const week = Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** `2011-W01`, `2011-01`, `2011-Q1`, `2011`. */
export function periodLabel(ordinal: number, kind: PeriodKind): string {
  switch (kind) {
    case 'week': {
      const { year, week } = isoWeekOf(ordinal);
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return `${Math.floor(ordinal / 12)}-${String((ordinal % 12) + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${Math.floor(ordinal / 4)}-Q${(ordinal % 4) + 1}`;
    case 'year':
      return String(ordinal);
  }
}

/** `2011-W49` for a day: the label of its ISO week (used for `{isoWeek}` in --out). */
export function isoWeekLabel(day: Day): string {
  return periodLabel(periodOf(day, 'week'), 'week');
}

export interface PeriodSpan {
  ordinal: number;
  label: string;
  start: Day;
  /** exclusive */
  end: Day;
  startLabel: string;
  endLabel: string;
}

/** The period with its boundaries, ready for output. */
export function describePeriod(ordinal: number, kind: PeriodKind): PeriodSpan {
  const start = periodStart(ordinal, kind);
  const end = periodEnd(ordinal, kind);
  return { ordinal, label: periodLabel(ordinal, kind), start, end, startLabel: formatDay(start), endLabel: formatDay(end) };
}
