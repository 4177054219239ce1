/**
 * `--engine URL` on retention, ltv, report and remind (docs/sql.md, docs/contracts.md "Orders read
 * by an engine"): DuckDB reading fixtures/orders.csv prints the JSON the CSV path prints for the
 * same file, except the `ingest` block, which says where the rows came from. In process.
 */
import { describe, expect, it } from 'vitest';
import { careInProcess } from '../helpers/care-in-process.js';
import { duckdbAvailable, duckdbSkipReason } from '../helpers/duckdb.js';

const FILE = 'fixtures/orders.csv';
const ENGINE = `duckdb:${FILE}`;

/** The JSON without its ingest blocks (the top one, and the report's segments'). */
function withoutIngest(text: string): { json: Record<string, unknown>; ingest: unknown } {
  const json = JSON.parse(text) as Record<string, unknown> & { segments?: { ingest?: unknown } };
  const ingest = json['ingest'];
  delete json['ingest'];
  if (json.segments !== undefined && typeof json.segments === 'object' && 'ingest' in json.segments) delete json.segments.ingest;
  return { json, ingest };
}

describe.skipIf(!duckdbAvailable)(`--engine duckdb:FILE prints what the CSV path prints${duckdbAvailable ? '' : ` (${duckdbSkipReason})`}`, () => {
  it.each([
    ['retention', ['retention']],
    ['retention --cohorts --revenue by week', ['retention', '--cohorts', '--revenue', '--period', 'week', '--churn-after', '45']],
    ['ltv (simple)', ['ltv']],
    ['remind --template win-back', ['remind', '--template', 'win-back']],
    // The fitted models: their sums run over rows in ascending order, not the customers' (the
    // engine returns customers in another order than the file), so the digits are the same too.
    ['ltv --model bgnbd', ['ltv', '--model', 'bgnbd']],
    ['ltv --model mbgnbd', ['ltv', '--model', 'mbgnbd']],
    ['ltv --model pnbd', ['ltv', '--model', 'pnbd']],
    ['report', ['report']],
  ])('%s: the same JSON, byte for byte, except ingest', async (_name, args) => {
    const csv = await careInProcess([...args, FILE, '--format', 'json']);
    const engine = await careInProcess([...args, '--engine', ENGINE, '--format', 'json']);
    expect(csv.code).toBe(0);
    expect(engine.code, engine.stderr).toBe(0);
    const a = withoutIngest(csv.stdout);
    const b = withoutIngest(engine.stdout);
    expect(JSON.stringify(b.json)).toBe(JSON.stringify(a.json));
    // fixtures/orders.csv: 2,383 customers on 5,946 customer-days (counted by grouping its kept rows by customer and date).
    expect(b.ingest).toEqual({ engine: ENGINE, table: null, customerDays: 5946 });
  }, 60_000);

  it('the tables print the same too (retention, table format)', async () => {
    const csv = await careInProcess(['retention', FILE, '--cohorts']);
    const engine = await careInProcess(['retention', '--engine', ENGINE, '--cohorts']);
    expect(engine.stdout).toBe(csv.stdout);
  }, 60_000);
});

describe('the FILE argument or --engine, one of them', () => {
  it.each([
    [['report'], 'name an orders file, or --engine URL --table NAME'],
    [['remind', '--template', 'win-back'], 'name an orders file, or --engine URL --table NAME'],
    [['report', FILE, '--engine', ENGINE], `--engine reads the orders from duckdb: leave out ${FILE}`],
    [['ltv', FILE, '--table', 'orders'], '--table goes with --engine URL'],
    [['retention', '--engine', 'sqlite:shop.db'], '--engine sqlite:shop.db: not an engine URL'],
    [['remind', '--template', 'payment-reminder', '--engine', ENGINE], '--engine reads orders; payment reminders read an invoices export'],
    [['ltv', '--by', 'Product', '--engine', ENGINE], '--by reads a column of each order, which --engine does not return yet'],
    // Options that only say how to read a file are refused rather than silently ignored.
    [['retention', '--engine', ENGINE, '--delimiter', ';'], '--delimiter applies only to reading a file, and --engine reads none'],
    [['report', '--engine', ENGINE, '--strict', '--rejects', 'r.csv'], '--strict, --rejects apply only to reading a file, and --engine reads none'],
    [['ltv', '--engine', ENGINE, '--encoding', 'windows-1251', '--date-format', 'DMY'], '--encoding, --date-format apply only to reading a file, and --engine reads none'],
  ])('care %j: exit 2, one line', async (args, message) => {
    const run = await careInProcess(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`care: ${message}`);
    expect(run.stderr).not.toContain('    at ');
  });
});
