import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SlaOptions, runSla } from '../../src/commands/sla.js';
import { slaReportSection } from '../../src/commands/load-tickets.js';
import { gridText } from '../../src/report/grid.js';
import { dayFromYmd } from '../../src/time/days.js';
import { fakeIo } from '../helpers/fake-io.js';

const fixture = (name: string) => path.join(process.cwd(), 'fixtures/exports', name);

function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-sla-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

// Three tickets in Europe/Sofia (EEST, +3 in May), Mon-Fri 09:00-18:00, Mon 6 May 2024 a holiday.
// Targets: first response 1 h, resolution 8 h; --as-of 2024-05-08 → open tickets run to Thu 9 May 00:00.
const TICKETS = [
  'id,created at,first reply at,solved at,status,channel,assignee,priority,satisfaction',
  // Fri 3 May 17:00 → reply Tue 7 May 09:30: Fri 17–18 = 60, Mon holiday, Tue 09:00–09:30 = 30 → 90 (breached);
  // solved Tue 12:00: 60 + 180 = 240 (met). Calendar: 3 d 16 h 30 m = 5310 min to the reply.
  '1,2024-05-03 17:00,2024-05-07 09:30,2024-05-07 12:00,solved,email,Ann,high,good',
  // Tue 7 May 10:00 → reply 10:20: 20 (met); solved Wed 10:00: Tue 10–18 = 480 + Wed 09–10 = 60 → 540 (breached).
  '2,2024-05-07 10:00,2024-05-07 10:20,2024-05-08 10:00,solved,chat,Bob,normal,bad',
  // Wed 8 May 16:00, open, no reply: to Thu 00:00 = 120 business minutes: first response breached (open), resolution running.
  '3,2024-05-08 16:00,,,open,chat,Bob,normal,',
].join('\n');

const BASE: SlaOptions = { firstResponse: 60, resolution: 480, businessHours: 'Mon-Fri 09:00-18:00', timezone: 'Europe/Sofia', asOf: dayFromYmd(2024, 5, 8) };

async function runJson(file: string, options: SlaOptions, cwd?: string) {
  const io = fakeIo(cwd === undefined ? {} : { cwd });
  await runSla(io, file, { ...options, format: 'json' });
  return { json: JSON.parse(io.out()) as Record<string, any>, err: io.err() };
}

