/**
 * The ClickHouse engine's HTTP client (src/sql/engine-clickhouse.ts; docs/sql.md, "ClickHouse")
 * without a server: the URL read into endpoint, database and credentials; the request it sends;
 * the one-line errors (connection refused names host:port, an unknown table lists the tables, a
 * wrong password is a usage error), and the password never in a message.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { type HttpPost, type HttpReply, clickHouseMessage, clickHouseQuery, openClickHouse, parseClickHouseUrl } from '../../../src/sql/engine-clickhouse.js';

interface Sent {
  url: string;
  auth: string;
  body: string;
}

/** A server that answers each statement with `answer`, and records what it was sent. */
function fakeServer(answer: (body: string) => HttpReply, sent: Sent[] = []): HttpPost {
  return async (url, headers, body) => {
    sent.push({ url, auth: headers['Authorization']!, body });
    return answer(body);
  };
}

/** What node:http reports when nothing listens on the port. */
const refused: HttpPost = async () => {
  throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:8123'), { code: 'ECONNREFUSED' });
};

/** A FORMAT JSON answer as ClickHouse writes it: column types in meta, 64-bit integers quoted. */
const json = (meta: [string, string][], data: Record<string, unknown>[]) => JSON.stringify({ meta: meta.map(([name, type]) => ({ name, type })), data, rows: data.length });

const ORDERS_DESCRIBED = json([['name', 'String'], ['type', 'String']], [
  { name: 'order_id', type: 'String' },
  { name: 'customer', type: 'Nullable(String)' },
  { name: 'created', type: 'Date' },
]);

describe('clickhouse:// URLs', () => {
  it('host, port and database; HTTP port 8123 and database "default" when not given', () => {
    expect(parseClickHouseUrl('clickhouse://ch.example:9123/shop', {})).toMatchObject({ endpoint: 'http://ch.example:9123/', address: 'ch.example:9123', database: 'shop', user: 'default', password: '' });
    expect(parseClickHouseUrl('clickhouse://localhost', {})).toMatchObject({ endpoint: 'http://localhost:8123/', database: 'default' });
    expect(parseClickHouseUrl('clickhouse://localhost/shop?secure=1', {})).toMatchObject({ endpoint: 'https://localhost:8443/' });
  });

  it('user and password from the URL (percent-decoded), else from CLICKHOUSE_USER / CLICKHOUSE_PASSWORD; the display has no password', () => {
    const fromUrl = parseClickHouseUrl('clickhouse://ann:p%40ss@db:8123/shop', { CLICKHOUSE_USER: 'env', CLICKHOUSE_PASSWORD: 'envpass' });
    expect(fromUrl).toMatchObject({ user: 'ann', password: 'p@ss', display: 'clickhouse://ann@db:8123/shop' });
    expect(parseClickHouseUrl('clickhouse://db/shop', { CLICKHOUSE_USER: 'env', CLICKHOUSE_PASSWORD: 'envpass' })).toMatchObject({ user: 'env', password: 'envpass', display: 'clickhouse://db/shop' });
    expect(parseClickHouseUrl('clickhouse://db/shop?user=care&password=pw', { CLICKHOUSE_USER: 'env' })).toMatchObject({ user: 'care', password: 'pw', display: 'clickhouse://db/shop?user=care&password=***' });
  });

  it('a URL that is not clickhouse://host[/database] is a usage error (exit 2) without the password', () => {
    for (const url of ['clickhouse://', 'postgres://db/x', 'clickhouse://u:secret@db/a/b']) {
      let caught: unknown;
      try {
        parseClickHouseUrl(url, {});
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ exitCode: 2, code: 'CARE_BAD_ENGINE' });
      expect((caught as Error).message).not.toContain('secret');
    }
  });
});

describe('ClickHouse error bodies as one line', () => {
  it('18.16 and current formats both read "what (code N)"', () => {
    expect(clickHouseMessage("Code: 60, e.displayText() = DB::Exception: Table default.x doesn't exist., e.what() = DB::Exception\n").text).toBe("Table default.x doesn't exist. (code 60)");
    expect(clickHouseMessage("Code: 60. DB::Exception: Table default.x does not exist. (UNKNOWN_TABLE) (version 24.3.1.1)\n").text).toBe('Table default.x does not exist. (UNKNOWN_TABLE) (code 60)');
  });
});

