import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLtv, type LtvOptions } from '../../src/commands/ltv.js';
import { ltvReportSection } from '../../src/commands/ltv-options.js';
import { gridText } from '../../src/report/grid.js';
import { parseIsoDay } from '../../src/time/days.js';
import { rejectionOf } from '../helpers/csv-source.js';
import { fixture } from '../helpers/datasets.js';
import { fakeIo } from '../helpers/fake-io.js';
import { buildHistory, type OrderTuple } from '../helpers/history-builder.js';
import { day } from '../helpers/day.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-ltv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csvFile(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function run(file: string, options: LtvOptions) {
  const io = fakeIo();
  await runLtv(io, file, options);
  return { out: io.out(), err: io.err() };
}

async function runJson(file: string, options: LtvOptions) {
  const { out, err } = await run(file, { ...options, format: 'json' });
  return { json: JSON.parse(out), err };
}

// The example of docs/definitions.md ("Lifetime value") as an export: five customers bought 1,000.00 on 2023-11-15 (all active on
// 2024-01-01, a year before the as-of 2024-12-31: S = 5) and six times each in 2024; "e" stops
// after 2024-09-01 and is not active on 2024-12-31 (lost = 1). AOV 1,000 × 6 a year × 1 / 20% = 30,000.
const LOYAL = ['2024-02-15', '2024-04-15', '2024-06-15', '2024-08-15', '2024-10-15', '2024-12-15'];
const LEAVING = ['2024-01-15', '2024-03-01', '2024-04-15', '2024-06-01', '2024-07-15', '2024-09-01'];
const CHANNEL: Record<string, string> = { a: 'web', b: 'web', c: 'store', d: 'store', e: 'store' };
const domainRows: [string, string, string][] = [];
for (const customer of ['a', 'b', 'c', 'd', 'e']) {
  domainRows.push([customer, '2023-11-15', '1000.00']);
  for (const date of customer === 'e' ? LEAVING : LOYAL) domainRows.push([customer, date, '1000.00']);
}
const domainFile = csvFile('domain.csv', ['Customer ID,Order Date,Amount,Channel', ...domainRows.map(([customer, date, amount]) => `${customer},${date},${amount},${CHANNEL[customer]}`)]);

describe('care ltv --model simple', () => {
  it('reproduces docs/definitions.md: 1,000 × 6 purchases a year × 5 years = 30,000', async () => {
    const { json, err } = await runJson(domainFile, { asOf: day('2024-12-31') });
    expect(err).toBe('');
    expect(json).toMatchObject({ asOf: '2024-12-31', model: 'simple', warnings: [] });
    expect(json.simple).toMatchObject({
      averageOrderValue: 1000,
      purchasesPerYear: 6,
      annualChurnRate: 0.2,
      expectedLifetimeYears: 5,
      margin: 1,
      ltv: 30000,
      cac: null,
      basis: { from: '2024-01-02', to: '2024-12-31', orders: 30, customers: 5, churnFrom: '2024-01-01', customersAtStart: 5, lost: 1 },
    });
  });

  it('with --margin 0.5 and --cac 6000: revenue − costs, LTV − CAC and LTV : CAC', async () => {
    const { json } = await runJson(domainFile, { asOf: day('2024-12-31'), margin: 0.5, cac: 6000 });
    expect(json.simple).toMatchObject({ lifetimeRevenue: 30000, lifetimeCosts: 15000, ltv: 15000, cac: 6000, ltvMinusCac: 9000, ltvToCac: 2.5 });
  });

  it('prints the factors as a table', async () => {
    const { out } = await run(domainFile, { asOf: day('2024-12-31'), cac: 6000 });
    expect(out).toContain('Customer lifetime value — as of 2024-12-31 · simple model');
    expect(out).toMatch(/Average order value\s+│\s+1,000\.00/);
    expect(out).toMatch(/Expected lifetime \(1 \/ churn\)\s+│\s+5\.0 years/);
    expect(out).toMatch(/LTV\s+│\s+30,000\.00/);
    expect(out).toMatch(/LTV : CAC\s+│\s+5\.00 : 1/);
  });

  it('--by Channel: LTV per segment, each on its own customers', async () => {
    // web = a, b: 12 orders of 1,000, nobody lost → churn 0 → lifetime capped at 10 years → 60,000.
    // store = c, d, e: 18 orders, 1 of 3 lost → lifetime 3 years → 1,000 × 6 × 3 = 18,000.
    const { json } = await runJson(domainFile, { asOf: day('2024-12-31'), by: 'Channel' });
    expect(json.by).toBe('Channel');
    expect(json.segments.map((row: { segment: string; ltv: number; expectedLifetimeYears: number }) => [row.segment, row.ltv, row.expectedLifetimeYears])).toEqual([
      ['store', 18000, 3],
      ['web', 60000, 10],
    ]);
    expect(json.simple.ltv).toBe(30000);
    const csv = (await run(domainFile, { asOf: day('2024-12-31'), by: 'Channel', format: 'csv' })).out.trim().split('\n');
    expect(csv[0]).toBe('segment,customers,averageOrderValue,purchasesPerYear,customersAtStart,annualChurnRate,expectedLifetimeYears,ltv');
    expect(csv[1]).toBe('store,3,1000,6,3,0.3333333333333333,3,18000');
    const withCac = (await run(domainFile, { asOf: day('2024-12-31'), by: 'Channel', cac: 6000, format: 'csv' })).out.trim().split('\n');
    expect(withCac[0]).toBe('segment,customers,averageOrderValue,purchasesPerYear,customersAtStart,annualChurnRate,expectedLifetimeYears,ltv,ltvMinusCac,ltvToCac');
    expect(withCac[2]).toBe('web,2,1000,6,2,0,10,60000,54000,10');
  });

  it('warns when the history is shorter than a year', async () => {
    const { json, err } = await runJson(domainFile, { asOf: day('2024-06-30') });
    expect(json.simple.ltv).toBeNull();
    expect(json.warnings.map((warning: { code: string }) => warning.code)).toEqual(['CARE_LTV_SHORT_HISTORY']);
    expect(err).toMatch(/^care: warning: no customer was active on 2023-07-01, a year before as-of/m);
  });

  it('csv and md formats', async () => {
    const csv = (await run(domainFile, { asOf: day('2024-12-31'), format: 'csv' })).out.trim().split('\n');
    expect(csv[0]).toBe('metric,value');
    expect(csv).toContain('LTV,30000');
    const md = (await run(domainFile, { asOf: day('2024-06-30'), format: 'md' })).out;
    expect(md).toContain('# Customer lifetime value — as of 2024-06-30 · simple model');
    expect(md).toContain('## Warnings');
  });
});