describe('care sla', () => {
  it('business time with a holiday: the figures worked by hand', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n' });
    const { json } = await runJson(path.join(dir, 't.csv'), { ...BASE, holidays: path.join(dir, 'holidays.txt') });
    expect(json['asOf']).toBe('2024-05-08T21:00:00.000Z');
    expect(json['time']).toEqual({ kind: 'business', hours: 'Mon-Fri 09:00-18:00', timeZone: 'Europe/Sofia', holidays: 1 });
    // First response: finished 20, 90 → median 55, p90 (rank ⌈1.8⌉ = 2) 90; met 1, breached 2 (ticket 1 late, ticket 3 still waiting) → 1/3.
    expect(json['total']['firstResponse']).toEqual({ measured: 2, median: 55, p90: 90, met: 1, breached: 2, running: 0, withinShare: 0.333333 });
    // Resolution: finished 240, 540 → median 390, p90 540; met 1, breached 1, running 1 → 1/3.
    expect(json['total']['resolution']).toEqual({ measured: 2, median: 390, p90: 540, met: 1, breached: 1, running: 1, withinShare: 0.333333 });
    expect(json['total']['csat']).toEqual({ rated: 2, satisfied: 1, share: 0.5 });
    // Most over target first: ticket 2's resolution (+60), ticket 3's first response (+60, open), ticket 1's first response (+30).
    expect(json['breaches'].map((b: any) => [b.id, b.metric, b.minutes, b.open])).toEqual([
      ['2', 'resolution', 540, false],
      ['3', 'firstResponse', 120, true],
      ['1', 'firstResponse', 90, false],
    ]);
  });

  it('calendar time without --business-hours; --by channel', async () => {
    const dir = tempFiles({ 't.csv': TICKETS });
    const { json } = await runJson(path.join(dir, 't.csv'), { firstResponse: 60, timezone: 'Europe/Sofia', by: 'channel' });
    expect(json['time']).toEqual({ kind: 'calendar' });
    // Ticket 1's first reply after 5310 calendar minutes; ticket 2's after 20.
    expect(json['total']['firstResponse']).toMatchObject({ measured: 2, median: (20 + 5310) / 2, p90: 5310 });
    expect(json['rows'].map((row: any) => [row.group, row.tickets])).toEqual([['chat', 2], ['email', 1]]);
  });

  it('prints a table with the breaches, a CSV of the summary or of the breaches, and Markdown', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n' });
    const file = path.join(dir, 't.csv');
    const options = { ...BASE, holidays: path.join(dir, 'holidays.txt') };
    const io = fakeIo();
    await runSla(io, file, options);
    expect(io.out()).toContain('Service levels');
    expect(io.out()).toContain('FR median');
    expect(io.out()).toContain('Breaches (3)');
    expect(io.out()).toContain('1h 30m'); // ticket 1's first response
    const csv = fakeIo();
    await runSla(csv, file, { ...options, format: 'csv' });
    expect(csv.out().split('\n')[1]).toMatch(/^all,all,3,1,55,90,0\.33/);
    const breaches = fakeIo();
    await runSla(breaches, file, { ...options, format: 'csv', breaches: true });
    expect(breaches.out().split('\n').slice(0, 2)).toEqual(['id,line,metric,minutes,target,open,channel,agent,priority,type,complainer', '2,3,resolution,540,480,false,chat,Bob,normal,,voicer']);
    const md = fakeIo();
    await runSla(md, file, { ...options, format: 'md' });
    expect(md.out()).toMatch(/^# Service levels/);
  });

  it('reads a Zendesk export as it comes: first response from its own minutes column', async () => {
    const { json } = await runJson(fixture('zendesk-tickets.csv'), { firstResponse: 60 });
    expect(json['ingest']).toMatchObject({ profile: 'zendesk-tickets', skipped: {} });
    expect(json['metrics']).toEqual(['firstResponse', 'resolution']);
    expect(json['total']['tickets']).toBe(json['ingest']['tickets']);
  });

  it('a Help Scout export has no first-reply column: resolution only, and a warning says so', async () => {
    const { json, err } = await runJson(fixture('helpscout-conversations.csv'), { resolution: 480 });
    expect(json['metrics']).toEqual(['resolution']);
    expect(err).toContain('no first-reply column');
  });

  it('per-priority targets from a targets file', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n', 'targets.json': JSON.stringify({ firstResponse: '2h', byPriority: { high: { firstResponse: '1h30m' } } }) });
    const { json } = await runJson(path.join(dir, 't.csv'), { ...BASE, firstResponse: undefined, holidays: path.join(dir, 'holidays.txt'), targets: path.join(dir, 'targets.json') });
    // Ticket 1 (high, 90 ≤ 90) met; ticket 2 (20 ≤ 120) met; ticket 3 (still waiting at 120, not over 120) running.
    expect(json['total']['firstResponse']).toMatchObject({ met: 2, breached: 0, running: 1 });
  });

  it('--fail-if checks every ticket to asOf; the output is written before exit 4', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n' });
    const options = { ...BASE, holidays: path.join(dir, 'holidays.txt'), format: 'json' as const };
    // First response within target: 1 of 3 (see the first test).
    const passing = fakeIo();
    await runSla(passing, path.join(dir, 't.csv'), { ...options, failIf: 'within<30%' });
    expect(JSON.parse(passing.out())['thresholds']).toMatchObject([{ metric: 'firstResponseWithin', actual: 0.333333, crossed: false }]);
    const failing = fakeIo();
    await expect(runSla(failing, path.join(dir, 't.csv'), { ...options, failIf: 'within<50%' })).rejects.toMatchObject({ exitCode: 4, message: expect.stringMatching(/^threshold crossed: firstResponseWithin 33\.3% < 50%/) });
    expect(JSON.parse(failing.out())['thresholds'][0]['crossed']).toBe(true);
  });

  it('--fail-if with --period week reads the last complete week', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n' });
    // --as-of Sun 12 May: asOf is Mon 13 May 00:00, so week 2024-W19 (6–12 May) is complete: tickets 2 and 3.
    // Ticket 3 now waits Wed 16–18 + Thu + Fri = 120 + 540 + 540 = 1200 business minutes: breached on both.
    // First response within 1 of 2; breaches: ticket 2's resolution, ticket 3's first response and resolution = 3.
    const options = { ...BASE, holidays: path.join(dir, 'holidays.txt'), asOf: dayFromYmd(2024, 5, 12), period: 'week' as const, format: 'json' as const };
    const io = fakeIo();
    await expect(runSla(io, path.join(dir, 't.csv'), { ...options, failIf: ['breaches>2', 'within<40%'] })).rejects.toMatchObject({ exitCode: 4, message: 'threshold crossed: breaches 3 > 2 (week 2024-W19)' });
    expect(JSON.parse(io.out())['thresholds'].map((check: any) => [check.metric, check.actual, check.crossed])).toEqual([['breaches', 3, true], ['firstResponseWithin', 0.5, false]]);
    // Without --as-of, asOf is the latest timestamp (Wed 8 May 16:00): the last complete week is W18, ticket 1 alone.
    const earlier = fakeIo();
    await runSla(earlier, path.join(dir, 't.csv'), { ...options, asOf: undefined, failIf: 'breaches>5' });
    expect(JSON.parse(earlier.out())['thresholds'][0]).toMatchObject({ actual: 1, scope: 'week 2024-W18' });
  });

  it('--compare sets the last complete week against the one before', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n' });
    const options = { ...BASE, holidays: path.join(dir, 'holidays.txt'), asOf: dayFromYmd(2024, 5, 12), period: 'week' as const, compare: true };
    const { json } = await runJson(path.join(dir, 't.csv'), options);
    // W18 (29 Apr – 5 May): ticket 1 — first response 90 (breached), resolution 240 (met), Good.
    // W19 (6 – 12 May): ticket 2 — 20 met, 540 breached, Bad; ticket 3 waiting 1200 (see --fail-if above): breached on both.
    expect(json['compare']['previous']).toBe('2024-W18');
    expect(json['compare']['last']).toBe('2024-W19');
    expect(json['compare']['changes'].map((c: any) => [c.figure, c.previous, c.last, c.change])).toEqual([
      ['tickets', 1, 2, 1],
      ['firstResponseMedian', 90, 20, -70],
      ['firstResponseP90', 90, 20, -70],
      ['firstResponseWithin', 0, 0.5, 0.5],
      ['resolutionMedian', 240, 540, 300],
      ['resolutionP90', 240, 540, 300],
      ['resolutionWithin', 1, 0, -1],
      ['breaches', 1, 3, 2],
      ['csat', 1, 0, -1],
    ]);
    const io = fakeIo();
    await runSla(io, path.join(dir, 't.csv'), options);
    expect(io.out()).toContain('2024-W19 against 2024-W18');
    expect(io.out()).toContain('−1h 10m');
    expect(io.out()).toContain('+50.0 pts');
    const csv = fakeIo();
    await runSla(csv, path.join(dir, 't.csv'), { ...options, format: 'csv' });
    expect(csv.out().split('\n').slice(0, 2)).toEqual(['figure,unit,previousPeriod,previous,lastPeriod,last,change', 'tickets,count,2024-W18,1,2024-W19,2,1']);
  });

  it('--history records each completed week once; a second run of the same data changes nothing', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n', 'not-ours.csv': 'a,b\n1,2\n' });
    const options = { ...BASE, holidays: path.join(dir, 'holidays.txt'), asOf: dayFromYmd(2024, 5, 12), period: 'week' as const, history: path.join(dir, 'h.csv'), format: 'json' as const };
    const first = fakeIo();
    await runSla(first, path.join(dir, 't.csv'), options);
    expect(first.err()).toContain('2 periods added, 0 updated, 0 unchanged');
    const text = readFileSync(path.join(dir, 'h.csv'), 'utf8');
    // W18: ticket 1 (90 breached, 240 met, Good); W19: tickets 2 and 3 (see --compare above).
    expect(text.split('\n')).toEqual([
      'period,start,end,kind,time,tickets,open,firstResponseMedian,firstResponseP90,firstResponseWithin,firstResponseBreached,resolutionMedian,resolutionP90,resolutionWithin,resolutionBreached,csat,asOf',
      '2024-W18,2024-04-29,2024-05-06,week,Mon-Fri 09:00-18:00 Europe/Sofia 1 holidays,1,0,90,90,0,1,240,240,1,0,1,2024-05-12T21:00:00.000Z',
      '2024-W19,2024-05-06,2024-05-13,week,Mon-Fri 09:00-18:00 Europe/Sofia 1 holidays,2,1,20,20,0.5,1,540,540,0,2,0,2024-05-12T21:00:00.000Z',
      '',
    ]);
    const again = fakeIo();
    await runSla(again, path.join(dir, 't.csv'), options);
    expect(again.err()).toContain('up to date (2 periods)');
    expect(readFileSync(path.join(dir, 'h.csv'), 'utf8')).toBe(text);
    await expect(runSla(fakeIo(), path.join(dir, 't.csv'), { ...options, history: path.join(dir, 'not-ours.csv') })).rejects.toMatchObject({ exitCode: 3, code: 'CARE_NOT_HISTORY' });
    expect(readFileSync(path.join(dir, 'not-ours.csv'), 'utf8')).toBe('a,b\n1,2\n');
  });

  it('names the complainer type of each breached ticket (care classify\'s rules)', async () => {
    const csv = [
      'id,created at,first reply at,solved at,status,channel,subject,description',
      // Breached (no reply for days): a lawyer → activist; a tweet → irate; by chat → voicer; nothing to go by → unclassified.
      'A,2024-05-06 09:00,,,open,,Still no answer,I will ask my lawyer to write to you',
      'B,2024-05-06 09:00,,,open,,Where is my order,I am posting about this on Twitter',
      'C,2024-05-06 09:00,,,open,chat,Where is my order,',
      'D,2024-05-06 09:00,,,open,,Order 5512,',
      // Answered in time: not breached, not counted.
      'E,2024-05-06 09:00,2024-05-06 09:10,2024-05-06 09:30,solved,,My lawyer will hear of this,',
    ].join('\n');
    const dir = tempFiles({ 't.csv': csv });
    const { json } = await runJson(path.join(dir, 't.csv'), { firstResponse: 60, resolution: 480, asOf: dayFromYmd(2024, 5, 8) });
    expect(json['complainers']).toEqual({ counts: { activist: 1, irate: 1, voicer: 1, silent: 0 }, unclassified: 1 });
    const firstResponse = json['breaches'].filter((breach: any) => breach.metric === 'firstResponse');
    expect(firstResponse.map((breach: any) => [breach.id, breach.complainer])).toEqual([['A', 'activist'], ['B', 'irate'], ['C', 'voicer'], ['D', undefined]]);
  });

  it('without --as-of, open tickets run to the latest timestamp, never past now (a ticket dated 2099 is left out)', async () => {
    const dir = tempFiles({ 't.csv': `${TICKETS}\n4,2099-01-01 10:00,,,open,chat,Bob,normal,\n` });
    // fakeIo's now is 2026-01-05T09:00:00Z.
    const { json } = await runJson(path.join(dir, 't.csv'), { firstResponse: 60 });
    expect(json['asOf']).toBe('2026-01-05T09:00:00.000Z');
    expect(json['ingest']).toMatchObject({ tickets: 4, afterAsOf: 1 });
    expect(json['total']['tickets']).toBe(3);
  });

  it.each([
    [{ businessHours: 'weekdays 9 to 6' }, /--business-hours "weekdays 9 to 6"/],
    [{ businessHours: undefined, holidays: 'h.txt' }, /--holidays counts only with --business-hours/],
    [{ timezone: 'Mars/Olympus' }, /--timezone Mars\/Olympus: not a time zone/],
    [{ targets: 'missing.json' }, /--targets: no such file/],
    [{ failIf: 'churn>5%' }, /--fail-if "churn>5%": care sla has no churn/],
    [{ compare: true }, /--compare needs --period/],
    [{ history: 'h.csv' }, /--history needs --period/],
  ] as [Partial<SlaOptions>, RegExp][])('a usage error (exit 2) for %j', async (bad, message) => {
    const dir = tempFiles({ 't.csv': TICKETS });
    await expect(runSla(fakeIo({ cwd: dir }), path.join(dir, 't.csv'), { ...BASE, ...bad })).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
  });
});

describe('slaReportSection', () => {
  it('gives care report the JSON of care sla and its grids', async () => {
    const dir = tempFiles({ 't.csv': TICKETS, 'holidays.txt': '2024-05-06\n' });
    const section = await slaReportSection(fakeIo(), path.join(dir, 't.csv'), { ...BASE, holidays: path.join(dir, 'holidays.txt') });
    expect(section.json.total.firstResponse).toMatchObject({ median: 55, p90: 90, withinShare: 0.333333 });
    expect(section.grids().map((grid) => gridText(grid.title ?? '', undefined))).toEqual(['Service levels', 'Breaches (3)']);
  });
});
