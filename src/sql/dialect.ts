/**
 * What differs between the SQL engines care writes for (docs/sql.md): quoting of identifiers and
 * strings, type names, turning a date column into a day number, and inline tables. Everything
 * else in src/sql is plain SQL-92 that every dialect reads: CTEs, inner, left and cross joins on
 * equality only, GROUP BY, CASE — no window functions, no non-equi joins.
 *
 * Names and values from the user (a table, a column, a status value) only ever reach the SQL
 * through `ident` and `text` below; numbers only through `int` (checked to be integers).
 */
import { UsageError } from '../errors.js';
import { say } from '../i18n/index.js';

/** What care sql computes: the contracts of docs/sql.md. */
export const SQL_WHATS = ['retention', 'cohorts', 'customers', 'customer-days'] as const;
export type SqlWhat = (typeof SQL_WHATS)[number];

export const DIALECTS = ['duckdb', 'postgres', 'clickhouse', 'bigquery', 'snowflake', 'spark'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** How a text date column is written, when the column is not a DATE or TIMESTAMP (or ISO text). */
export const DATE_FORMATS = ['iso', 'yyyymmdd', 'dd/mm/yyyy', 'mm/dd/yyyy', 'dd.mm.yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** A column of an inline table: its name (care's own, never the user's) and type. */
export interface InlineColumn {
  name: string;
  type: 'int' | 'text';
}

export interface SqlDialect {
  name: Dialect;
  /** A quoted identifier; a dotted table name (`schema.table`) is quoted part by part via `table`. */
  ident(name: string): string;
  /** A quoted string literal. */
  text(value: string): string;
  /** Type names. */
  types: { text: string; int: string; double: string; decimal: string };
  /** The DATE an expression holds (a DATE, TIMESTAMP or ISO text column; or text in `format`). */
  dateOf(expr: string, format: DateFormat): string;
  /** Days since 1970-01-01 of a DATE expression, as an integer. */
  dayNumber(dateExpr: string): string;
  /** A FROM item listing rows (never empty). */
  inline(alias: string, columns: readonly InlineColumn[], rows: readonly (readonly (number | string)[])[]): string;
  /**
   * Old-engine form (ClickHouse, back to 18.16; docs/sql.md, "ClickHouse"): no `WITH name AS
   * (subquery)`, one JOIN per SELECT, each JOIN with its strictness (`ALL INNER JOIN`), no
   * `TRIM`, no `CAST(NULL AS String)`. Unset for the other dialects, whose SQL is unchanged.
   */
  nested?: {
    innerJoin: string;
    leftJoin: string;
    /** The trimmed text of a column (never NULL: a NULL is ''). */
    trimmedText(expr: string): string;
    /** The text of a column, NULL as ''. */
    text(expr: string): string;
    /** A NULL text. */
    nullText: string;
    /** A SELECT of the integers 0 … count − 1 as column `o`. */
    offsets(count: number): string;
  };
}

/** An integer literal; anything else is a bug of the caller (values never reach SQL unchecked). */
export function int(value: number): string {
  if (!Number.isSafeInteger(value)) throw new TypeError(`not an integer for SQL: ${value}`);
  return String(value);
}

/** A finite number literal (a time unit of 30.4375 days). */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError(`not a finite number for SQL: ${value}`);
  return String(value);
}

/** Refuses names SQL cannot carry: empty, or with a NUL character. */
function checkedName(name: string, what: 'the name' | 'the value'): string {
  if (name === '' || name.includes('\0')) {
    const shown = name.replaceAll('\0', '\\0');
    throw new UsageError('CARE_BAD_SQL_NAME', `${what} "${shown}" cannot be used as an SQL name`, {
      hint: 'give the column or table name as the database spells it',
      say: say(what === 'the name' ? 'error.sqlBadName' : 'error.sqlBadValue', { name: shown }),
      hintSay: say('hint.sqlNameAsSpelt'),
    });
  }
  return name;
}

/** `"name"` with `"` doubled (SQL standard: DuckDB, PostgreSQL, Snowflake). */
const doubleQuoted = (name: string) => `"${checkedName(name, 'the name').replaceAll('"', '""')}"`;
/** `'value'` with `'` doubled (standard strings: DuckDB, PostgreSQL, where `\` is an ordinary character). */
const standardText = (value: string) => `'${checkedName(value, 'the value').replaceAll("'", "''")}'`;
/** `'value'` where `\` escapes (ClickHouse, BigQuery, Spark, Snowflake): both `\` and `'` escaped. */
const backslashText = (value: string) => `'${checkedName(value, 'the value').replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** Date pattern tokens per family: strftime (%Y), Oracle-like (YYYY), Java (yyyy). */
function pattern(format: Exclude<DateFormat, 'iso'>, family: 'strftime' | 'oracle' | 'java'): string {
  const tokens = family === 'strftime' ? { y: '%Y', m: '%m', d: '%d' } : family === 'oracle' ? { y: 'YYYY', m: 'MM', d: 'DD' } : { y: 'yyyy', m: 'MM', d: 'dd' };
  return format.replace('yyyy', tokens.y).replace('mm', tokens.m).replace('dd', tokens.d);
}

/** Text of a date as wide as the pattern (a time after the date is cut off). */
function datePart(expr: string, format: Exclude<DateFormat, 'iso'>, textType: string): string {
  return `SUBSTR(TRIM(CAST(${expr} AS ${textType})), 1, ${format.length})`;
}

/** `(VALUES (…), (…)) AS alias(a, b)`: DuckDB, PostgreSQL, Snowflake. */
function valuesList(quote: (value: string) => string, alias: string, columns: readonly InlineColumn[], rows: readonly (readonly (number | string)[])[], parenthesized: boolean): string {
  const literal = (value: number | string) => (typeof value === 'number' ? int(value) : quote(value));
  const body = rows.map((row) => `(${row.map(literal).join(', ')})`).join(',\n    ');
  const names = columns.map((c) => c.name).join(', ');
  return parenthesized ? `(VALUES\n    ${body}) AS ${alias}(${names})` : `VALUES\n    ${body} AS ${alias}(${names})`;
}

const duckdb: SqlDialect = {
  name: 'duckdb',
  ident: doubleQuoted,
  text: standardText,
  types: { text: 'VARCHAR', int: 'BIGINT', double: 'DOUBLE', decimal: 'DECIMAL(18, 6)' },
  dateOf: (expr, format) => (format === 'iso' ? `CAST(${expr} AS DATE)` : `CAST(strptime(${datePart(expr, format, 'VARCHAR')}, '${pattern(format, 'strftime')}') AS DATE)`),
  dayNumber: (date) => `(${date} - DATE '1970-01-01')`,
  inline: (alias, columns, rows) => valuesList(standardText, alias, columns, rows, true),
};

const postgres: SqlDialect = {
  name: 'postgres',
  ident: doubleQuoted,
  text: standardText,
  types: { text: 'TEXT', int: 'BIGINT', double: 'DOUBLE PRECISION', decimal: 'NUMERIC(18, 6)' },
  dateOf: (expr, format) => (format === 'iso' ? `CAST(${expr} AS DATE)` : `TO_DATE(${datePart(expr, format, 'TEXT')}, '${pattern(format, 'oracle')}')`),
  dayNumber: (date) => `(${date} - DATE '1970-01-01')`,
  inline: (alias, columns, rows) => valuesList(standardText, alias, columns, rows, true),
};

/** `toDate` of a text date in `format`, rebuilt as ISO text from its fixed-width parts (18.16 has no parseDateTime). */
function clickhouseDate(expr: string, format: Exclude<DateFormat, 'iso'>): string {
  const text = `replaceRegexpAll(toString(${expr}), '^ +| +$', '')`;
  const at = (token: string) => format.indexOf(token) + 1;
  const part = (token: string, width: number) => `substring(${text}, ${int(at(token))}, ${int(width)})`;
  return `toDate(concat(${part('yyyy', 4)}, '-', ${part('mm', 2)}, '-', ${part('dd', 2)}))`;
}

const clickhouse: SqlDialect = {
  name: 'clickhouse',
  // Backticks; ClickHouse escapes inside them with a backslash.
  ident: (name) => `\`${checkedName(name, 'the name').replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
  text: backslashText,
  // Decimal(38, 6): a product of two has scale 12 and still 26 integer digits (Decimal(18, 6)'s would keep 6).
  types: { text: 'String', int: 'Int64', double: 'Float64', decimal: 'Decimal(38, 6)' },
  // Date, not Date32 (21.9+): days from 1970-01-01 on, which 18.16 and current releases both read.
  dateOf: (expr, format) => (format === 'iso' ? `toDate(substring(toString(${expr}), 1, 10))` : clickhouseDate(expr, format)),
  dayNumber: (date) => `toInt64(dateDiff('day', toDate('1970-01-01'), ${date}))`,
  // No values() table function before 19.x: the rows are an array of tuples, one row per element.
  inline: (alias, columns, rows) => {
    const literal = (value: number | string) => (typeof value === 'number' ? int(value) : backslashText(value));
    const element = (row: readonly (number | string)[]) => (row.length === 1 ? literal(row[0]!) : `(${row.map(literal).join(', ')})`);
    const typed = (c: InlineColumn, value: string) => (c.type === 'int' ? `toInt64(${value})` : `toString(${value})`);
    const select = columns.length === 1 ? `${typed(columns[0]!, 'r')} AS ${columns[0]!.name}` : columns.map((c, i) => `${typed(c, `tupleElement(r, ${int(i + 1)})`)} AS ${c.name}`).join(', ');
    return `(SELECT ${select} FROM (SELECT arrayJoin([\n    ${rows.map(element).join(',\n    ')}]) AS r)) AS ${alias}`;
  },
  nested: {
    innerJoin: 'ALL INNER JOIN',
    leftJoin: 'ALL LEFT JOIN',
    trimmedText: (expr) => `replaceRegexpAll(ifNull(toString(${expr}), ''), '^ +| +$', '')`,
    text: (expr) => `ifNull(toString(${expr}), '')`,
    nullText: `CAST(NULL AS Nullable(String))`,
    // system.numbers, a table: the numbers() table function is refused to a readonly = 1 user.
    offsets: (count) => `SELECT toInt64(number) AS o FROM system.numbers LIMIT ${int(count)}`,
  },
};

const bigquery: SqlDialect = {
  name: 'bigquery',
  ident: (name) => `\`${checkedName(name, 'the name').replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
  text: backslashText,
  types: { text: 'STRING', int: 'INT64', double: 'FLOAT64', decimal: 'NUMERIC' },
  dateOf: (expr, format) => (format === 'iso' ? `CAST(${expr} AS DATE)` : `PARSE_DATE('${pattern(format, 'strftime')}', ${datePart(expr, format, 'STRING')})`),
  dayNumber: (date) => `UNIX_DATE(${date})`,
  inline: (_alias, columns, rows) => {
    const literal = (value: number | string) => (typeof value === 'number' ? int(value) : backslashText(value));
    const struct = columns.map((c) => `${c.name} ${c.type === 'int' ? 'INT64' : 'STRING'}`).join(', ');
    // No alias: SELECT * over an unnested array of structs gives the struct's fields as columns.
    return `UNNEST(ARRAY<STRUCT<${struct}>>[\n    ${rows.map((row) => `(${row.map(literal).join(', ')})`).join(',\n    ')}])`;
  },
};

const snowflake: SqlDialect = {
  name: 'snowflake',
  ident: doubleQuoted,
  // Snowflake reads `\` as an escape in string literals.
  text: (value) => `'${checkedName(value, 'the value').replaceAll('\\', '\\\\').replaceAll("'", "''")}'`,
  types: { text: 'VARCHAR', int: 'BIGINT', double: 'DOUBLE', decimal: 'NUMBER(18, 6)' },
  dateOf: (expr, format) => (format === 'iso' ? `CAST(${expr} AS DATE)` : `TO_DATE(${datePart(expr, format, 'VARCHAR')}, '${pattern(format, 'oracle')}')`),
  dayNumber: (date) => `DATEDIFF(day, DATE '1970-01-01', ${date})`,
  inline: (alias, columns, rows) => valuesList(snowflake.text, alias, columns, rows, true),
};

