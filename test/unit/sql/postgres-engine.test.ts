/**
 * `--engine postgres://…` end to end, in process (docs/sql.md): a real PostgreSQL server
 * (test/helpers/postgres-server.ts) holding fixtures/orders.csv, read through the `pg` driver by
 * care retention, ltv, report and verify — the same JSON as the CSV path except `ingest` — and
 * the password, in the URL or in PGPASSWORD, never printed, not even in an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { careInProcess } from '../../helpers/care-in-process.js';
import { fixture } from '../../helpers/datasets.js';
import { PostgresServer, freePort, postgresAvailable, postgresSkipReason } from '../../helpers/postgres-server.js';

const FILE = 'fixtures/orders.csv';

function withoutIngest(text: string): { json: Record<string, unknown>; ingest: unknown } {
  const json = JSON.parse(text) as Record<string, unknown>;
  const ingest = json['ingest'];
  delete json['ingest'];
  return { json, ingest };
}

describe.skipIf(!postgresAvailable)(`--engine postgres://${postgresAvailable ? '' : ` (${postgresSkipReason})`}`, () => {
  const server = new PostgresServer();
  beforeAll(async () => {
    await server.start();
    server.psql(`CREATE SCHEMA shop;
CREATE TABLE shop.orders ("Order ID" text, "Customer ID" text, "Order Date" date, "Product" text, "Quantity" integer, "Unit Price" numeric, "Status" text, "Currency" text);
\\copy shop.orders FROM '${fixture('orders.csv')}' WITH (FORMAT csv, HEADER true)
`);
  }, 120_000);
  afterAll(() => server.stop());

  it.each([
    ['retention --cohorts --revenue', ['retention', '--cohorts', '--revenue']],
    ['ltv', ['ltv']],
    ['remind --template win-back', ['remind', '--template', 'win-back']],
  ])('%s: the CSV path\'s JSON; ingest names the server without the password', async (_name, args) => {
    const csv = await careInProcess([...args, FILE, '--format', 'json']);
    const engine = await careInProcess([...args, '--engine', server.url(), '--table', 'shop.orders', '--format', 'json']);
    expect(engine.code, engine.stderr).toBe(0);
    const a = withoutIngest(csv.stdout);
    const b = withoutIngest(engine.stdout);
    expect(JSON.stringify(b.json)).toBe(JSON.stringify(a.json));
    // 5,946 customer-days, as DuckDB reads the same file (test/commands/engine-commands.test.ts).
    expect(b.ingest).toEqual({ engine: server.url(null), table: 'shop.orders', customerDays: 5946 });
    expect(engine.stdout + engine.stderr).not.toContain(server.password);
    expect(engine.stdout + engine.stderr).not.toContain(encodeURIComponent(server.password));
  }, 60_000);

  it('care verify against the server: the same numbers (exit 0)', async () => {
    const run = await careInProcess(['verify', '--engine', server.url(), '--table', 'shop.orders', FILE]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('The same numbers.');
    expect(run.stdout).not.toContain(server.password);
  }, 60_000);

  it('--query: the orders as the rows of a SELECT', async () => {
    const csv = await careInProcess(['retention', FILE, '--format', 'json']);
    const engine = await careInProcess(['retention', '--engine', server.url(), '--query', 'SELECT * FROM shop.orders', '--format', 'json']);
    expect(engine.code, engine.stderr).toBe(0);
    expect(JSON.stringify(withoutIngest(engine.stdout).json)).toBe(JSON.stringify(withoutIngest(csv.stdout).json));
    expect(withoutIngest(engine.stdout).ingest).toMatchObject({ table: null });
  }, 60_000);

  it('the password from PGPASSWORD when the URL has none', async () => {
    const before = process.env['PGPASSWORD'];
    process.env['PGPASSWORD'] = server.password;
    try {
      const run = await careInProcess(['retention', '--engine', server.url(null), '--table', 'shop.orders', '--format', 'json']);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).not.toContain(server.password);
    } finally {
      if (before === undefined) delete process.env['PGPASSWORD'];
      else process.env['PGPASSWORD'] = before;
    }
  }, 60_000);

  it('a wrong password: exit 2, one line naming the server, the password nowhere', async () => {
    const wrong = 'Wr0ng-s3cret';
    const run = await careInProcess(['retention', '--engine', server.url(wrong), '--table', 'shop.orders']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`care: ${server.url(null)}: password authentication failed for user "care"`);
    expect(run.stderr).not.toContain(wrong);
    expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  }, 60_000);

  it('a table the database does not have: exit 2, its tables listed', async () => {
    const run = await careInProcess(['retention', '--engine', server.url(), '--table', 'orders']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`care: --table orders: ${server.url(null)} has no such table`);
    expect(run.stderr).toContain('shop.orders');
    expect(run.stderr).not.toContain(server.password);
  }, 60_000);

  it('no server at that port: exit 3, the password nowhere', async () => {
    const port = await freePort();
    const url = `postgres://care:${encodeURIComponent(server.password)}@127.0.0.1:${port}/postgres`;
    const run = await careInProcess(['retention', '--engine', url, '--table', 'shop.orders']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`care: postgres://care@127.0.0.1:${port}/postgres: cannot connect`);
    expect(run.stderr).not.toContain(server.password);
    expect(run.stderr).not.toContain(encodeURIComponent(server.password));
  }, 60_000);
});
