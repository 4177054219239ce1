/**
 * care verify (docs/sql.md, "care verify"): the CSV path against an engine on the same data —
 * exit 0 when the period table, the cohort table and the per-customer summary agree, exit 4 with
 * every difference listed when they do not (docs/exit-codes.md).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';
import { duckdbAvailable, duckdbSkipReason } from '../helpers/duckdb.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-verify-'));
const HEADER = 'order,customer,date,amount';
// Customer a buys in January and February, b once in January.
const CSV = path.join(dir, 'orders.csv');
writeFileSync(CSV, [HEADER, '1,a,2024-01-05,10.00', '2,a,2024-02-10,20.00', '3,b,2024-01-20,5.00', ''].join('\n'));
// The "engine" copy: a's second order is 26.00 instead of 20.00.
const CHANGED = path.join(dir, 'changed.csv');
writeFileSync(CHANGED, [HEADER, '1,a,2024-01-05,10.00', '2,a,2024-02-10,26.00', '3,b,2024-01-20,5.00', ''].join('\n'));

describe.skipIf(!duckdbAvailable)(`care verify${duckdbAvailable ? '' : ` (${duckdbSkipReason})`}`, () => {
  it('the fixtures through DuckDB: the same numbers, exit 0', async () => {
    const run = await careInProcess(['verify', '--engine', 'duckdb:fixtures/orders.csv', 'fixtures/orders.csv', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ equal: true, differences: [], engine: 'duckdb:fixtures/orders.csv', table: null, period: 'month', churnAfterDays: 90 });
    // fixtures/orders.csv runs from 2023-01-04 to 2026-03-05: 2023-01 … 2026-03 is 39 months.
    expect(json.compared.periods).toBe(39);
    expect(json.compared.customers).toBeGreaterThan(2000);
  }, 60_000);

  it('an engine table that differs: exit 4, each difference with both values', async () => {
    const run = await careInProcess(['verify', '--engine', `duckdb:${CHANGED}`, CSV, '--format', 'json']);
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stderr).error).toMatchObject({ code: 'CARE_VERIFY_DIFFERS', message: "the engine's numbers differ from the CSV path's in 2 places" });
    // The period table counts customers, the same on both sides. a's February revenue is 20.00 in
    // the CSV and 26.00 in the engine (minor units): the cohort 2024-01 at age 1, and a's mean
    // repeat spend (one repeat purchase day: its amount).
    expect(JSON.parse(run.stdout).differences).toEqual([
      { table: 'cohort', key: '2024-01 age 1', field: 'revenue', csv: 2000, engine: 2600 },
      { table: 'customer', key: 'a', field: 'meanRepeatSpend', csv: 2000, engine: 2600 },
    ]);
  }, 60_000);

  it('the table lists the differences', async () => {
    const run = await careInProcess(['verify', '--engine', `duckdb:${CHANGED}`, CSV]);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('2 differences.');
    expect(run.stderr).toContain("care: the engine's numbers differ from the CSV path's in 2 places");
    expect(run.stdout).toMatch(/customer\s*│\s*a\s*│\s*meanRepeatSpend\s*│\s*2000\s*│\s*2600/);
  }, 60_000);

  it('without --engine: exit 2', async () => {
    const run = await careInProcess(['verify', CSV]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('care: care verify compares a CSV export with an engine: give --engine URL');
  });
});