const spark: SqlDialect = {
  name: 'spark',
  ident: (name) => `\`${checkedName(name, 'the name').replaceAll('`', '``')}\``,
  text: backslashText,
  types: { text: 'STRING', int: 'BIGINT', double: 'DOUBLE', decimal: 'DECIMAL(18, 6)' },
  dateOf: (expr, format) => (format === 'iso' ? `CAST(${expr} AS DATE)` : `TO_DATE(${datePart(expr, format, 'STRING')}, '${pattern(format, 'java')}')`),
  dayNumber: (date) => `DATEDIFF(${date}, DATE '1970-01-01')`,
  inline: (alias, columns, rows) => valuesList(backslashText, alias, columns, rows, false),
};

const BY_NAME: Record<Dialect, SqlDialect> = { duckdb, postgres, clickhouse, bigquery, snowflake, spark };

export function dialectOf(name: Dialect): SqlDialect {
  return BY_NAME[name];
}

/** A table name as given (`orders`, `shop.orders`, `project.dataset.orders`), each dotted part quoted. */
export function tableName(dialect: SqlDialect, name: string): string {
  if (name.trim() === '') throw new UsageError('CARE_BAD_SQL_NAME', '--table is empty', { hint: 'give the table as the database names it, e.g. --table shop.orders', say: say('error.tableEmpty'), hintSay: say('hint.tableAsNamed') });
  return name.split('.').map((part) => dialect.ident(part)).join('.');
}

/** The trimmed text of a column, for queries outside the generated SQL (ClickHouse 18.16 has no TRIM). */
export function trimmedText(dialect: SqlDialect, expr: string): string {
  return dialect.nested === undefined ? `TRIM(CAST(${expr} AS ${dialect.types.text}))` : dialect.nested.trimmedText(expr);
}
