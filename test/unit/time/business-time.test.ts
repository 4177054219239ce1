import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { dayFromYmd } from '../../../src/time/days.js';
import { ZoneClock, businessClock, businessMinutes, parseBusinessHours, parseHolidays } from '../../../src/time/business-time.js';

const utc = (iso: string) => Date.parse(iso);
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
};
const calendar = (spec: string, timeZone: string, holidays: string[] = []) =>
  businessClock({ hours: parseBusinessHours(spec), timeZone, holidays: new Set(holidays.map(day)) });

// Offsets used below (from the tz database): Europe/Sofia is EET +02:00, EEST +03:00; in 2024 it
// springs forward on Sun 31 Mar at 03:00 local (01:00 UTC) and falls back on Sun 27 Oct at 04:00
// EEST (01:00 UTC). America/New_York is EST −05:00, EDT −04:00; in 2024 it springs forward on Sun
// 10 Mar at 02:00 local (07:00 UTC) and falls back on Sun 3 Nov at 02:00 EDT (06:00 UTC).
describe('business time, Europe/Sofia', () => {
  it('across a weekend and the spring-forward change', () => {
    // From Fri 29 Mar 14:00Z = 16:00 EET to Mon 1 Apr 08:00Z = 11:00 EEST.
    // Fri 16:00–18:00 = 2 h; Sat, Sun none; Mon 09:00–11:00 = 2 h → 4 h = 240 min.
    // (A fixed +02:00 would read Monday as 10:00 and give 180.)
    expect(businessMinutes(calendar('Mon-Fri 09:00-18:00', 'Europe/Sofia'), utc('2024-03-29T14:00:00Z'), utc('2024-04-01T08:00:00Z'))).toBe(240);
  });

  it('across holidays', () => {
    // From Tue 30 Apr 15:00 EEST (12:00Z) to Tue 7 May 10:00 EEST (07:00Z); holidays 1, 3 and 6 May.
    // Tue 30 Apr 15:00–18:00 = 3 h; Wed 1 May holiday; Thu 2 May 9 h; Fri 3 May holiday; weekend;
    // Mon 6 May holiday; Tue 7 May 09:00–10:00 = 1 h → 13 h = 780 min.
    const clock = calendar('Mon-Fri 09:00-18:00', 'Europe/Sofia', ['2024-05-01', '2024-05-03', '2024-05-06']);
    expect(businessMinutes(clock, utc('2024-04-30T12:00:00Z'), utc('2024-05-07T07:00:00Z'))).toBe(780);
  });

  it('a 24/7 desk: the spring-forward day has 23 hours, the fall-back day 25', () => {
    // Sat 30 Mar 12:00 EET (10:00Z) → Sun 31 Mar 12:00 EEST (09:00Z): 23 h = 1380 min.
    expect(businessMinutes(calendar('24/7', 'Europe/Sofia'), utc('2024-03-30T10:00:00Z'), utc('2024-03-31T09:00:00Z'))).toBe(1380);
    // Sat 26 Oct 12:00 EEST (09:00Z) → Sun 27 Oct 12:00 EET (10:00Z): 25 h = 1500 min.
    expect(businessMinutes(calendar('24/7', 'Europe/Sofia'), utc('2024-10-26T09:00:00Z'), utc('2024-10-27T10:00:00Z'))).toBe(1500);
  });

  it('a span that contains the change lasts as long as the clock really ran', () => {
    // Sun 31 Mar 02:00 EET = 00:00Z; 05:00 EEST = 02:00Z: three wall hours, two real ones.
    expect(businessMinutes(calendar('Sun 02:00-05:00', 'Europe/Sofia'), utc('2024-03-30T00:00:00Z'), utc('2024-04-01T00:00:00Z'))).toBe(120);
  });
});

