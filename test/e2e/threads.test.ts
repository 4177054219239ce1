/**
 * The two-thread reader, really run: the built care (dist/ has the compiled worker) with
 * CARE_PARALLEL_MIN_BYTES=0, so even these small files are cut in two and the second part is read
 * by a worker thread. CARE_DEBUG=threads makes care say on stderr how many threads read the file;
 * each test asserts that it was two, and that every byte of stdout (and stderr, past that line)
 * equals the one-thread run (CARE_THREADS=1). docs/ingestion.md, "Reading on two threads".
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CareRun, runCare } from '../helpers/run-care.js';

const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1) / DAY_MS;

type Style = 'ISO' | 'DD.MM.YYYY' | 'D/M/Y' | 'M/D/Y' | 'YYYYMMDD' | 'D Mon YYYY';

function written(day: number, style: Style): string {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const two = (n: number) => String(n).padStart(2, '0');
  switch (style) {
    case 'ISO':
      return `${y}-${two(m)}-${two(d)}`;
    case 'DD.MM.YYYY':
      return `${two(d)}.${two(m)}.${y}`;
    case 'D/M/Y':
      return `${d}/${m}/${y}`;
    case 'M/D/Y':
      return `${m}/${d}/${y}`;
    case 'YYYYMMDD':
      return `${y}${two(m)}${two(d)}`;
    case 'D Mon YYYY':
      return `${d} ${['янв.', 'фев.', 'марта', 'апреля', 'мая', 'июня', 'июля', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'][m - 1]} ${y}`;
  }
}

/**
 * ~3,000 orders of 1–3 line items over two years; product names quoted (a comma, a doubled quote,
 * a newline inside some); a bad date, a bad amount and a broken quote in each half.
 */
function ordersFile(style: Style, quoteEvery = false): string {
  const lines = ['order_id,customer,order_date,product,amount'];
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const orders = 3000;
  for (let o = 0; o < orders; o++) {
    const customer = `C${1000 + Math.floor(random() * 400)}`;
    const day = START + Math.floor((o / orders) * 700) + Math.floor(random() * 20);
    const items = 1 + Math.floor(random() * 3);
    for (let item = 0; item < items; item++) {
      let product = 'Green tea';
      const roll = random();
      if (roll < 0.1) product = '"Tea, green"';
      else if (roll < 0.15) product = '"Cup ""Classic"""';
      else if (roll < 0.17) product = '"Gift box\nwith a card"';
      let date = written(day, style);
      let amount = (5 + Math.floor(random() * 5000) / 100).toFixed(2);
      if (o === 700 || o === 2400) date = 'soon';
      if (o === 1200 || o === 2600) amount = 'lots';
      if (quoteEvery && product === 'Green tea') product = '"Green tea"';
      if ((o === 900 || o === 2200) && item === 0) product = '"Tea" 50g';
      lines.push(`${100_000 + o},${customer},${date},${product},${amount}`);
    }
  }
  return lines.join('\n') + '\n';
}

function twoRuns(args: (file: string) => string[], file: string): { one: CareRun; two: CareRun; twoStderr: string } {
  const one = runCare(args(file), { env: { CARE_THREADS: '1', CARE_DEBUG: 'threads' } });
  const two = runCare(args(file), { env: { CARE_PARALLEL_MIN_BYTES: '0', CARE_DEBUG: 'threads' } });
  const threadLine = /^care: .*: read on (\d) threads?\b.*\n/m;
  expect(one.stderr).toMatch(threadLine);
  expect(two.stderr).toMatch(threadLine);
  expect(threadLine.exec(one.stderr)![1]).toBe('1');
  expect(threadLine.exec(two.stderr)![1]).toBe('2');
  return { one, two, twoStderr: two.stderr.replace(threadLine, '') };
}

describe('reading on two threads, every date style', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'care-threads-'));
  const styles: Style[] = ['ISO', 'DD.MM.YYYY', 'D/M/Y', 'M/D/Y', 'YYYYMMDD', 'D Mon YYYY'];

  it.each(styles)('%s: retention and ltv are byte-identical to one thread', (style) => {
    const file = path.join(dir, `orders-${style.replaceAll('/', '').replaceAll(' ', '')}.csv`);
    writeFileSync(file, ordersFile(style));
    const runs = [
      (f: string) => ['retention', f, '--format', 'json', '--cohorts', '--revenue', '--period', 'week'],
      (f: string) => ['ltv', f, '--format', 'json'],
    ].map((args) => twoRuns(args, file));
    for (const { one, two, twoStderr } of runs) {
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      expect(twoStderr).toBe(one.stderr.replace(/^care: .*: read on 1 thread\b.*\n/m, ''));
    }
    // Two bad dates and two bad amounts, one of each in each half (orders 700, 2400 and 1200, 2600).
    const retention = JSON.parse(runs[0]!.two.stdout);
    expect(retention.ingest.skipped.badDate).toBeGreaterThanOrEqual(2);
    expect(retention.ingest.skipped.badAmount).toBeGreaterThanOrEqual(2);
    expect(retention.ingest.skipped.badQuote).toBe(2);
    // The as-of is the last order's day, in 2024 (the issue saw the year 2795293 on two threads).
    expect(JSON.parse(runs[1]!.two.stdout).asOf).toMatch(/^2024-/);
  });

  it('title lines above the header: the same on two threads, with the same lines', () => {
    const file = path.join(dir, 'orders-titled.csv');
    writeFileSync(file, 'Sales report 01.01.2023 - 31.12.2024,,,,\nShop: Teapot Ltd,,,,\n\n' + ordersFile('D/M/Y'));
    const { one, two, twoStderr } = twoRuns((f) => ['retention', f, '--format', 'json', '--cohorts'], file);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(twoStderr).toBe(one.stderr.replace(/^care: .*: read on 1 thread\b.*\n/m, ''));
    expect(JSON.parse(two.stdout).ingest.skipped.badQuote).toBe(2);
  });

  it('every row quoted (some over two lines): still cut in two, past the order at the cut', () => {
    const file = path.join(dir, 'orders-quoted.csv');
    writeFileSync(file, ordersFile('ISO', true));
    const { one, two, twoStderr } = twoRuns((f) => ['retention', f, '--format', 'json', '--cohorts', '--revenue'], file);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(twoStderr).toBe(one.stderr.replace(/^care: .*: read on 1 thread\b.*\n/m, ''));
  });

  it('an unclosed quote in the worker\'s part, with no quote after it: one bad row, as on one thread', () => {
    const lines = ['order_id,customer,date,product,amount'];
    for (let i = 0; i < 6000; i++) lines.push(`${i},C${i % 700},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${i === 4500 ? '"Tea 50g' : 'Tea'},${5 + (i % 50)}.00`);
    const file = path.join(dir, 'orders-unclosed.csv');
    writeFileSync(file, lines.join('\n') + '\n');
    const { one, two, twoStderr } = twoRuns((f) => ['retention', f, '--format', 'json'], file);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(twoStderr).toBe(one.stderr.replace(/^care: .*: read on 1 thread\b.*\n/m, ''));
    expect(one.stderr).toContain('unbalanced quote: 1 (first at line 4502)');
  });
});
