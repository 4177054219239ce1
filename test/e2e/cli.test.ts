import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, repoRoot } from '../helpers/datasets.js';
import { expectCleanError, runCare } from '../helpers/run-care.js';
import { type ShopFacts, shopFacts } from '../helpers/shop-facts.js';

let facts: ShopFacts;
beforeAll(() => {
  facts = shopFacts();
});

describe('care report on the bundled fixture (the README example)', () => {
  it('prints the one-screen summary with the numbers of an independent count', () => {
    const run = runCare(['report', 'fixtures/orders.csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`as of ${facts.lastDate}`);
    expect(run.stdout).toMatch(new RegExp(`Customers \\(ever bought\\)\\s+│\\s+${facts.customers.toLocaleString('en-US')} `));
    const revenue = (facts.revenueCents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(run.stdout).toContain(`${revenue} RUB`);
    expect(run.stdout).toContain('Cohort retention');
    expect(run.stdout).not.toMatch(/\u001b\[/); // no colour codes when not a terminal
  });

  it('--format json carries the same headline numbers', () => {
    const run = runCare(['report', 'fixtures/orders.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.kpis).toMatchObject({
      customers: facts.customers,
      orders: facts.orders,
      repeatCustomers: facts.repeatCustomers,
      revenue: facts.revenueCents / 100,
    });
    expect(report.kpis.repeatPurchaseRate).toBeCloseTo(facts.repeatCustomers / facts.customers, 6);
    expect(report.kpis.averageOrderValue).toBeCloseTo(facts.revenueCents / 100 / facts.orders, 2);
  });
});

describe('care retention', () => {
  it('prints the JSON contract of docs/contracts.md', () => {
    const run = runCare(['retention', 'fixtures/orders.csv', '--format', 'json', '--as-of', '2025-12-31']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ asOf: '2025-12-31', period: 'month', churnAfterDays: 90 });
    expect(Object.keys(result.ingest)).toEqual(expect.arrayContaining(['rows', 'orders', 'customers', 'skipped']));
    expect(result.ingest.skipped).toHaveProperty('noCustomer', 0);
    const row = result.periods.at(-1);
    expect(Object.keys(row)).toEqual(['period', 'start', 'end', 'partial', 'customersAtStart', 'new', 'reactivated', 'retained', 'lost', 'customersAtEnd', 'retentionRate', 'churnRate']);
    expect(row).toMatchObject({ period: '2025-12', start: '2025-12-01', end: '2026-01-01', partial: false });
    for (const period of result.periods) {
      expect(period.retained + period.lost).toBe(period.customersAtStart);
      expect(period.retained + period.new + period.reactivated).toBe(period.customersAtEnd);
    }
    // Each period's end base is the next period's start base.
    for (let k = 1; k < result.periods.length; k++) expect(result.periods[k].customersAtStart).toBe(result.periods[k - 1].customersAtEnd);
    expect(result.cohorts[0]).toMatchObject({ cohort: '2023-01' });
    expect(result.cohorts[0].rates[0]).toBe(1);
    // Every customer who bought by the as-of day is in exactly one cohort.
    const sizes = result.cohorts.reduce((sum: number, cohort: { size: number }) => sum + cohort.size, 0);
    const report = JSON.parse(runCare(['report', 'fixtures/orders.csv', '--format', 'json', '--as-of', '2025-12-31']).stdout);
    expect(sizes).toBe(report.kpis.customers);
  });

  it('the same shop gives the same numbers from the English and the Russian export', () => {
    const en = JSON.parse(runCare(['retention', 'fixtures/orders.csv', '--format', 'json', '--cohorts', '--revenue']).stdout);
    const ru = JSON.parse(runCare(['retention', 'fixtures/orders-ru.csv', '--format', 'json', '--cohorts', '--revenue']).stdout);
    expect(ru.periods).toEqual(en.periods);
    expect(ru.cohorts).toEqual(en.cohorts);
    expect(ru.asOf).toBe(en.asOf);
    expect(ru.currency).toBe('RUB');
  });

  it('reads standard input with -', () => {
    const run = runCare(['retention', '-', '--format', 'csv', '--period', 'quarter'], { input: readFileSync(fixture('orders.csv')) });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('period,start,end,partial,customersAtStart,new,reactivated,retained,lost,customersAtEnd,retentionRate,churnRate');
    expect(run.stdout).toContain('2023-Q1,2023-01-01,2023-04-01,false,0,');
  });

  it('--out fills {isoWeek} and {asOf} and writes the file whole', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-out-'));
    const run = runCare(['retention', 'fixtures/orders.csv', '--period', 'week', '--format', 'csv', '--as-of', '2025-12-31', '--out', path.join(dir, 'weekly-{isoWeek}-{asOf}.csv')]);
    expect(run.code).toBe(0);
    const file = path.join(dir, 'weekly-2026-W01-2025-12-31.csv');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^period,start,end/);
    expect(run.stdout).toBe('');
  });

  it('a failing run leaves the previous output untouched', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-keep-'));
    const out = path.join(dir, 'table.csv');
    writeFileSync(out, 'last week\n');
    const run = runCare(['retention', 'fixtures/broken/ambiguous-dates.csv', '--format', 'csv', '--out', out]);
    expect(run.code).toBe(3);
    expect(readFileSync(out, 'utf8')).toBe('last week\n');
  });

  it('--rejects writes the skipped rows with line and reason', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-rejects-'));
    const rejects = path.join(dir, 'rejects.csv');
    const run = runCare(['retention', 'fixtures/broken/bad-dates.csv', '--rejects', rejects, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('care: fixtures/broken/bad-dates.csv: 3 rows skipped: unreadable date: 3 (first at line 3)\n');
    const lines = readFileSync(rejects, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('line,reason,field,detail,row');
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['3', '4', '5']);
  });

  it('a closed pipe ends quietly with exit 0', () => {
    const result = spawnSync('bash', ['-c', `NO_COLOR=1 node bin/care.js retention fixtures/orders.csv --period week | head -1; echo "status=\${PIPESTATUS[0]}"`], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.stdout).toContain('status=0');
    expect(result.stderr).toBe('');
  });
});

describe('bad input: one clear line, the right exit code, no stack trace', () => {
  const cases: [string, string[], number, RegExp][] = [
    ['a missing file', ['report', 'no/such.csv'], 3, /^care: no\/such\.csv: no such file$/],
    ['an empty file', ['report', 'fixtures/broken/empty.csv'], 3, /empty\.csv: the file is empty/],
    ['a header with no rows', ['report', 'fixtures/broken/header-only.csv'], 3, /header but no rows/],
    ['a workbook saved as .csv', ['report', 'fixtures/broken/excel-renamed.csv'], 3, /ZIP file/],
    ['a missing customer column', ['report', 'fixtures/broken/missing-customer-column.csv'], 3, /field "customer": no column for the required field "customer"/],
    ['dates that could be D/M or M/D', ['retention', 'fixtures/broken/ambiguous-dates.csv'], 3, /field "date": every slashed date could be day-first or month-first \(e\.g\. line 2\)/],
    ['mixed currencies', ['report', 'fixtures/broken/mixed-currencies.csv'], 3, /line 3, field "amount": amounts in USD \(line 2\) and EUR \(line 3\)/],
    ['a bad row under --strict', ['retention', 'fixtures/broken/bad-dates.csv', '--strict'], 3, /bad-dates\.csv, line 3, field "date": "2024-13-45" is not a date/],
    ['a ragged row under --strict', ['retention', 'fixtures/broken/ragged.csv', '--strict'], 3, /ragged\.csv, line 3: 3 fields where the header has 4/],
    ['--map to a header the file lacks', ['report', 'fixtures/orders.csv', '--map', 'customer=Client'], 2, /the file has no header "Client"/],
    ['an unknown option', ['report', 'fixtures/orders.csv', '--frobnicate'], 2, /unknown option '--frobnicate'/],
    ['an unknown format', ['report', 'fixtures/orders.csv', '--format', 'xml'], 2, /--format/],
    ['a bad --as-of', ['report', 'fixtures/orders.csv', '--as-of', '31.12.2025'], 2, /--as-of 31\.12\.2025: expected a date as YYYY-MM-DD/],
    ['a bad --churn-after', ['retention', 'fixtures/orders.csv', '--churn-after', 'soon'], 2, /--churn-after soon/],
  ];
  it.each(cases)('%s', (_, args, code, message) => {
    const run = runCare(args);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe('');
    if (code === 2 && /option|--format/.test(String(message)) && !run.stderr.startsWith('care:')) {
      // commander's own usage errors: one "error:" line and a pointer to --help
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      return;
    }
    expect(expectCleanError(run)).toMatch(message);
  });

  it('mixed currencies read with --currency, the other rows skipped and counted', () => {
    const run = runCare(['report', 'fixtures/broken/mixed-currencies.csv', '--currency', 'USD', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).ingest.skipped).toMatchObject({ otherCurrency: 1 });
    expect(JSON.parse(run.stdout).kpis.revenue).toBe(18);
  });

  it('an invalid config names the bad key (exit 2)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-config-'));
    writeFileSync(path.join(dir, 'care.config.json'), JSON.stringify({ churnAfterDays: -3, map: { orders: { customer: 'Клиент' }, bogus: {} } }));
    const run = runCare(['report', path.join(repoRoot, 'fixtures/orders.csv')], { cwd: dir });
    expect(run.code).toBe(2);
    const line = expectCleanError(run);
    expect(line).toContain('churnAfterDays');
    expect(line).toContain('map: bogus');
  });

  it('CARE_DEBUG=1 adds the stack for bug reports', () => {
    const run = runCare(['report', 'no/such.csv'], { env: { CARE_DEBUG: '1' } });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/\n\s+at /);
  });
});

