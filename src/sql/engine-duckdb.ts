/**
 * The DuckDB engine (docs/sql.md): `duckdb:FILE` — a .duckdb database (with --table), or a
 * Parquet or CSV file that DuckDB reads itself — opened as an EngineSession (engine-session.ts)
 * that engine-metrics.ts runs care's SQL in. The driver, `@duckdb/node-api`, is an optional
 * dependency loaded only here, so the CSV path stays pure JavaScript.
 */
import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { CareError, InputError, UsageError } from '../errors.js';
import { type MessageRef, say } from '../i18n/index.js';
import { dialectOf, tableName } from './dialect.js';
import type { EngineSession } from './engine-session.js';

/** What `duckdb:FILE` names. */
export interface DuckDbTarget {
  url: string;
  file: string;
  format: 'duckdb' | 'parquet' | 'csv';
}

/** The view care reads a file (or a --query) through. */
const INPUT_VIEW = 'care_input';

export function parseDuckDbUrl(url: string): DuckDbTarget {
  const match = /^duckdb:(.+)$/.exec(url);
  if (match === null) throw new UsageError('CARE_BAD_ENGINE', `--engine ${url}: not an engine URL`, { hint: 'give duckdb:FILE (a .duckdb, .parquet or .csv file)', say: say('error.notEngineUrl', { url }), hintSay: say('hint.duckdbFile') });
  const file = match[1]!.replace(/^\/\/(?=\/)/, '');
  const ext = extname(file).toLowerCase();
  const format = ext === '.duckdb' || ext === '.db' ? 'duckdb' : ext === '.parquet' ? 'parquet' : ext === '.csv' || ext === '.tsv' || ext === '.txt' ? 'csv' : undefined;
  if (format === undefined) throw new UsageError('CARE_BAD_ENGINE', `--engine ${url}: DuckDB reads a .duckdb database, a .parquet or a .csv file`, { hint: 'name the file with its extension', say: say('error.duckdbFileKinds', { url }), hintSay: say('hint.nameExtension') });
  return { url, file, format };
}

/** The smallest surface of @duckdb/node-api that care uses. */
interface Connection {
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[]; columnNames(): string[] }>;
  closeSync?(): void;
}

/** Loads the optional driver, or says how to install it. */
async function loadDriver(): Promise<{ DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<Connection>; closeSync?(): void }> } }> {
  try {
    // Through a variable: the package is an optional dependency, and this module must load (and
    // say how to install it) where it is missing.
    const name = '@duckdb/node-api';
    return (await import(name)) as never;
  } catch {
    throw new UsageError('CARE_NO_DRIVER', '--engine duckdb: needs the DuckDB driver, which is not installed', { hint: 'install it with: npm install @duckdb/node-api', say: say('error.engineNoDriver', { scheme: 'duckdb', name: 'DuckDB' }), hintSay: say('hint.installDriver', { package: '@duckdb/node-api' }) });
  }
}

/** One line of a DuckDB error (its messages run over several lines, with a JSON tail). */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}

/**
 * Opens `duckdb:FILE`: a database's --table, or the file itself (Parquet or CSV) through a view;
 * with `query`, the rows of that SELECT (--query) instead of a table.
 */
