/**
 * npm run bench — the performance figures of the README, measured in one run on this machine:
 *  1. generates 1,000,000- and 10,000,000-row order exports (bench/data/, never committed);
 *  2. bare parser passes over the same file: a newline scan, csv-parse, papaparse;
 *  3. `care retention --cohorts` and `care report` through bin/care.js, on both cores and on one,
 *     with wall time (best of three for 1M rows), rows/s and peak RSS; DuckDB's cohort table on
 *     the same file when @duckdb/node-api is installed (not a dependency);
 *  4. BG/NBD + Gamma-Gamma fitted on 100,000 customers; 1,000,000 complaints classified;
 *  5. long texts: a 1 MB complaint classified, a 1 MB draft and 100,000 digits linted (text-speed.ts).
 *  6. `care retention --cohorts --engine duckdb:FILE` beside the CSV path on the same file (issue 15):
 *     DuckDB reads the CSV and computes the customer-days, period and cohort tables; care reads the result.
 * Options: --quick (1M only), --rows N (a single size), --text (only the long texts), --engines
 * (only item 6: the CSV path and --engine duckdb:FILE side by side).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as csvParse } from 'csv-parse';
import Papa from 'papaparse';
import { writeBenchFile } from '../fixtures/generate.js';
import { benchClassify } from './classify-speed.js';
import { benchLtvFit } from './ltv-fit.js';
import { benchText, textTable } from './text-speed.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DUCKDB_COHORTS_SECONDS = 1.1; // bench/README.md, "The reference": DuckDB, whole monthly cohort table, 1M rows, 2 threads

interface Row {
  what: string;
  seconds: number;
  rows?: number;
  peakMb?: number;
}

const results: Row[] = [];
const log = (text: string) => process.stdout.write(`${text}\n`);

function sizes(): number[] {
  const args = process.argv.slice(2);
  const rowsAt = args.indexOf('--rows');
  if (rowsAt !== -1) return [Number(args[rowsAt + 1])];
  return args.includes('--quick') ? [1_000_000] : [1_000_000, 10_000_000];
}

async function ensureFile(rows: number): Promise<string> {
  const file = path.join(root, 'bench', 'data', `orders-${rows}.csv`);
  if (!existsSync(file)) {
    const start = performance.now();
    await writeBenchFile(rows, file);
    log(`generated ${path.relative(root, file)} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
  return file;
}

async function time(what: string, rows: number | undefined, run: () => Promise<void> | void): Promise<void> {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  results.push({ what, seconds, rows });
  log(`${what}: ${seconds.toFixed(2)} s`);
}

/**
 * Runs bin/care.js under /usr/bin/time for wall time and peak RSS; `repeat` times, keeping the
 * fastest (this machine is a shared VM: single runs of the same work vary by ±30%).
 */
function timeCare(what: string, rows: number, args: string[], env: Record<string, string> = {}, repeat = 1): void {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const command = timeBin ? [timeBin, '-f', '%e %M', process.execPath, path.join(root, 'bin', 'care.js'), ...args] : [process.execPath, path.join(root, 'bin', 'care.js'), ...args];
  let best: { seconds: number; peakMb?: number } | undefined;
  const runs: string[] = [];
  for (let run = 0; run < repeat; run++) {
    const start = performance.now();
    const result = spawnSync(command[0]!, command.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wall = (performance.now() - start) / 1000;
    if (result.status !== 0) throw new Error(`${what} failed (${result.status}): ${result.stderr}`);
    const measured = timeBin ? result.stderr.trim().split('\n').at(-1)!.split(' ') : undefined;
    const seconds = measured ? Number(measured[0]) : wall;
    const peakMb = measured ? Number(measured[1]) / 1024 : undefined;
    runs.push(seconds.toFixed(2));
    if (best === undefined || seconds < best.seconds) best = { seconds, peakMb };
  }
  results.push({ what, seconds: best!.seconds, rows, peakMb: best!.peakMb });
  log(`${what}: ${best!.seconds.toFixed(2)} s (runs: ${runs.join(', ')}), peak RSS ${best!.peakMb?.toFixed(0) ?? '?'} MB`);
}

async function newlineScan(file: string): Promise<void> {
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  if (lines === 0) throw new Error('no lines');
}

async function csvParsePass(file: string): Promise<void> {
  let records = 0;
  await new Promise<void>((resolve, reject) => {
    createReadStream(file)
      .pipe(csvParse({ delimiter: ',' }))
      .on('data', () => records++)
      .on('end', resolve)
      .on('error', reject);
  });
  if (records === 0) throw new Error('no records');
}

/** papaparse the way care uses it: text in pieces cut at the last newline. */
async function papaparsePass(file: string): Promise<void> {
  let records = 0;
  let rest = '';
  const decoder = new TextDecoder();
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf('\n');
    rest = text.slice(cut + 1);
    records += Papa.parse<string[]>(text.slice(0, cut), { delimiter: ',', newline: '\n' }).data.length;
  }
  if (records === 0) throw new Error('no records');
}

