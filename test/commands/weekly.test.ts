import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RetentionOptions, runRetention } from '../../src/commands/retention.js';
import { CareError, InputError, ThresholdError, UsageError } from '../../src/errors.js';
import { fakeIo } from '../helpers/fake-io.js';
import { day } from '../helpers/day.js';

/*
 * A tiny shop, weekly periods, a 7-day window (active on x = a purchase in [x − 6, x]).
 * Week ends (the check days): W02 Sun 11 Jan, W03 Sun 18 Jan, W04 Sun 25 Jan; as of Wed 28 Jan (W05, partial).
 *   A buys 10, 17, 24 Jan — active at every check;   B buys 9, 16 Jan — lost in W04;
 *   C buys 11 Jan, then 23 Jan — lost in W03, reactivated in W04;
 *   D buys 14 Jan — new in W03, lost in W04;          E buys 20 Jan — new in W04.
 * W02: S 0, new 3 (A B C), E 3.
 * W03: S {A B C} = 3, E {A B D} = 3: retained 2, lost 1 (C), new 1 (D) → CRR 66.7%, churn 33.3%.
 * W04: S {A B D} = 3, E {A C E} = 3: retained 1, lost 2 (B D), new 1 (E), reactivated 1 (C) → CRR 33.3%, churn 66.7%.
 */
const ORDERS = ['customer_id,order_date,amount', 'A,2026-01-10,10', 'A,2026-01-17,10', 'A,2026-01-24,10', 'B,2026-01-09,10', 'B,2026-01-16,10', 'C,2026-01-11,10', 'C,2026-01-23,10', 'D,2026-01-14,10', 'E,2026-01-20,10'];
/** A late order: B bought on 22 Jan after all, so B is retained in W04 (retained 2, lost 1: CRR 66.7%). */
const LATE_ORDER = 'B,2026-01-22,10';

function shop(lines: string[] = ORDERS): { dir: string; orders: string; history: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-weekly-'));
  const orders = path.join(dir, 'orders.csv');
  writeFileSync(orders, `${lines.join('\n')}\n`);
  return { dir, orders, history: path.join(dir, 'history.csv') };
}

const WEEKLY: RetentionOptions = { period: 'week', churnAfter: 7, asOf: day('2026-01-28') };

async function run(orders: string, options: RetentionOptions) {
  const io = fakeIo();
  let error: CareError | undefined;
  try {
    await runRetention(io, orders, { ...WEEKLY, ...options });
  } catch (caught) {
    if (!(caught instanceof CareError)) throw caught;
    error = caught;
  }
  return { out: io.out(), err: io.err(), error };
}

