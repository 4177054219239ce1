import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SegmentsOptions, runSegments } from '../../src/commands/segments.js';
import { formatDay, parseIsoDay } from '../../src/time/days.js';
import { fakeIo } from '../helpers/fake-io.js';

// Day n = 2024-01-01 + n. Orders (amount in EUR):
//   P days 10 20 30 40 190 (10 each); Q 95 (20); R 50 60 (10 each); S 80 90 99 (10 each); T 150 (40); U 5 (10).
// As of day 200 (n = 6, score = 1 + ⌊5k/6⌋), worked by hand in test/unit/metrics/segments-rfm.test.ts:
//   P champions, Q hibernating, R at risk, S loyal, T promising, U lost. Revenue 170 EUR in all.
// On day 100: P can't lose them, Q promising, R need attention, S champions, U lost; T not yet a customer.
const DAY0 = parseIsoDay('2024-01-01')!;
const date = (n: number) => formatDay(DAY0 + n);
const ORDERS: [string, number, string][] = [
  ['P', 10, '10.00'], ['P', 20, '10.00'], ['P', 30, '10.00'], ['P', 40, '10.00'], ['P', 190, '10.00'],
  ['Q', 95, '20.00'], ['R', 50, '10.00'], ['R', 60, '10.00'], ['S', 80, '10.00'], ['S', 90, '10.00'], ['S', 99, '10.00'],
  ['T', 150, '40.00'], ['U', 5, '10.00'],
];

function ordersFile(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-segments-'));
  const file = path.join(dir, 'orders.csv');
  const lines = ORDERS.map(([customer, day, amount], i) => `${1000 + i},${customer},${date(day)},${amount},EUR`);
  writeFileSync(file, `Order ID,Customer ID,Order Date,Amount,Currency\n${lines.join('\n')}\n`);
  return { dir, file };
}

async function runJson(options: SegmentsOptions = {}) {
  const { file } = ordersFile();
  const io = fakeIo();
  await runSegments(io, file, { ...options, format: 'json' });
  return JSON.parse(io.out()) as Record<string, any>;
}

describe('care segments', () => {
  it('sizes and revenue shares as of the last order', async () => {
    const json = await runJson();
    expect(json['asOf']).toBe(date(190));
    // As of day 190 P's last purchase is that day: the hand-worked figures are for day 200, so pass it.
    const at200 = await runJson({ asOf: DAY0 + 200 });
    expect(at200['customers']).toBe(6);
    const bySegment = Object.fromEntries(at200['segments'].map((row: any) => [row.segment, [row.customers, row.revenue, row.revenueShare]]));
    expect(bySegment).toMatchObject({
      champions: [1, 50, 0.294118], hibernating: [1, 20, 0.117647], 'at-risk': [1, 20, 0.117647],
      loyal: [1, 30, 0.176471], promising: [1, 40, 0.235294], lost: [1, 10, 0.058824], new: [0, 0, 0],
    });
    expect(at200['segments'].find((row: any) => row.segment === 'at-risk')).toMatchObject({ names: { en: 'At risk', ru: 'В зоне риска', bg: 'В риск' }, template: 'win-back', rule: 'win-back' });
    expect(at200['movement']).toBeNull();
  });

  it('--since: who moved, and the matrix', async () => {
    const json = await runJson({ asOf: DAY0 + 200, since: DAY0 + 100 });
    expect(json['movement']['moved']).toEqual([
      { customer: 'P', from: 'cant-lose-them', to: 'champions' },
      { customer: 'Q', from: 'promising', to: 'hibernating' },
      { customer: 'R', from: 'need-attention', to: 'at-risk' },
      { customer: 'S', from: 'champions', to: 'loyal' },
      { customer: 'T', from: 'not-yet', to: 'promising' },
    ]);
    expect(json['movement']['matrix']['lost']['lost']).toBe(1);
    expect(json['movement']['from']).toBe(date(100));
  });

  it('the table in Russian, with the movement', async () => {
    const { file } = ordersFile();
    const io = fakeIo();
    await runSegments(io, file, { asOf: DAY0 + 200, since: DAY0 + 100, names: 'ru' });
    expect(io.out()).toContain('Чемпионы');
    expect(io.out()).toContain('(ещё не покупатель)');
    expect(io.out()).toContain('5 customers changed segment, 1 stayed.');
  });

  it('csv and md views', async () => {
    const { file } = ordersFile();
    const csv = fakeIo();
    await runSegments(csv, file, { asOf: DAY0 + 200, format: 'csv' });
    expect(csv.out().split('\n')[0]).toBe('segment,customers,customerShare,revenue,revenueShare,template,rule');
    expect(csv.out()).toContain('Champions,1,0.166667,50,0.294118,feedback-request,anniversary');
    const md = fakeIo();
    await runSegments(md, file, { asOf: DAY0 + 200, format: 'md', names: 'bg' });
    expect(md.out()).toContain('| Шампиони |');
  });

  it('--per-customer writes each customer\'s scores', async () => {
    const { dir, file } = ordersFile();
    const out = path.join(dir, 'scores.csv');
    const io = fakeIo();
    await runSegments(io, file, { asOf: DAY0 + 200, perCustomer: out, format: 'json' });
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer,recency_days,frequency,monetary,r,f,m,segment');
    // P: 10 days since day 190, 5 purchase days, 50 EUR; R 5 F 5; M: 50 is the largest of 50 20 20 30 40 10 → k 5 → 5.
    expect(lines).toContain('P,10,5,50,5,5,5,champions');
    expect(io.err()).toContain(`wrote ${out}`);
  });

  it('an export without amounts: segments by R and F, no revenue', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-segments-'));
    const file = path.join(dir, 'orders.csv');
    writeFileSync(file, `Order ID,Customer ID,Order Date\n${ORDERS.map(([customer, day], i) => `${i + 1},${customer},${date(day)}`).join('\n')}\n`);
    const io = fakeIo();
    await runSegments(io, file, { asOf: DAY0 + 200, format: 'json' });
    const champions = JSON.parse(io.out())['segments'][0];
    expect(champions).toMatchObject({ segment: 'champions', customers: 1, revenue: null, revenueShare: null });
  });

  it('--since not before the as-of day, and --format html, are usage errors (exit 2)', async () => {
    const { file } = ordersFile();
    await expect(runSegments(fakeIo(), file, { asOf: DAY0 + 100, since: DAY0 + 100 })).rejects.toMatchObject({ code: 'CARE_BAD_OPTION', exitCode: 2 });
    await expect(runSegments(fakeIo(), file, { format: 'html' })).rejects.toMatchObject({ code: 'CARE_BAD_FORMAT', exitCode: 2 });
  });
});