describe('the HTTP request', () => {
  it('POSTs the statement with FORMAT JSON and the database, basic auth; rows come back as objects, 64-bit integers as numbers', async () => {
    const sent: Sent[] = [];
    const target = parseClickHouseUrl('clickhouse://ann:pw@db:8123/shop', {});
    const answer = json([['n', 'UInt64'], ['c', 'String'], ['r', 'Nullable(Float64)']], [{ n: '1', c: 'a', r: 0.5 }, { n: '20', c: 'b', r: null }]);
    const rows = await clickHouseQuery(target, '-- a comment\nSELECT 1 AS n;\n', fakeServer(() => ({ status: 200, body: answer }), sent));
    expect(rows).toEqual([{ n: 1, c: 'a', r: 0.5 }, { n: 20, c: 'b', r: null }]);
    expect(sent[0]!.body).toBe('-- a comment\nSELECT 1 AS n\nFORMAT JSON');
    // No setting for a usual query: a user with readonly = 1 may change none.
    expect(sent[0]!.url).toBe('http://db:8123/?database=shop');
    expect(sent[0]!.auth).toBe(`Basic ${Buffer.from('ann:pw').toString('base64')}`);
  });

  it('a query longer than the default 256 KiB raises max_query_size; a statement without rows gets no FORMAT', async () => {
    const sent: Sent[] = [];
    const target = parseClickHouseUrl('clickhouse://db/shop', {});
    await clickHouseQuery(target, `SELECT ${'1 + '.repeat(70_000)}1 AS n`, fakeServer(() => ({ status: 200, body: json([['n', 'UInt64']], [{ n: '70001' }]) }), sent));
    await clickHouseQuery(target, 'CREATE TABLE x (a Int64) ENGINE = Memory', fakeServer(() => ({ status: 200, body: '' }), sent));
    expect(sent[0]!.url).toMatch(/&max_query_size=16777216$/);
    expect(sent[1]!.body).toBe('CREATE TABLE x (a Int64) ENGINE = Memory');
  });

  it('an error written after the first rows is an error, not a row', async () => {
    const target = parseClickHouseUrl('clickhouse://db/shop', {});
    await expect(clickHouseQuery(target, 'SELECT 1', fakeServer(() => ({ status: 200, body: '{"meta": [{"name": "n", "type": "UInt8"}], "data": [{"n": 1},\nCode: 241, e.displayText() = DB::Exception: Memory limit exceeded, e.what() = DB::Exception\n' }))))
      .rejects.toMatchObject({ exitCode: 3, message: 'ClickHouse: Memory limit exceeded (code 241)' });
  });
});

describe('opening a table', () => {
  it('reads the columns and their types from DESCRIBE TABLE', async () => {
    const session = await openClickHouse('clickhouse://db:8123/shop', 'orders', fakeServer(() => ({ status: 200, body: ORDERS_DESCRIBED })));
    expect(session).toMatchObject({ dialect: 'clickhouse', table: 'orders', columns: ['order_id', 'customer', 'created'], columnTypes: { customer: 'Nullable(String)', created: 'Date' } });
  });

  it('connection refused names host and port (exit 3)', async () => {
    await expect(openClickHouse('clickhouse://u:secret@10.0.0.5:8123/shop', 'orders', refused)).rejects.toMatchObject({
      exitCode: 3, code: 'CARE_ENGINE_CONNECT', message: 'clickhouse://u@10.0.0.5:8123/shop: cannot connect to 10.0.0.5:8123 (connection refused)',
    });
  });

  it('a real refused connection (a local port nobody listens on) reads the same through node:http', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    await expect(openClickHouse(`clickhouse://127.0.0.1:${port}/shop`, 'orders')).rejects.toMatchObject({
      exitCode: 3, message: `clickhouse://127.0.0.1:${port}/shop: cannot connect to 127.0.0.1:${port} (connection refused)`,
    });
  });

  it('an unknown table is a usage error listing the database\'s tables', async () => {
    const answer = (body: string) => (body.startsWith('DESCRIBE')
      ? { status: 404, body: "Code: 60, e.displayText() = DB::Exception: Table shop.ordrs doesn't exist., e.what() = DB::Exception" }
      : { status: 200, body: json([['name', 'String']], [{ name: 'customers' }, { name: 'orders' }]) });
    await expect(openClickHouse('clickhouse://db/shop', 'ordrs', fakeServer(answer))).rejects.toMatchObject({
      exitCode: 2, code: 'CARE_NO_TABLE', message: '--table ordrs: clickhouse://db/shop has no such table', hint: 'its tables: customers, orders',
    });
  });

  it('a wrong password is a usage error; the password never appears, even when the server echoes it', async () => {
    const answer = () => ({ status: 401, body: 'Code: 193, e.displayText() = DB::Exception: Wrong password for user ann (tried hunter2), e.what() = DB::Exception' });
    let caught: unknown;
    try {
      await openClickHouse('clickhouse://ann:hunter2@db/shop', 'orders', fakeServer(answer));
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ exitCode: 2, code: 'CARE_ENGINE_AUTH' });
    expect(JSON.stringify({ message: (caught as Error).message, hint: (caught as { hint?: string }).hint })).not.toContain('hunter2');
    expect((caught as Error).message).toBe('clickhouse://ann@db/shop: Wrong password for user ann (tried ***) (code 193)');
  });
});