describe('care ltv --model historical', () => {
  it('cumulative revenue per customer by cohort age', async () => {
    // Quarterly cohorts: everyone first bought in 2023-Q4, so there is one cohort of five.
    const { json } = await runJson(domainFile, { asOf: day('2024-12-31'), model: 'historical', period: 'quarter' });
    expect(json.historical.cohorts).toHaveLength(1);
    const [cohort] = json.historical.cohorts;
    expect(cohort).toMatchObject({ cohort: '2023-Q4', size: 5 });
    // Revenue by quarter of age: Q4 5,000; Q1 a–d 1 each + e 2 = 6,000; Q2 a–d 2 each + e 2 = 10,000;
    // Q3 a–d 1 each + e 2 = 6,000; Q4 a–d 2 each = 8,000 → per customer 1,000, 2,200, 4,200, 5,400, 7,000.
    expect(cohort.revenue).toEqual([5000, 6000, 10000, 6000, 8000]);
    expect(cohort.cumulativePerCustomer).toEqual([1000, 2200, 4200, 5400, 7000]);
    expect(json.historical.revenuePerCustomer).toBe(7000);
    const csv = (await run(domainFile, { asOf: day('2024-12-31'), model: 'historical', period: 'quarter', format: 'csv' })).out.trim().split('\n');
    expect(csv[0]).toBe('cohort,size,age,revenue,cumulativePerCustomer');
    expect(csv[5]).toBe('2023-Q4,5,4,8000,7000');
  });
});

describe('care ltv --model bgnbd on too little data', () => {
  it('warns instead of fitting, and writes no per-customer file', async () => {
    const perCustomer = path.join(dir, 'none.csv');
    const { json, err } = await runJson(domainFile, { model: 'bgnbd', perCustomer });
    expect(json.bgnbd).toBeNull();
    expect(json.gammaGamma).toBeNull();
    expect(json.summary).toBeNull();
    expect(json.warnings.map((warning: { code: string }) => warning.code)).toEqual(['CARE_LTV_TOO_FEW_REPEAT_CUSTOMERS', 'CARE_LTV_NO_PER_CUSTOMER']);
    expect(err).toContain('care: warning: only 5 of 5 customers bought again (at least 20 are needed to fit BG/NBD)');
    expect(() => readFileSync(perCustomer)).toThrow();
  });
});

