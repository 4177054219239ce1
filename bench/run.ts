/**
 * npm run bench — the performance figures of the README, measured in one run on this machine:
 *  1. generates 1,000,000- and 10,000,000-row order exports (bench/data/, never committed);
 *  2. bare parser passes over the same file: a newline scan, csv-parse, papaparse;
 *  3. `care retention --cohorts` and `care report` through bin/care.js, on both cores and on one,
 *     with wall time, rows/s and peak RSS;
 *  4. BG/NBD + Gamma-Gamma fitted on 100,000 customers; 1,000,000 complaints classified.
 * Options: --quick (1M only), --rows N (a single size).
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

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DUCKDB_COHORTS_SECONDS = 1.1; // DESIGN.md §8: DuckDB, whole monthly cohort table, 1M rows, 2 threads

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

/** Runs bin/care.js under /usr/bin/time for wall time and peak RSS. */
function timeCare(what: string, rows: number, args: string[], env: Record<string, string> = {}): void {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const command = timeBin ? [timeBin, '-f', '%e %M', process.execPath, path.join(root, 'bin', 'care.js'), ...args] : [process.execPath, path.join(root, 'bin', 'care.js'), ...args];
  const start = performance.now();
  const result = spawnSync(command[0]!, command.slice(1), { env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const wall = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}): ${result.stderr}`);
  const measured = timeBin ? result.stderr.trim().split('\n').at(-1)!.split(' ') : undefined;
  const peakMb = measured ? Number(measured[1]) / 1024 : undefined;
  results.push({ what, seconds: measured ? Number(measured[0]) : wall, rows, peakMb });
  log(`${what}: ${(measured ? Number(measured[0]) : wall).toFixed(2)} s, peak RSS ${peakMb?.toFixed(0) ?? '?'} MB`);
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
  log('');
  if (csvParseSeconds && papaSeconds) log(`csv-parse / papaparse on the same file: ${(csvParseSeconds / papaSeconds).toFixed(1)}×`);
  if (cohorts) log(`care retention --cohorts on 1M rows / DuckDB's ${DUCKDB_COHORTS_SECONDS} s (DESIGN.md §8): ${(cohorts / DUCKDB_COHORTS_SECONDS).toFixed(2)}×`);
}

for (const rows of sizes()) {
  const file = await ensureFile(rows);
  const label = rows >= 1_000_000 ? `${rows / 1_000_000}M` : String(rows);
  log(`\n${label} rows, ${(statSync(file).size / 1e6).toFixed(0)} MB`);
  await time(`${label}: newline scan`, rows, () => newlineScan(file));
  if (rows <= 1_000_000) {
    await time(`${label}: csv-parse bare pass`, rows, () => csvParsePass(file));
  }
  await time(`${label}: papaparse bare pass`, rows, () => papaparsePass(file));
  timeCare(`${label}: care retention --cohorts (2 threads)`, rows, ['retention', file, '--cohorts', '--format', 'json']);
  timeCare(`${label}: care retention --cohorts (1 thread)`, rows, ['retention', file, '--cohorts', '--format', 'json'], { CARE_THREADS: '1' });
  timeCare(`${label}: care report`, rows, ['report', file, '--format', 'json']);
}

const fit = await benchLtvFit(100_000);
results.push({ what: 'BG/NBD + Gamma-Gamma fit, 100,000 customers', seconds: fit.seconds });
log(`BG/NBD + Gamma-Gamma fit, 100,000 customers: ${fit.seconds.toFixed(2)} s`);
const classified = await benchClassify(1_000_000);
results.push({ what: 'classify 1,000,000 complaints', seconds: classified.seconds, rows: 1_000_000 });
log(`classify 1,000,000 complaints: ${classified.seconds.toFixed(2)} s`);
summary();