describe('business time, America/New_York', () => {
  it('across a weekend and the spring-forward change', () => {
    // From Fri 8 Mar 17:00 EST (22:00Z) to Mon 11 Mar 10:30 EDT (14:30Z).
    // Fri 17:00–18:00 = 1 h; weekend none; Mon 09:00–10:30 = 1.5 h → 2.5 h = 150 min.
    expect(businessMinutes(calendar('Mon-Fri 09:00-18:00', 'America/New_York'), utc('2024-03-08T22:00:00Z'), utc('2024-03-11T14:30:00Z'))).toBe(150);
  });

  it('across a holiday, with a lunch break', () => {
    // Hours 09–12 and 13–17; 4 July (Thu) a holiday. From Wed 3 Jul 11:00 EDT (15:00Z) to Mon 8 Jul 13:30 EDT (17:30Z).
    // Wed: 11–12 = 1 h + 13–17 = 4 h → 5 h; Thu holiday; Fri 3 + 4 = 7 h; weekend; Mon 3 h + 0.5 h = 3.5 h.
    // 5 + 7 + 3.5 = 15.5 h = 930 min.
    const clock = calendar('Mon-Fri 09:00-12:00 13:00-17:00', 'America/New_York', ['2024-07-04']);
    expect(businessMinutes(clock, utc('2024-07-03T15:00:00Z'), utc('2024-07-08T17:30:00Z'))).toBe(930);
  });

  it('a whole Sunday of the fall-back change lasts 25 hours', () => {
    // Sun 3 Nov 00:00 EDT = 04:00Z; Mon 4 Nov 00:00 EST = 05:00Z → 25 h = 1500 min.
    expect(businessMinutes(calendar('Sun 00:00-24:00', 'America/New_York'), utc('2024-11-02T16:00:00Z'), utc('2024-11-04T17:00:00Z'))).toBe(1500);
  });

  it('a span starting in the skipped hour starts when the clock has jumped', () => {
    // 02:30 does not exist on 10 Mar; read as 03:30 EDT (07:30Z). 04:00 EDT = 08:00Z → 30 min.
    expect(businessMinutes(calendar('Sun 02:30-04:00', 'America/New_York'), utc('2024-03-09T00:00:00Z'), utc('2024-03-12T00:00:00Z'))).toBe(30);
  });
});

describe('business time, edges', () => {
  it('is zero for an empty or reversed interval and for one wholly outside working hours', () => {
    const clock = calendar('Mon-Fri 09:00-18:00', 'UTC');
    expect(businessMinutes(clock, utc('2024-03-04T10:00:00Z'), utc('2024-03-04T10:00:00Z'))).toBe(0);
    expect(businessMinutes(clock, utc('2024-03-04T11:00:00Z'), utc('2024-03-04T10:00:00Z'))).toBe(0);
    // Sat 9 Mar 10:00 → Sun 10 Mar 20:00 UTC.
    expect(businessMinutes(clock, utc('2024-03-09T10:00:00Z'), utc('2024-03-10T20:00:00Z'))).toBe(0);
  });

  it('a range of days may wrap past Sunday', () => {
    // Sun-Thu 08:00-17:00, UTC. Fri 8 Mar 10:00 → Sun 10 Mar 10:00: Friday is off, Sunday 08–10 = 2 h.
    expect(businessMinutes(calendar('Sun-Thu 08:00-17:00', 'UTC'), utc('2024-03-08T10:00:00Z'), utc('2024-03-10T10:00:00Z'))).toBe(120);
  });

  it('the zone clock reads offsets from the tz database', () => {
    const sofia = new ZoneClock('Europe/Sofia');
    expect(sofia.offsetAt(utc('2024-01-15T12:00:00Z'))).toBe(2 * 3_600_000);
    expect(sofia.offsetAt(utc('2024-07-15T12:00:00Z'))).toBe(3 * 3_600_000);
    // 01:30 on 3 Nov is shown twice in New York: the first showing, EDT (05:30Z).
    expect(new ZoneClock('America/New_York').instantOf(day('2024-11-03'), 90)).toBe(utc('2024-11-03T05:30:00Z'));
  });
});

describe('the zone clock against Intl, independently', () => {
  // The offset Intl names (`GMT+03:00`, `GMT-04:00`, `GMT+10:30`), read a different way: timeZoneName longOffset.
  const formats = new Map<string, Intl.DateTimeFormat>();
  const named = (timeZone: string, instant: number) => {
    if (!formats.has(timeZone)) formats.set(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }));
    const name = formats.get(timeZone)!.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
    const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name)!;
    return match[1] === undefined ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
  };

  it.each(['Europe/Sofia', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'])('%s: every hour of 2024, and each second around its changes', (timeZone) => {
    const clock = new ZoneClock(timeZone);
    const start = utc('2024-01-01T00:00:00Z');
    const changes: number[] = [];
    let previous = named(timeZone, start);
    for (let instant = start; instant < utc('2025-01-01T00:00:00Z'); instant += 3_600_000) {
      const expected = named(timeZone, instant);
      expect(clock.offsetAt(instant)).toBe(expected);
      if (expected !== previous) changes.push(instant);
      previous = expected;
    }
    for (const change of changes) {
      for (let instant = change - 1_200_000; instant <= change; instant += 1000) expect(clock.offsetAt(instant)).toBe(named(timeZone, instant));
    }
    // Sofia, New York and Lord Howe change twice a year (Lord Howe by half an hour); Kathmandu never.
    expect(changes.length).toBe(timeZone === 'Asia/Kathmandu' ? 0 : 2);
  });
});

