import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../../src/ingest/tickets.js';
import { computeSla, median, nearestRank } from '../../../src/metrics/sla.js';
import { durationOption, parseDurationText, parseTargets } from '../../../src/metrics/sla-targets.js';
import { businessClock, parseBusinessHours } from '../../../src/time/business-time.js';

const utc = (iso: string) => Date.parse(`${iso}:00Z`);
const dayOf = (instant: number) => Math.floor(instant / 86_400_000);

function ticket(id: string, created: string, fields: Partial<Omit<Ticket, 'created'>> & { reply?: string; solved?: string } = {}): Ticket {
  const { reply, solved, ...rest } = fields;
  const at = utc(created);
  return {
    line: Number(id.replace(/\D/g, '')) + 1,
    id,
    created: at,
    createdDay: dayOf(at),
    open: solved === undefined,
    ...(reply === undefined ? {} : { firstReplyAt: utc(reply) }),
    ...(solved === undefined ? {} : { resolvedAt: utc(solved) }),
    ...rest,
  };
}

// As of Tue 2024-03-05 12:00 UTC; targets: first response 60 min, resolution 240 min; calendar time.
const asOf = utc('2024-03-05T12:00');
const tickets: Ticket[] = [
  ticket('T1', '2024-03-04T09:00', { reply: '2024-03-04T09:30', solved: '2024-03-04T11:00', channel: 'email', agent: 'Ann', satisfaction: 'good' }), // 30 met, 120 met
  ticket('T2', '2024-03-04T10:00', { reply: '2024-03-04T11:30', solved: '2024-03-04T16:00', channel: 'chat', agent: 'Bob', satisfaction: 'bad', reopens: 1 }), // 90 breached, 360 breached
  ticket('T3', '2024-03-05T11:30', { channel: 'chat', agent: 'Bob' }), // waiting 30: running, running
  ticket('T4', '2024-03-05T09:00', { reply: '2024-03-05T09:10', channel: 'email', agent: 'Ann' }), // 10 met; resolution running 180
  ticket('T5', '2024-03-04T12:00', { channel: 'email' }), // waiting 1440: breached on both, still open
  ticket('T6', '2024-03-04T08:00', { solved: '2024-03-04T08:20', channel: 'email', agent: 'Ann' }), // closed with no reply: first response unmeasured; 20 met
];
const targets = parseTargets({ firstResponse: '1h', resolution: '4h' }, 'targets.json');
const options = { targets, asOf, metrics: ['firstResponse', 'resolution'] as const };

describe('computeSla', () => {
  it('measures, judges and summarises every ticket (worked by hand)', () => {
    const result = computeSla(tickets, options);
    // First response: finished 10, 30, 90 → median 30, p90 rank ⌈0.9·3⌉ = 3 → 90.
    // Met T1, T4; breached T2 (90 > 60), T5 (waiting 1440); running T3 (30) → 2 / 5.
    expect(result.total.firstResponse).toEqual({ measured: 3, median: 30, p90: 90, met: 2, breached: 2, running: 1, withinShare: 2 / 5 });
    // Resolution: finished 20, 120, 360 → median 120, p90 360. Met T1, T6; breached T2, T5; running T3, T4 → 2 / 6.
    expect(result.total.resolution).toEqual({ measured: 3, median: 120, p90: 360, met: 2, breached: 2, running: 2, withinShare: 2 / 6 });
    expect(result.total).toMatchObject({ tickets: 6, open: 3, csat: { rated: 2, satisfied: 1, share: 0.5 } });
    expect(result.reopened).toBe(1);
    // Breaches, most over target first: T5 first response 1440−60, T5 resolution 1440−240, T2 resolution 360−240, T2 first response 90−60.
    expect(result.breaches.map((breach) => [breach.id, breach.metric, breach.minutes, breach.open])).toEqual([
      ['T5', 'firstResponse', 1440, true],
      ['T5', 'resolution', 1440, true],
      ['T2', 'resolution', 360, false],
      ['T2', 'firstResponse', 90, false],
    ]);
  });

  it('groups by channel and by week', () => {
    const result = computeSla(tickets, { ...options, by: 'channel', period: 'week' });
    // All six were created in ISO week 2024-W10 (Mon 4 – Sun 10 March): email T1 T4 T5 T6, chat T2 T3.
    expect(result.rows.map((row) => [row.period, row.group, row.tickets, row.firstResponse.met, row.firstResponse.breached, row.firstResponse.running])).toEqual([
      ['2024-W10', 'email', 4, 2, 1, 0],
      ['2024-W10', 'chat', 2, 0, 1, 1],
    ]);
    const byAgent = computeSla(tickets, { ...options, by: 'agent' });
    expect(byAgent.rows.map((row) => [row.group, row.tickets])).toEqual([['Ann', 3], ['Bob', 2], ['(none)', 1]]);
  });

  it('a priority target wins over a channel target, which wins over the default', () => {
    const perTargets = parseTargets({ firstResponse: '1h', byPriority: { Urgent: { firstResponse: '15m' } }, byChannel: { chat: { firstResponse: '10m' } } }, 't.json');
    const few = [
      ticket('U1', '2024-03-04T09:00', { reply: '2024-03-04T09:20', solved: '2024-03-04T10:00', priority: 'urgent', channel: 'chat' }), // 20 > 15: breached
      ticket('C2', '2024-03-04T09:00', { reply: '2024-03-04T09:12', solved: '2024-03-04T10:00', priority: 'low', channel: 'Chat' }), // 12 > 10: breached
      ticket('E3', '2024-03-04T09:00', { reply: '2024-03-04T09:50', solved: '2024-03-04T10:00', priority: 'low', channel: 'email' }), // 50 ≤ 60: met
    ];
    const result = computeSla(few, { ...options, targets: perTargets });
    expect(result.breaches.map((breach) => [breach.id, breach.target])).toEqual([['U1', 15], ['C2', 10]]);
    expect(result.total.firstResponse.met).toBe(1);
    expect(result.total.resolution).toMatchObject({ met: 0, breached: 0, running: 0, measured: 3 }); // no resolution target: measured, not judged
  });

  it('in business time', () => {
    // Mon-Fri 09:00-18:00 UTC. Created Fri 8 Mar 17:00, replied Mon 11 Mar 09:30: 60 + 30 = 90 business minutes (64.5 calendar hours).
    const business = businessClock({ hours: parseBusinessHours('Mon-Fri 09:00-18:00'), timeZone: 'UTC', holidays: new Set() });
    const one = [ticket('B1', '2024-03-08T17:00', { reply: '2024-03-11T09:30', solved: '2024-03-11T10:00' })];
    const result = computeSla(one, { ...options, business, asOf: utc('2024-03-12T00:00') });
    expect(result.total.firstResponse).toMatchObject({ median: 90, breached: 1 });
    expect(result.total.resolution).toMatchObject({ median: 120, met: 1 });
  });

  it('a reopened ticket that is open again runs from its creation', () => {
    const again = [ticket('R1', '2024-03-04T10:00', { reply: '2024-03-04T10:10', solved: '2024-03-04T11:00', status: 'open', reopens: 1 })];
    again[0]!.open = true;
    const result = computeSla(again, { ...options, asOf: utc('2024-03-04T15:00') });
    // Running 300 min > 240: breached while open; no finished resolution.
    expect(result.total.resolution).toMatchObject({ measured: 0, breached: 1 });
    expect(result.breaches[0]).toMatchObject({ id: 'R1', metric: 'resolution', minutes: 300, open: true });
  });

  it('a reply or resolution after asOf had not happened yet at asOf', () => {
    // As of Mon 4 Mar 10:00: T1 (replied 09:30, solved 11:00) is answered but still open, waiting 60 min for resolution;
    // T2 (created 10:00, replied 11:30) has waited 0; T6 (solved 08:20) is done.
    const result = computeSla(tickets, { ...options, asOf: utc('2024-03-04T10:00') });
    expect(result.total).toMatchObject({ tickets: 3, open: 2 });
    expect(result.total.firstResponse).toMatchObject({ measured: 1, median: 30, met: 1, running: 1 });
    expect(result.total.resolution).toMatchObject({ measured: 1, median: 20, met: 1, running: 2 });
  });

  it('leaves out tickets created after asOf', () => {
    expect(computeSla(tickets, { ...options, asOf: utc('2024-03-04T12:00') }).afterAsOf).toBe(2); // T3, T4
  });
});