/**
 * DuckDB's whole monthly cohort table on the same file, when `@duckdb/node-api` is installed
 * (`npm i --no-save @duckdb/node-api`; not a dependency of care): the same-run reference of
 * bench/README.md ("The reference"). Returns undefined when it is not installed.
 */
async function duckdbCohorts(file: string, threads: number): Promise<number | undefined> {
  let duckdb: { DuckDBInstance: { create(path: string, options: Record<string, string>): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRows(): unknown[] }> }> }> } };
  try {
    duckdb = (await import('@duckdb/node-api' as string)) as typeof duckdb;
  } catch {
    return undefined;
  }
  const db = await duckdb.DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await db.connect();
  const start = performance.now();
  // Qualifying orders as care counts them; cohort = month of the first one; active per cohort and age.
  await connection.runAndReadAll(`
    WITH orders AS (
      SELECT customer_id, CAST(order_date AS DATE) AS day
      FROM read_csv('${file}', header = true, columns = {'order_id': 'VARCHAR', 'customer_id': 'VARCHAR', 'order_date': 'DATE', 'amount': 'DOUBLE', 'status': 'VARCHAR', 'country': 'VARCHAR', 'sku': 'VARCHAR'})
      WHERE status NOT IN ('cancelled', 'refunded') AND amount > 0),
    firsts AS (SELECT customer_id, date_trunc('month', min(day)) AS cohort FROM orders GROUP BY customer_id),
    activity AS (SELECT DISTINCT o.customer_id, f.cohort, date_diff('month', f.cohort, date_trunc('month', o.day)) AS age FROM orders o JOIN firsts f USING (customer_id))
    SELECT cohort, age, count(*) FROM activity GROUP BY cohort, age`);
  return (performance.now() - start) / 1000;
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

function summary(): void {
  log('');
  log(`Machine: ${machine()}`);
  log('| what | wall s | rows/s | peak RSS MB |');
  log('|---|---:|---:|---:|');
  for (const row of results) {
    const rate = row.rows ? Math.round(row.rows / row.seconds).toLocaleString('en-US') : '';
    log(`| ${row.what} | ${row.seconds.toFixed(2)} | ${rate} | ${row.peakMb?.toFixed(0) ?? ''} |`);
  }
  const find = (what: string) => results.find((row) => row.what === what)?.seconds;
  const csvParseSeconds = find('1M: csv-parse bare pass');
  const papaSeconds = find('1M: papaparse bare pass');
  const cohorts = find('1M: care retention --cohorts (2 threads)');
  const duck = find('1M: DuckDB cohort table (2 threads, same run)');
  log('');
  if (csvParseSeconds && papaSeconds) log(`csv-parse / papaparse on the same file: ${(csvParseSeconds / papaSeconds).toFixed(1)}×`);
  if (cohorts) log(`care retention --cohorts on 1M rows / DuckDB's ${DUCKDB_COHORTS_SECONDS} s (bench/README.md): ${(cohorts / DUCKDB_COHORTS_SECONDS).toFixed(2)}×`);
  if (cohorts && duck) log(`care retention --cohorts on 1M rows / DuckDB in this run (${duck.toFixed(2)} s): ${(cohorts / duck).toFixed(2)}×`);
  else if (!enginesOnly) log('DuckDB reference: not installed (npm i --no-save @duckdb/node-api to measure it in the same run)');
}

