/**
 * The ClickHouse engine (docs/sql.md, "ClickHouse"): `clickhouse://[user[:password]@]host[:port][/db]` (or `?user=…&password=…`)
 * through ClickHouse's HTTP interface, with Node's own node:http — no driver to install (not
 * fetch: it gives up on a response whose headers take over 300 s, and ClickHouse sends them when
 * an ORDER BY query has finished, which on a large table takes longer). Rows come back as
 * FORMAT JSON. The user and password come from the URL or from CLICKHOUSE_USER /
 * CLICKHOUSE_PASSWORD and are sent as HTTP basic authentication; they are never printed.
 *
 * Works with ClickHouse 18.16 (Debian's package) and later: the SQL is the `clickhouse`
 * dialect's, written for both (src/sql/dialect.ts).
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { CareError, InputError, UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { dialectOf, tableName } from './dialect.js';
import type { EngineSession } from './engine-session.js';
import { displayUrl, scrubSecrets } from './engine-url.js';

/** Where `clickhouse://…` points, and who asks. */
export interface ClickHouseTarget {
  /** The HTTP endpoint: `http://host:port/` (or https with `?secure=1`). */
  endpoint: string;
  /** `host:port`, for messages. */
  address: string;
  database: string;
  user: string;
  password: string;
  /** The URL without its password. */
  display: string;
}

/** ClickHouse's HTTP ports: 8123, 8443 with TLS. */
const HTTP_PORT = 8123;
const HTTPS_PORT = 8443;

/**
 * The generated SQL repeats its nested subqueries and can outgrow ClickHouse's default query size
 * (256 KiB) on a long weekly calendar; only then does care raise it. No other setting is sent, so
 * a user with `readonly = 1` (who may change no setting) can run every usual query.
 */
const DEFAULT_QUERY_SIZE = 262_144;
const LARGE_QUERY_SIZE = '16777216';

/** Integer types that FORMAT JSON writes as quoted strings (64 bits and wider). */
const QUOTED_INTEGER = /^(?:Nullable\()?(?:LowCardinality\()?U?Int(?:64|128|256)\b/;

export function parseClickHouseUrl(url: string, env: Record<string, string | undefined> = process.env): ClickHouseTarget {
  const display = displayUrl(url);
  const bad = (what: string, said: MessageRef) => new UsageError('CARE_BAD_ENGINE', `--engine ${display}: ${what}`, {
    hint: 'give clickhouse://[user[:password]@]host[:port][/database], e.g. clickhouse://localhost:8123/shop',
    say: say('error.badClickHouseUrl', { url: display, what: said }),
    hintSay: say('hint.clickHouseUrl'),
  });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw bad('not a URL', say('error.notAUrl'));
  }
  if (parsed.protocol !== 'clickhouse:') throw bad('not a clickhouse:// URL', say('error.notAClickHouseUrl'));
  if (parsed.hostname === '') throw bad('no host', say('error.noHost'));
  const secure = ['1', 'true'].includes(parsed.searchParams.get('secure') ?? '');
  const port = parsed.port === '' ? (secure ? HTTPS_PORT : HTTP_PORT) : Number(parsed.port);
  const path = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (path.includes('/')) throw bad(`"${path}" is not a database name`, say('error.notADatabaseName', { name: path }));
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const host = parsed.hostname;
  return {
    endpoint: `${secure ? 'https' : 'http'}://${host}:${port}/`,
    address: `${host}:${port}`,
    database: path === '' ? 'default' : path,
    user: parsed.username !== '' ? decode(parsed.username) : parsed.searchParams.get('user') ?? env['CLICKHOUSE_USER'] ?? 'default',
    password: parsed.password !== '' ? decode(parsed.password) : parsed.searchParams.get('password') ?? env['CLICKHOUSE_PASSWORD'] ?? '',
    display,
  };
}

/**
 * A ClickHouse error body as one line: `Code: 60, e.displayText() = DB::Exception: Table x
 * doesn't exist., e.what() = …` (18.16) or `Code: 60. DB::Exception: Table x doesn't exist.
 * (UNKNOWN_TABLE) (version …)` (current) becomes `Table x doesn't exist. (code 60)`.
 */
export function clickHouseMessage(body: string): { code: number | undefined; text: string } {
  const line = body.trim().split('\n')[0]!.trim();
  const code = /^Code: (\d+)/.exec(line)?.[1];
  const text = line
    .replace(/^Code: \d+[.,]\s*/, '')
    .replace(/^e\.displayText\(\) = /, '')
    .replace(/^DB::Exception: /, '')
    .replace(/,? e\.what\(\) = .*$/, '')
    .replace(/ \(version [^)]*\)\s*$/, '')
    .trim();
  return { code: code === undefined ? undefined : Number(code), text: `${text === '' ? line : text}${code === undefined ? '' : ` (code ${code})`}` };
}