describe('--history FILE', () => {
  it('records the completed periods; a second run with the same --as-of leaves the file byte for byte the same', async () => {
    const { orders, history } = shop();
    const first = await run(orders, { history, format: 'csv' });
    expect(first.error).toBeUndefined();
    expect(first.err).toBe(`care: history ${history}: 3 periods added, 0 updated, 0 unchanged\n`);
    const text = readFileSync(history, 'utf8');
    expect(text).toBe(
      [
        'period,start,end,customersAtStart,new,reactivated,retained,lost,customersAtEnd,retentionRate,churnRate,kind,churnAfterDays,source,asOf',
        '2026-W02,2026-01-05,2026-01-12,0,3,0,0,0,3,,,week,7,orders,2026-01-28',
        '2026-W03,2026-01-12,2026-01-19,3,1,0,2,1,3,0.666667,0.333333,week,7,orders,2026-01-28',
        '2026-W04,2026-01-19,2026-01-26,3,1,1,1,2,3,0.333333,0.666667,week,7,orders,2026-01-28',
        '',
      ].join('\n'),
    );
    const second = await run(orders, { history, format: 'csv' });
    expect(second.err).toBe(`care: history ${history}: up to date (3 periods)\n`);
    expect(readFileSync(history, 'utf8')).toBe(text);
  });

  it('a period whose numbers changed is updated in place, the new week added, unchanged weeks keep their asOf', async () => {
    const { orders, history } = shop();
    await run(orders, { history });
    writeFileSync(orders, `${[...ORDERS, LATE_ORDER].join('\n')}\n`);
    const next = await run(orders, { history, asOf: day('2026-02-04') });
    // W05 is now complete: S {A B C E} (B active on 25 Jan by the late order), nobody buys 26 Jan – 1 Feb → all 4 lost.
    expect(next.err).toBe(`care: history ${history}: 1 period added, 1 updated, 2 unchanged\n`);
    const lines = readFileSync(history, 'utf8').trimEnd().split('\n');
    expect(lines.slice(1)).toEqual([
      '2026-W02,2026-01-05,2026-01-12,0,3,0,0,0,3,,,week,7,orders,2026-01-28',
      '2026-W03,2026-01-12,2026-01-19,3,1,0,2,1,3,0.666667,0.333333,week,7,orders,2026-01-28',
      '2026-W04,2026-01-19,2026-01-26,3,1,1,2,1,4,0.666667,0.333333,week,7,orders,2026-02-04',
      '2026-W05,2026-01-26,2026-02-02,4,0,0,0,4,0,0,1,week,7,orders,2026-02-04',
    ]);
  });

  it('--last only trims what is shown: the history gets every completed period', async () => {
    const { orders, history } = shop();
    await run(orders, { history, last: 1 });
    expect(readFileSync(history, 'utf8').trimEnd().split('\n')).toHaveLength(4);
  });

  it('a history file that is not ours is refused before any work (exit 3), left untouched, no output', async () => {
    const { orders, history } = shop();
    writeFileSync(history, 'week,churn\n2026-W04,0.1\n');
    const result = await run(orders, { history });
    expect(result.error).toBeInstanceOf(InputError);
    expect(result.error?.describe()).toBe(`${history}: not a care history file: its first line is not the history header`);
    expect(result.out).toBe('');
    expect(readFileSync(history, 'utf8')).toBe('week,churn\n2026-W04,0.1\n');
  });
});

describe('--fail-if EXPR', () => {
  it('a crossed threshold: the output is written first, then exit 4 naming it with the actual value and period', async () => {
    const { orders } = shop();
    const result = await run(orders, { failIf: ['churn>50%'] });
    expect(result.out).toContain('2026-W04');
    expect(result.error).toBeInstanceOf(ThresholdError);
    expect(result.error?.exitCode).toBe(4);
    expect(result.error?.describe()).toBe('threshold crossed: churn 66.7% > 50% (period 2026-W04)');
  });

  it('with --out the file is written whole before exit 4; with --history the history too', async () => {
    const { dir, orders, history } = shop();
    const out = path.join(dir, 'weekly-{isoWeek}.csv');
    const result = await run(orders, { format: 'csv', out, history, failIf: ['retention<80%,lost>=2', 'new<1'] });
    expect(result.error?.describe()).toBe('threshold crossed: retention 33.3% < 80%, lost 2 >= 2 (period 2026-W04)');
    expect(readFileSync(path.join(dir, 'weekly-2026-W05.csv'), 'utf8')).toMatch(/^period,start,end,partial/);
    expect(existsSync(history)).toBe(true);
    expect(result.err.split('\n')[0]).toBe(`care: wrote ${path.join(dir, 'weekly-2026-W05.csv')}`);
  });

  it('no threshold crossed → success; the partial week (churn 33.3% so far) is not what is checked', async () => {
    const { orders } = shop();
    const result = await run(orders, { failIf: ['churn>70%', 'retention<0.3', 'end<3'] });
    expect(result.error).toBeUndefined();
    expect(result.err).toBe('');
  });

  it('JSON carries the checks under thresholds', async () => {
    const { orders } = shop();
    const result = await run(orders, { format: 'json', failIf: ['churn>50%,new<1'] });
    expect(JSON.parse(result.out).thresholds).toEqual([
      { expression: 'churn>50%', metric: 'churn', op: '>', limit: 0.5, actual: 0.666667, scope: 'period 2026-W04', crossed: true },
      { expression: 'new<1', metric: 'new', op: '<', limit: 1, actual: 1, scope: 'period 2026-W04', crossed: false },
    ]);
    expect(result.error?.exitCode).toBe(4);
  });

  it('a malformed expression is exit 2 naming it, before the export is even read', async () => {
    const result = await run('/no/such/orders.csv', { failIf: ['churn>5%', 'churn>>5%'] });
    expect(result.error).toBeInstanceOf(UsageError);
    expect(result.error?.describe()).toBe('--fail-if "churn>>5%": expected METRIC OP VALUE');
    const nps = await run('/no/such/orders.csv', { failIf: 'nps<30' });
    expect(nps.error?.describe()).toBe('--fail-if "nps<30": care retention has no nps');
  });

  it('with no complete period yet, the threshold is not checked and stderr says so', async () => {
    const { orders } = shop();
    const result = await run(orders, { asOf: day('2026-01-10'), failIf: 'churn>5%' });
    expect(result.error).toBeUndefined();
    expect(result.err).toBe('care: --fail-if "churn>5%": not checked: no complete period yet\n');
  });
});

