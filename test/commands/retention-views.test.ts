/** care retention --conventions, --convention, --mrr and --cohort-mode: wiring and the checks between them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runRetention } from '../../src/commands/retention.js';
import type { RetentionOptions } from '../../src/commands/retention.js';
import { CONVENTIONS } from '../../src/metrics/conventions.js';
import { fakeIo } from '../helpers/fake-io.js';

const SUBSCRIPTIONS = 'fixtures/subscriptions.csv';

async function json(input: string | undefined, options: RetentionOptions) {
  const io = fakeIo();
  await runRetention(io, input, { format: 'json', ...options });
  return JSON.parse(io.out());
}

describe('care retention --conventions', () => {
  it("lists every convention, and care's churn is the period table's lost / at start of the same month", async () => {
    const table = await json(undefined, { subscriptions: SUBSCRIPTIONS });
    const conventions = await json(undefined, { subscriptions: SUBSCRIPTIONS, conventions: true });
    expect(conventions.conventions.map((row: { convention: string }) => row.convention)).toEqual([...CONVENTIONS]);
    const month = table.periods.find((row: { period: string }) => row.period === conventions.end.slice(0, 7));
    const care = conventions.conventions.find((row: { convention: string }) => row.convention === 'care');
    expect(care).toMatchObject({ base: month.customersAtStart, churned: month.lost });
  });

  it('--convention care gives, month by month, the period table of complete months', async () => {
    const table = await json('fixtures/orders.csv', {});
    const series = await json('fixtures/orders.csv', { convention: 'care' });
    const complete = table.periods.filter((row: { partial: boolean }) => !row.partial);
    expect(series.periods.map((row: { base: number; churned: number }) => [row.base, row.churned])).toEqual(complete.map((row: { customersAtStart: number; lost: number }) => [row.customersAtStart, row.lost]));
  });
});

describe('care retention --subscriptions --mrr', () => {
  it("MRR at each complete period's end is the sum of the mrr column of the subscriptions active on its last day (a plain scan of the file)", async () => {
    const [, ...lines] = readFileSync(SUBSCRIPTIONS, 'utf8').trim().split('\n');
    const subscriptions = lines.map((line) => line.split(',')).map(([, , start, end, mrr]) => ({ start: start!, end: end!, mrr: Number(mrr) }));
    // ISO dates compare as text; active on day x when start ≤ x and x < end (docs/definitions.md "The customer base").
    const activeOn = (day: string) => subscriptions.filter((s) => s.start <= day && (s.end === '' || day < s.end)).reduce((sum, s) => sum + s.mrr, 0);
    const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const mrr = await json(undefined, { subscriptions: SUBSCRIPTIONS, mrr: true });
    const complete = mrr.rows.filter((row: { partial: boolean }) => !row.partial);
    expect(complete.length).toBeGreaterThan(30);
    for (const row of complete) {
      expect(row.mrrAtEnd).toBeCloseTo(activeOn(dayBefore(row.end)), 2);
      expect(row.mrrAtStart).toBeCloseTo(activeOn(dayBefore(row.start)), 2);
    }
  });
});

describe('care retention --cohort-mode on-or-after', () => {
  it('counts at least as many customers in every cell as "on", and equal at age 0', async () => {
    const on = await json('fixtures/orders.csv', {});
    const after = await json('fixtures/orders.csv', { cohortMode: 'on-or-after' });
    expect(after.cohortMode).toBe('on-or-after');
    expect(on).not.toHaveProperty('cohortMode');
    on.cohorts.forEach((row: { rates: number[] }, r: number) => {
      row.rates.forEach((rate, age) => (age === 0 ? expect(after.cohorts[r].rates[age]).toBe(rate) : expect(after.cohorts[r].rates[age]).toBeGreaterThanOrEqual(rate)));
    });
  });
});

describe('care retention views: usage errors (exit 2)', () => {
  it.each<[string | undefined, RetentionOptions, RegExp]>([
    ['fixtures/orders.csv', { mrr: true }, /--mrr reads a subscriptions export/],
    ['fixtures/orders.csv', { conventions: true, convention: 'stripe' }, /different views/],
    ['fixtures/orders.csv', { conventions: true, compare: true }, /replaces the period table/],
    ['fixtures/orders.csv', { convention: 'stripe', failIf: ['churn>5%'] }, /replaces the period table/],
  ])('%s %o', async (input, options, message) => {
    await expect(runRetention(fakeIo(), input, options)).rejects.toMatchObject({ exitCode: 2, message: expect.stringMatching(message) });
  });
});
