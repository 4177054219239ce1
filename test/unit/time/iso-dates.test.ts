/**
 * One ISO-date parser (src/time/days.ts parseIsoDay) for options, template data and the HTML
 * page: a date must be a real calendar day wherever it is read. 2026-02-30 is not one (February
 * 2026 has 28 days); 2026-03-05 is day 20517 since 1970-01-01 (56 years, 14 of them leap:
 * 56·365 + 14 = 20454, then 31 + 28 + 4 = 63 days into 2026).
 */
import { describe, expect, it } from 'vitest';
import { coerceValue } from '../../../src/email/data.js';
import { formatDate } from '../../../src/email/helpers.js';
import { parseIsoDay } from '../../../src/time/days.js';

describe('parseIsoDay', () => {
  it('reads a strict date, and with time: true a date followed by a time', () => {
    expect(parseIsoDay('2026-03-05')).toBe(20517);
    expect(parseIsoDay('2026-03-05T10:00:00Z')).toBeUndefined();
    expect(parseIsoDay('2026-03-05T10:00:00Z', { time: true })).toBe(20517);
    expect(parseIsoDay('2026-03-05 10:00+03:00', { time: true })).toBe(20517);
    expect(parseIsoDay('2026-02-30', { time: true })).toBeUndefined();
  });
});

describe('template dates go through the same parser', () => {
  it('{{date}} refuses a day that does not exist instead of rolling it into March', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('March 5, 2026');
    expect(() => formatDate('2026-02-30', 'en')).toThrow(/is not an ISO date/);
  });

  it('a declared date variable keeps the calendar day as written and refuses 2026-02-30', () => {
    expect(coerceValue('2026-03-05T23:30:00-05:00', 'date')).toEqual({ ok: true, value: '2026-03-05' });
    expect(coerceValue('2026-02-30', 'date')).toMatchObject({ ok: false });
  });
});