// Values out of range or of the wrong kind are refused as the CLI reads them: test/unit/cli/argv.test.ts.
describe('care ltv option errors (exit 2)', () => {
  it.each([
    [{ model: 'bgnbd', calibrationEnd: day('2025-01-01') }, /leaves no holdout period/],
    [{ perCustomer: 'x.csv' }, /--per-customer writes the predictions of each customer/],
  ] as [LtvOptions, RegExp][])('%o', async (options, message) => {
    const error = await rejectionOf(runLtv(fakeIo(), domainFile, options));
    expect(error.message).toMatch(message);
    expect(error['exitCode']).toBe(2);
  });

  it('simple LTV without an amount column is an input error (exit 3)', async () => {
    const file = csvFile('no-amounts.csv', ['Customer ID,Order Date', 'a,2024-01-01', 'a,2024-02-01']);
    const error = await rejectionOf(runLtv(fakeIo(), file, {}));
    expect(error['code']).toBe('CARE_NO_AMOUNTS');
    expect(error['exitCode']).toBe(3);
  });
});

describe('ltvReportSection', () => {
  const day = (iso: string) => parseIsoDay(iso)!;
  const orders: OrderTuple[] = domainRows.map(([customer, date]) => [customer, date, 100000]);
  const history = buildHistory(orders);

  it('simple LTV with the CAC comparisons, historical curves, and a warning where BG/NBD cannot fit', () => {
    const section = ltvReportSection(history, day('2024-12-31'), { cac: 6000, period: 'quarter' });
    expect(section.json.simple).toMatchObject({ ltv: 30000, ltvMinusCac: 24000, ltvToCac: 5 });
    expect(section.json.historical?.revenuePerCustomer).toBe(7000);
    expect(section.json.bgnbd).toBeNull();
    expect(section.json.summary).toBeNull();
    expect(section.json.warnings.map((warning) => warning.code)).toEqual(['CARE_LTV_TOO_FEW_REPEAT_CUSTOMERS']);
    const grids = section.grids();
    expect(grids.map((grid) => gridText(grid.title ?? '', undefined))).toEqual(['Lifetime value (simple)', 'Historical LTV by cohort age']);
    expect(grids[1]!.notes?.map((note) => gridText(note, undefined))).toContain('Warning: only 5 of 5 customers bought again (at least 20 are needed to fit BG/NBD)');
  });
});

// ---------------------------------------------------------------------------------------------
// CDNOW through the real ingestion path (masterid is the customer, YYYYMMDD dates, sales).
// The export has eight $0.00 orders; by the purchase rule (docs/definitions.md, "Purchases") a purchase counts only
// when its amount is above zero, so 2,349 customers (not the published 2,357) are fitted, and the
// BG/NBD fit moves slightly: still within 1% of the published parameters, LL within 5 of −9582.4.
// ---------------------------------------------------------------------------------------------
const cdnow = fixture('cdnow', 'cdnow-sample.csv');

/** A plain scan of the file: per customer, the days with a purchase above $0 (no care code). */
function scanCdnow(file: string): Map<string, Set<number>> {
  const days = new Map<string, Set<number>>();
  for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const [masterid, , date, , sales] = line.trim().split(',');
    if (!(Number(sales) > 0)) continue;
    let set = days.get(masterid!);
    if (set === undefined) days.set(masterid!, (set = new Set()));
    set.add(Number(date));
  }
  return days;
}

