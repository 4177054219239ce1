/**
 * Business time: how much of the interval between two instants falls inside working hours
 * (`Mon-Fri 09:00-18:00`, several spans a day allowed), on the wall clock of an IANA time zone,
 * with holidays (whole local days) left out. Pure; instants are epoch milliseconds.
 *
 * Time zones come from the platform's own tz database through Intl.DateTimeFormat (Node ships
 * full ICU), so no dependency is needed: the only thing read from it is the zone's UTC offset at
 * an instant. Daylight-saving changes are handled by converting each working span's wall-clock
 * start and end on each local day to instants separately, so a span that contains a change is as
 * long as the clock really ran (docs/definitions.md, "Business time").
 */
import { UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { type Day, dayFromYmd, daysInMonth, isoWeekday } from './days.js';

const MINUTE = 60_000;
const DAY_MINUTES = 1440;

/** Working spans per ISO weekday (index 1 = Monday … 7 = Sunday; index 0 unused), minutes from local midnight, [start, end). */
export interface BusinessHours {
  /** The spec as the user wrote it (for messages and output). */
  spec: string;
  week: ReadonlyArray<ReadonlyArray<readonly [start: number, end: number]>>;
}

export interface BusinessCalendar {
  hours: BusinessHours;
  /** IANA zone the working hours are on the wall clock of (`Europe/Sofia`). */
  timeZone: string;
  /** Local days with no working hours at all. */
  holidays: ReadonlySet<Day>;
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A spec the user wrote was not understood: exit 2, naming the option. */
function badSpec(spec: string, why: string, whySaid: MessageRef): UsageError {
  return new UsageError('CARE_BAD_BUSINESS_HOURS', `--business-hours "${spec}": ${why}`, {
    hint: 'write days then spans, groups separated by "," or ";": "Mon-Fri 09:00-18:00", "Mon-Fri 09:00-13:00 14:00-18:00; Sat 10:00-14:00", or "24/7"',
    say: say('error.businessHours', { spec, why: whySaid }),
    hintSay: say('hint.businessHours'),
  });
}

function parseDay(spec: string, word: string): number {
  const index = DAY_NAMES.indexOf(word.slice(0, 3).toLowerCase());
  const full = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  if (index === -1 || !(word.length === 3 || full[index] === word.toLowerCase())) throw badSpec(spec, `"${word}" is not a day (Mon, Tue, Wed, Thu, Fri, Sat, Sun)`, say('bh.notDay', { word }));
  return index + 1;
}

const TIME_SPAN = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;

function parseSpan(spec: string, text: string): [number, number] {
  const match = TIME_SPAN.exec(text);
  if (!match) throw badSpec(spec, `"${text}" is not a time span like 09:00-18:00`, say('bh.notSpan', { text }));
  const [h1, m1, h2, m2] = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
  if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 === 24 && m2 !== 0)) throw badSpec(spec, `"${text}" is not a time of day (00:00 to 24:00)`, say('bh.notTime', { text }));
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  if (end <= start) throw badSpec(spec, `"${text}" ends before it starts (a span across midnight is two spans: "Mon 22:00-24:00, Tue 00:00-06:00")`, say('bh.endsBeforeStart', { text }));
  return [start, end];
}

/**
 * `Mon-Fri 09:00-18:00`, `Mon-Fri 09:00-13:00 14:00-18:00; Sat 10:00-14:00`, `Sun-Thu 08:00-17:00`
 * (a range may wrap past Sunday), `24/7`. Groups are separated by `,` or `;`; a day named twice
 * keeps all its spans, which must not overlap. Anything else is a UsageError (exit 2).
 */
export function parseBusinessHours(spec: string): BusinessHours {
  const week: [number, number][][] = [[], [], [], [], [], [], [], []];
  const trimmed = spec.trim();
  if (trimmed === '') throw badSpec(spec, 'no working hours given', say('bh.noHours'));
  if (trimmed === '24/7') {
    for (let day = 1; day <= 7; day++) week[day]!.push([0, DAY_MINUTES]);
    return { spec: trimmed, week };
  }
  for (const group of trimmed.split(/[,;]/)) {
    const words = group.trim().split(/\s+/).filter((word) => word !== '');
    if (words.length === 0) throw badSpec(spec, 'an empty group between separators', say('bh.emptyGroup'));
    const [days, ...spans] = words as [string, ...string[]];
    if (/^\d/.test(days)) throw badSpec(spec, `"${group.trim()}" names no days: start the group with Mon-Fri, Sat, …`, say('bh.noDays', { group: group.trim() }));
    if (spans.length === 0) throw badSpec(spec, `"${group.trim()}" has no time span: add one like 09:00-18:00`, say('bh.noSpan', { group: group.trim() }));
    const [first, last, extra] = days.split('-');
    if (extra !== undefined) throw badSpec(spec, `"${days}" is not a day or a range of days like Mon-Fri`, say('bh.notDayRange', { days }));
    const from = parseDay(spec, first!);
    const to = last === undefined ? from : parseDay(spec, last);
    const parsed = spans.map((text) => parseSpan(spec, text));
    for (let step = 0, day = from; step < 7; step++, day = (day % 7) + 1) {
      week[day]!.push(...parsed);
      if (day === to) break;
    }
  }
  for (let day = 1; day <= 7; day++) {
    const spans = week[day]!.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i]![0] < spans[i - 1]![1]) throw badSpec(spec, `two spans overlap on ${DAY_NAMES[day - 1]} (${fmt(spans[i - 1]!)} and ${fmt(spans[i]!)})`, say('bh.overlap', { day: String(DAY_NAMES[day - 1]), first: fmt(spans[i - 1]!), second: fmt(spans[i]!) }));
    }
  }
  return { spec: trimmed, week };
}

