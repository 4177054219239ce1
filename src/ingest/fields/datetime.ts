/**
 * The time of day after a date cell, for help-desk timestamps (`2024-03-01 09:12`,
 * `2024-05-02T08:14:03Z`, `2012-01-01 11:13:25 -0500`, `09/Oct/25 1:42 PM`, `5 марта 2024 09:14`).
 * The date itself is read by date.ts (readDateCode); this finds the time at the end of the cell
 * and the UTC offset written with it, if any. The regex is compiled once; ticket files are read
 * whole (records.ts), never on the 1M-row orders path.
 */

/** Seconds since local midnight, and the offset from UTC in minutes when the cell writes one. */
export interface TimeOfDay {
  seconds: number;
  /** Milliseconds past the second (fractions written after the seconds). */
  millis: number;
  /** Minutes east of UTC (`Z` = 0, `-0500` = −300); undefined for a wall-clock time. */
  offset: number | undefined;
}

// A time after a space or T at the end of the cell: H:MM[:SS[.fff]] [AM|PM] [Z|UTC|GMT|±HH[:MM]].
const TIME = /(?:^|[\sT])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The time at the end of `text`: undefined when the cell has no time at all (a date alone is
 * read as local midnight), 'bad' when something that looks like a time is not one (`25:00`).
 */
export function readTimeOfDay(text: string): TimeOfDay | undefined | 'bad' {
  const trimmed = text.trim();
  const match = TIME.exec(trimmed);
  if (!match) return trimmed.includes(':') ? 'bad' : undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = match[3] === undefined ? 0 : Number(match[3]);
  const millis = match[4] === undefined ? 0 : Math.floor(Number(`0.${match[4]}`) * 1000);
  const meridiem = match[5]?.toLowerCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return 'bad';
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return 'bad';
  return { seconds: hour * 3600 + minute * 60 + second, millis, offset: readOffset(match[6]) };
}

function readOffset(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === 'Z' || text === 'UTC' || text === 'GMT') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2, 4)) : 0));
}

const CLOCK = /^(\d+):(\d{2})(?::(\d{2}))?$/;
const DECIMAL = /^\d+(?:[.,]\d+)?$/;

/**
 * A help desk's own duration cell: minutes (Zendesk `First reply time in minutes`: `35`) or hours
 * (Freshdesk `First response time (in hrs)`: `0.5`, or written as a clock `00:30:00`), in
 * milliseconds; undefined for an empty cell, NaN when unreadable.
 */
export function readDurationCell(text: string, unit: 'minutes' | 'hours'): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const clock = CLOCK.exec(trimmed);
  if (clock) {
    const minutes = Number(clock[2]);
    const seconds = clock[3] === undefined ? 0 : Number(clock[3]);
    if (minutes > 59 || seconds > 59) return Number.NaN;
    return ((Number(clock[1]) * 60 + minutes) * 60 + seconds) * 1000;
  }
  if (!DECIMAL.test(trimmed)) return Number.NaN;
  const value = Number(trimmed.replace(',', '.'));
  return value * (unit === 'minutes' ? 60_000 : 3_600_000);
}