/** ClickHouse's codes for a wrong password or unknown user, and a missing database. */
const AUTH_CODES = new Set([192, 193, 194, 516]);
const UNKNOWN_DATABASE = 81;

/** Statements whose rows care reads (a FORMAT clause is added to them). */
const READS_ROWS = /^\s*(?:--[^\n]*\n\s*)*(SELECT|WITH|DESCRIBE|DESC|SHOW|EXISTS)\b/i;

/** An HTTP reply: status and body. */
export interface HttpReply {
  status: number;
  body: string;
}

/** One POST; a test passes its own. */
export type HttpPost = (url: string, headers: Record<string, string>, body: string) => Promise<HttpReply>;

/** A POST with node:http(s), without a time limit: a query on a large table may run for minutes. */
export const httpPost: HttpPost = (url, headers, body) => new Promise((resolve, reject) => {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const outgoing = send(target, { method: 'POST', headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) } }, (incoming) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    incoming.on('error', reject);
  });
  outgoing.on('error', reject);
  outgoing.end(body);
});

/** The HTTP request of one statement. */
export async function clickHouseQuery(target: ClickHouseTarget, sql: string, post: HttpPost = httpPost): Promise<Record<string, unknown>[]> {
  const statement = sql.replace(/;\s*$/, '');
  const reads = READS_ROWS.test(statement);
  const params = new URLSearchParams({ database: target.database });
  if (Buffer.byteLength(statement) > DEFAULT_QUERY_SIZE - 1024) params.set('max_query_size', LARGE_QUERY_SIZE);
  const scrub = (text: string) => scrubSecrets(target.display, target.password === '' ? text : text.split(target.password).join('***'));
  let response: HttpReply;
  try {
    const authorization = `Basic ${Buffer.from(`${target.user}:${target.password}`).toString('base64')}`;
    response = await post(`${target.endpoint}?${params.toString()}`, { Authorization: authorization }, reads ? `${statement}\nFORMAT JSON` : statement);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ENOTFOUND' ? 'no such host' : scrub(error instanceof Error ? error.message : String(error));
    const whySaid = code === 'ECONNREFUSED' ? say('error.connectionRefused') : code === 'ENOTFOUND' ? say('error.noSuchHost') : why;
    throw new InputError('CARE_ENGINE_CONNECT', `${target.display}: cannot connect to ${target.address} (${why})`, {
      hint: 'is the ClickHouse server running, and is this its HTTP port (8123 by default)?',
      say: say('error.cannotConnectTo', { engine: target.display, address: target.address, why: whySaid }),
      hintSay: say('hint.clickHouseRunning'),
    });
  }
  const body = response.body;
  if (response.status !== 200) {
    const { code, text } = clickHouseMessage(scrub(body));
    if (response.status === 401 || response.status === 403 || (code !== undefined && AUTH_CODES.has(code))) {
      throw new UsageError('CARE_ENGINE_AUTH', `${target.display}: ${text}`, { hint: 'give the user and password in the URL (clickhouse://user:password@host:8123/db) or in CLICKHOUSE_USER and CLICKHOUSE_PASSWORD', hintSay: say('hint.clickHousePassword') });
    }
    if (code === UNKNOWN_DATABASE) throw new UsageError('CARE_ENGINE_CONNECT', `${target.display}: ${text}`, { hint: 'name an existing database at the end of the URL', hintSay: say('hint.existingDatabase') });
    const textDates = /Cannot parse (date|input)|Cannot read DateTime|Cannot parse DateTime/i.test(text);
    const hint = textDates ? 'the date column is text that is not ISO: give --date-format yyyymmdd, dd/mm/yyyy, mm/dd/yyyy or dd.mm.yyyy' : undefined;
    // The server's own words stay as ClickHouse wrote them; care's hint is said in the language of the run.
    throw new InputError('CARE_ENGINE', `ClickHouse: ${text}`, { hint, hintSay: textDates ? say('hint.textDatesNotIso') : undefined });
  }
  return reads ? jsonRows(body, scrub) : [];
}