if (process.argv.includes('--text')) {
  log(`Machine: ${machine()}`);
  log(textTable(benchText()));
  process.exit(0);
}

/** The CSV path and `--engine duckdb:FILE` on the same file, one after the other: time and peak RSS. */
function engineVsCsv(file: string, rows: number, label: string, repeat: number): void {
  timeCare(`${label}: care retention --cohorts, CSV path`, rows, ['retention', file, '--cohorts', '--format', 'json'], {}, repeat);
  timeCare(`${label}: care retention --cohorts --engine duckdb:FILE`, rows, ['retention', '--engine', `duckdb:${file}`, '--cohorts', '--format', 'json'], {}, repeat);
}

const enginesOnly = process.argv.includes('--engines');
for (const rows of sizes()) {
  const file = await ensureFile(rows);
  const label = rows >= 1_000_000 ? `${rows / 1_000_000}M` : String(rows);
  log(`\n${label} rows, ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  if (enginesOnly) {
    engineVsCsv(file, rows, label, 1);
    continue;
  }
  await time(`${label}: newline scan`, rows, () => newlineScan(file));
  if (rows <= 1_000_000) {
    await time(`${label}: csv-parse bare pass`, rows, () => csvParsePass(file));
  }
  await time(`${label}: papaparse bare pass`, rows, () => papaparsePass(file));
  const repeat = rows <= 1_000_000 ? 3 : 1;
  timeCare(`${label}: care retention --cohorts (2 threads)`, rows, ['retention', file, '--cohorts', '--format', 'json'], {}, repeat);
  timeCare(`${label}: care retention --cohorts (1 thread)`, rows, ['retention', file, '--cohorts', '--format', 'json'], { CARE_THREADS: '1' }, repeat);
  timeCare(`${label}: care report`, rows, ['report', file, '--format', 'json'], {}, repeat);
  for (const threads of [2, 1]) {
    const seconds = await duckdbCohorts(file, threads);
    if (seconds === undefined) break;
    results.push({ what: `${label}: DuckDB cohort table (${threads} thread${threads === 1 ? '' : 's'}, same run)`, seconds, rows });
    log(`${label}: DuckDB cohort table, ${threads} thread(s): ${seconds.toFixed(2)} s`);
  }
  engineVsCsv(file, rows, label, 1);
}

if (!enginesOnly) {
  for (const customers of [100_000, 1_000_000]) {
    // The fits run on the distinct (x, t_x, T) rows with their counts as weights: a million customers are ~375,000 rows.
    const fit = await benchLtvFit(customers);
    results.push({ what: `BG/NBD + Gamma-Gamma fit, ${customers.toLocaleString('en')} customers`, seconds: fit.seconds });
    log(`BG/NBD + Gamma-Gamma fit, ${customers.toLocaleString('en')} customers (${fit.distinctRows.toLocaleString('en')} distinct rows): ${fit.seconds.toFixed(2)} s`);
  }
  const classified = await benchClassify(1_000_000);
  results.push({ what: 'classify 1,000,000 complaints', seconds: classified.seconds, rows: 1_000_000 });
  log(`classify 1,000,000 complaints: ${classified.seconds.toFixed(2)} s`);
  for (const row of benchText()) {
    results.push({ what: row.what, seconds: row.seconds, peakMb: row.peakMb });
    log(`${row.what}: ${row.seconds.toFixed(3)} s`);
  }
}
summary();
