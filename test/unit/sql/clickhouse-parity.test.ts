/**
 * The ClickHouse SQL care generates (src/sql, docs/sql.md, "ClickHouse"), run by real servers
 * through care's HTTP client (engine-clickhouse.ts), gives the CSV path's period table, cohort
 * table and per-customer summary, row for row and to the cent: on one node, and through a
 * `Distributed` table over two shards (two local servers) — with the customers split between the
 * shards, and with one customer's rows (even one order's lines) split across both.
 *
 * The servers are Debian's clickhouse-server (18.16; current releases read the same SQL), each
 * from a temp config on free ports with its data in a temp folder, run as the `clickhouse` user
 * when this is root. Without clickhouse-server the tests skip with a message;
 * CARE_CLICKHOUSE=required makes them run (and fail) instead.
 */
import { freePort } from '../../helpers/free-port.js';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widenCohortCells } from '../../helpers/cohort-cells.js';
import { careInProcess } from '../../helpers/care-in-process.js';
import { dataset, fixture } from '../../helpers/datasets.js';
import { fileSource } from '../../../src/ingest/source.js';
import { readOrders } from '../../../src/ingest/orders.js';
import { classifyStatus, isPurchaseMeaning } from '../../../src/ingest/fields/status.js';
import { activityFromHistory } from '../../../src/metrics/activity.js';
import { retentionTable } from '../../../src/metrics/retention.js';
import { cohortsFromHistory } from '../../../src/metrics/cohorts.js';
import { rfmFromHistory } from '../../../src/metrics/ltv/rfm.js';
import type { CustomerHistory } from '../../../src/model/customer-history.js';
import type { OrderColumns, OrdersSqlOptions } from '../../../src/sql/customer-days.js';
import { openClickHouse } from '../../../src/sql/engine-clickhouse.js';
import type { EngineSession } from '../../../src/sql/engine-session.js';
import { cohortsSql, customersSql, retentionSql } from '../../../src/sql/metrics-sql.js';
import type { PeriodKind } from '../../../src/time/periods.js';

