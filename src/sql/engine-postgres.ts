/**
 * The PostgreSQL engine (docs/sql.md): `postgres://user@host:port/db` (or `postgresql://`) opened
 * as an EngineSession (engine-session.ts) with the driver `pg`, an optional dependency loaded only
 * here. The password comes from the URL or from the environment as libpq reads it (PGPASSWORD,
 * PGHOST, PGUSER … which `pg` reads too); it never appears in what care prints (engine-url.ts).
 */
import { CareError, InputError, UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { dialectOf, tableName } from './dialect.js';
import type { EngineSession } from './engine-session.js';
import { displayUrl, scrubSecrets } from './engine-url.js';

/** The view care reads a --query through. */
const QUERY_VIEW = 'care_input';

/** The smallest surface of `pg` that care uses. */
interface PgResult {
  rows: Record<string, unknown>[];
  fields: { name: string; dataTypeID: number }[];
}
interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<PgResult | PgResult[]>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
}

async function loadDriver(): Promise<new (config: { connectionString: string }) => PgClient> {
  try {
    // Through a variable: `pg` is an optional dependency, and this module must load (and say how
    // to install it) where it is missing.
    const name = 'pg';
    const module = (await import(name)) as { default?: { Client: never }; Client?: never };
    return (module.default?.Client ?? module.Client) as never;
  } catch {
    throw new UsageError('CARE_NO_DRIVER', '--engine postgres: needs the PostgreSQL driver, which is not installed', { hint: 'install it with: npm install pg', say: say('error.engineNoDriver', { scheme: 'postgres', name: 'PostgreSQL' }), hintSay: say('hint.installDriver', { package: 'pg' }) });
  }
}

/** A PostgreSQL failure as one line, without the password; SQLSTATE picks the exit code. */
function engineError(url: string, display: string, error: unknown): CareError {
  if (error instanceof CareError) return error;
  const text = scrubSecrets(url, error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  const code = (error as { code?: unknown }).code;
  if (code === '28P01' || code === '28000') return new UsageError('CARE_ENGINE_AUTH', `${display}: ${text}`, { hint: 'give the password in the URL (postgres://user:password@host/db) or in PGPASSWORD', hintSay: say('hint.postgresPassword') });
  if (code === '3D000') return new UsageError('CARE_ENGINE_CONNECT', `${display}: ${text}`, { hint: 'name an existing database at the end of the URL', hintSay: say('hint.existingDatabase') });
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new InputError('CARE_ENGINE_CONNECT', `${display}: cannot connect: ${text}`, { hint: 'is the server running, and are host and port right?', say: say('error.cannotConnect', { engine: display, reason: text }), hintSay: say('hint.serverRunning') });
  const textDates = /invalid input syntax for type date|date\/time field value out of range/i.test(text);
  const hint = textDates ? 'the date column is text that is not ISO: give --date-format yyyymmdd, dd/mm/yyyy, mm/dd/yyyy or dd.mm.yyyy' : undefined;
  // The server's own words stay as PostgreSQL wrote them; care's hint is said in the language of the run.
  return new InputError('CARE_ENGINE', `PostgreSQL: ${text}`, { hint, hintSay: textDates ? say('hint.textDatesNotIso') : undefined });
}

/** Opens `postgres://…` on --table (`schema.table` allowed), or on the rows of --query. */
export async function openPostgres(url: string, table: string | undefined, query?: string): Promise<EngineSession> {
  const display = displayUrl(url);
  const Client = await loadDriver();
  const d = dialectOf('postgres');
  const client = new Client({ connectionString: url });
  // An idle connection the server drops is reported here rather than crashing the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    throw engineError(url, display, error);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.end().catch(() => undefined);
  };
  const raw = async (sql: string): Promise<PgResult> => {
    try {
      const result = await client.query(sql);
      return Array.isArray(result) ? result[result.length - 1]! : result;
    } catch (error) {
      throw engineError(url, display, error);
    }
  };
  try {
    let name: string;
    if (query !== undefined) {
      await raw(`CREATE TEMP VIEW ${d.ident(QUERY_VIEW)} AS ${query}`);
      name = QUERY_VIEW;
    } else {
      if (table === undefined || table.trim() === '') throw new UsageError('CARE_BAD_ENGINE', `--engine ${display}: name the orders table with --table NAME (or give --query SQL)`, { ...tablesHint(await tableList(raw)), say: say('error.nameTableOrQuery', { engine: display }) });
      name = table;
    }
    let probe: PgResult;
    try {
      probe = await raw(`SELECT * FROM ${tableName(d, name)} LIMIT 0`);
    } catch (error) {
      if (error instanceof CareError && /does not exist/.test(error.message) && query === undefined) {
        throw new UsageError('CARE_NO_TABLE', `--table ${name}: ${display} has no such table`, { ...tablesHint(await tableList(raw)), say: say('error.noSuchTable', { table: name, source: display }) });
      }
      throw error;
    }
    const types = await typeNames(raw, probe.fields.map((f) => f.dataTypeID));
    const columnTypes: Record<string, string> = {};
    for (const field of probe.fields) columnTypes[field.name] = types.get(field.dataTypeID) ?? 'unknown';
    return { dialect: 'postgres', display, table: name, columns: probe.fields.map((f) => f.name), columnTypes, run: async (sql) => (await raw(sql)).rows, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Type OIDs as PostgreSQL names them (date, timestamp without time zone, integer, text …). */
async function typeNames(raw: (sql: string) => Promise<PgResult>, oids: number[]): Promise<Map<number, string>> {
  const known = [...new Set(oids)].filter((oid) => Number.isSafeInteger(oid));
  if (known.length === 0) return new Map();
  const rows = (await raw(`SELECT CAST(oid AS integer) AS oid, format_type(oid, NULL) AS name FROM pg_type WHERE oid IN (${known.join(', ')})`)).rows;
  return new Map(rows.map((row) => [Number(row['oid']), String(row['name'])]));
}

async function tableList(raw: (sql: string) => Promise<PgResult>): Promise<string> {
  const rows = (await raw(`SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_schema, table_name`)).rows;
  if (rows.length === 0) return '(none)';
  return rows.map((row) => (row['table_schema'] === 'public' ? String(row['table_name']) : `${String(row['table_schema'])}.${String(row['table_name'])}`)).join(', ');
}

/** The hint naming the tables there is, said in the language of the run. */
function tablesHint(tables: string): { hint: string; hintSay: MessageRef } {
  return { hint: `its tables: ${tables}`, hintSay: say('hint.itsTables', { tables }) };
}