describe('business time against a count by quarter hours, independently', () => {
  // The independent count: step through the interval a quarter hour at a time, ask Intl for the
  // wall clock (date, weekday, time) of each step, and add 15 minutes when that wall time falls in
  // a working span of a day that is not a holiday. Spans start and end on quarter hours and these
  // zones change by whole hours at whole hours, so a quarter hour is all in or all out.
  const SPEC = 'Mon-Fri 08:30-12:00 13:00-17:45; Sat 10:00-14:00; Sun 01:00-04:00';
  const WORKING: Record<string, [number, number][]> = {
    Mon: [[510, 720], [780, 1065]], Tue: [[510, 720], [780, 1065]], Wed: [[510, 720], [780, 1065]], Thu: [[510, 720], [780, 1065]], Fri: [[510, 720], [780, 1065]],
    Sat: [[600, 840]], Sun: [[60, 240]],
  };
  const HOLIDAYS = ['2024-03-29', '2024-04-01', '2024-10-28', '2024-11-05', '2024-12-25'];
  const byQuarterHours = (timeZone: string, from: number, to: number) => {
    const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    let minutes = 0;
    for (let at = from; at < to; at += 900_000) {
      const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
      if (HOLIDAYS.includes(`${parts['year']}-${parts['month']}-${parts['day']}`)) continue;
      const minute = Number(parts['hour']) * 60 + Number(parts['minute']);
      if (WORKING[parts['weekday']!]!.some(([start, end]) => minute >= start && minute < end)) minutes += 15;
    }
    return minutes;
  };
  let seed = 20_240_331;
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  const quarter = (instant: number) => Math.floor(instant / 900_000) * 900_000;
  // Intervals around the 2024 changes of both zones (March, late October and early November), and seven weeks across March.
  const around = [utc('2024-03-08T00:00:00Z'), utc('2024-03-27T00:00:00Z'), utc('2024-10-24T00:00:00Z'), utc('2024-10-31T00:00:00Z')];
  const intervals: [number, number][] = [[utc('2024-02-20T10:00:00Z'), utc('2024-04-10T10:00:00Z')]];
  for (let i = 0; i < 24; i++) {
    const from = quarter(around[i % around.length]! + random() * 6 * 86_400_000);
    intervals.push([from, quarter(from + random() * (i % 3 === 0 ? 40 : 5) * 86_400_000)]);
  }

  it.each(['Europe/Sofia', 'America/New_York'])('%s: 25 intervals from a few hours to seven weeks', (timeZone) => {
    const clock = calendar(SPEC, timeZone, HOLIDAYS);
    for (const [from, to] of intervals) expect(businessMinutes(clock, from, to), `${new Date(from).toISOString()} → ${new Date(to).toISOString()}`).toBe(byQuarterHours(timeZone, from, to));
  });
});

describe('parseBusinessHours', () => {
  it('reads days, ranges and several spans', () => {
    const hours = parseBusinessHours('Mon-Fri 09:00-13:00 14:00-18:00; Sat 10:00-14:00');
    expect(hours.week[1]).toEqual([[540, 780], [840, 1080]]);
    expect(hours.week[6]).toEqual([[600, 840]]);
    expect(hours.week[7]).toEqual([]);
  });

  it.each([
    ['', 'no working hours'],
    ['Mon-Fri', 'has no time span'],
    ['09:00-18:00', 'names no days'],
    ['Mon-Fry 09:00-18:00', '"Fry" is not a day'],
    ['Mon-Fri 9-18', '"9-18" is not a time span'],
    ['Mon-Fri 18:00-09:00', 'ends before it starts'],
    ['Mon-Fri 09:00-25:00', 'not a time of day'],
    ['Mon-Fri 09:00-13:00 12:00-18:00', 'two spans overlap on mon'],
  ])('rejects %j with a usage error (%s)', (spec, why) => {
    let caught: unknown;
    try {
      parseBusinessHours(spec);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).message).toContain(why);
    expect((caught as UsageError).exitCode).toBe(2);
  });

  it('rejects an unknown time zone', () => {
    expect(() => calendar('24/7', 'Europe/Sofiya')).toThrow(/--timezone Europe\/Sofiya: not a time zone/);
  });
});

describe('parseHolidays', () => {
  it('reads one date a line, with comments and blank lines', () => {
    expect([...parseHolidays('\uFEFF# Bulgaria 2024\n2024-05-01\n\n2024-05-06  # St George\r\n', 'h.txt')]).toEqual([day('2024-05-01'), day('2024-05-06')]);
  });

  it('names the file and line of a bad date', () => {
    expect(() => parseHolidays('2024-05-01\n2024-02-30\n', 'h.txt')).toThrow(expect.objectContaining({ file: 'h.txt', line: 2, exitCode: 2 }));
  });
});