/** The server binary: Debian's clickhouse-server (also a link to `clickhouse` in current packages). */
function serverBinary(): string | undefined {
  const which = spawnSync('sh', ['-c', 'command -v clickhouse-server'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  return [found, '/usr/sbin/clickhouse-server', '/usr/bin/clickhouse-server'].find((file) => file !== '' && existsSync(file));
}

const binary = serverBinary();
const available = binary !== undefined || process.env['CARE_CLICKHOUSE'] === 'required';
const skipReason = 'skipped: no ClickHouse server here (clickhouse-server not found; apt-get install clickhouse-server)';

/** A read-only user (readonly = 1: no setting, no table function, no temporary table) with a password. */
const ANALYST_PASSWORD = 'n0t-printed';


/** The uid and gid to run the server as: the `clickhouse` user when this is root. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'clickhouse'], { encoding: 'utf8' });
  const [uid, gid] = [id('-u'), id('-g')];
  // Without the package's user (a server unpacked by hand) it runs as this user.
  return uid.status === 0 && gid.status === 0 ? { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) } : undefined;
}

/** One throwaway server: a temp folder with its config, data and logs, on free ports. */
class Server {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'care-ch-'));
  httpPort = 0;
  tcpPort = 0;
  private child: ChildProcess | undefined;

  async ports(): Promise<void> {
    this.httpPort = await freePort();
    this.tcpPort = await freePort();
  }

  get url(): string {
    return `clickhouse://127.0.0.1:${this.httpPort}/default`;
  }

  /** Starts the server; `shards` lists the TCP ports of the cluster `care_two` it may query. */
  async start(shards: number[]): Promise<void> {
    const interserver = await freePort();
    const remote = shards.length === 0 ? '' : `<remote_servers><care_two>${shards.map((port) => `<shard><replica><host>127.0.0.1</host><port>${port}</port></replica></shard>`).join('')}</care_two></remote_servers>`;
    writeFileSync(path.join(this.dir, 'config.xml'), `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${this.dir}/server.log</log><errorlog>${this.dir}/error.log</errorlog></logger>
  <http_port>${this.httpPort}</http_port>
  <tcp_port>${this.tcpPort}</tcp_port>
  <interserver_http_port>${interserver}</interserver_http_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${this.dir}/data/</path>
  <tmp_path>${this.dir}/tmp/</tmp_path>
  <user_files_path>${this.dir}/user_files/</user_files_path>
  <format_schema_path>${this.dir}/format_schemas/</format_schema_path>
  <users_config>${this.dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <mlock_executable>false</mlock_executable>
  ${remote}
</yandex>
`);
    writeFileSync(path.join(this.dir, 'users.xml'), `<?xml version="1.0"?>
<yandex>
  <profiles><default></default><reader><readonly>1</readonly></reader></profiles>
  <users>
    <default><password></password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>default</profile><quota>default</quota></default>
    <analyst><password>${ANALYST_PASSWORD}</password><networks><ip>127.0.0.1</ip><ip>::1</ip></networks><profile>reader</profile><quota>default</quota></analyst>
  </users>
  <quotas><default></default></quotas>
</yandex>
`);
    const user = serverUser();
    if (user !== undefined) for (const name of ['', 'config.xml', 'users.xml']) chownSync(path.join(this.dir, name), user.uid, user.gid);
    this.child = spawn(binary!, [`--config-file=${path.join(this.dir, 'config.xml')}`], { cwd: this.dir, stdio: 'ignore', ...user });
    for (let attempt = 0; attempt < 200; attempt++) {
      if (this.child.exitCode !== null) break;
      const ok = await fetch(`http://127.0.0.1:${this.httpPort}/ping`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const log = existsSync(path.join(this.dir, 'error.log')) ? readFileSync(path.join(this.dir, 'error.log'), 'utf8').trim().split('\n').slice(-3).join(' | ') : '';
    throw new Error(`clickhouse-server did not answer on port ${this.httpPort}: ${log}`);
  }

  stop(): void {
    if (this.child?.pid !== undefined && this.child.exitCode === null) this.child.kill('SIGKILL');
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Runs one statement; `data` is sent after it (an INSERT … FORMAT CSVWithNames). */
  async exec(sql: string, data?: string): Promise<void> {
    const response = await fetch(`http://127.0.0.1:${this.httpPort}/?query=${encodeURIComponent(sql)}`, { method: 'POST', body: data ?? '' });
    if (!response.ok) throw new Error(`${sql}: ${await response.text()}`);
  }
}

interface Case {
  name: string;
  file: string;
  columns: string;
  order: string;
  map: Record<string, string>;
  dateFormat?: OrdersSqlOptions['dateFormat'];
}

const ORDERS: Case = {
  name: 'fixtures/orders.csv',
  file: fixture('orders.csv'),
  columns: '`Order ID` String, `Customer ID` String, `Order Date` Date, `Product` String, `Quantity` Int32, `Unit Price` Decimal(18, 2), `Status` String, `Currency` String',
  order: '`Customer ID`, `Order Date`',
  map: { customer: 'Customer ID', date: 'Order Date', order: 'Order ID', quantity: 'Quantity', price: 'Unit Price', status: 'Status' },
};

const CDNOW: Case = {
  name: 'the CDNOW sample (YYYYMMDD integers)',
  file: fixture('cdnow', 'cdnow-sample.csv'),
  columns: 'masterid UInt32, sampleid UInt32, date UInt32, cds Int32, sales Decimal(18, 2)',
  order: 'masterid, date',
  map: { customer: 'masterid', date: 'date', amount: 'sales' },
  dateFormat: 'yyyymmdd',
};

const retail = dataset('online-retail.csv');
const RETAIL: Case = {
  name: 'UCI Online Retail (541,909 rows; credit notes; ids written 17850.0; text timestamps)',
  file: retail.path,
  columns: 'InvoiceNo String, StockCode String, Description String, Quantity Int32, InvoiceDate String, UnitPrice Decimal(18, 6), CustomerID String, Country String',
  order: 'CustomerID, InvoiceDate',
  map: { customer: 'CustomerID', date: 'InvoiceDate', order: 'InvoiceNo', quantity: 'Quantity', price: 'UnitPrice' },
};

/** Each case's table on one node, and how the two-shard runs spread it. */
const tableOf = (c: Case) => (c === ORDERS ? 'orders' : c === CDNOW ? 'cdnow' : 'retail');

const CSV = new Map<Case, Promise<CustomerHistory>>();
const csvHistory = (c: Case) => {
  let read = CSV.get(c);
  if (read === undefined) CSV.set(c, (read = readOrders(fileSource(c.file), { map: c.map }).then(({ history }) => history)));
  return read;
};

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The SQL options for a table the session reads, with the statuses read from it and classified as in a CSV. */
async function ordersOptions(session: EngineSession, c: Case, asOf: number): Promise<OrdersSqlOptions> {
  const status = c.map['status'];
  const values = status === undefined ? [] : await session.run(`SELECT DISTINCT \`${status}\` AS value FROM ${session.table}`);
  const statuses = values.map((r) => ({ value: String(r['value']), purchase: isPurchaseMeaning(classifyStatus(String(r['value']))) }));
  return { dialect: 'clickhouse', table: session.table, columns: c.map as unknown as OrderColumns, asOf, dateFormat: c.dateFormat, statuses };
}

async function expectRetention(session: EngineSession, c: Case, period: PeriodKind, churnAfter: number): Promise<void> {
  const history = await csvHistory(c);
  const asOf = history.lastDay!;
  const expected = retentionTable(activityFromHistory(history, churnAfter, asOf), period, asOf);
  const rows = await session.run(retentionSql({ ...(await ordersOptions(session, c, asOf)), period, churnAfter, since: history.firstDay! }));
  expect(expected.length).toBeGreaterThan(3);
  expect(rows.map((r) => ({
    period: r['period'], start: r['period_start'], end: r['period_end'], partial: Number(r['partial']) === 1,
    customersAtStart: num(r['customers_at_start']), new: num(r['new_customers']), reactivated: num(r['reactivated']),
    retained: num(r['retained']), lost: num(r['lost']), customersAtEnd: num(r['customers_at_end']),
    retentionRate: num(r['retention_rate']), churnRate: num(r['churn_rate']),
  }))).toEqual(expected);
}

async function expectCohorts(session: EngineSession, c: Case): Promise<void> {
  const history = await csvHistory(c);
  const asOf = history.lastDay!;
  const expected = cohortsFromHistory(history, 'month', asOf, true);
  const rows = await session.run(cohortsSql({ ...(await ordersOptions(session, c, asOf)), period: 'month', since: history.firstDay! }));
  const actual = widenCohortCells(expected, rows);
  expect(new Set(rows.map((r) => r['cohort'])).size).toBe(expected.length);
  expect(actual).toEqual(expected);
}

async function expectCustomers(session: EngineSession, c: Case): Promise<void> {
  const history = await csvHistory(c);
  const calibrationEnd = Math.floor((history.firstDay! + history.lastDay!) / 2);
  const rfm = rfmFromHistory(history, { calibrationEnd, unit: 'week' });
  const expected = new Map<string, number[]>();
  for (let row = 0; row < rfm.customer.length; row++) expected.set(history.customers[rfm.customer[row]!]!, [rfm.firstDay[row]!, rfm.x[row]!, rfm.tx[row]!, rfm.T[row]!, rfm.monetary![row]!]);
  const rows = await session.run(customersSql({ ...(await ordersOptions(session, c, history.lastDay!)), calibrationEnd, unitDays: 7 }));
  const actual = new Map(rows.map((r) => [String(r['customer']), [Number(r['first_day']), Number(r['x']), Number(r['t_x']), Number(r['t']), Number(r['mean_repeat_spend'])]]));
  expect(actual.size).toBe(expected.size);
  for (const [customer, values] of expected) {
    const got = actual.get(customer)!;
    expect(got.slice(0, 2)).toEqual(values.slice(0, 2));
    for (let i = 2; i < 5; i++) expect(got[i]).toBeCloseTo(values[i]!, 9);
  }
}

describe.skipIf(!available)(`ClickHouse gives the CSV path's numbers${available ? '' : ` (${skipReason})`}`, () => {
  const one = new Server();
  const two = new Server();
  const cases = retail.present ? [ORDERS, CDNOW, RETAIL] : [ORDERS, CDNOW];
  const sessions = new Map<string, EngineSession>();
  const session = async (server: Server, table: string) => {
    const key = `${server.url} ${table}`;
    let open = sessions.get(key);
    if (open === undefined) sessions.set(key, (open = await openClickHouse(server.url, table)));
    return open;
  };

  beforeAll(async () => {
    await one.ports();
    await two.ports();
    // Measured: both servers answer /ping 1.3-1.8 s after the spawn on two busy cores (one alone, idle: 0.4 s).
    await Promise.all([one.start([one.tcpPort, two.tcpPort]), two.start([])]);
    for (const c of cases) {
      const table = tableOf(c);
      await one.exec(`CREATE TABLE ${table} (${c.columns}) ENGINE = MergeTree ORDER BY (${c.order})`);
      await one.exec(`INSERT INTO ${table} FORMAT CSVWithNames`, readFileSync(c.file, 'utf8'));
      // Two shards: each customer on one of them (by a hash of the id), or the rows of one
      // customer — even the lines of one order — spread over both (by a hash of the whole row;
      // a row number would differ between the two INSERTs, which read the parts in any order).
      const customer = `\`${c.map['customer']}\``;
      const wholeRow = [...c.columns.matchAll(/(`[^`]+`|\w+) [A-Z]\w*(?:\([^)]*\))?/g)].map((m) => `toString(${m[1]!})`).join(', ');
      for (const [suffix, key] of [['by_customer', customer], ['split', wholeRow]] as const) {
        for (const [shard, server] of [one, two].entries()) {
          await server.exec(`CREATE TABLE ${table}_${suffix} (${c.columns}) ENGINE = MergeTree ORDER BY (${c.order})`);
          await server.exec(`INSERT INTO ${table}_${suffix} SELECT * FROM remote('127.0.0.1:${one.tcpPort}', default, ${table}) WHERE cityHash64(${key}) % 2 = ${shard}`);
        }
        await one.exec(`CREATE TABLE ${table}_${suffix}_all AS ${table}_${suffix} ENGINE = Distributed(care_two, default, ${table}_${suffix})`);
      }
    }
  }, 120_000);
  afterAll(() => {
    one.stop();
    two.stop();
  });

  it.each(cases)('$name: the shards hold every row once; split by customer, no customer is on both; split by row, customers and orders are', async (c) => {
    const table = tableOf(c);
    const count = async (name: string) => Number((await (await session(one, name)).run(`SELECT count() AS n FROM ${name}`))[0]!['n']);
    // 18.16 has no _shard_num: each shard's local table is read on its own server.
    const onBoth = async (name: string, column: string) => {
      const keys = await Promise.all([one, two].map(async (server) => new Set((await (await session(server, name)).run(`SELECT DISTINCT \`${column}\` AS key FROM ${name}`)).map((r) => String(r['key'])))));
      return [...keys[0]!].filter((key) => keys[1]!.has(key)).length;
    };
    expect(await count(`${table}_by_customer_all`)).toBe(await count(table));
    expect(await count(`${table}_split_all`)).toBe(await count(table));
    expect(await onBoth(`${table}_by_customer`, c.map['customer']!)).toBe(0);
    expect(await onBoth(`${table}_split`, c.map['customer']!)).toBeGreaterThan(100);
    if (c.map['order'] !== undefined) expect(await onBoth(`${table}_split`, c.map['order'])).toBeGreaterThan(0);
  });

  it('care retention --cohorts --revenue --engine clickhouse://… on the split Distributed table prints the CSV path\'s JSON (but for ingest)', async () => {
    // No --currency: the currency comes from the table's own column, as from the file's.
    const args = ['retention', '--cohorts', '--revenue', '--format', 'json'];
    const csv = await careInProcess([...args, ORDERS.file]);
    const engine = await careInProcess([...args, '--engine', one.url, '--table', 'orders_split_all']);
    expect(engine.code, engine.stderr).toBe(0);
    const withoutIngest = (text: string) => JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), ingest: undefined });
    expect(withoutIngest(engine.stdout)).toBe(withoutIngest(csv.stdout));
    // fixtures/orders.csv: 5,946 customer-days (its kept rows grouped by customer and date).
    expect((JSON.parse(engine.stdout) as { ingest: unknown }).ingest).toMatchObject({ customerDays: 5946 });
  });

  it('a readonly = 1 user with a password gets the same JSON; a wrong password is exit 2 and never printed', async () => {
    const args = ['retention', '--currency', 'RUB', '--format', 'json'];
    const csv = await careInProcess([...args, ORDERS.file]);
    const withoutIngest = (text: string) => JSON.stringify({ ...(JSON.parse(text) as Record<string, unknown>), ingest: undefined });
    const reader = await careInProcess([...args, '--engine', one.url.replace('//', `//analyst:${ANALYST_PASSWORD}@`), '--table', 'orders']);
    expect(reader.stderr + reader.stdout).not.toContain(ANALYST_PASSWORD);
    expect(reader.code, reader.stderr).toBe(0);
    expect(withoutIngest(reader.stdout)).toBe(withoutIngest(csv.stdout));
    const wrong = await careInProcess(['retention', '--engine', one.url.replace('//', '//analyst:wrong-secret@'), '--table', 'orders']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Wrong password for user analyst');
    expect(wrong.stderr + wrong.stdout).not.toContain('wrong-secret');
  });

  // Online Retail (3 s a pass on two busy cores) runs on one node and on the split shards only, by month.
  describe.each([
    ['one node', '', cases],
    ['a Distributed table, each customer on one shard', '_by_customer_all', [ORDERS, CDNOW]],
    ['a Distributed table, customers and orders split across both shards', '_split_all', cases],
  ] as const)('%s', (_name, suffix, these) => {
    describe.each(these)('$name', (c) => {
      const table = () => `${tableOf(c)}${suffix}`;
      it('the period table by month, churn after 90 days (and by week, churn after 45, on the fixtures)', async () => {
        await expectRetention(await session(one, table()), c, 'month', 90);
        if (c !== RETAIL) await expectRetention(await session(one, table()), c, 'week', 45);
      });
      it('the cohort table by month, with revenue', async () => expectCohorts(await session(one, table()), c));
      it('the per-customer summary in weeks, to the calibration end', async () => expectCustomers(await session(one, table()), c));
    });
  });
});