/**
 * The rows of a FORMAT JSON answer, with 64-bit integers (quoted by ClickHouse, per the `meta`
 * types) as numbers. An error after the first rows is written into the body in plain text.
 */
function jsonRows(body: string, scrub: (text: string) => string): Record<string, unknown>[] {
  let answer: { meta: { name: string; type: string }[]; data: Record<string, unknown>[] };
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    const error = /Code: \d+[.,][^\n]*/.exec(body)?.[0] ?? body.trim().split('\n').pop() ?? '';
    throw new InputError('CARE_ENGINE', `ClickHouse: ${clickHouseMessage(scrub(error)).text}`);
  }
  const quoted = answer.meta.filter((column) => QUOTED_INTEGER.test(column.type)).map((column) => column.name);
  if (quoted.length > 0) {
    for (const row of answer.data) for (const name of quoted) if (typeof row[name] === 'string') row[name] = Number(row[name]);
  }
  return answer.data;
}

/** Opens `clickhouse://…` on --table (`database.table` allowed). */
export async function openClickHouse(url: string, table: string | undefined, post: HttpPost = httpPost): Promise<EngineSession> {
  const target = parseClickHouseUrl(url);
  const d = dialectOf('clickhouse');
  const run = (sql: string) => clickHouseQuery(target, sql, post);
  const tables = async () => {
    const rows = await run(`SELECT name FROM system.tables WHERE database = ${d.text(target.database)} ORDER BY name`);
    return rows.length === 0 ? '(none)' : rows.map((row) => String(row['name'])).join(', ');
  };
  if (table === undefined || table.trim() === '') throw new UsageError('CARE_BAD_ENGINE', `--engine ${target.display}: name the orders table with --table NAME`, { ...tablesHint(await tables()), say: say('error.nameTable', { engine: target.display }) });
  let described: Record<string, unknown>[];
  try {
    described = await run(`DESCRIBE TABLE ${tableName(d, table)}`);
  } catch (error) {
    if (error instanceof CareError && error.code === 'CARE_ENGINE' && error.message.endsWith('(code 60)')) {
      throw new UsageError('CARE_NO_TABLE', `--table ${table}: ${target.display} has no such table`, { ...tablesHint(await tables()), say: say('error.noSuchTable', { table, source: target.display }) });
    }
    throw error;
  }
  const columnTypes: Record<string, string> = {};
  for (const row of described) columnTypes[String(row['name'])] = String(row['type']);
  return { dialect: 'clickhouse', display: target.display, table, columns: Object.keys(columnTypes), columnTypes, run, close: () => undefined };
}

/** The hint naming the tables there is, said in the language of the run. */
function tablesHint(tables: string): { hint: string; hintSay: MessageRef } {
  return { hint: `its tables: ${tables}`, hintSay: say('hint.itsTables', { tables }) };
}