describe('care inspect', () => {
  it('shows what was detected in the Russian export', () => {
    const run = runCare(['inspect', 'fixtures/orders-ru.csv', '--format', 'json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ encoding: 'windows-1251', bom: false, delimiter: 'semicolon (;)', newline: 'CRLF', dateFormat: 'D.M.Y', decimalComma: true, currency: 'RUB' });
    expect(result.headers).toMatchObject([
      { header: 'Номер заказа', field: 'order' },
      { header: 'Дата заказа', field: 'date' },
      { header: 'Покупатель', field: 'customer' },
      { header: 'Сумма', field: 'amount' },
      { header: 'Статус', field: 'status' },
      { header: 'Валюта', field: 'currency' },
    ]);
    // First data row of the file: 105967;04.01.2023;C12292;390,00;Возврат;руб.
    expect(result.sample[0]).toEqual({ line: 2, values: { customer: 'C12292', date: '2023-01-04', order: '105967', amount: '390.00', status: 'Возврат', currency: 'руб.' } });
  });

  it('counts orders, customers, excluded and credit orders as an independent scan of the file does', () => {
    const result = JSON.parse(runCare(['inspect', 'fixtures/orders.csv', '--format', 'json']).stdout);
    expect(result.counts).toMatchObject({
      customers: facts.customers,
      orders: facts.orders + facts.creditOrders,
      excludedOrders: facts.excludedOrders,
      creditOrders: facts.creditOrders,
    });
    expect(Math.round(result.netRevenue * 100)).toBe(facts.revenueCents);
    expect(result.lastDate).toBe(facts.lastDate);
  });

  it('counts the records and distinct customers of a complaints export as a plain scan does', () => {
    const result = JSON.parse(runCare(['inspect', 'fixtures/complaints.csv', '--kind', 'complaints', '--format', 'json']).stdout);
    // Python's csv module over the fixture: 334 records, 187 distinct customer ids.
    expect(result.counts).toMatchObject({ records: 334, customers: 187 });
  });

  it('lists the headers it did not use', () => {
    const run = runCare(['inspect', 'fixtures/orders.csv']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Product\s+│ \(not used\)/);
  });
});

describe('reading on two threads', () => {
  it('gives the same numbers, skip counts and first lines as one thread', () => {
    // Line items of the fixture straddle the middle; a bad date is placed in the second half.
    const dir = mkdtempSync(path.join(tmpdir(), 'care-threads-'));
    const lines = readFileSync(fixture('orders.csv'), 'utf8').trimEnd().split('\n');
    const bad = Math.floor(lines.length * 0.8);
    lines[bad] = lines[bad]!.replace(/,(\d{4}-\d{2}-\d{2}),/, ',2024-02-31,');
    const file = path.join(dir, 'orders.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const args = ['retention', file, '--format', 'json', '--cohorts', '--revenue', '--period', 'week'];
    const one = runCare(args, { env: { CARE_THREADS: '1' } });
    const two = runCare(args, { env: { CARE_PARALLEL_MIN_BYTES: '0' } });
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toContain(`(first at line ${bad + 1})`);
  });
});

describe('care report --subscriptions', () => {
  it('adds the subscriptions retention table, the same as care retention --subscriptions', () => {
    const report = runCare(['report', 'fixtures/orders.csv', '--subscriptions', 'fixtures/subscriptions.csv', '--format', 'json']);
    const retention = runCare(['retention', '--subscriptions', 'fixtures/subscriptions.csv', '--format', 'json', '--last', '6']);
    expect(report.code).toBe(0);
    const section = JSON.parse(report.stdout).subscriptions;
    expect(section.periods).toEqual(JSON.parse(retention.stdout).periods);
    expect(section.source).toBe('subscriptions');
  });
});

describe('a Windows-1251 export whose first megabyte is plain ASCII', () => {
  it('is read again as Windows-1251, on two threads too, with a notice on stderr', async () => {
    const { encodeWindows1251 } = await import('../../fixtures/generate.js');
    const lines = ['order_id,customer,order_date,amount,note'];
    for (let i = 0; i < 40_000; i++) lines.push(`${i},C${i % 300},2024-01-05,10.00,plain note ${i}`);
    lines.push('40000,C7,2024-02-01,20.00,Иван Петров');
    const dir = mkdtempSync(path.join(tmpdir(), 'care-1251-'));
    const file = path.join(dir, 'late.csv');
    writeFileSync(file, encodeWindows1251(lines.join('\n') + '\n'));
    const environments: Record<string, string>[] = [{ CARE_THREADS: '1' }, { CARE_PARALLEL_MIN_BYTES: '0' }];
    for (const env of environments) {
      const run = runCare(['report', file, '--format', 'json'], { env });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/^care: .*late\.csv: not UTF-8 after all \(near byte \d+\); reading it again as windows-1251\n$/);
      expect(JSON.parse(run.stdout).ingest.rows).toBe(40_001);
    }
  });
});