export async function openDuckDb(engine: string, table: string | undefined, query?: string): Promise<EngineSession> {
  const target = parseDuckDbUrl(engine);
  const path = resolve(target.file);
  if (!existsSync(path)) throw new InputError('CARE_NO_FILE', 'no such file', { file: target.file, say: say('error.noSuchFile') });
  const { DuckDBInstance } = await loadDriver();
  const d = dialectOf('duckdb');
  let instance;
  try {
    instance = await DuckDBInstance.create(target.format === 'duckdb' ? path : ':memory:', target.format === 'duckdb' ? { access_mode: 'READ_ONLY' } : {});
  } catch (error) {
    throw new InputError('CARE_ENGINE', `DuckDB cannot open it: ${firstLine(error)}`, { file: target.file, say: say('error.duckdbCannotOpen', { reason: firstLine(error) }) });
  }
  const connection = await instance.connect();
  const close = () => {
    connection.closeSync?.();
    instance.closeSync?.();
  };
  const run = async (sql: string) => {
    try {
      return (await connection.runAndReadAll(sql)).getRowObjects();
    } catch (error) {
      throw engineError(target, error);
    }
  };
  try {
    // Every query care reads in order says ORDER BY: DuckDB need not keep rows in file order in
    // between (less memory for the customer-days table of a large file).
    await run('SET preserve_insertion_order = false');
    let name: string;
    if (query !== undefined) {
      // The file is there to be queried: a CSV or Parquet file by its path inside the query (FROM 'orders.csv').
      await run(`CREATE TEMP VIEW ${d.ident(INPUT_VIEW)} AS ${query}`);
      name = INPUT_VIEW;
    } else if (target.format === 'duckdb') {
      if (table === undefined || table.trim() === '') throw new UsageError('CARE_BAD_ENGINE', `--engine ${engine}: a database needs --table NAME`, { ...tablesHint(await tableList(run)), say: say('error.databaseNeedsTable', { engine }) });
      name = table;
      const known = await run(`SELECT 1 AS found FROM information_schema.tables WHERE table_name = ${d.text(table.split('.').pop()!)}`);
      if (known.length === 0) throw new UsageError('CARE_NO_TABLE', `--table ${table}: ${target.file} has no such table`, { ...tablesHint(await tableList(run)), say: say('error.noSuchTable', { table, source: target.file }) });
    } else {
      const reader = target.format === 'parquet' ? `read_parquet(${d.text(path)})` : `read_csv(${d.text(path)}, header = true)`;
      // A view: the metric queries read the file once, into the customer-days (engine-metrics.ts).
      await run(`CREATE TEMP VIEW ${d.ident(INPUT_VIEW)} AS SELECT * FROM ${reader}`);
      name = INPUT_VIEW;
    }
    const described = await run(`DESCRIBE SELECT * FROM ${tableName(d, name)}`);
    const columnTypes: Record<string, string> = {};
    for (const row of described) columnTypes[String(row['column_name'])] = String(row['column_type']);
    return { dialect: 'duckdb', display: engine, table: name, columns: Object.keys(columnTypes), columnTypes, run, close };
  } catch (error) {
    close();
    throw error;
  }
}

async function tableList(run: (sql: string) => Promise<Record<string, unknown>[]>): Promise<string> {
  const rows = await run(`SELECT table_name FROM information_schema.tables ORDER BY table_name`);
  return rows.length === 0 ? '(none)' : rows.map((row) => String(row['table_name'])).join(', ');
}

/**
 * A DuckDB failure as one line. Its messages run over many lines (the CSV reader's settings, the
 * query with a caret): the first line, and for a CSV the line number and the reason. An encoding it
 * cannot read is the input's fault (exit 3), like every other failure of the data.
 */
function engineError(target: DuckDbTarget, error: unknown): CareError {
  if (error instanceof CareError) return error;
  const text = error instanceof Error ? error.message : String(error);
  const csvLine = /CSV Error on Line: (\d+)/.exec(text);
  const line = csvLine === null ? undefined : Number(csvLine[1]);
  if (/not utf-8 encoded|invalid unicode/i.test(text)) {
    return new InputError('CARE_ENCODING', 'DuckDB reads this file as UTF-8 and it is not (another encoding)', { file: target.file, line, hint: 'convert it to UTF-8 (iconv -f cp1251 -t utf-8), or read the CSV with care without --engine: care reads UTF-16, CP1251, KOI8-R and Latin-1 itself', say: say('error.duckdbNotUtf8'), hintSay: say('hint.duckdbConvertUtf8') });
  }
  const reason = csvLine === null ? firstLine(error) : text.split('\n').slice(1).find((l) => l.trim() !== '' && !l.startsWith('Original Line')) ?? firstLine(error);
  const mistyped = /could not parse string|conversion error|could not convert/i.test(text);
  const hint = mistyped
    ? 'a mapped column does not hold what care reads there: dates (give --date-format yyyymmdd, dd/mm/yyyy, mm/dd/yyyy or dd.mm.yyyy for text dates) or numbers'
    : undefined;
  // The engine's own words stay as DuckDB wrote them; care's hint is said in the language of the run.
  return new InputError('CARE_ENGINE', `DuckDB: ${reason.trim()}`, { file: target.file, line, hint, hintSay: mistyped ? say('hint.mappedColumnType') : undefined });
}

/** The hint naming the tables there is, said in the language of the run. */
function tablesHint(tables: string): { hint: string; hintSay: MessageRef } {
  return { hint: `its tables: ${tables}`, hintSay: say('hint.itsTables', { tables }) };
}