describe('median and 90th percentile against an independent computation', () => {
  // Independent: the p-th percentile (nearest rank) is the smallest value x of the data such that
  // at least p % of the values are ≤ x; the median is the value with as many values below as above
  // (the mean of the two middle ones for an even count), found by counting, not by sorting.
  const byCounting = (values: number[], p: number) => Math.min(...values.filter((x) => values.filter((v) => v <= x).length * 100 >= p * values.length));
  const medianByCounting = (values: number[]) => {
    const lowMiddle = Math.min(...values.filter((x) => values.filter((v) => v <= x).length * 2 >= values.length));
    const highMiddle = Math.min(...values.filter((x) => values.filter((v) => v <= x).length * 2 >= values.length + 1 + ((values.length + 1) % 2)));
    return values.length % 2 === 1 ? lowMiddle : (lowMiddle + highMiddle) / 2;
  };
  let seed = 7;
  const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
  const samples = [[5], [3, 1], [4, 4, 1, 9], Array.from({ length: 10 }, (_, i) => i + 1), ...Array.from({ length: 30 }, (_, k) => Array.from({ length: 1 + k * 3 }, () => Math.floor(random() * 500)))];

  it.each(samples.map((values) => [values.length, values] as const))('n = %i', (_n, values) => {
    const sorted = [...values].sort((a, b) => a - b);
    expect(nearestRank(sorted, 90)).toBe(byCounting(values, 90));
    expect(median(sorted)).toBe(medianByCounting(values));
  });

  it('by hand: 1…10 has median 5.5 and p90 9; 1…20 has p90 18', () => {
    expect(median([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(5.5);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank(Array.from({ length: 20 }, (_, i) => i + 1), 90)).toBe(18);
  });
});

describe('targets', () => {
  it('reads durations', () => {
    expect(['10m', '1h', '1h30m', '1.5h', '2d', '45min'].map(parseDurationText)).toEqual([10, 60, 90, 90, 2880, 45]);
    expect(['', '0m', 'soon', '1 hour'].map(parseDurationText)).toEqual([undefined, undefined, undefined, undefined]);
    expect(() => durationOption('--first-response', 'soon')).toThrow(/--first-response soon: not a duration/);
  });

  it('the flags replace the file defaults; a bad file names every problem by its key path (exit 2)', () => {
    expect(parseTargets({ firstResponse: '2h' }, 'f.json', { firstResponse: 30 })).toMatchObject({ firstResponse: 30 });
    let caught: unknown;
    try {
      parseTargets({ firstResponse: 'soon', byPriority: { high: { firstReply: '1h' } } }, 'f.json');
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ exitCode: 2, file: 'f.json' });
    expect((caught as Error).message).toMatch(/firstResponse: not a duration/);
    expect((caught as Error).message).toMatch(/byPriority\.high/);
  });
});
