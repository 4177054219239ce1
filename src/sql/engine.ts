/**
 * `--engine URL` (docs/sql.md): the URL's scheme picks the engine — `duckdb:FILE`,
 * `postgres://` / `postgresql://`, `clickhouse://` — and each opens an EngineSession
 * (engine-session.ts) that engine-metrics.ts computes in. Each driver is loaded only when its
 * engine is asked for; a missing one is a one-line usage error with the command that installs it.
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';
import type { EngineSession } from './engine-session.js';
import { displayUrl } from './engine-url.js';

export const ENGINE_SCHEMES = ['duckdb:FILE', 'postgres://…', 'clickhouse://host:port/db'] as const;

/** The engine a URL names, by its scheme. */
export function engineKind(url: string): 'duckdb' | 'postgres' | 'clickhouse' {
  if (/^duckdb:/i.test(url)) return 'duckdb';
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres';
  if (/^clickhouse:\/\//i.test(url)) return 'clickhouse';
  throw new UsageError('CARE_BAD_ENGINE', `--engine ${displayUrl(url)}: not an engine URL`, { hint: `give ${ENGINE_SCHEMES.join(', ')}`, say: say('error.notEngineUrl', { url: displayUrl(url) }), hintSay: say('hint.giveEngineUrls', { schemes: ENGINE_SCHEMES.join(', ') }) });
}

/**
 * Opens the engine on the orders: `table` (--table), or the rows of `query` (--query, a SELECT;
 * DuckDB and PostgreSQL).
 */
export async function openEngine(url: string, table: string | undefined, query?: string): Promise<EngineSession> {
  const kind = engineKind(url);
  if (query !== undefined && table !== undefined) throw new UsageError('CARE_BAD_OPTION', '--table and --query both name the orders: give one', { say: say('error.tableAndQuery') });
  switch (kind) {
    case 'duckdb':
      return (await import('./engine-duckdb.js')).openDuckDb(url, table, query);
    case 'postgres':
      return (await import('./engine-postgres.js')).openPostgres(url, table, query);
    case 'clickhouse': {
      if (query !== undefined) throw new UsageError('CARE_BAD_OPTION', '--query is not read by the ClickHouse engine yet', { hint: 'make a view of the query and give it with --table', say: say('error.clickhouseNoQuery'), hintSay: say('hint.clickhouseView') });
      return (await import('./engine-clickhouse.js')).openClickHouse(url, table);
    }
  }
}

/** Runs `work` on an open session and always closes it. */
export async function withEngine<T>(url: string, table: string | undefined, query: string | undefined, work: (session: EngineSession) => Promise<T>): Promise<T> {
  const session = await openEngine(url, table, query);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}
