/**
 * The calendar care passes into the SQL (docs/sql.md): the periods from the period of `since` to
 * the period holding the as-of day, with their first day, exclusive end, labels and whether the
 * last is partial (docs/definitions.md, "Days, periods, today"), and the check days of the
 * retention table: the day before each period's start, and the last period's last day (the
 * as-of day when it is partial). Computed here with src/time, so the SQL needs no calendar
 * functions, no window functions and no range joins.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import { type Day, formatDay } from '../time/days.js';
import { type PeriodKind, describePeriod, periodOf } from '../time/periods.js';

export interface CalendarPeriod {
  /** 0, 1, 2 … in order; the SQL joins on it. */
  k: number;
  label: string;
  start: Day;
  /** Exclusive. */
  end: Day;
  startLabel: string;
  endLabel: string;
  partial: boolean;
}

export interface Calendar {
  kind: PeriodKind;
  asOf: Day;
  periods: CalendarPeriod[];
  /** checks[j]: the day whose actives are the base at the start of period j (j < n), or at the end of the last (j = n). */
  checks: Day[];
}

/** Periods beyond this are a mistake (a `since` of year 1): the SQL would carry a huge list. */
const MAX_PERIODS = 5000;

export function buildCalendar(kind: PeriodKind, since: Day, asOf: Day): Calendar {
  if (since > asOf) throw new UsageError('CARE_BAD_DATE_OPTION', `--since ${formatDay(since)} is after --as-of ${formatDay(asOf)}`, { say: say('error.sinceAfterAsOf', { since: formatDay(since), asOf: formatDay(asOf) }) });
  const first = periodOf(since, kind);
  const last = periodOf(asOf, kind);
  if (last - first + 1 > MAX_PERIODS) throw new UsageError('CARE_BAD_DATE_OPTION', `--since ${formatDay(since)} gives ${last - first + 1} ${kind}s before --as-of; at most ${MAX_PERIODS}`, {
    hint: 'pass a --since on or shortly before the first order',
    say: say('error.tooManyPeriods', { since: formatDay(since), count: last - first + 1, kinds: say(`sql.${kind}s`), max: MAX_PERIODS }),
    hintSay: say('hint.sinceNearFirst'),
  });
  const periods: CalendarPeriod[] = [];
  for (let ordinal = first; ordinal <= last; ordinal++) {
    const span = describePeriod(ordinal, kind);
    periods.push({ k: ordinal - first, label: span.label, start: span.start, end: span.end, startLabel: span.startLabel, endLabel: span.endLabel, partial: false });
  }
  const lastPeriod = periods[periods.length - 1]!;
  lastPeriod.partial = lastPeriod.end - 1 > asOf;
  const checks = periods.map((p) => p.start - 1);
  checks.push(lastPeriod.partial ? asOf : lastPeriod.end - 1);
  return { kind, asOf, periods, checks };
}

/** The longest period of the calendar, in days (the SQL lists the days of each period). */
export function longestPeriod(calendar: Calendar): number {
  return Math.max(...calendar.periods.map((p) => p.end - p.start));
}