describe('--compare', () => {
  it('JSON: the last complete week against the one before, counts absolute and relative, rates in points', async () => {
    const { orders } = shop();
    const json = JSON.parse((await run(orders, { format: 'json', compare: true })).out);
    expect(json.compare).toEqual({
      period: '2026-W04',
      previousPeriod: '2026-W03',
      partialPeriod: '2026-W05',
      metrics: {
        customersAtStart: { current: 3, previous: 3, change: 0, relativeChange: 0 },
        new: { current: 1, previous: 1, change: 0, relativeChange: 0 },
        reactivated: { current: 1, previous: 0, change: 1, relativeChange: null },
        retained: { current: 1, previous: 2, change: -1, relativeChange: -0.5 },
        lost: { current: 2, previous: 1, change: 1, relativeChange: 1 },
        customersAtEnd: { current: 3, previous: 3, change: 0, relativeChange: 0 },
        // 95% intervals of the change, Newcombe's method 10 from the Wilson intervals of 1/3 and 2/3 (worked
        // separately: Wilson 1/3 = 0.0615–0.7923, 2/3 = 0.2077–0.9385; low −0.3333 − √(0.2718² + 0.2718²) = −0.7178,
        // high −0.3333 + √(0.4590² + 0.4590²) = +0.3158).
        retentionRate: { current: 0.333333, previous: 0.666667, change: -0.333333, changePoints: -33.33, changeInterval: { low: -0.717775, high: 0.315801 } },
        churnRate: { current: 0.666667, previous: 0.333333, change: 0.333333, changePoints: 33.33, changeInterval: { low: -0.315801, high: 0.717775 } },
      },
    });
  });

  it('table: a grid after the period table', async () => {
    const { orders } = shop();
    const { out } = await run(orders, { compare: true });
    expect(out).toContain('Change: 2026-W04 against 2026-W03');
    expect(out).toMatch(/Lost\s+│\s+1 │\s+2 │\s+\+1 \(\+100\.0%\)/);
    expect(out).toMatch(/Churn\s+│\s+33\.3% │\s+66\.7% │\s+\+33\.3 pt/);
    expect(out).toContain('2026-W05 is still running (partial) and is not compared.');
  });

  it('csv: the comparison instead of the period table (as --cohorts does); not both', async () => {
    const { orders } = shop();
    const { out } = await run(orders, { compare: true, format: 'csv' });
    expect(out.split('\n').slice(0, 2)).toEqual(['metric,previousPeriod,previous,period,current,change,relativeChange,changePoints', 'customersAtStart,2026-W03,3,2026-W04,3,0,0,']);
    expect(out).toContain('churnRate,2026-W03,0.333333,2026-W04,0.666667,0.333333,,33.33');
    const both = await run(orders, { compare: true, cohorts: true, format: 'csv' });
    expect(both.error).toBeInstanceOf(UsageError);
  });

  it('fewer than two complete periods: null in JSON, a note in the table', async () => {
    const { orders } = shop();
    expect(JSON.parse((await run(orders, { format: 'json', compare: true, asOf: day('2026-01-15') })).out).compare).toBeNull();
    expect((await run(orders, { compare: true, asOf: day('2026-01-15') })).out).toContain('Two complete periods are needed to compare');
  });

  it('without the new options the JSON keeps its contract exactly', async () => {
    const { orders } = shop();
    const json = JSON.parse((await run(orders, { format: 'json' })).out);
    expect(Object.keys(json)).toEqual(['schema', 'asOf', 'period', 'churnAfterDays', 'source', 'ingest', 'periods', 'cohorts']); // no currency column, no currency
  });
});