function fmt([start, end]: readonly [number, number]): string {
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hm(start)}-${hm(end)}`;
}

/** Whether the platform knows the zone (`Europe/Sofia`, `UTC`); a UsageError names the option otherwise. */
export function checkTimeZone(timeZone: string, option = '--timezone'): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError('CARE_BAD_TIMEZONE', `${option} ${timeZone}: not a time zone this system knows`, {
      hint: 'give an IANA zone name such as Europe/Sofia, America/New_York or UTC', say: say('error.unknownTimeZone', { option, zone: timeZone }), hintSay: say('hint.ianaZone'),
    });
  }
}

/**
 * The zone's clock: UTC offset at an instant, wall clock → instant. Intl is slow (a formatToParts
 * call per question), so offsets are cached per UTC day: the offsets at the day's first and last
 * second, and when they differ, the second the change happened (found by bisection). Exact for
 * every zone whose offset changes at most once a day, which is every zone of the tz database.
 */
export class ZoneClock {
  readonly timeZone: string;
  private readonly format: Intl.DateTimeFormat;
  /** UTC day → its offset, or [change instant, offset before, offset after]. */
  private readonly days = new Map<number, number | readonly [number, number, number]>();

  constructor(timeZone: string) {
    this.timeZone = checkTimeZone(timeZone);
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: this.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset of the wall clock from UTC at `instant`, in milliseconds (Sofia in summer: +3 h). */
  offsetAt(instant: number): number {
    const utcDay = Math.floor(instant / 86_400_000);
    let entry = this.days.get(utcDay);
    if (entry === undefined) {
      entry = this.dayEntry(utcDay);
      this.days.set(utcDay, entry);
    }
    if (typeof entry === 'number') return entry;
    return instant < entry[0] ? entry[1] : entry[2];
  }

  private dayEntry(utcDay: number): number | readonly [number, number, number] {
    const start = utcDay * 86_400_000;
    const last = start + 86_399_000;
    const before = this.exactOffset(start);
    const after = this.exactOffset(last);
    if (before === after) return before;
    // The first second with the new offset: before it, `before`; from it on, `after`.
    let low = start;
    let high = last;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (this.exactOffset(middle) === before) low = middle;
      else high = middle;
    }
    return [high, before, after];
  }

  /** The offset as Intl tells it (whole seconds). */
  private exactOffset(instant: number): number {
    let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    for (const part of this.format.formatToParts(instant)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
      else if (part.type === 'day') day = Number(part.value);
      else if (part.type === 'hour') hour = Number(part.value);
      else if (part.type === 'minute') minute = Number(part.value);
      else if (part.type === 'second') second = Number(part.value);
    }
    const wall = (dayFromYmd(year, month, day) * DAY_MINUTES + hour * 60 + minute) * MINUTE + second * 1000;
    // The formatter drops milliseconds: compare against the instant floored to the second.
    return wall - (instant - (((instant % 1000) + 1000) % 1000));
  }

  /** Local day and minute of an instant (minute 0–1439 from local midnight). */
  localOf(instant: number): { day: Day; minute: number } {
    const wallMinutes = Math.floor((instant + this.offsetAt(instant)) / MINUTE);
    const day = Math.floor(wallMinutes / DAY_MINUTES);
    return { day, minute: wallMinutes - day * DAY_MINUTES };
  }

  /**
   * The instant the wall clock shows `minute` (0–1440) of local `day`. A wall time skipped by a
   * spring-forward change is read as if the clock had not jumped (02:30 in New York on the day
   * it goes 02:00 → 03:00 is 03:30 EDT); a time shown twice in the autumn is its first showing.
   * These are the `compatible` rules of Temporal and of RFC 5545.
   */
  instantOf(day: Day, minute: number): number {
    const wall = (day * DAY_MINUTES + minute) * MINUTE;
    // Offsets before and after (±1 day covers every real change); try each, keep one that round-trips.
    const before = this.offsetAt(wall - 86_400_000);
    const after = this.offsetAt(wall + 86_400_000);
    let instant: number;
    const early = wall - before;
    const late = wall - after;
    if (this.offsetAt(early) === before) instant = early; // the first (or only) showing
    else if (this.offsetAt(late) === after) instant = late;
    else instant = wall - before; // in a gap: the clock had not jumped yet, so the earlier offset applies
    return instant;
  }
}

/** A calendar with its clock, ready for many durations. */
export interface BusinessClock {
  calendar: BusinessCalendar;
  clock: ZoneClock;
  /** Working time of whole local days, summed, so a ticket open for months costs no more than one open for days. */
  totals: WorkingDayTotals;
}

export function businessClock(calendar: BusinessCalendar): BusinessClock {
  const clock = new ZoneClock(calendar.timeZone);
  return { calendar, clock, totals: new WorkingDayTotals(calendar, clock) };
}

/** The working spans of one local day as instants, each clipped to [from, to], summed. */
function dayOverlap(calendar: BusinessCalendar, clock: ZoneClock, day: Day, from: number, to: number): number {
  if (calendar.holidays.has(day)) return 0;
  let total = 0;
  for (const [start, end] of calendar.hours.week[isoWeekday(day)]!) {
    const overlap = Math.min(clock.instantOf(day, end), to) - Math.max(clock.instantOf(day, start), from);
    if (overlap > 0) total += overlap;
  }
  return total;
}

/** Prefix sums of whole days' working time: sum(a, b) is the working time of local days a … b−1. */
export class WorkingDayTotals {
  private base = 0;
  /** cumulative[i]: working time of days base … base+i−1. */
  private cumulative: number[] = [0];

  constructor(
    private readonly calendar: BusinessCalendar,
    private readonly clock: ZoneClock,
  ) {}

  sum(from: Day, to: Day): number {
    if (to <= from) return 0;
    this.cover(from, to);
    return this.cumulative[to - this.base]! - this.cumulative[from - this.base]!;
  }

  private cover(from: Day, to: Day): void {
    const top = this.base + this.cumulative.length - 1;
    if (this.cumulative.length > 1 && from >= this.base && to <= top) return;
    // Rebuild over the union of what was covered and what is asked (rare: the range only grows).
    const low = this.cumulative.length > 1 ? Math.min(from, this.base) : from;
    const high = this.cumulative.length > 1 ? Math.max(to, top) : to;
    const cumulative = [0];
    for (let day = low; day < high; day++) cumulative.push(cumulative[cumulative.length - 1]! + dayOverlap(this.calendar, this.clock, day, -Infinity, Infinity));
    this.base = low;
    this.cumulative = cumulative;
  }
}

/**
 * Milliseconds of working time between `from` and `to` (0 when `to` ≤ `from`): the sum, over
 * every local day the interval touches that is not a holiday, of the overlap of the interval
 * with that day's working spans taken as instants. The days strictly inside the interval (two
 * days in from each end) are whole, and come from the prefix sums.
 */
export function businessMillis(clockOf: BusinessClock, from: number, to: number): number {
  if (!(to > from)) return 0;
  const { calendar, clock, totals } = clockOf;
  const firstDay = clock.localOf(from).day;
  const lastDay = clock.localOf(to).day;
  // One day of margin each side: a span's instants on a neighbouring local day may still overlap.
  if (lastDay - firstDay < 4) {
    let total = 0;
    for (let day = firstDay - 1; day <= lastDay + 1; day++) total += dayOverlap(calendar, clock, day, from, to);
    return total;
  }
  let total = totals.sum(firstDay + 2, lastDay - 1);
  for (let day = firstDay - 1; day <= firstDay + 1; day++) total += dayOverlap(calendar, clock, day, from, to);
  for (let day = lastDay - 1; day <= lastDay + 1; day++) total += dayOverlap(calendar, clock, day, from, to);
  return total;
}

/** Working minutes between two instants (fractions kept). */
export function businessMinutes(clockOf: BusinessClock, from: number, to: number): number {
  return businessMillis(clockOf, from, to) / MINUTE;
}

/**
 * A holidays file: one `YYYY-MM-DD` a line; blank lines and text after `#` are ignored. A line
 * that is not a real calendar day is a UsageError naming the file and line (exit 2).
 */
export function parseHolidays(text: string, file: string): Set<Day> {
  const days = new Set<Day>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') return;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(line);
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      throw new UsageError('CARE_BAD_HOLIDAYS', `"${line}" is not a date (YYYY-MM-DD)`, {
        file, line: index + 1, hint: 'write one holiday a line as YYYY-MM-DD; # starts a comment', say: say('error.holidayNotDate', { value: line }), hintSay: say('hint.holidayLines'),
      });
    }
    days.add(dayFromYmd(year, month, day));
  });
  return days;
}
