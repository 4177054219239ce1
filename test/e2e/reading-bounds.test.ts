/**
 * Promises 1 and 5 of docs/guarantees.md through the built care: a stray quote is a counted bad
 * row (exit 3 under --strict), and a far-future date is a bad row, not a period millennia long.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/datasets.js';
import { expectCleanError, runCare } from '../helpers/run-care.js';

const dir = mkdtempSync(path.join(tmpdir(), 'care-bounds-'));

/** fixtures/orders.csv with line `lineNo` changed by `edit`. */
function ordersWith(name: string, lineNo: number, edit: (line: string) => string): string {
  const lines = readFileSync(fixture('orders.csv'), 'utf8').split('\n');
  lines[lineNo - 1] = edit(lines[lineNo - 1]!);
  const file = path.join(dir, name);
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('a row dated 9999-12-31', () => {
  const file = ordersWith('far-future.csv', 50, (line) => line.replace(/,\d{4}-\d{2}-\d{2},/, ',9999-12-31,'));

  it('is a counted bad row: weekly cohorts run and --fail-if still exits 4', () => {
    const run = runCare(['retention', file, '--period', 'week', '--cohorts', '--fail-if', 'churn>1%']);
    expect(run.stderr).toContain('unreadable date: 1 (first at line 50)');
    expect(run.stderr).toMatch(/threshold crossed: churn [\d.]+% > 1% \(period 2026-W\d\d\)/);
    expect(run.code).toBe(4);
  });

  it('--as-of 9999-12-31 is a usage error (exit 2)', () => {
    const run = runCare(['retention', fixture('orders.csv'), '--as-of', '9999-12-31']);
    expect(run.code).toBe(2);
    expect(expectCleanError(run)).toBe('care: --as-of 9999-12-31: outside the dates care reads (1900-01-01 to 2100-12-31)');
  });
});

describe('a product name with a stray quote', () => {
  const file = ordersWith('stray-quote.csv', 40, (line) => line.replace(/,([^,]*),(\d+),/, ',"Tea" 50g,$2,'));

  it('is one bad row with its line, in --rejects; the rest is read', () => {
    const clean = JSON.parse(runCare(['retention', fixture('orders.csv'), '--format', 'json']).stdout);
    const run = runCare(['retention', file, '--format', 'json', '--rejects', path.join(dir, 'rejects.csv')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('unbalanced quote: 1 (first at line 40)');
    const json = JSON.parse(run.stdout);
    expect(json.ingest.rows).toBe(clean.ingest.rows);
    expect(json.ingest.skipped.badQuote).toBe(1);
    expect(readFileSync(path.join(dir, 'rejects.csv'), 'utf8')).toMatch(/\n40,badQuote,/);
  });

  it('care inspect shows it: the count, the first line and the field', () => {
    const run = runCare(['inspect', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/unbalanced quote\s*│\s*1 │\s*line 40 │ a quoted field closes mid-field \("\\"Tea\\" 50g"\)/);
  });

  it('fails under --strict with exit 3 naming the line', () => {
    const run = runCare(['retention', file, '--strict']);
    expect(run.code).toBe(3);
    expect(expectCleanError(run)).toMatch(/^care: .*stray-quote\.csv, line 40: a quoted field closes mid-field/);
  });

  it('an unclosed quote at the end of the file is exit 3 naming the line where it opened', () => {
    const lines = readFileSync(fixture('orders.csv'), 'utf8').trimEnd().split('\n');
    const at = lines.length - 2;
    lines[at - 1] = lines[at - 1]!.replace(/,([^,]*),(-?\d+),/, ',"Tea 50g,$2,');
    const unclosed = path.join(dir, 'unclosed.csv');
    writeFileSync(unclosed, lines.join('\n') + '\n');
    const run = runCare(['retention', unclosed]);
    expect(run.code).toBe(3);
    expect(expectCleanError(run)).toMatch(new RegExp(`line ${at}: the file ends inside a quoted field`));
  });
});
