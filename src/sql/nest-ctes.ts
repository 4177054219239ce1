/**
 * CTEs as nested subqueries, for an engine that has no `WITH name AS (subquery)` (ClickHouse
 * before 20.x; docs/sql.md, "ClickHouse"). care writes every query as `WITH` and a list of CTEs
 * in one shape — a line `care_name AS (`, the body indented, a line `)` or `),` — then the main
 * query. Here each `FROM care_name` / `JOIN care_name` is replaced by the CTE's body in
 * parentheses, earlier CTEs first, and the `WITH` list is dropped. A CTE read twice is written
 * (and computed) twice: the price of running on engines without CTEs.
 */
import { type Dialect, dialectOf } from './dialect.js';

const CTE_START = /^(care_\w+) AS \($/;
const REFERENCE = /\b(FROM|JOIN) (care_\w+)\b(?: AS (\w+))?/g;

/** The query unchanged, or with its CTEs nested when the dialect is an old-engine one. */
export function nestForDialect(dialect: Dialect, sql: string): string {
  return dialectOf(dialect).nested === undefined ? sql : nestCtes(sql);
}

/** The same query without a WITH list: every CTE reference replaced by its body. */
export function nestCtes(sql: string): string {
  const lines = sql.split('\n');
  const start = lines.indexOf('WITH');
  if (start === -1) return sql;
  const bodies = new Map<string, string>();
  let at = start + 1;
  for (;;) {
    const name = CTE_START.exec(lines[at] ?? '')?.[1];
    if (name === undefined) throw new TypeError(`nestCtes: line ${at + 1} does not open a CTE: ${lines[at]}`);
    const end = lines.findIndex((line, i) => i > at && (line === ')' || line === '),'));
    if (end === -1) throw new TypeError(`nestCtes: CTE ${name} is not closed`);
    bodies.set(name, expand(lines.slice(at + 1, end).join('\n'), bodies));
    at = end + 1;
    if (lines[end] === ')') break;
  }
  return [...lines.slice(0, start), expand(lines.slice(at).join('\n'), bodies)].join('\n');
}

/** `text` with each reference to a known CTE replaced by `(body) AS alias`. */
function expand(text: string, bodies: ReadonlyMap<string, string>): string {
  return text.replace(REFERENCE, (match, keyword: string, name: string, alias: string | undefined) => {
    const body = bodies.get(name);
    if (body === undefined) return match;
    return `${keyword} (\n${body.replaceAll('\n', '\n  ').replace(/^/, '  ')}\n  ) AS ${alias ?? name}`;
  });
}