describe('care ltv on CDNOW (fixtures/cdnow)', () => {
  const perCustomer = path.join(dir, 'cdnow-customers.csv');
  const options: LtvOptions = { model: 'bgnbd', calibrationEnd: day('1997-09-30'), timeUnit: 'week', horizon: 39, perCustomer };
  // One run shared by the tests below, started by the first of them.
  let shared: ReturnType<typeof runJson> | undefined;
  const result = () => (shared ??= runJson(cdnow, options));

  it('fits BG/NBD within 1% of Fader, Hardie & Lee (2005) and the log-likelihood within 5 of −9582.4', async () => {
    const { json } = await result();
    const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    for (const [key, value] of Object.entries(published)) expect(Math.abs(json.bgnbd[key] / value - 1)).toBeLessThan(0.01);
    expect(Math.abs(json.bgnbd.logLikelihood - -9582.4)).toBeLessThan(5);
    expect(json.bgnbd).toMatchObject({ customers: 2349, repeatCustomers: 946, converged: true });
    expect(json.timeUnit).toBe('week');
    expect(json.calibrationEnd).toBe('1997-09-30');
  });

  it('fits Gamma-Gamma within 1% of Fader & Hardie (2013), log-likelihood in dollars', async () => {
    const { json } = await result();
    const published = { p: 6.25, q: 3.74, gamma: 15.44 };
    for (const [key, value] of Object.entries(published)) expect(Math.abs(json.gammaGamma[key] / value - 1)).toBeLessThan(0.01);
    expect(json.gammaGamma.logLikelihood).toBeCloseTo(-4055.9, 0);
    expect(json.gammaGamma.excludedNonPositive).toBe(0);
    expect(Math.abs(json.gammaGamma.frequencySpendCorrelation)).toBeLessThan(0.3);
    expect(json.warnings).toEqual([]);
  });

  it('holds out weeks 40–78: customers and actual purchases per group match a plain scan of the file', async () => {
    const { json } = await result();
    const calibrationEnd = 19970930;
    const holdoutEnd = 19980630;
    const customers = new Array<number>(8).fill(0);
    const actual = new Array<number>(8).fill(0);
    for (const days of scanCdnow(cdnow).values()) {
      const sorted = [...days].sort((a, b) => a - b);
      if (sorted[0]! > calibrationEnd) continue;
      const group = Math.min(sorted.filter((date) => date <= calibrationEnd).length - 1, 7);
      customers[group]!++;
      actual[group]! += sorted.filter((date) => date > calibrationEnd && date <= holdoutEnd).length;
    }
    const { holdout } = json;
    expect(holdout).toMatchObject({ calibrationEnd: '1997-09-30', holdoutEnd: '1998-06-30', holdoutLength: 39 });
    expect(holdout.rows.map((row: { calibrationPurchases: string }) => row.calibrationPurchases)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(holdout.rows.map((row: { customers: number }) => row.customers)).toEqual(customers);
    expect(holdout.rows.map((row: { actual: number }) => row.actual)).toEqual(actual);
    expect(holdout.total.customers).toBe(2349);
    expect(holdout.total.actual).toBe(actual.reduce((sum, count) => sum + count, 0));
    // BG/NBD is known to under-predict CDNOW's holdout a little (FHL 2005, Figure 4).
    expect(holdout.total.predicted / holdout.total.actual).toBeGreaterThan(0.85);
    expect(holdout.total.predicted / holdout.total.actual).toBeLessThan(1);
  });

  it("grades the model on the holdout: AUC and Brier of P(alive) and of 'bought in the last 90 days', counted pair by pair from the file", async () => {
    const { json } = await result();
    const card = json.holdout.card;
    const [header, ...rows] = readFileSync(perCustomer, 'utf8').trim().split('\n').map((line) => line.split(','));
    const alive = new Map(rows.map((row) => [row[0]!, Number(row[header!.indexOf('pAlive')])]));
    const toDay = (yyyymmdd: number) => Date.UTC(Math.floor(yyyymmdd / 10000), (Math.floor(yyyymmdd / 100) % 100) - 1, yyyymmdd % 100) / 86_400_000;
    const cases: { p: number; recent: number; bought: boolean }[] = [];
    for (const [customer, days] of scanCdnow(cdnow)) {
      const sorted = [...days].sort((a, b) => a - b);
      if (sorted[0]! > 19970930) continue;
      const last = sorted.filter((date) => date <= 19970930).at(-1)!;
      cases.push({ p: alive.get(customer)!, recent: toDay(19970930) - toDay(last) < 90 ? 1 : 0, bought: sorted.some((date) => date > 19970930 && date <= 19980630) });
    }
    // AUC as the share of (buyer, non-buyer) pairs the score orders right, ties half; Brier as the mean squared error.
    const pairs = (score: (c: (typeof cases)[number]) => number) => {
      let right = 0;
      let count = 0;
      for (const buyer of cases.filter((c) => c.bought)) {
        for (const other of cases.filter((c) => !c.bought)) {
          count += 1;
          right += score(buyer) > score(other) ? 1 : score(buyer) === score(other) ? 0.5 : 0;
        }
      }
      return right / count;
    };
    const brierOf = (score: (c: (typeof cases)[number]) => number) => cases.reduce((sum, c) => sum + (score(c) - (c.bought ? 1 : 0)) ** 2, 0) / cases.length;
    expect(card.customers).toBe(cases.length);
    expect(card.pAlive.auc).toBeCloseTo(pairs((c) => c.p), 4);
    expect(card.pAlive.brier).toBeCloseTo(brierOf((c) => c.p), 4);
    expect(card.naive).toMatchObject({ days: 90 });
    expect(card.naive.auc).toBeCloseTo(pairs((c) => c.recent), 6);
    expect(card.naive.brier).toBeCloseTo(brierOf((c) => c.recent), 6);
    expect(card.deciles.reduce((sum: number, row: { customers: number }) => sum + row.customers, 0)).toBe(cases.length);
  });

  it('summarises the customers likely alive', async () => {
    const { json } = await result();
    expect(json.summary).toMatchObject({ customers: 2349, horizon: 39, timeUnit: 'week', discountRate: 0.1, margin: 1 });
    expect(json.summary.probablyAlive / 2349).toBeCloseTo(json.summary.probablyAliveShare, 5);
    expect(json.summary.probablyAliveShare).toBeGreaterThan(0.5);
    expect(json.summary.probablyAliveShare).toBeLessThan(1);
    expect(json.summary.meanClv).toBeGreaterThan(0);
  });

  it('--per-customer: one row per customer; x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in 39 weeks', async () => {
    await result();
    const lines = readFileSync(perCustomer, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('customer,x,t_x,T,monetary,pAlive,expectedPurchases,expectedSpend,clv,pNoPurchase');
    expect(lines).toHaveLength(2350);
    // masterid 4: 1997-01-01, 01-18 (29.73), 08-02 (14.96) in the calibration — FHL 2005's worked example.
    const [customer, x, tx, T, monetary, pAlive, expected, spend, clv] = lines.find((line) => line.startsWith('4,'))!.split(',').map(Number);
    expect([customer, x, tx, T, monetary]).toEqual([4, 2, 30.428571, 38.857143, 22.35]);
    expect(pAlive).toBeGreaterThan(0.5);
    expect(pAlive).toBeLessThan(1);
    expect(Math.abs(expected! / 1.226 - 1)).toBeLessThan(0.01);
    expect(spend).toBeGreaterThan(0);
    expect(clv).toBeGreaterThan(0);
    expect(clv).toBeLessThan(expected! * spend!);
  });

  it('prints the parameters and the holdout table', async () => {
    const { out, err } = await run(cdnow, { model: 'bgnbd', calibrationEnd: day('1997-09-30') });
    expect(err).toBe('');
    expect(out).toContain('Customer lifetime value — as of 1998-06-30 · BG/NBD + Gamma-Gamma');
    expect(out).toMatch(/BG\/NBD r\s+│\s+0\.24/);
    expect(out).toContain('Holdout check');
    expect(out).toMatch(/│\s+7\+\s+│/);
    expect(out).toContain('Likely alive (P(alive) > 0.5)');
  });

  it('ltvReportSection fits BG/NBD on the whole history and reports the share likely alive', async () => {
    const { loadOrders } = await import('../../src/commands/load-orders.js');
    const orders = await loadOrders(fakeIo(), cdnow, {}, {});
    const section = ltvReportSection(orders.history, orders.asOf, {});
    expect(section.json.bgnbd?.customers).toBe(2349);
    expect(section.json.summary?.probablyAliveShare).toBeGreaterThan(0);
    expect(section.json.summary?.probablyAliveShare).toBeLessThan(1);
    expect(section.grids().map((grid) => gridText(grid.title ?? '', undefined))).toEqual(['Lifetime value (simple)', 'Historical LTV by cohort age', 'Model parameters', 'Predicted (BG/NBD + Gamma-Gamma)']);
  });
});

describe('care ltv --intervals --per-customer', () => {
  it('writes a header naming every cell of each row, the interval bounds included, each interval around its point', async () => {
    const file = path.join(dir, 'with-intervals.csv');
    await runJson(cdnow, { model: 'bgnbd', calibrationEnd: day('1997-09-30'), perCustomer: file, intervals: true, seed: 3 });
    const [header, ...rows] = readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(','));
    expect(header).toEqual(expect.arrayContaining(['pAlive', 'pAliveLower', 'pAliveUpper']));
    for (const row of rows.slice(0, 50)) expect(row).toHaveLength(header!.length);
    const at = (row: string[], name: string) => Number(row[header!.indexOf(name)]);
    for (const row of rows.slice(0, 50)) {
      expect(at(row, 'pAliveLower')).toBeLessThanOrEqual(at(row, 'pAlive') + 1e-9);
      expect(at(row, 'pAliveUpper')).toBeGreaterThanOrEqual(at(row, 'pAlive') - 1e-9);
    }
  }, 60_000);
});
